// Builtin functions that call back into Python code (print, sorted, min, max, sum, any, all, repr, hash, len,
// next, getattr...): resumable, so the methods they call run as frames of the eval loop, with fast forms
// for builtin arguments.

import { asyncBuiltins } from './coroutineObjects';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import {
  PyBool, PyBoundMethod, PyBuiltinFunction, PyFloat, PyFunction, PyGenerator, PyInstance, PyInt, PyList, PyMethodDescriptor,
  PyModule, PyNativeIterator, PyNone, PyStr, PyWeakref, PyWeakProxy,
} from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newFloat, newInt, newIntExact, newNone, newStr, newStrOf } from '../runtime/factory';
import { equalsResumable } from '../runtime/ops/compare';
import { length, lengthResumable } from '../runtime/ops/items';
import { reprLeaf, strLeaf, strResumable } from '../runtime/ops/repr';
import { formatObjectResumable } from '../runtime/ops/formatting';
import { asciiObjectResumable, reprObjectResumable } from '../runtime/ops/textObjects';
import { getAttrBuiltin, getAttrResumable, plainlyAbsent } from '../runtime/ops/attributes';
import { delAttr, descriptorCallResumable, descriptorStore, setAttr } from '../runtime/ops/attributeStores';
import { attributeHookOverride, overridesSpecial, specialMethod } from '../runtime/ops/attributeHooks';
import { intAbs } from '../runtime/intMath';
import { pyHashBuiltin, pyHashResumable } from '../runtime/hash';
import { listSortResumable } from '../runtime/listSort';
import { callMethodOp, callRequest, getIterOp, isIteratorObject, isRequest, nextItem, pythonIteratorNext, holdPackedArguments, releaseReferences, stopIterationFromGenerator } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import { WHILE_CALLING, type VM } from '../vm/vm';
import { O, cIntArg, checkKeywords, fast, resumableFunction, strArg, withDirectCall1 } from './define';
import { listFromIterableResumable } from './constructors';
import { reducingBuiltins } from './reducingBuiltins';
import { PyStdStream, hasLoneSurrogate, stdoutText } from '../modules/stdStreams';

type Kwargs = Map<string, PyObject> | null;

function kw(kwargs: Kwargs, name: string): PyObject | undefined {
  return kwargs?.get(name);
}

function printSeparators(kwargs: Kwargs): { sep: string; end: string } {
  const textOf = (o: PyObject | undefined, dflt: string, name: string): string => {
    if (!o || o === None) return dflt;
    if (o instanceof PyStr) return o.value;
    throw new NativeRaise('TypeError', `${name} must be None or a string, not ${o.type.name}`);
  };
  return { sep: textOf(kw(kwargs, 'sep'), ' ', 'sep'), end: textOf(kw(kwargs, 'end'), '\n', 'end') };
}

/**
 * print's file: the argument, or (absent or None) sys.stdout as the program last set it, read from the sys
 * module once a program has imported it (redirect_stdout and `sys.stdout = obj` rebind it there). Undefined
 * means the program's stdout; None (sys.stdout set to None) means print writes nothing.
 */
function printFile(vm: VM, kwargs: Kwargs): PyObject | undefined {
  checkKeywords('print', kwargs, ['sep', 'end', 'file', 'flush']);
  const file = kw(kwargs, 'file');
  if (file && file !== None) return file;
  if (vm.standardStreamsLost) return None;
  const sys = vm.modules.get('sys');
  if (!(sys instanceof PyModule)) return undefined;
  const stdout = sys.dict.getStr('stdout');
  if (!stdout) throw new NativeRaise('RuntimeError', 'lost sys.stdout');
  return stdout;
}

/** Where print's text goes: the program's stdout or stderr, or null for a file object of the program's own. */
function printTarget(vm: VM, file: PyObject | undefined): ((text: string) => void) | null {
  if (!file) {
    return (text) => {
      checkStreamWriteDepth(vm);
      vm.write(stdoutText(text));
    };
  }
  if (file instanceof PyStdStream) {
    return (text) => {
      checkStreamWriteDepth(vm);
      file.write(vm, text);
    };
  }
  return null;
}

/**
 * Each piece print writes calls the stream's write, which (write-through, as under PYTHONUNBUFFERED) calls its
 * buffer's write: two C-level recursion guards, so print fails a level before str() does.
 */
function checkStreamWriteDepth(vm: VM): void {
  if (streamWriteExceedsLimit(vm)) throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + WHILE_CALLING);
}

function streamWriteExceedsLimit(vm: VM): boolean {
  return vm.depth + 1 >= vm.recursionLimit;
}

