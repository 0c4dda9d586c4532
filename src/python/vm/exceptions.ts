// Raising and unwinding: finding the handler block, tracebacks, __context__ and __cause__ (as ceval's error path).

import { isCStandIn } from './cStandIns';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { GeneratorKind, PyInstance, PyNone, PyTraceback } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newException, newStr } from '../runtime/factory';
import type { Frame } from './frame';
import { ExecutionHalted, PyRaise, type VM } from './vm';
import { ResumeMode } from './frame';
import { advanceTask } from './tasks';

/** Instantiates an exception class if given one; TypeError for anything that is not an exception. */
function toExceptionInstance(vm: VM, o: PyObject, what: 'exceptions' | 'exception causes'): PyInstance {
  if (o instanceof PyType && o.isSubtypeOf(E.BaseException)) {
    const inst = vm.call(o, []);
    if (!(inst instanceof PyInstance) || !inst.exc) {
      decref(inst);
      throw new NativeRaise('TypeError', `calling ${o.name} should have returned an instance of BaseException, not ${inst.type.name}`);
    }
    return inst;
  }
  if (o instanceof PyInstance && o.exc) return incref(o);
  throw new NativeRaise('TypeError', `${what} must derive from BaseException`);
}

/** RAISE_VARARGS 0: the exception being handled, a new reference (RuntimeError if there is none). */
export function reraiseHandled(vm: VM): PyInstance {
  const current = vm.handling[vm.handling.length - 1];
  if (!current) throw new NativeRaise('RuntimeError', 'No active exception to reraise');
  return incref(current);
}

/** RAISE_VARARGS 1/2: consumes the stack's references to exc and cause; the exception to raise (a new reference). */
export function raisedException(vm: VM, excObj: PyObject, cause: PyObject | null): PyInstance {
  let exc: PyInstance;
  try {
    exc = toExceptionInstance(vm, excObj, 'exceptions');
  } finally {
    decref(excObj);
  }
  if (cause) {
    try {
      const state = exc.exc!;
      const old = state.cause;
      if (cause instanceof PyNone) state.cause = null;
      else state.cause = toExceptionInstance(vm, cause, 'exception causes');
      state.suppressContext = true;
      if (old) decref(old);
    } catch (e) {
      decref(exc);
      throw e;
    } finally {
      decref(cause);
    }
  }
  return exc;
}

/** Sets __context__ to the exception being handled, as _PyErr_SetObject does (without making a cycle). */
function chainContext(vm: VM, exc: PyInstance): void {
  const handled = vm.handling[vm.handling.length - 1];
  if (!handled || handled === exc || !exc.exc || exc.exc.context) return;
  for (let c: PyInstance | null = handled; c; c = (c.exc?.context as PyInstance | null) ?? null) {
    if (c === exc) return;
  }
  exc.exc.context = incref(handled);
}

/** PyTraceBack_Here: a traceback object for this frame, which makes the frame an object if it isn't yet. */
function addTraceback(vm: VM, exc: PyInstance, frame: Frame): void {
  if (!exc.exc) return;
  const code = frame.code;
  if (isCStandIn(code)) return;
  const at = Math.max(0, frame.pc - 1);
  // Unwinding must not fail for memory (a MemoryError is often what is unwinding): these come from the limit's margin.
  // A KeyboardInterrupt at a while loop's back-edge is reported at the loop head (Frame.raisedAt).
  const place = frame.raisedAt ?? { line: code.lines[at], col: code.columns[at], endLine: code.endLines[at], endCol: code.endColumns[at] };
  frame.raisedAt = null;
  const entry = {
    filename: code.filename, line: place.line, name: code.name,
    col: place.col, endLine: place.endLine, endCol: place.endCol,
  };
  // _PyTraceBack_FromFrame: the new traceback object is the outermost; it leads to the one before.
  const frameObject = vm.frameObjectOf(frame);
  const tb = vm.heap.unlimited(() => vm.heap.register(new PyTraceback(T.traceback, exc.exc!.tracebackHead, incref(frameObject), entry)));
  vm.heap.track(tb);
  exc.exc.tracebackHead = tb;
  exc.exc.traceback.push(entry);
}

/**
 * Delivers `exc` (an owned reference) to the innermost handler between the running frame and
 * `boundary`; frames without a handler are popped. Throws PyRaise when it passes the boundary.
 */
export function unwindException(vm: VM, exc: PyInstance, boundary: Frame, reraise: boolean): void {
  if (!reraise) chainContext(vm, exc);
  let frame = vm.frame!;
  let skipTraceback = reraise;
  for (;;) {
    if (!skipTraceback) addTraceback(vm, exc, frame);
    skipTraceback = false;
    const block = frame.blocks.pop();
    if (block) {
      const stack = frame.stack;
      while (stack.length > block.stackDepth) {
        const v = stack.pop();
        if (v) decref(v);
      }
      stack.push(exc);
      frame.pc = block.handler;
      return;
    }
    // No handler: the value stack is popped while the frame still runs (exception_unwind), then it is left.
    const stack = frame.stack;
    while (stack.length > 0) {
      const v = stack.pop();
      if (v) decref(v);
    }
    const wasBoundary = frame.isBoundary || frame === boundary;
    const gen = frame.generator;
    const calledByTask = frame.resumeMode === ResumeMode.TASK && !wasBoundary;
    const calledByForIter = frame.resumeMode === ResumeMode.ITER_NEXT && !wasBoundary;
    if (frame.closingWith) {
      decref(frame.closingWith);
      frame.closingWith = null;
    }
    if (frame.initInstance) {
      decref(frame.initInstance);
      frame.initInstance = null;
    }
    vm.popFrame(frame, true);
    // PEP 479 (and 525 for async generators): what would end the iteration is an error inside the body.
    const stopper = !gen ? null : exc.type.isSubtypeOf(E.StopIteration) ? 'StopIteration'
      : gen.kind === GeneratorKind.ASYNC_GENERATOR && exc.type.isSubtypeOf(E.StopAsyncIteration) ? 'StopAsyncIteration' : null;
    if (gen && stopper) {
      const replacement = newException(E.RuntimeError, [newStr(`${gen.kindName} raised ${stopper}`)]);
      replacement.exc!.cause = exc;
      replacement.exc!.suppressContext = true;
      replacement.exc!.context = incref(exc);
      exc = replacement;
    }
    if (wasBoundary) {
      frame.isBoundary = false;
      throw new PyRaise(exc);
    }
    if (calledByForIter && exc.type.isSubtypeOf(E.StopIteration)) {
      // The iterator is exhausted: FOR_ITER clears the StopIteration, then drops the iterator and ends the loop.
      decref(exc);
      const loop = vm.frame!;
      decref(loop.stack.pop()!);
      loop.pc = frame.forIterTarget;
      return;
    }
    frame = vm.frame!;
    if (calledByTask) {
      // The native operation that called the frame gets the exception; if it lets it out, the exception
      // goes on from its instruction in this frame (native code has no traceback entry of its own).
      try {
        advanceTask(vm, frame, frame.task!, null, new PyRaise(exc));
        return;
      } catch (e) {
        if (e instanceof ExecutionHalted) throw e;
        const same = e instanceof PyRaise && e.exc === exc;
        exc = vm.toException(e);
        if (!same) chainContext(vm, exc);
        // The task may have entered a frame that raised at once (a throw into a generator).
        frame = vm.frame!;
      }
    }
  }
}
