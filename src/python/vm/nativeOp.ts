// Native operations that may run Python code, written as JS generators: each `yield` hands the eval loop a
// frame to run (a Python call, or a generator to resume) and receives its result, so a Python callee runs
// as an ordinary frame of the loop and native-to-Python calls cost no JS recursion however deep they nest.

import type { PyObject } from '../runtime/object';
import type { Frame } from './frame';
import type { VM } from './vm';

/**
 * A resumable native operation returning T. It yields what it waits for: a frame ready to enter (the value
 * sent back is the frame's return value, a new reference; for a generator's frame, what it yielded, or null
 * when it finished, its return value then being in vm.lastGeneratorResult), or another operation to run
 * first (see `nested`: recursive operations nest on the heap, not on the JS stack). Exceptions raised
 * there are thrown into the operation.
 */
export type NativeOp<T> = Generator<Frame | NativeOp<unknown>, T, unknown>;

/** A builtin's resumable body: borrowed arguments, a new reference back. */
export type NativeOpCall = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => NativeOp<PyObject>;

/**
 * Runs `op` as a nested operation, however deep operations nest (repr of nested lists, comparisons of
 * nested tuples): the driver keeps the chain of operations in an array, so JS recursion stays flat.
 */
export function* nested<T>(op: NativeOp<T>): NativeOp<T> {
  return (yield op) as T;
}

/** What a step of an operation gives its driver: something to run first, or its result. */
export type OpStep<T> = IteratorResult<Frame | NativeOp<unknown>, T>;

/**
 * A native operation written by hand as a state machine rather than as a generator, for the loops that call Python
 * code per item (map's step, sort's keys): its driver calls next() and throw() directly and reads the one result
 * object at once, so no generator, and no result object, is made per step. A subclass answers each step with
 * `request` (a frame or an operation to run, whose result or exception comes back through next or throw) or
 * `complete`; an exception it lets out of next or throw is the operation's.
 */
export abstract class HandWrittenOp<T> {
  private readonly result = { done: false, value: undefined as unknown };

  abstract next(sent?: unknown): OpStep<T>;
  abstract throw(error: unknown): OpStep<T>;

  return(value?: unknown): OpStep<T> {
    return this.complete(value as T);
  }

  [Symbol.iterator](): this {
    return this;
  }

  protected request(wanted: Frame | NativeOp<unknown>): OpStep<T> {
    this.result.done = false;
    this.result.value = wanted;
    return this.result as OpStep<T>;
  }

  protected complete(value: T): OpStep<T> {
    this.result.done = true;
    this.result.value = value;
    return this.result as OpStep<T>;
  }

  /** The operation as its drivers and `yield` take one (the iterator protocol is all they use). */
  asOp(): NativeOp<T> {
    return this as unknown as NativeOp<T>;
  }
}

/**
 * The native operation a frame is waiting on while a Python callee runs (the continuation of one
 * instruction). Its operands stay on the frame's value stack until it completes, as in CPython.
 */
export class NativeTask {
  /** The operation and the nested operations it is running, innermost last. */
  readonly ops: NativeOp<unknown>[];
  /** References the operation holds besides its operands (sorted()'s list, map()'s arguments), for snapshots. */
  readonly temporaries: (PyObject | readonly PyObject[])[] = [];
  constructor(
    op: NativeOp<unknown>,
    /** The instruction that started it, which decides what completing it does to the frame. */
    readonly opcode: number,
    readonly arg: number,
    /** For calls: the value-stack index of the callable (or of the NULL before it). */
    readonly base: number,
  ) {
    this.ops = [op];
  }
}

/** The outermost operation's result, once a chain completes. */
export class ChainDone {
  constructor(readonly value: unknown) {}
}

/**
 * One step of an operation chain: the frame the innermost operation wants run, or the final result (a frame
 * is handed over as itself: no object per Python call).
 */
export type ChainStep = Frame | ChainDone;

/**
 * Steps a chain of nested operations (innermost last) with a value or an exception until the innermost
 * yields a frame, or the outermost completes. An exception the outermost lets out is thrown.
 */
export function stepChain(ops: NativeOp<unknown>[], value: unknown, error: unknown, hasError: boolean): ChainStep {
  for (;;) {
    const op = ops[ops.length - 1];
    let step: IteratorResult<Frame | NativeOp<unknown>, unknown>;
    try {
      step = hasError ? op.throw(error) : op.next(value);
    } catch (e) {
      ops.pop();
      if (ops.length === 0) throw e;
      error = e;
      hasError = true;
      continue;
    }
    hasError = false;
    error = null;
    if (step.done) {
      ops.pop();
      if (ops.length === 0) return new ChainDone(step.value);
      value = step.value;
      continue;
    }
    const wanted = step.value;
    if (isFrame(wanted)) return wanted;
    ops.push(wanted);
    value = null;
  }
}

function isFrame(x: Frame | NativeOp<unknown>): x is Frame {
  return typeof (x as NativeOp<unknown>).next !== 'function';
}
