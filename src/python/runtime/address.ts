// The stand-in memory address of an object (what id() returns and reprs print): 16-byte aligned, like CPython's.

import type { PyObject } from './object';

const BASE_ADDRESS = 0x7f0000000000;

export function addressOf(o: PyObject): number {
  return BASE_ADDRESS + o.id * 16;
}

/** `0x7f...` as reprs print it. */
export function hexAddress(o: PyObject): string {
  return '0x' + addressOf(o).toString(16);
}
