// list.sort's first phase with a key function, as a hand-written operation: the key of each item in order, each
// call a frame of the eval loop. As a loop in the sort's generator, every key resumed that generator (and made
// its result object); this one's next() is called straight by the driver.

import type { PyObject } from './object';
import { callRequest } from '../vm/callOps';
import type { Frame } from '../vm/frame';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';

type Step = IteratorResult<Frame | NativeOp<unknown>, void>;

class SortKeys {
  private started = false;
  private readonly result = { done: false, value: undefined } as { done: boolean; value: unknown };

  /** `keys` receives each key (a new reference) as its call returns. */
  constructor(private readonly vm: VM, private readonly keyfunc: PyObject, private readonly items: readonly PyObject[], private readonly keys: PyObject[]) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(sent?: unknown): Step {
    if (this.started) this.keys.push(sent as PyObject);
    this.started = true;
    const i = this.keys.length;
    this.result.done = i === this.items.length;
    this.result.value = this.result.done ? undefined : callRequest(this.vm, this.keyfunc, [this.items[i]]);
    return this.result as Step;
  }

  /** A key function's exception ends the phase (the sort releases the keys made so far). */
  throw(error: unknown): Step {
    throw error;
  }

  return(): Step {
    this.result.done = true;
    this.result.value = undefined;
    return this.result as Step;
  }
}

/** The keys of `items` by `keyfunc`, pushed onto `keys` in order. */
export function sortKeysOp(vm: VM, keyfunc: PyObject, items: readonly PyObject[], keys: PyObject[]): NativeOp<void> {
  return new SortKeys(vm, keyfunc, items, keys) as unknown as NativeOp<void>;
}
