// map(f, xs)'s step as a hand-written operation: the usual map over one iterable calls Python code per item, and a
// JS generator per step (with this step's try blocks, a few hundred bytes) plus a result object per resume was most
// of what such a loop allocated. This object is the generator's state machine.

import { PyObject } from '../runtime/object';
import type { PyNativeIterator } from '../runtime/objects';
import { decref } from '../runtime/heap';
import { callRequest, isRequest, nextItem } from '../vm/callOps';
import type { Frame } from '../vm/frame';
import { HandWrittenOp, type NativeOp, type OpStep } from '../vm/nativeOp';
import type { VM } from '../vm/vm';

const enum State {
  Start,
  /** The source's next item was asked of a frame or an operation. */
  AwaitingItem,
  /** The function was called with the item. */
  AwaitingCall,
  Done,
}

type Step = OpStep<PyObject | null>;

/**
 * One step of a map over one source (held: [function, iterator], or empty once the iterator was cleared): the next
 * item, the function called with it, or null at the end; StopIteration raised by either ends the iteration
 * (map_next's NULL), as the generator form does.
 */
class MapOneSourceStep extends HandWrittenOp<PyObject | null> {
  private state = State.Start;
  private args: PyObject[] | null = null;

  constructor(private readonly vm: VM, private readonly held: readonly PyObject[]) {
    super();
  }

  next(sent?: unknown): Step {
    try {
      switch (this.state) {
        case State.Start: {
          if (this.held.length === 0) return this.finish(null);
          const v = nextItem(this.vm, this.held[1]);
          if (isRequest(v)) return this.wait(State.AwaitingItem, v);
          return this.call(v);
        }
        case State.AwaitingItem:
          return this.call(sent as PyObject | null);
        case State.AwaitingCall:
          this.release();
          return this.finish(sent as PyObject);
        default:
          return this.finish(null);
      }
    } catch (e) {
      return this.ended(e);
    }
  }

  throw(error: unknown): Step {
    // As a generator: not started or finished, the exception goes straight through.
    if (this.state === State.Start || this.state === State.Done) {
      this.state = State.Done;
      throw error;
    }
    if (this.state === State.AwaitingCall) this.release();
    return this.ended(error);
  }

  override return(value?: unknown): Step {
    if (this.state === State.AwaitingCall) this.release();
    return this.finish(value as PyObject | null);
  }

  private call(item: PyObject | null): Step {
    if (!item) return this.finish(null);
    const args = [item];
    this.args = args;
    this.vm.holdTemporary(args);
    let request: Frame | NativeOp<PyObject>;
    try {
      request = callRequest(this.vm, this.held[0], args);
    } catch (e) {
      this.release();
      throw e;
    }
    return this.wait(State.AwaitingCall, request);
  }

  /** The item's reference, held while the function ran. */
  private release(): void {
    const args = this.args!;
    this.args = null;
    this.vm.dropTemporary(args);
    decref(args[0]);
  }

  private wait(state: State, wanted: Frame | NativeOp<unknown>): Step {
    this.state = state;
    return this.request(wanted);
  }

  private finish(value: PyObject | null): Step {
    this.state = State.Done;
    return this.complete(value);
  }

  /** An exception from the item or the call: StopIteration ends the iteration, anything else goes on. */
  private ended(error: unknown): Step {
    this.state = State.Done;
    if (this.vm.matches(error, 'StopIteration')) return this.finish(null);
    throw error;
  }
}

/** map's step over one source, as an operation. */
export function mapOneSourceStep(vm: VM, it: PyNativeIterator): NativeOp<PyObject | null> {
  return new MapOneSourceStep(vm, it.held).asOp();
}
