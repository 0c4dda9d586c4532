// Binding call arguments to a new frame's parameters (with CPython's TypeError messages) and creating instances.

import { createExceptionGroup } from '../builtins/exceptionGroups';
import { PyMethodDescriptor } from '../runtime/objects';
import { NativeRaise } from '../errors';
import { CodeFlag, FastKind, SUSPENDABLE_CODE } from '../bytecode/code';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyFunction, PyInstance, PyStr, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newDict, newException, newTuple } from '../runtime/factory';
import { initExceptionMembers } from '../runtime/exceptionMembers';
import { instanceTakesValues, valuesBlockBytes } from '../runtime/sharedKeys';
import { slotsOf } from '../runtime/nativeSlots';
import { knownInstanceBytes, rememberInstanceBytes } from '../runtime/typeLayout';
import { Frame } from './frame';
import { keyObjectsOf, setKeyword } from './keywordKeys';
import { newSubclassInstance } from '../builtins/subclassInstances';
import type { VM } from './vm';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

const NO_DEFAULTS: readonly PyObject[] = [];

/** A binding error: every reference the frame and the arguments own is released, then TypeError. */
function bindingFailed(frame: Frame, args: (PyObject | null)[], kwValues: (PyObject | null)[], message: string): never {
  releaseBinding(frame, args, kwValues);
  throw new NativeRaise('TypeError', message);
}

function releaseBinding(frame: Frame, args: (PyObject | null)[], kwValues: (PyObject | null)[]): void {
  frame.release(decref);
  for (const a of args) if (a) decref(a);
  for (const v of kwValues) if (v) decref(v);
}

/**
 * Creates the frame for calling `func`, moving the owned argument references into its localsplus.
 * On a binding error every owned reference is released and TypeError is raised.
 */
