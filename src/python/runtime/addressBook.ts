// The objects a program has asked id() for, by id: what ctypes' from_address may look at. Only these addresses
// are readable (we have no memory to read at any other), and only while their object is alive.

import type { PyObject } from './object';

export class AddressBook {
  private readonly byId = new Map<number, PyObject>();
  /** Size after the last sweep: dead entries are dropped when the book has doubled since. */
  private swept = 64;

  remember(o: PyObject): void {
    this.byId.set(o.id, o);
    if (this.byId.size > 2 * this.swept) {
      for (const [id, known] of this.byId) if (!known.alive) this.byId.delete(id);
      this.swept = Math.max(64, this.byId.size);
    }
  }

  /** The live object whose id() is `address`'s object, or null. */
  lookup(id: number): PyObject | null {
    const o = this.byId.get(id);
    return o && o.alive ? o : null;
  }
}
