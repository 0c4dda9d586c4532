// The stand-in memory address of an object (what id() returns and reprs print): 16-byte aligned, like CPython's.
// A program's objects get theirs from the heap's AddressSpace, which reuses freed blocks as CPython's allocator
// does; the objects every interpreter shares (built once) are numbered apart from those, by id.

import type { PyObject } from './object';
import { blockAddress } from './addressSpace';

const BASE_ADDRESS = 0x7f0000000000;

export function addressOf(o: PyObject): number {
  return o.block !== 0 ? blockAddress(o.block) : BASE_ADDRESS + o.id * 16;
}

/** `0x7f...` as reprs print it. */
export function hexAddress(o: PyObject): string {
  return '0x' + addressOf(o).toString(16);
}
