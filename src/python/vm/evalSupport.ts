// What the evaluation loop calls out to: entering Python calls, unpacking, exception matching, name keys.

import { copyRange } from '../runtime/objectArrays';
import type { FreeListKind } from '../runtime/freeLists';
import { NativeRaise } from '../errors';
import { FastKind, SUSPENDABLE_CODE } from '../bytecode/code';
import { PyObject } from '../runtime/object';
import { PyType } from '../runtime/types';
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyStr, PyTuple } from '../runtime/objects';
import { newBuiltinException, newTuple } from '../runtime/factory';
import { instantiationPlan } from './callOps';
import { buildClass, startClassBody } from '../builtins/buildClass';
import { E, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { Frame } from './frame';
import { bindArguments, createInstance, positionalFrame } from './calls';
import { initializesInInit } from '../builtins/subclassInstances';
import { ExecutionHalted, PyRaise, WHILE_CALLING, type VM } from './vm';
import { INTERRUPT_POLL } from './interruptFlags';

export function nameError(name: string): NativeRaise {
  return new NativeRaise('NameError', `name '${name}' is not defined`, { name });
}

/**
 * Undoes the preparation of a frame that could not be entered (recursion limit): a call's frame is
 * released; a suspended generator's frame drops the value sent to it and stays suspended.
 */
export function abandonFrame(frame: Frame): void {
  if (frame.pendingThrow) {
    decref(frame.pendingThrow);
    frame.pendingThrow = null;
  }
  const gen = frame.generator;
  if (gen) {
    gen.running = false;
    if (frame.pc > 0) {
      const sent = frame.stack.pop();
      if (sent) decref(sent);
    }
    return;
  }
  frame.guards = 0;
  releaseUnstartedFrame(frame);
}

/** Enters a frame built for a call; if it cannot be entered (recursion limit), releases it and rethrows. */
export function pushCallFrame(vm: VM, frame: Frame): void {
  try {
    vm.pushFrame(frame);
  } catch (e) {
    releaseUnstartedFrame(frame);
    throw e;
  }
}

/** Releases a frame that was built for a call but could not be entered (recursion limit). */
export function releaseUnstartedFrame(frame: Frame): void {
  const inst = frame.initInstance;
  frame.initInstance = null;
  frame.release(decref);
  if (inst) decref(inst);
  frame.dropCallOperands(decref);
}

/**
 * At a poll point, when something asked for attention: the host's flag (Ctrl-C raises KeyboardInterrupt, a
 * poll request runs vm.onPoll and carries on), else the run stops (instruction budget, Stop button).
 */
export function checkHalt(vm: VM): void {
  const flag = vm.interruptFlag[0];
  if (flag === INTERRUPT_POLL) {
    Atomics.compareExchange(vm.interruptFlag, 0, INTERRUPT_POLL, 0);
    vm.onPoll?.();
    if (vm.instructions <= vm.instructionBudget && !vm.haltRequested) return;
  } else if (flag !== 0) {
    Atomics.store(vm.interruptFlag, 0, 0);
    const f = vm.frame;
    if (f) f.raisedAt = f.code.loopHeadPositions.get(f.pc - 1) ?? null;
    throw new PyRaise(newBuiltinException('KeyboardInterrupt'));
  }
  const reason = vm.haltRequested ?? `the program ran for more than ${vm.instructionBudget} bytecode instructions (is there an infinite loop?)`;
  throw new ExecutionHalted(reason);
}

export function unboundDeref(name: string, kind: number): NativeRaise {
  if (kind & FastKind.FREE) {
    return new NativeRaise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return new NativeRaise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

const isExceptionClass = (t: PyObject): t is PyType => t instanceof PyType && t.isSubtypeOf(E.BaseException);

/**
 * CHECK_EXC_MATCH: check_except_type_valid first (a class, or a flat tuple of classes: every item is checked,
 * even past one that matches), then PyErr_GivenExceptionMatches.
 */
export function exceptionMatches(exc: PyObject, type: PyObject): boolean {
  const valid = type instanceof PyTuple ? type.items.every(isExceptionClass) : isExceptionClass(type);
  if (!valid) throw new NativeRaise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  return givenExceptionMatches(exc.type, type);
}

/** PyErr_GivenExceptionMatches: nested tuples are searched; what is not an exception class matches itself only. */
function givenExceptionMatches(excType: PyType, type: PyObject): boolean {
  if (type instanceof PyTuple) return type.items.some((t) => givenExceptionMatches(excType, t));
  return isExceptionClass(type) ? excType.isSubtypeOf(type) : excType === type;
}

/**
 * The CALL fast paths that run Python code in this loop (so stepping goes into the callee):
 * returns the new frame to enter, null when the result is already in place (generators),
 * or undefined when the callable must be called natively.
 */
export function enterPythonCall(
  vm: VM, callable: PyObject, stack: (PyObject | null)[], base: number, argStart: number, argCount: number, kwNames: PyTuple | null,
  quickened: boolean,
): Frame | null | undefined {
  let func: PyFunction;
  let selfArg: PyObject | null = null;
  let instance: PyObject | null = null;
  let temporaries: readonly FreeListKind[] | null = null;
  const nkw = kwNames ? kwNames.items.length : 0;
  if (callable instanceof PyFunction) func = callable;
  else if (callable instanceof PyBoundMethod && callable.func instanceof PyFunction) {
    func = callable.func;
    selfArg = callable.self;
  } else if (callable instanceof PyBuiltinFunction && callable.fn === buildClass && !kwNames) {
    // A class statement: its body runs in this loop (so stepping goes through it); RETURN_VALUE makes the class.
    // __build_class__ first calls type.__prepare__, a builtin method: a C-level recursion guard.
    if (vm.depth + (quickened ? 0 : 1) >= vm.recursionLimit) {
      throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + WHILE_CALLING);
    }
    const args = copyRange<PyObject>(stack, argStart, argStart + argCount);
    const frame = startClassBody(vm, args, null);
    frame.classBuild!.held.push(...args);
    // An unspecialized call of __build_class__ (a builtin) counts a C-level recursion level.
    if (!quickened) frame.guards = 1;
    stack.length = base;
    decref(callable);
    return frame;
  } else if (callable instanceof PyType && callable.isHeapType && !callable.isException && callable.type === T.type) {
    // A class with its own __new__ is made by type_call natively (object.__new__ is the builtin one).
    const { userNew, userInit: init, makesClasses } = instantiationPlan(callable);
    if (!(init instanceof PyFunction) || userNew !== null || makesClasses) return undefined;
    // int, str, tuple... subclasses: the base's __new__ needs the arguments.
    if (callable.builtinKind && !initializesInInit(callable.builtinKind)) return undefined;
    func = init;
    temporaries = vm.hidden.enterCall(callable, argCount - nkw, nkw);
    instance = createInstance(vm, callable, []);
    selfArg = instance;
  } else return undefined;

  const held = instance !== null ? typeCallHolds(instance, stack, argStart, argCount, nkw) : null;
  const simple = nkw === 0 ? positionalFrame(vm, func, selfArg, stack, argStart, argCount) : null;
  if (simple !== null) {
    dropStackTo(stack, base);
    simple.callOperands = held;
    return enteredFrame(vm, simple, func, callable, instance, temporaries);
  }
  const args = copyRange<PyObject>(stack, argStart, argStart + argCount);
  const positional = args.slice(0, args.length - nkw);
  const kwValues = args.slice(args.length - nkw);
  if (selfArg) positional.unshift(incref(selfArg));
  // The arguments' references move from the stack into the frame; the callable's stack reference is dropped.
  dropStackTo(stack, base);
  let frame: Frame;
  try {
    frame = bindArguments(vm, func, positional, kwNames ? kwNames.items.map((k) => (k as PyStr).value) : null, kwValues);
  } catch (e) {
    if (held) for (const o of held) decref(o);
    if (instance) decref(instance);
    if (temporaries) vm.hidden.release(temporaries);
    decref(callable);
    throw e;
  }
  frame.callOperands = held;
  if (func.code.code.flags & SUSPENDABLE_CODE) {
    frame.hiddenTemporaries = temporaries;
    if (instance) frame.guards = 1;
    incref(func);
    decref(callable);
    stack.push(vm.makeGenerator(frame));
    return null;
  }
  return enteredFrame(vm, frame, func, callable, instance, temporaries);
}

/**
 * What type_call's path holds while a class's __init__ runs, besides the frame's own references (new references,
 * released after the frame's locals in this order): with keywords, _PyStack_UnpackDict's array (self and every
 * argument); the argument tuple's items (a tuple frees them last to first); the keyword dict's values; the
 * caller's stack operands, which CALL drops once the call is over.
 */
function typeCallHolds(self: PyObject, stack: readonly (PyObject | null)[], argStart: number, argCount: number, nkw: number): PyObject[] | null {
  if (argCount === 0) return null;
  const positional = argCount - nkw;
  const held: PyObject[] = [];
  if (nkw > 0) {
    held.push(self);
    for (let i = 0; i < argCount; i++) held.push(stack[argStart + i]!);
  }
  for (let i = positional - 1; i >= 0; i--) held.push(stack[argStart + i]!);
  for (let i = positional; i < argCount; i++) held.push(stack[argStart + i]!);
  for (let i = 0; i < argCount; i++) held.push(stack[argStart + i]!);
  for (let i = 0; i < held.length; i++) held[i].refcount++;
  return held;
}

/** A call's bound frame made ready to run: the function held by it, the callable's stack reference dropped. */
function enteredFrame(vm: VM, frame: Frame, func: PyFunction, callable: PyObject, instance: PyObject | null, temporaries: readonly FreeListKind[] | null): Frame {
  frame.hiddenTemporaries = temporaries;
  // type_call's C-level recursion guard stays counted while __init__ runs.
  if (instance) frame.guards = 1;
  frame.func = incref(func);
  decref(callable);
  if (instance) frame.initInstance = instance;
  return frame;
}


/** Pops the value stack down to `depth` without releasing what it held (its references moved elsewhere). */
export function dropStackTo(stack: (PyObject | null)[], depth: number): void {
  while (stack.length > depth) stack.pop();
}

/**
 * CALL of a Python function with positional arguments only that bind without errors (see positionalFrame):
 * the new frame, the arguments' and the callable's stack references moved into it; null otherwise.
 */
export function enterSimpleCall(vm: VM, func: PyFunction, stack: (PyObject | null)[], base: number, argStart: number, argCount: number): Frame | null {
  const frame = positionalFrame(vm, func, null, stack, argStart, argCount);
  if (frame === null) return null;
  frame.func = func;
  dropStackTo(stack, base);
  return frame;
}

/** _PyObject_FunctionStr: how CPython names a callable in argument errors (`__main__.A.m()`, `print()`). */
export function functionStr(callable: PyObject): string {
  if (callable instanceof PyFunction) {
    const module = callable.globals.getStr('__name__');
    const prefix = module instanceof PyStr && module.value !== 'builtins' ? module.value + '.' : '';
    return `${prefix}${callable.qualname}()`;
  }
  if (callable instanceof PyBoundMethod) return functionStr(callable.func);
  if (callable instanceof PyType) return `${callable.isHeapType ? callable.module + '.' + callable.qualname : callable.name}()`;
  if (callable instanceof PyBuiltinFunction) return `${callable.name}()`;
  return `${callable.type.name} object`;
}

/** CALL_FUNCTION_EX's `*seq` when it is not a tuple: made into one (PySequence_Tuple), a new reference. */
export function starredArguments(vm: VM, callable: PyObject, seq: PyObject): PyTuple {
  let it: PyObject;
  try {
    it = vm.getIter(seq);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') {
      throw new NativeRaise('TypeError', `${functionStr(callable)} argument after * must be an iterable, not ${seq.type.name}`);
    }
    throw e;
  }
  try {
    return newTuple(vm.collectItems(it));
  } finally {
    decref(it);
  }
}