export function bindArguments(
  vm: VM, func: PyFunction, args: PyObject[], kwNames: readonly string[] | null, kwValues: PyObject[], keyObjects?: Map<string, PyStr>,
): Frame {
  const code = func.code.code;
  const frame = new Frame(code, func.code, func.code.consts, func.globals, vm.builtins, null, null);
  const locals = frame.localsplus;
  // CPython 3.11 names the function by its __qualname__ (which a program or namedtuple may have set).
  const name = func.qualname;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const hasVarargs = (code.flags & CodeFlag.VARARGS) !== 0;
  const hasVarkw = (code.flags & CodeFlag.VARKEYWORDS) !== 0;
  const varargsIndex = argcount + kwonly;
  const varkwIndex = varargsIndex + (hasVarargs ? 1 : 0);
  const names = code.localsplusNames;
  let kwDict: PyDict | null = null;

  const positional = Math.min(args.length, argcount);
  for (let i = 0; i < positional; i++) {
    locals[i] = args[i];
    (args as (PyObject | null)[])[i] = null as never;
  }
  if (hasVarargs) {
    const extra = args.slice(positional);
    args.length = positional;
    locals[varargsIndex] = newTuple(extra);
  }
  if (hasVarkw) {
    kwDict = newDict();
    locals[varkwIndex] = kwDict;
  }
  if (kwNames) {
    for (let k = 0; k < kwNames.length; k++) {
      const kw = kwNames[k];
      const value = kwValues[k];
      let index = -1;
      for (let i = code.posonlyargcount; i < argcount + kwonly; i++) if (names[i] === kw) index = i;
      if (index < 0) {
        if (kwDict) {
          try {
            setKeyword(vm, kwDict, kw, value, keyObjects);
          } catch (e) {
            // A str subclass key's __hash__ raised.
            releaseBinding(frame, args, kwValues);
            throw e;
          }
          decref(value);
          kwValues[k] = null as never;
          continue;
        }
        // positional_only_passed_as_keyword: every positional-only name among all the keywords is reported.
        const posOnly = code.localsplusNames.slice(0, code.posonlyargcount);
        const posOnlyAsKw = kwNames.filter((k) => posOnly.includes(k));
        if (posOnlyAsKw.length > 0) bindingFailed(frame, args, kwValues, `${name}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKw.join(', ')}'`);
        bindingFailed(frame, args, kwValues, `${name}() got an unexpected keyword argument '${kw}'`);
      }
      if (locals[index]) bindingFailed(frame, args, kwValues, `${name}() got multiple values for argument '${kw}'`);
      locals[index] = value;
      kwValues[k] = null as never;
    }
  }
  // initialize_locals: keyword errors come before too many positional arguments.
  if (!hasVarargs && args.length > argcount) {
    const given = args.length;
    const defaults = func.defaults instanceof PyTuple ? func.defaults.items.length : 0;
    const takes = defaults > 0 ? `from ${argcount - defaults} to ${argcount}` : `${argcount}`;
    const kwGiven = kwNames ? kwNames.filter((k) => names.slice(argcount, argcount + kwonly).includes(k)).length : 0;
    const suffix = kwGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')}) were given` : ` ${given === 1 ? 'was' : 'were'} given`;
    bindingFailed(frame, args, kwValues, `${name}() takes ${takes} positional argument${argcount === 1 && defaults === 0 ? '' : 's'} but ${given}${suffix}`);
  }
  // Defaults for missing positional parameters.
  const defaults = func.defaults instanceof PyTuple ? func.defaults.items : NO_DEFAULTS;
  const firstDefault = argcount - defaults.length;
  let missing: string[] | null = null;
  for (let i = 0; i < argcount; i++) {
    if (locals[i]) continue;
    if (i >= firstDefault) locals[i] = incref(defaults[i - firstDefault]);
    else (missing ??= []).push(names[i]);
  }
  if (missing !== null) bindingFailed(frame, args, kwValues, `${name}() missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
  let missingKw: string[] | null = null;
  for (let i = argcount; i < argcount + kwonly; i++) {
    if (locals[i]) continue;
    const d = func.kwdefaults instanceof PyDict ? func.kwdefaults.getStr(names[i]) : undefined;
    if (d) locals[i] = incref(d);
    else (missingKw ??= []).push(names[i]);
  }
  if (missingKw !== null) bindingFailed(frame, args, kwValues, `${name}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${quoteList(missingKw)}`);

  // Closure cells go into the FREE slots (COPY_FREE_VARS in CPython; done here once).
  const kinds = code.localsplusKinds;
  if (func.closure instanceof PyTuple) {
    let c = 0;
    for (let i = 0; i < kinds.length; i++) if (kinds[i] & FastKind.FREE) locals[i] = incref(func.closure.items[c++]);
  }
  frame.func = func;
  return frame;
}

/** Code flags that make binding arguments more than moving them into the first localsplus slots. */
const NOT_SIMPLE = CodeFlag.VARARGS | CodeFlag.VARKEYWORDS | SUSPENDABLE_CODE;

/**
 * The frame for calling `func` with `self` (when not null, a new reference taken here) and the `argCount`
 * positional arguments at `argStart` of the stack, whose references move into it (the caller pops them), when
 * binding is only that plus defaults and closure cells (what bindArguments would do); else null, nothing moved.
 */
export function positionalFrame(vm: VM, func: PyFunction, self: PyObject | null, stack: readonly (PyObject | null)[], argStart: number, argCount: number): Frame | null {
  const pyCode = func.code;
  const code = pyCode.code;
  const argcount = code.argcount;
  const given = self === null ? argCount : argCount + 1;
  if ((code.flags & NOT_SIMPLE) !== 0 || code.kwonlyargcount !== 0) return null;
  const closure = func.closure;
  if (closure !== null && !(closure instanceof PyTuple)) return null;
  let defaults: PyObject[] | null = null;
  if (given !== argcount) {
    const d = func.defaults;
    if (given > argcount || !(d instanceof PyTuple) || given < argcount - d.items.length) return null;
    defaults = d.items;
  }
  const spares = pyCode.spareFrames;
  const spare = spares.length > 0 ? spares[spares.length - 1] : null;
  const frame = spare !== null && spare.globals === func.globals && spare.builtins === vm.builtins
    ? (spares.pop()!).reopen()
    : new Frame(code, pyCode, pyCode.consts, func.globals, vm.builtins, null, null);
  const locals = frame.localsplus;
  let slot = 0;
  if (self !== null) locals[slot++] = incref(self);
  for (let i = 0; i < argCount; i++) locals[slot++] = stack[argStart + i];
  if (defaults !== null) {
    const firstDefault = argcount - defaults.length;
    for (let i = given; i < argcount; i++) locals[i] = incref(defaults[i - firstDefault]);
  }
  // Closure cells go into the FREE slots (COPY_FREE_VARS), as bindArguments does.
  if (closure !== null) {
    const cells = closure.items;
    const kinds = code.localsplusKinds;
    let c = 0;
    for (let i = 0; i < kinds.length; i++) if (kinds[i] & FastKind.FREE) locals[i] = incref(cells[c++]);
  }
  return frame;
}

/**
 * The frame for calling `func` with borrowed arguments (the frame takes new references), holding the function:
 * native code's calls. Positional-only calls that bind without errors skip bindArguments' general path.
 */
export function frameForCall(vm: VM, func: PyFunction, args: readonly PyObject[], kwargs: Map<string, PyObject> | null): Frame {
  if (kwargs === null || kwargs.size === 0) {
    const frame = positionalFrame(vm, func, null, args, 0, args.length);
    if (frame !== null) {
      for (let i = 0; i < args.length; i++) incref(args[i]);
      frame.func = incref(func);
      return frame;
    }
  }
  const owned = args.map((a) => incref(a));
  const kwNames = kwargs ? [...kwargs.keys()] : null;
  const kwValues = kwargs ? [...kwargs.values()].map((v) => incref(v)) : [];
  const frame = bindArguments(vm, func, owned, kwNames, kwValues, keyObjectsOf(kwargs));
  incref(func);
  return frame;
}

/**
 * BaseException.__init__ as type_call runs it after a class's own __new__ made the exception: the call's arguments
 * become its args (and members), whatever __new__ passed on. Nothing for a class with its own __init__.
 */
export function initExceptionAfterNew(inst: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  if (!(inst instanceof PyInstance) || !inst.exc || !(inst.type.lookup('__init__') instanceof PyMethodDescriptor)) return;
  const old = inst.exc.args;
  inst.exc.args = newTuple(args.map((a) => incref(a)));
  decref(old);
  // After args: OSError's members keep only (errno, strerror) as args once a filename is given.
  initExceptionMembers(inst, args, kwargs);
}

/** object.__new__ for a user class (and BaseException.__new__ for exception classes): a new reference. */
export function createInstance(vm: VM, type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
  if (type.abstractMethods) {
    const names = type.abstractMethods;
    const s = names.length > 1 ? 's' : '';
    throw new NativeRaise('TypeError', `Can't instantiate abstract class ${type.name} with abstract method${s} ${names.join(', ')}`);
  }
  if (type.builtinKind) return newSubclassInstance(vm, type, type.builtinKind, args, kwargs);
  if (type.isException) {
    if (type.isSubtypeOf(E.BaseExceptionGroup)) {
      const group = createExceptionGroup(vm, type, args);
      if (kwargs && kwargs.size > 0 && type.lookup('__init__') instanceof PyMethodDescriptor) {
        decref(group);
        throw new NativeRaise('TypeError', `${type.name}() takes no keyword arguments`);
      }
      return group;
    }
    const exc = newException(type, args.map((a) => incref(a)));
    // BaseException's own __init__ (not overridden) sets the members a type adds (AttributeError's name...).
    if (type.lookup('__init__') instanceof PyMethodDescriptor) {
      try {
        initExceptionMembers(exc, args, kwargs);
      } catch (e) {
        decref(exc);
        throw e;
      }
    }
    return exc;
  }
  const heap = activeHeap();
  let dict: PyDict | null = null;
  if (type.hasInstanceDict) {
    dict = new PyDict(T.dict);
    dict.materialized = false;
    dict.splitKeys = instanceTakesValues(type);
    dict.inlineValues = true;
  }
  const inst = new PyInstance(type, dict, type.slotLayout.length);
  let bytes = knownInstanceBytes(type);
  if (bytes === undefined) {
    bytes = heap.measure(inst);
    // A native __sizeof__ may depend on the object; otherwise all instances of a class have one size.
    if (!slotsOf(type)?.sizeof) rememberInstanceBytes(type, bytes);
  }
  heap.register(inst, bytes);
  // The instance's values are a block of their own, which tracemalloc sees (kept as the dict's: the dict
  // made of them when `__dict__` is read takes them over).
  if (dict && heap.tracer) heap.tracer.addBlock(dict, valuesBlockBytes(dict.splitKeys!));
  incref(type);
  heap.track(inst);
  return inst;
}

