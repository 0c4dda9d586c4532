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

/** The object id an address belongs to (the inverse of addressOf), or null for an address no object starts at. */
export function idAtAddress(address: bigint): number | null {
  const offset = address - BigInt(BASE_ADDRESS);
  if (offset < 0n || offset % 16n !== 0n) return null;
  const id = offset / 16n;
  return id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : null;
}