/** print() of numbers and strings: no Python code runs. */
function printFast(vm: VM, args: PyObject[], kwargs: Kwargs): PyObject | null {
  for (const a of args) if (a.attrs !== null || !(a instanceof PyStr || a instanceof PyInt || a instanceof PyFloat || a instanceof PyBool || a instanceof PyNone)) return null;
  // A string the stream cannot encode fails mid-print, after the pieces before it are written: printOp writes piece by piece.
  const pieces = [...args, kw(kwargs, 'sep'), kw(kwargs, 'end')];
  if (pieces.some((a) => a instanceof PyStr && hasLoneSurrogate(a.value))) return null;
  const file = printFile(vm, kwargs);
  if (file === None) return newNone();
  const { sep, end } = printSeparators(kwargs);
  const write = printTarget(vm, file);
  // Near the recursion limit the order of str() and write decides which error: printOp goes piece by piece.
  if (!write || streamWriteExceedsLimit(vm)) return null;
  const packed = vm.hidden.enterPrint(args.length);
  try {
    // A big int's str can fail (int_max_str_digits): what came before it is written first, as printOp would.
    let text = '';
    try {
      for (let i = 0; i < args.length; i++) {
        if (i > 0) text += sep;
        text += strLeaf(vm, args[i])!;
      }
    } catch (e) {
      if (text) write(text);
      throw e;
    }
    write(text + end);
  } finally {
    vm.hidden.release(packed);
  }
  return newNone();
}

/** print(): each argument's str() is written as soon as it is made, as PyFile_WriteObject does. */
function* printOp(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  const file = printFile(vm, kwargs);
  if (file === None) return newNone();
  const { sep, end } = printSeparators(kwargs);
  const write = printTarget(vm, file);
  const packed = vm.hidden.enterPrint(args.length);
  // The tuple Argument Clinic packs print's *args into holds them while their __str__ runs.
  const tuple = holdPackedArguments(vm, args, null);
  try {
    if (!write) {
      // Any object with a write method (PyFile_WriteObject calls it for each piece).
      const method = yield* getAttrResumable(vm, file!, 'write');
      vm.holdTemporary(method);
      try {
        const put = function* (text: string): NativeOp<void> {
          const piece = newStr(text);
          vm.holdTemporary(piece);
          try {
            decref((yield callRequest(vm, method, [piece], null)) as PyObject);
          } finally {
            vm.dropTemporary(piece);
            decref(piece);
          }
        };
        for (let i = 0; i < args.length; i++) {
          if (i > 0) yield* put(sep);
          yield* put(yield* strResumable(vm, args[i]));
        }
        yield* put(end);
      } finally {
        vm.dropTemporary(method);
        decref(method);
      }
      const flush = kw(kwargs, 'flush');
      if (flush && vm.isTrue(flush)) {
        const flushMethod = yield* getAttrResumable(vm, file!, 'flush');
        vm.holdTemporary(flushMethod);
        try {
          decref((yield callRequest(vm, flushMethod, [], null)) as PyObject);
        } finally {
          vm.dropTemporary(flushMethod);
          decref(flushMethod);
        }
      }
      return newNone();
    }
    for (let i = 0; i < args.length; i++) {
      if (i > 0) write(sep);
      write(yield* strResumable(vm, args[i]));
    }
    write(end);
  } finally {
    releaseReferences(vm, tuple);
    vm.hidden.release(packed);
  }
  return newNone();
}

/** sorted(): a new list from the iterable, sorted by list.sort (called as a bound method: one C-level guard). */
const SORT_METHOD_BYTES = 72;

function* sortedOp(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  if (args.length !== 1) throw new NativeRaise('TypeError', `sorted expected 1 argument, got ${args.length}`);
  checkKeywords('sort', kwargs, ['key', 'reverse']);
  const list = yield* listFromIterableResumable(vm, args[0]);
  const reverse = kw(kwargs, 'reverse');
  const key = kw(kwargs, 'key');
  vm.holdTemporary(list);
  // builtin_sorted calls the list's `sort`, a method object (PyCFunctionObject, 72 bytes) tracemalloc sees meanwhile.
  const tracer = vm.heap.tracer;
  tracer?.temporaryAllocated(SORT_METHOD_BYTES);
  try {
    vm.enterRecursiveCall(WHILE_CALLING);
    try {
      yield* listSortResumable(vm, list, key && key !== None ? key : null, reverseFlag(vm, reverse));
    } finally {
      vm.leaveRecursiveCall();
      tracer?.temporaryFreed(SORT_METHOD_BYTES);
    }
  } catch (e) {
    vm.dropTemporary(list);
    decref(list);
    throw e;
  }
  vm.dropTemporary(list);
  return list;
}

