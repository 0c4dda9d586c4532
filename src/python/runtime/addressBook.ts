// The objects a program has asked id() for, by address: what ctypes' from_address may look at. Only these
// addresses are readable (we have no memory to read at any other), and only while their object is alive there.

import type { PyObject } from './object';
import { addressOf } from './address';

export class AddressBook {
  private readonly byAddress = new Map<number, PyObject>();
  /** Size after the last sweep: dead entries are dropped when the book has doubled since. */
  private swept = 64;

  remember(o: PyObject): void {
    this.byAddress.set(addressOf(o), o);
    if (this.byAddress.size > 2 * this.swept) {
      for (const [address, known] of this.byAddress) if (!known.alive) this.byAddress.delete(address);
      this.swept = Math.max(64, this.byAddress.size);
    }
  }

  /** The live object at `address` (an id() the program was given), or null. */
  lookup(address: bigint): PyObject | null {
    if (address < 0n || address > BigInt(Number.MAX_SAFE_INTEGER)) return null;
    const o = this.byAddress.get(Number(address));
    return o && o.alive ? o : null;
  }
}
