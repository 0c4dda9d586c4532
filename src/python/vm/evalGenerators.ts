// The eval loop's frame exits other than a plain return: yields, `yield from`, generators resumed by FOR_ITER,
// and returns that end a generator, a class body, an `__init__` or a native operation's callee.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { GeneratorKind, PyFunction, PyGenerator, PyInstance } from '../runtime/objects';
import { PyAsyncGenAwaitable, PyAsyncGenWrappedValue, asendFrameToEnter, awaitableStepOp, closeAsend } from './asyncGenerators';
import { None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { Frame, ResumeMode } from './frame';
import { PyRaise, WHILE_CALLING, type VM } from './vm';
import { abandonFrame, pushCallFrame } from './evalSupport';
import { getIterOp, pythonIteratorNext, yieldFromStep } from './callOps';
import { frameForCall } from './calls';
import { SUSPENDABLE_CODE } from '../bytecode/code';
import { advanceTask, startTask } from './tasks';
import { abandonClassBuild, finishClass } from '../builtins/buildClass';

/**
 * A step before a frame returns or yields, with the value on top of its stack (as Python Tutor shows a
 * "Return value"; sys.settrace reports these as 'return' events). The instruction runs again on resume.
 */
function pauseBeforeLeaving(vm: VM, f: Frame, event: 'return' | 'yield'): boolean {
  const pc = f.pc;
  if (f.pausedToLeave === pc || f.classBuild || !vm.isProgramCode(f.code)) {
    f.pausedToLeave = -1;
    return false;
  }
  f.pausedToLeave = pc;
  f.pc = pc - 1;
  vm.pauseEvent = event;
  return true;
}

/** Drops the GeneratorExit a closing frame was to pass on. */
function releaseClosing(frame: Frame): void {
  const exc = frame.closingWith;
  frame.closingWith = null;
  if (exc) decref(exc);
}

/**
 * Suspends the generator frame `gf`, which yields `v` to whatever resumed it (a FOR_ITER, a native
 * operation, a delegating `yield from`, which yields it in turn). Returns v when the run loop returns it,
 * undefined when the loop goes on with vm.frame.
 */
function suspend(vm: VM, gf: Frame, v: PyObject): PyObject | undefined {
  for (;;) {
    vm.popFrame(gf, false);
    if (gf.isBoundary) {
      gf.isBoundary = false;
      return v;
    }
    const resumer = vm.frame!;
    if (gf.resumeMode === ResumeMode.CLOSING) {
      // A generator being closed for its delegator yielded instead of finishing.
      decref(v);
      releaseClosing(gf);
      throw new NativeRaise('RuntimeError', 'generator ignored GeneratorExit');
    }
    if (gf.resumeMode === ResumeMode.ASYNC_GEN_SEND && v instanceof PyAsyncGenWrappedValue) {
      // A value for the consumer: the await of the asend awaitable (under the resumer's YIELD_FROM) is over.
      const value = incref(v.value ?? None);
      decref(v);
      const it = resumer.stack.pop() as PyAsyncGenAwaitable;
      closeAsend(it);
      decref(it);
      resumer.stack.push(value);
      return undefined;
    }
    if (gf.resumeMode === ResumeMode.YIELD_FROM || gf.resumeMode === ResumeMode.ASYNC_GEN_SEND) {
      // Resumed, the delegating generator runs its YIELD_FROM again with the value sent.
      resumer.pc -= 1;
      gf = resumer;
      continue;
    }
    if (gf.resumeMode === ResumeMode.TASK) {
      advanceTask(vm, resumer, resumer.task!, v, null);
      return undefined;
    }
    resumer.stack.push(v);
    return undefined;
  }
}

export function yieldValue(vm: VM, f: Frame, pauseOnLine: boolean): PyObject | null | undefined {
  if (pauseOnLine && pauseBeforeLeaving(vm, f, 'yield')) return null;
  return suspend(vm, f, f.stack.pop()!);
}

export function getYieldFromIter(vm: VM, f: Frame, op: number, arg: number): void {
  const stack = f.stack;
  const v = stack[stack.length - 1]!;
  if (v.attrs !== null) {
    startTask(vm, f, getIterOp(vm, v), op, arg);
    return;
  }
  if (!(v instanceof PyGenerator)) {
    stack[stack.length - 1] = vm.getIter(v);
    decref(v);
  }
}

/** Runs the suspended frame of the generator YIELD_FROM delegates to in this loop; `mode` says what its yields and return do. */
function enterDelegatedFrame(vm: VM, gf: Frame, mode: ResumeMode): void {
  gf.resumeMode = mode;
  gf.isBoundary = false;
  gf.generator!.running = true;
  try {
    vm.pushFrame(gf);
  } catch (e) {
    abandonFrame(gf);
    throw e;
  }
}

export function yieldFrom(vm: VM, f: Frame): PyObject | undefined {
  const stack = f.stack;
  const it = stack[stack.length - 2]!;
  if (it instanceof PyAsyncGenAwaitable) {
    // `await agen.__anext__()`: the async generator's frame runs in this loop, as a delegated generator's does.
    const gf = asendFrameToEnter(it, stack[stack.length - 1]!);
    if (gf) {
      decref(stack.pop()!);
      enterDelegatedFrame(vm, gf, ResumeMode.ASYNC_GEN_SEND);
      return undefined;
    }
  }
  if (it instanceof PyGenerator && it.frame) {
    // Delegation to a generator runs its frame in this loop; what it yields is yielded from here too.
    const gf = it.frame;
    if (it.running) throw new NativeRaise('ValueError', `${it.kindName} already executing`);
    const sent = stack.pop()!;
    if (gf.pc > 0) gf.stack.push(sent);
    else {
      decref(sent);
      if (sent !== None) throw new NativeRaise('TypeError', "can't send non-None value to a just-started generator");
    }
    enterDelegatedFrame(vm, gf, ResumeMode.YIELD_FROM);
    return undefined;
  }
  if (it instanceof PyGenerator && it.kind === GeneratorKind.COROUTINE) throw new NativeRaise('RuntimeError', 'cannot reuse already awaited coroutine');
  const sent = stack.pop()!;
  let v: PyObject | null;
  try {
    // An async generator's awaitables pass the value sent on to the generator's frame.
    if (it instanceof PyGenerator) v = null;
    else if (it instanceof PyAsyncGenAwaitable) v = vm.runSync(awaitableStepOp(vm, it, sent));
    else {
      const step = yieldFromStep(vm, it, sent, pythonIteratorNext(it));
      if (!(step instanceof PyObject)) {
        // The iterator ended: its StopIteration's value is the result.
        stack.pop();
        decref(it);
        stack.push(step.returned);
        return undefined;
      }
      v = step;
    }
  } finally {
    decref(sent);
  }
  if (v === null) {
    stack.pop();
    decref(it);
    // An async generator's __anext__() awaitable ends with the value yielded (StopIteration's value).
    let result: PyObject = None;
    if (it instanceof PyAsyncGenAwaitable && vm.lastGeneratorResult) {
      result = vm.lastGeneratorResult;
      vm.lastGeneratorResult = null;
    } else incref(result);
    stack.push(result);
    return undefined;
  }
  // Yield v from this generator; on resume the sent value is pushed and YIELD_FROM runs again.
  f.pc -= 1;
  return suspend(vm, f, v);
}

/**
 * FOR_ITER over an instance of a Python class whose `__next__` is a plain function: its frame is entered from this
 * loop as a call's is (ResumeMode.ITER_NEXT), without the native task iterNextOp would be, which cost more than the
 * call. False for any other `__next__`: the task calls it.
 */
export function forIterNextMethod(vm: VM, it: PyInstance, target: number): boolean {
  const next = it.type.lookup('__next__');
  if (!(next instanceof PyFunction) || (next.code.code.flags & SUSPENDABLE_CODE) !== 0) return false;
  const frame = frameForCall(vm, next, [it], null);
  frame.resumeMode = ResumeMode.ITER_NEXT;
  frame.forIterTarget = target;
  frame.isBoundary = false;
  pushCallFrame(vm, frame);
  return true;
}

/** FOR_ITER over a generator: its frame is resumed in this loop (or, finished, the loop ends). */
export function forIterGenerator(vm: VM, f: Frame, it: PyGenerator, target: number): void {
  const gf = it.frame;
  if (gf) {
    if (it.running) throw new NativeRaise('ValueError', 'generator already executing');
    if (gf.pc > 0) gf.stack.push(incref(None));
    gf.resumeMode = ResumeMode.FOR_ITER;
    gf.forIterTarget = target;
    gf.isBoundary = false;
    it.running = true;
    vm.pushFrame(gf);
    return;
  }
  f.stack.pop();
  decref(it);
  f.pc = target;
}

/**
 * RETURN_VALUE in every case (the eval loop inlines the plain function return): returns what the run loop
 * returns, or undefined when the loop goes on with vm.frame.
 */
export function returnValue(vm: VM, done: Frame, boundary: Frame, pauseOnLine: boolean): PyObject | null | undefined {
  if (pauseOnLine && pauseBeforeLeaving(vm, done, 'return')) return null;
  let v = done.stack.pop()!;
  const gen = done.generator;
  const classBuild = done.classBuild;
  const callGuards = done.guards;
  const unshared = done.frameObject === null && done.localsDict === null;
  done.classBuild = null;
  vm.popFrame(done, true);
  if (classBuild) {
    decref(v);
    // type(name, bases, ns) goes through type_call, which calls __init_subclass__: two C-level guards.
    if (vm.depth + callGuards + 1 >= vm.recursionLimit) {
      abandonClassBuild(classBuild);
      throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + WHILE_CALLING);
    }
    v = finishClass(vm, classBuild);
  }
  if (done.initInstance) v = initResult(done, v);
  if (done.isBoundary || done === boundary) {
    done.isBoundary = false;
    if (gen) vm.generatorReturned = true;
    return v;
  }
  const resumer = vm.frame!;
  switch (done.resumeMode) {
    case ResumeMode.TASK: {
      // A native operation of the frame below called (or resumed) this frame: it gets the result.
      let value: PyObject | null = v;
      if (gen) {
        if (vm.lastGeneratorResult) decref(vm.lastGeneratorResult);
        vm.lastGeneratorResult = v;
        value = null;
      } else if (classBuild === null && unshared) {
        // Native callers keep no hold on a plain function's frame once it returned (only its value): spare it.
        done.recycle();
      }
      advanceTask(vm, resumer, resumer.task!, value, null);
      return undefined;
    }
    case ResumeMode.CLOSING: {
      // Closed for its delegator: the GeneratorExit goes on in the delegating generator.
      decref(v);
      const exc = done.closingWith!;
      done.closingWith = null;
      throw new PyRaise(exc);
    }
    case ResumeMode.ASYNC_GEN_SEND: {
      // The async generator ended: StopAsyncIteration where its asend awaitable was awaited.
      decref(v);
      const it = resumer.stack.pop() as PyAsyncGenAwaitable;
      closeAsend(it);
      decref(it);
      throw new NativeRaise('StopAsyncIteration', '');
    }
    case ResumeMode.YIELD_FROM:
      // The delegating generator's `yield from` is over: its value is the subgenerator's return value.
      decref(resumer.stack.pop()!);
      resumer.stack.push(v);
      return undefined;
    default:
      if (gen && done.resumeMode === ResumeMode.FOR_ITER) {
        decref(v);
        decref(resumer.stack.pop()!);
        resumer.pc = done.forIterTarget;
      } else {
        resumer.stack.push(v);
        // As in the eval loop's own return: a plain function's frame that nothing else holds serves the next call.
        if (gen === null && classBuild === null && unshared && done.resumeMode === ResumeMode.NATIVE) done.recycle();
      }
      return undefined;
  }
}

/** The result of a class call whose `__init__` frame returned `v`: the new instance (TypeError unless v is None). */
export function initResult(done: Frame, v: PyObject): PyObject {
  const inst = done.initInstance!;
  done.initInstance = null;
  if (v !== None) {
    const name = v.type.name;
    decref(v);
    decref(inst);
    throw new NativeRaise('TypeError', `__init__() should return None, not '${name}'`);
  }
  decref(v);
  return inst;
}