/** list.sort(*, key=None, reverse=False). */
export function* listSortMethodOp(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  // _PyArg_UnpackKeywords: too many arguments in all first, then any positional one.
  const given = args.length - 1 + (kwargs ? kwargs.size : 0);
  if (given > 2) throw new NativeRaise('TypeError', `sort() takes at most 2 ${args.length === 1 ? 'keyword ' : ''}arguments (${given} given)`);
  if (args.length > 1) throw new NativeRaise('TypeError', 'sort() takes no positional arguments');
  checkKeywords('sort', kwargs, ['key', 'reverse']);
  const key = kw(kwargs, 'key');
  const reverse = kw(kwargs, 'reverse');
  yield* listSortResumable(vm, args[0] as PyList, key && key !== None ? key : null, reverseFlag(vm, reverse));
  return newNone();
}

/** list.sort's reverse is a C int (bool(accept={int})): reverse='x' or None is a TypeError, not a truth value. */
function reverseFlag(vm: VM, reverse: PyObject | undefined): boolean {
  return reverse ? cIntArg(vm, reverse) !== 0 : false;
}

/** hash(): a user __hash__ (also inside a tuple) runs as a frame. */
function* hashOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  return newInt(pyHashBuiltin(vm, args[0]) ?? (yield* pyHashResumable(vm, args[0])));
}

function hashFast(vm: VM, args: PyObject[]): PyObject | null {
  const h = pyHashBuiltin(vm, args[0]);
  return h === null ? null : newInt(h);
}

function* nextOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const it = args[0];
  if (!isIteratorObject(it)) {
    throw new NativeRaise('TypeError', `'${it.type.name}' object is not an iterator`);
  }
  // builtin_next: a Python __next__'s own StopIteration (its value, its traceback) is what next() raises.
  const pythonNextMethod = args[1] ? undefined : pythonIteratorNext(it);
  if (pythonNextMethod) return yield* callMethodOp(vm, pythonNextMethod, it, []);
  let v = nextItem(vm, it);
  if (isRequest(v)) v = (yield v) as PyObject | null;
  if (v) return v;
  if (args[1]) {
    if (it instanceof PyGenerator && vm.lastGeneratorResult) {
      decref(vm.lastGeneratorResult);
      vm.lastGeneratorResult = null;
    }
    return incref(args[1]);
  }
  if (it instanceof PyGenerator) throw stopIterationFromGenerator(vm);
  throw new NativeRaise('StopIteration', '');
}

/** The name argument of getattr/setattr/hasattr/delattr. */
export function attributeName(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `attribute name must be string, not '${o.type.name}'`);
}

function* getattrOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const name = attributeName(args[1]);
  if (args.length === 3) {
    if (plainlyAbsent(vm, args[0], name)) return incref(args[2]);
    try {
      return yield* getAttrResumable(vm, args[0], name);
    } catch (e) {
      if (vm.isAttributeError(e)) return incref(args[2]);
      throw e;
    }
  }
  return yield* getAttrResumable(vm, args[0], name);
}

function* hasattrOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const name = attributeName(args[1]);
  if (plainlyAbsent(vm, args[0], name)) return newBool(false);
  try {
    decref(yield* getAttrResumable(vm, args[0], name));
    return newBool(true);
  } catch (e) {
    if (vm.isAttributeError(e)) return newBool(false);
    throw e;
  }
}

function* setattrOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const name = attributeName(args[1]);
  const call = attributeHookOverride(args[0].type, '__setattr__') ? null : descriptorStore(args[0], name, args[2]);
  if (call) yield* descriptorCallResumable(vm, call);
  else setAttr(vm, args[0], name, args[2]);
  return newNone();
}

/** delattr(o, name): a property's deleter or a descriptor's __delete__ runs as a frame. */
export function* delattrOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const call = delAttr(vm, args[0], attributeName(args[1]));
  if (call) yield* descriptorCallResumable(vm, call);
  return newNone();
}

/** A numeric builtin's dunder on an instance, as a frame. */
function* dunder(vm: VM, x: PyObject, name: string, args: PyObject[]): NativeOp<PyObject | null> {
  if (!(x instanceof PyInstance)) return null;
  const m = x.type.lookup(name);
  return m ? yield* callMethodOp(vm, m, x, args) : null;
}

function* absOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const x = args[0];
  // A subclass of a builtin number with its own __abs__ (class MyInt(int)).
  if (overridesSpecial(x, '__abs__')) return yield* callMethodOp(vm, specialMethod(x, '__abs__')!, x, []);
  // long_abs: a non-negative exact int is its own absolute value (the same object).
  if (x instanceof PyInt && x.type === T.int && x.value >= 0) return incref(x);
  if (x instanceof PyInt) return newInt(intAbs(x.value));
  if (x instanceof PyBool) return newInt(x.value ? 1 : 0);
  if (x instanceof PyFloat) return newFloat(Math.abs(x.value));
  const native = x.type.nativeSlots?.unary?.(x, 'abs');
  if (native) return native;
  const r = yield* dunder(vm, x, '__abs__', []);
  if (r) return r;
  throw new NativeRaise('TypeError', `bad operand type for abs(): '${x.type.name}'`);
}

function* lenOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  return newIntExact(yield* lengthResumable(vm, args[0]));
}

function* reprOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  return yield* reprObjectResumable(vm, args[0]);
}

function* asciiOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  return yield* asciiObjectResumable(vm, args[0]);
}

function* formatOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const spec = args[1] ? strArg(args[1], 'format', 'argument 2') : '';
  return yield* formatObjectResumable(vm, args[0], spec);
}

function* iterOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  if (args.length === 1) return yield* getIterOp(vm, args[0]);
  return callableIterator(vm, args[0], args[1]);
}

export function isCallable(o: PyObject): boolean {
  return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyType
    || o instanceof PyMethodDescriptor || (o instanceof PyWeakref && !(o instanceof PyWeakProxy)) || (o.attrs !== null && o.type.lookup('__call__') !== undefined)
    || o.type.nativeSlots?.call !== undefined || o.type.nativeSlots?.callOp !== undefined || o.type.isSubtypeOf(T.staticmethod);
}

/** iter(fn, sentinel): a callable_iterator calling fn (as a frame) until it returns something equal to the sentinel. */
function callableIterator(vm: VM, fn: PyObject, sentinel: PyObject): PyObject {
  if (!isCallable(fn)) throw new NativeRaise('TypeError', 'iter(v, w): v must be callable');
  const step = function* (vm2: VM, self: PyNativeIterator): NativeOp<PyObject | null> {
    if (self.held.length === 0) return null;
    let r: PyObject;
    try {
      r = (yield callRequest(vm2, self.held[0], [])) as PyObject;
    } catch (e) {
      // calliter_iternext: the callable's StopIteration ends the iteration for good.
      if (!vm2.matches(e, 'StopIteration')) throw e;
      self.exhaust();
      return null;
    }
    let done: boolean;
    vm2.holdTemporary(r);
    try {
      done = yield* equalsResumable(vm2, r, self.held[1]);
    } catch (e) {
      decref(r);
      throw e;
    } finally {
      vm2.dropTemporary(r);
    }
    if (!done) return r;
    decref(r);
    self.exhaust();
    return null;
  };
  const it = activeHeap().register(new PyNativeIterator(T.callable_iterator, [incref(fn), incref(sentinel)], (vm2, self) => vm2.runSync(step(vm2, self))));
  it.resumableStep = step;
  activeHeap().track(it);
  return it;
}

/** Fast forms: what needs no Python code answers at once. */
function lenFast(vm: VM, args: PyObject[]): PyObject | null {
  return args.length === 1 ? lenDirect(vm, args[0]) : null;
}

/** len(o) of an object with no Python __len__ (also a quickened call site's direct body). */
function lenDirect(vm: VM, o: PyObject): PyObject | null {
  return o.attrs !== null ? null : newIntExact(length(vm, o));
}

function reprFast(vm: VM, args: PyObject[]): PyObject | null {
  if (args.length !== 1) return null;
  const leaf = reprLeaf(vm, args[0]);
  return leaf === null ? null : newStrOf(args[0], leaf);
}

function iterFast(vm: VM, args: PyObject[]): PyObject | null {
  if (args.length !== 1 || args[0].attrs !== null) return null;
  return vm.getIter(args[0]);
}

function getattrFast(vm: VM, args: PyObject[]): PyObject | null {
  if (args.length !== 2 || !(args[1] instanceof PyStr)) return null;
  return getAttrBuiltin(vm, args[0], args[1].value);
}

/** The builtins of this file, by name, with the calling convention CPython gives each. */
export function callingBuiltins(): Record<string, PyObject> {
  return {
    print: resumableFunction('print', printOp, printFast),
    sorted: resumableFunction('sorted', sortedOp),
    ...reducingBuiltins(),
    hash: resumableFunction('hash', [O, hashOp], hashFast),
    next: resumableFunction('next', [fast(1, 2), nextOp]),
    ...asyncBuiltins(),
    iter: resumableFunction('iter', [fast(1, 2), iterOp], iterFast),
    getattr: resumableFunction('getattr', [fast(2, 3), getattrOp], getattrFast),
    hasattr: resumableFunction('hasattr', [fast(2), hasattrOp]),
    setattr: resumableFunction('setattr', [fast(3), setattrOp]),
    abs: resumableFunction('abs', [O, absOp]),
    len: withDirectCall1(resumableFunction('len', [O, lenOp], lenFast), lenDirect),
    repr: resumableFunction('repr', [O, reprOp], reprFast),
    ascii: resumableFunction('ascii', [O, asciiOp]),
    format: resumableFunction('format', [fast(1, 2), formatOp]),
  };
}
