// Calls the eval loop makes of anything but a plain Python function: builtins (synchronously, or as a
// native operation when they may run Python code), classes and callable instances, with CPython 3.11's
// recursion guards (specialized call sites of builtins skip most of them).

import { copyRange } from '../runtime/objectArrays';
import { SUSPENDABLE_CODE } from '../bytecode/code';
import { Op } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyType } from '../runtime/types';
import {
  PyBoundMethod, PyBuiltinFunction, PyFunction, PyList, PyMethodDescriptor, PyStr, PyTuple, PyWeakref, PyWeakProxy, type ResumableBody,
} from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newNone, newStrOf, newTuple } from '../runtime/factory';
import { strLeaf } from '../runtime/ops/repr';
import { strObjectResumable } from '../runtime/ops/textObjects';
import { frameForCall } from './calls';
import { buildClass } from '../builtins/buildClass';
import { floatFromLeaf } from '../builtins/constructors';
import { listAppendDescriptor } from '../builtins/listMethods';
import { listAppend } from '../runtime/containers';
import {
  boundArguments, callOp, callRequest, checkDescriptorSelf, getIterOp, holdPackedArguments, instantiatePlain, iteratorItemsOp, releaseReferences, slotWrapperPackedArguments,
} from './callOps';
import { NO_TEMPORARIES, tpCallPacksArguments } from './hiddenAllocations';
import type { Frame } from './frame';
import type { NativeOp } from './nativeOp';
import { startTask } from './tasks';
import { dropStackTo, enterPythonCall, functionStr, pushCallFrame } from './evalSupport';
import { NativeRaise } from '../errors';
import { WHILE_CALLING, type VM } from './vm';
import { rememberKeyObject } from './keywordKeys';

type Kwargs = Map<string, PyObject> | null;

/**
 * Calls `callable` for CALL or CALL_FUNCTION_EX (its operands stay on `frame`'s stack from `base`):
 * the result, or null when a native operation started (it completes the instruction itself).
 */
export function callFromLoop(
  vm: VM, frame: Frame, callable: PyObject, positional: PyObject[], kwargs: Kwargs, opcode: number, arg: number, base: number,
): PyObject | null {
  const quickened = frame.pyCode.quickened && opcode === Op.CALL;
  if (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor) {
    const guard = !quickened || callable.alwaysGuarded;
    if (!callable.resumable) return syncCall(vm, callable, positional, kwargs, guard);
    return builtinCall(vm, frame, callable, callable.resumable, positional, kwargs, guard, opcode, arg, base);
  }
  if (callable instanceof PyType && !callable.isHeapType) {
    // PRECALL_NO_KW_STR_1: a specialized str(x) calls PyObject_Str directly (no argument tuple, no guard).
    if (callable === T.str && quickened && positional.length === 1 && !kwargs) {
      const leaf = strLeaf(vm, positional[0]);
      if (leaf !== null) return newStrOf(positional[0], leaf);
      startTask(vm, frame, strCall(vm, positional[0]), opcode, arg, base);
      return null;
    }
    // PRECALL_BUILTIN_CLASS: float(x) of a str or a float calls float's vectorcall. Not int(x): int has no
    // vectorcall in 3.11, so type_call packs its argument in a tuple (counted, and holding an address).
    if (callable === T.float && quickened && positional.length === 1 && !kwargs) {
      const made = floatFromLeaf(positional[0]);
      if (made !== null) return made;
    }
    const guard = tpCallPacksArguments(callable);
    if (!callable.resumableNew) return syncCall(vm, callable, positional, kwargs, guard);
    return builtinCall(vm, frame, callable, callable.resumableNew, positional, kwargs, guard, opcode, arg, base);
  }
  if (callable instanceof PyType) {
    const instance = instantiatePlain(vm, callable, positional, kwargs);
    if (instance !== undefined) return instance;
  }
  if (callable instanceof PyWeakref && !(callable instanceof PyWeakProxy)) return vm.callUnguarded(callable, positional, kwargs);
  const callFast = callable.type.nativeSlots?.callFast;
  if (callFast !== undefined) {
    // No vectorcall: _PyObject_MakeTpCall counts a recursion level.
    vm.enterRecursiveCall(WHILE_CALLING);
    try {
      const result = callFast(vm, callable, positional, kwargs);
      if (result !== null) return result;
    } finally {
      vm.leaveRecursiveCall();
    }
  }
  // Classes, callable instances, bound builtins...: whatever may run Python code runs as frames of the loop.
  startTask(vm, frame, callOp(vm, callable, positional, kwargs), opcode, arg, base);
  return null;
}

