// The eval loop's side of native operations: starting one for an instruction, resuming it with its Python
// callee's result or exception, and applying the instruction's stack effect once it completes.

import { Op } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { False, True } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { Frame, ResumeMode } from './frame';
import { ChainDone, NativeTask, stepChain, type ChainStep, type NativeOp } from './nativeOp';
import { abandonFrame } from './evalSupport';
import { PyRaise, type VM } from './vm';
import { releaseCallOperands } from './loopCalls';
import { raisePendingThrow } from './generatorControl';

/** Starts `op` for the running instruction of `frame`; see advanceTask for what happens next. */
export function startTask(vm: VM, frame: Frame, op: NativeOp<unknown>, opcode: number, arg: number, base = 0): void {
  const task = new NativeTask(op, opcode, arg, base);
  frame.task = task;
  advanceTask(vm, frame, task, null, null);
}

/**
 * Steps `frame`'s task with the value its callee produced (or the exception it raised) until the task
 * yields another frame, which is entered (it becomes vm.frame), or completes, which applies the
 * instruction's effect to `frame`. An exception the task lets out is an exception of `frame`'s instruction.
 */
export function advanceTask(vm: VM, frame: Frame, task: NativeTask, value: PyObject | null, error: PyRaise | null): void {
  let hasError = error !== null;
  let failure: unknown = error;
  for (;;) {
    let step: ChainStep;
    const outer = vm.currentTask;
    vm.currentTask = task;
    try {
      step = stepChain(task.ops, value, failure, hasError);
    } catch (e) {
      frame.task = null;
      abortTask(frame, task);
      throw e;
    } finally {
      vm.currentTask = outer;
    }
    if (step instanceof ChainDone) {
      frame.task = null;
      completeTask(frame, task, step.value);
      return;
    }
    const callee = step;
    callee.resumeMode = ResumeMode.TASK;
    callee.isBoundary = false;
    if (callee.generator) callee.generator.running = true;
    try {
      vm.pushFrame(callee);
    } catch (e) {
      abandonFrame(callee);
      failure = new PyRaise(vm.toException(e));
      hasError = true;
      value = null;
      continue;
    }
    if (callee.pendingThrow) raisePendingThrow(vm, callee);
    return;
  }
}

/** How many operands an instruction pops before its error path (CPython releases them, first to last). */
function operandsReleasedOnError(task: NativeTask): number {
  switch (task.opcode) {
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.BINARY_SUBSCR:
    case Op.CONTAINS_OP:
    case Op.STORE_ATTR:
    case Op.DELETE_SUBSCR:
      return 2;
    case Op.STORE_SUBSCR:
      return 3;
    case Op.IMPORT_NAME:
      return 4;
    case Op.FORMAT_VALUE:
      return task.arg & 4 ? 2 : 1;
    case Op.FOR_ITER:
    case Op.GET_ANEXT:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.WITH_EXCEPT_START:
      return 0;
    default:
      return 1;
  }
}

/** The stack as the instruction's error path leaves it: its operands released (what unwinding would pop). */
function abortTask(frame: Frame, task: NativeTask): void {
  const stack = frame.stack;
  if (task.opcode === Op.CALL || task.opcode === Op.CALL_FUNCTION_EX) {
    releaseCallOperands(stack, task.base, task.opcode);
    return;
  }
  const n = operandsReleasedOnError(task);
  const operands = stack.splice(stack.length - n, n);
  for (const o of operands) if (o) decref(o);
}

/** The instruction's stack effect with the operation's result; its operands were left on the stack until now. */
function completeTask(frame: Frame, task: NativeTask, result: unknown): void {
  const stack = frame.stack;
  const top = stack.length - 1;
  switch (task.opcode) {
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.BINARY_SUBSCR: {
      const b = stack.pop()!;
      const a = stack[top - 1]!;
      stack[top - 1] = result as PyObject;
      decref(a);
      decref(b);
      return;
    }
    case Op.CONTAINS_OP: {
      const container = stack.pop()!;
      const item = stack[top - 1]!;
      stack[top - 1] = incref((result as boolean) !== (task.arg === 1) ? True : False);
      decref(item);
      decref(container);
      return;
    }
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT:
    case Op.LOAD_ATTR:
    case Op.GET_ITER:
    case Op.GET_YIELD_FROM_ITER:
    case Op.GET_AWAITABLE:
    case Op.GET_AITER: {
      const v = stack[top]!;
      stack[top] = result as PyObject;
      decref(v);
      return;
    }
    case Op.UNARY_NOT: {
      const v = stack[top]!;
      stack[top] = incref(result ? False : True);
      decref(v);
      return;
    }
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
      decref(stack.pop()!);
      if ((result as boolean) === (task.opcode === Op.POP_JUMP_IF_TRUE)) frame.pc = task.arg;
      return;
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      if ((result as boolean) === (task.opcode === Op.JUMP_IF_TRUE_OR_POP)) frame.pc = task.arg;
      else decref(stack.pop()!);
      return;
    case Op.LOAD_METHOD: {
      const o = stack[top]!;
      stack[top] = null;
      stack.push(result as PyObject);
      decref(o);
      return;
    }
    case Op.STORE_ATTR:
    case Op.STORE_SUBSCR:
    case Op.DELETE_ATTR:
    case Op.DELETE_SUBSCR:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE: {
      // Operands are released in the order the synchronous paths use: value, container, key.
      const n = task.opcode === Op.STORE_SUBSCR ? 3 : task.opcode === Op.STORE_ATTR || task.opcode === Op.DELETE_SUBSCR ? 2 : 1;
      const operands = stack.splice(stack.length - n, n) as PyObject[];
      for (const o of operands) decref(o);
      return;
    }
    case Op.FOR_ITER:
      if (result) stack.push(result as PyObject);
      else {
        decref(stack.pop()!);
        frame.pc = task.arg;
      }
      return;
    case Op.CALL:
    case Op.CALL_FUNCTION_EX:
      releaseCallOperands(stack, task.base, task.opcode);
      stack.push(result as PyObject);
      return;
    case Op.FORMAT_VALUE: {
      const n = task.arg & 4 ? 2 : 1;
      const operands = stack.splice(stack.length - n, n) as PyObject[];
      stack.push(result as PyObject);
      for (const o of operands) decref(o);
      return;
    }
    case Op.UNPACK_SEQUENCE:
    case Op.UNPACK_EX: {
      decref(stack.pop()!);
      const items = result as PyObject[];
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
      return;
    }
    case Op.GET_ANEXT:
      stack.push(result as PyObject);
      return;
    case Op.BEFORE_WITH:
    case Op.BEFORE_ASYNC_WITH:
      // __enter__ gives its place to its result.
      decref(stack[top]!);
      stack[top] = result as PyObject;
      return;
    case Op.WITH_EXCEPT_START:
      stack.push(result as PyObject);
      return;
    case Op.IMPORT_NAME: {
      // level, fromlist, the replaced __import__ and the name (see importOverrideOp).
      const operands = stack.splice(stack.length - 4, 4) as PyObject[];
      stack.push(result as PyObject);
      for (const o of operands) decref(o);
      return;
    }
    default:
      throw new Error(`no completion for opcode ${task.opcode}`);
  }
}
