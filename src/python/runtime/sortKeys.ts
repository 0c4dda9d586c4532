// list.sort's first phase with a key function, as a hand-written operation: the key of each item in order, each
// call a frame of the eval loop. As a loop in the sort's generator, every key resumed that generator (and made
// its result object); this one's next() is called straight by the driver.

import type { PyObject } from './object';
import { callRequest } from '../vm/callOps';
import { HandWrittenOp, type NativeOp, type OpStep } from '../vm/nativeOp';
import type { VM } from '../vm/vm';

class SortKeys extends HandWrittenOp<void> {
  private started = false;

  /** `keys` receives each key (a new reference) as its call returns. */
  constructor(private readonly vm: VM, private readonly keyfunc: PyObject, private readonly items: readonly PyObject[], private readonly keys: PyObject[]) {
    super();
  }

  next(sent?: unknown): OpStep<void> {
    if (this.started) this.keys.push(sent as PyObject);
    this.started = true;
    const i = this.keys.length;
    return i === this.items.length ? this.complete(undefined) : this.request(callRequest(this.vm, this.keyfunc, [this.items[i]]));
  }

  /** A key function's exception ends the phase (the sort releases the keys made so far). */
  throw(error: unknown): OpStep<void> {
    throw error;
  }
}

/** The keys of `items` by `keyfunc`, pushed onto `keys` in order. */
export function sortKeysOp(vm: VM, keyfunc: PyObject, items: readonly PyObject[], keys: PyObject[]): NativeOp<void> {
  return new SortKeys(vm, keyfunc, items, keys).asOp();
}