function* strCall(vm: VM, o: PyObject): NativeOp<PyObject> {
  return yield* strObjectResumable(vm, o);
}

function syncCall(vm: VM, callable: PyObject, args: PyObject[], kwargs: Kwargs, guard: boolean): PyObject {
  if (!guard) return vm.callUnguarded(callable, args, kwargs);
  vm.enterRecursiveCall(WHILE_CALLING);
  try {
    return vm.callUnguarded(callable, args, kwargs);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** A builtin with a resumable body: its fast form when that suffices, else its operation as a task. */
function builtinCall(
  vm: VM, frame: Frame, callable: PyBuiltinFunction | PyMethodDescriptor | PyType, body: ResumableBody,
  positional: PyObject[], kwargs: Kwargs, guard: boolean, opcode: number, arg: number, base: number,
): PyObject | null {
  if (guard) vm.enterRecursiveCall(WHILE_CALLING);
  const selfCount = callable instanceof PyMethodDescriptor ? 1 : 0;
  const temporaries = vm.hidden.enterCall(callable, positional.length - selfCount, kwargs?.size ?? 0);
  let args: PyObject[];
  let fast: PyObject | null;
  try {
    args = boundArguments(callable, positional);
    fast = body.fast ? body.fast(vm, args, kwargs) : null;
  } catch (e) {
    vm.hidden.release(temporaries);
    if (guard) vm.leaveRecursiveCall();
    throw e;
  }
  if (fast) {
    vm.hidden.release(temporaries);
    if (guard) vm.leaveRecursiveCall();
    return fast;
  }
  // enterCall's temporaries start with the argument tuple and keyword dict CPython packs (METH_VARARGS, no
  // vectorcall): they hold the arguments while Python code the builtin calls runs.
  const packs = temporaries.length > 0;
  const packed = slotWrapperPackedArguments(callable, positional)
    ?? (packs && (positional.length > selfCount || (kwargs !== null && kwargs.size > 0)) ? positional.slice(selfCount) : null);
  startTask(vm, frame, finishBuiltinCall(vm, body, args, kwargs, temporaries, guard, packed), opcode, arg, base);
  return null;
}

function* finishBuiltinCall(
  vm: VM, body: ResumableBody, args: PyObject[], kwargs: Kwargs, temporaries: ReturnType<VM['hidden']['enterCall']>, guard: boolean,
  packed: PyObject[] | null,
): NativeOp<PyObject> {
  // The packed tuple's items and the keyword dict's values.
  const tuple = packed !== null ? holdPackedArguments(vm, packed, kwargs) : null;
  try {
    // Nested through the task's chain rather than delegated to: each resume of the body (an item of a generator
    // it loops over) then goes straight to it, not through this generator too.
    return (yield body.op(vm, args, kwargs)) as PyObject;
  } finally {
    releaseReferences(vm, tuple);
    vm.hidden.release(temporaries);
    if (guard) vm.leaveRecursiveCall();
  }
}

/** What callNativeLeaf did with a call. */
export const enum LeafCall {
  /** Nothing: the general path takes it. */
  NotTaken,
  /** Its result replaced the operands. */
  Done,
  /** Its operation started as a task of the frame (a key's Python __hash__ to run, say). */
  TaskStarted,
}

/**
 * CALL of a builtin function or method descriptor given positional arguments and no hidden allocation
 * (list.append, dict.get, len): called at once (a resumable one by its fast form) and its result pushed in place
 * of the operands, as callFromLoop's synchronous path does; a resumable one whose fast form declines starts its
 * operation as builtinCall would.
 */
export function callNativeLeaf(
  vm: VM, f: Frame, stack: (PyObject | null)[], base: number, callable: PyBuiltinFunction | PyMethodDescriptor, argStart: number, argCount: number,
  oparg: number,
): LeafCall {
  if (f.pyCode.quickened) {
    if (callable === listAppendDescriptor && argCount === 2 && appendToList(stack, base, callable, argStart)) return LeafCall.Done;
    if (callable instanceof PyBuiltinFunction && argCount <= 2 && callDirect(vm, stack, base, callable, argStart, argCount)) return LeafCall.Done;
  }
  const body = callable.resumable;
  if ((body !== null && body.fast === null) || !vm.hidden.positionalCallCountsNothing(callable)) return LeafCall.NotTaken;
  // A class statement's body runs as a frame of the loop (enterPythonCall).
  if (callable instanceof PyBuiltinFunction && callable.fn === buildClass) return LeafCall.NotTaken;
  const args = copyRange<PyObject>(stack, argStart, argStart + argCount);
  const guard = !f.pyCode.quickened || callable.alwaysGuarded;
  if (guard) vm.enterRecursiveCall(WHILE_CALLING);
  let result: PyObject | null;
  try {
    if (callable instanceof PyMethodDescriptor) checkDescriptorSelf(callable, args);
    else if (callable.self !== null) args.unshift(callable.self);
    result = body !== null ? body.fast!(vm, args, null) : callable.fn(vm, args, null);
  } catch (e) {
    if (guard) vm.leaveRecursiveCall();
    throw e;
  }
  if (result === null) {
    // Nothing to count or pack (positionalCallCountsNothing): the guard is held until the operation completes.
    startTask(vm, f, finishBuiltinCall(vm, body!, args, null, NO_TEMPORARIES, guard, null), Op.CALL, oparg, base);
    return LeafCall.TaskStarted;
  }
  if (guard) vm.leaveRecursiveCall();
  releaseCallOperands(stack, base, Op.CALL);
  stack.push(result);
  return LeafCall.Done;
}

/**
 * `lst.append(x)` on an exact list at a quickened call site, as CPython 3.11's PRECALL_NO_KW_LIST_APPEND: no
 * argument array, no recursion check, the operands released as releaseCallOperands does (self, x, then the method).
 * False, nothing done, for a list subclass (whose method lookup may differ) or anything else in self's place.
 */
function appendToList(stack: (PyObject | null)[], base: number, callable: PyObject, argStart: number): boolean {
  const list = stack[argStart];
  if (!(list instanceof PyList) || list.type !== T.list) return false;
  const item = stack[argStart + 1]!;
  listAppend(list, item);
  dropStackTo(stack, base);
  decref(list);
  decref(item);
  decref(callable);
  stack.push(newNone());
  return true;
}

/**
 * `len(x)` or `isinstance(x, t)` at a quickened call site through the builtin's direct body (DirectCall1): no
 * argument array, signature check or recursion guard, as CPython 3.11's PRECALL_NO_KW_LEN and _ISINSTANCE. False,
 * nothing done, when the builtin has no direct body for this many arguments or it declined.
 */
function callDirect(
  vm: VM, stack: (PyObject | null)[], base: number, callable: PyBuiltinFunction, argStart: number, argCount: number,
): boolean {
  let result: PyObject | null = null;
  if (argCount === 1) {
    if (callable.direct1 === null) return false;
    result = callable.direct1(vm, stack[argStart]!);
  } else if (argCount === 2) {
    if (callable.direct2 === null) return false;
    result = callable.direct2(vm, stack[argStart]!, stack[argStart + 1]!);
  }
  if (result === null) return false;
  releaseCallOperands(stack, base, Op.CALL);
  stack.push(result);
  return true;
}

/**
 * CALL of anything but a Python function given positional arguments that bind simply: the callee's frame entered
 * or a native operation started (true: the loop goes on with vm.frame), or the result pushed (false).
 */
export function callGeneral(
  vm: VM, f: Frame, stack: (PyObject | null)[], base: number, callable: PyObject, argStart: number, argCount: number,
  kwNames: PyTuple | null, arg: number,
): boolean {
  // A bound method below its arguments (a with statement's __exit__ call) stays on the stack while it runs.
  const frame = stack[base] instanceof PyBoundMethod ? undefined : enterPythonCall(vm, callable, stack, base, argStart, argCount, kwNames, f.pyCode.quickened);
  if (frame) {
    pushCallFrame(vm, frame);
    return true;
  }
  if (frame === null) return false;
  const args = copyRange<PyObject>(stack, argStart, argStart + argCount);
  let kwargs: Kwargs = null;
  let positional = args;
  if (kwNames) {
    const nkw = kwNames.items.length;
    positional = args.slice(0, args.length - nkw);
    const map = new Map<string, PyObject>();
    kwNames.items.forEach((k, i) => map.set((k as PyStr).value, args[args.length - nkw + i]));
    kwargs = map;
  }
  const result = callFromLoop(vm, f, callable, positional, kwargs, Op.CALL, arg, base);
  if (!result) return true;
  releaseCallOperands(stack, base, Op.CALL);
  stack.push(result);
  return false;
}

/** CPython releases a call's arguments first to last, then the callable (and pops the NULL). */
export function releaseCallOperands(stack: (PyObject | null)[], base: number, opcode: number): void {
  const callableIndex = opcode === Op.CALL_FUNCTION_EX || !stack[base] ? base + 1 : base;
  const callable = stack[callableIndex]!;
  for (let i = base; i < stack.length; i++) {
    const v = stack[i];
    if (v && i !== callableIndex) decref(v);
  }
  dropStackTo(stack, base);
  decref(callable);
}

/** CALL_FUNCTION_EX of a Python function (or a method of one): its frame, to run in this loop. */
export function enterPythonCallWith(vm: VM, callable: PyObject, args: PyObject[], kwargs: Kwargs): Frame | undefined {
  let func: PyFunction;
  let all = args;
  if (callable instanceof PyFunction) func = callable;
  else if (callable instanceof PyBoundMethod && callable.func instanceof PyFunction) {
    func = callable.func;
    all = [callable.self, ...args];
  } else return undefined;
  if (func.code.code.flags & SUSPENDABLE_CODE) return undefined;
  return frameForCall(vm, func, all, kwargs);
}

/**
 * CALL_FUNCTION_EX's keyword dict as names and values. A key that is not a str is refused by every callee
 * (_PyStack_UnpackDict, PyArg_ValidateKeywordArguments): "keywords must be strings".
 */
export function keywordArguments(kwargsObj: PyDict): Map<string, PyObject> {
  const kwargs = new Map<string, PyObject>();
  for (const e of kwargsObj.map.values()) {
    if (!(e.key instanceof PyStr)) throw new NativeRaise('TypeError', 'keywords must be strings');
    kwargs.set(e.key.value, e.value);
    rememberKeyObject(kwargs, e.key);
  }
  return kwargs;
}

/** `f(*it)` where iterating `it` runs Python code: the argument tuple is made, then the call. */
export function* starredCallResumable(vm: VM, callable: PyObject, seq: PyObject, kwargsObj: PyDict | null): NativeOp<PyObject> {
  let it: PyObject;
  try {
    it = yield* getIterOp(vm, seq);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') {
      throw new NativeRaise('TypeError', `${functionStr(callable)} argument after * must be an iterable, not ${seq.type.name}`);
    }
    throw e;
  }
  let args: PyTuple;
  try {
    // PySequence_Tuple iterates the iterator it made: no second iter() of it.
    args = newTuple(yield* iteratorItemsOp(vm, it));
  } finally {
    decref(it);
  }
  vm.holdTemporary(args);
  try {
    const kwargs: Kwargs = kwargsObj ? keywordArguments(kwargsObj) : null;
    return (yield callRequest(vm, callable, args.items.slice(), kwargs)) as PyObject;
  } finally {
    vm.dropTemporary(args);
    decref(args);
  }
}
