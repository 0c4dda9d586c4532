// sys.getsizeof for every object kind, as CPython 3.11 on 64-bit reports it.

import { PyObject } from './object';
import { PyDict } from './dict';
import {
  PyBool, PyFloat, PyGenerator, PyInstance, PyInt, PyList, PySet, PyStr, PyTuple, PyFunction, PyBoundMethod,
  PyRange, PyCell, PyNativeIterator, PyWeakref, PyModule,
} from './objects';
import { PyType } from './types';
import type { VM } from '../vm/vm';

const GC_HEADER = 16;

function sizeofInt(v: number | bigint): number {
  let x = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  if (x === 0n) return 28;
  let digits = 0;
  while (x > 0n) {
    x >>= 30n;
    digits++;
  }
  return 24 + 4 * digits;
}

function sizeofStr(s: string): number {
  let max = 0;
  let length = 0;
  for (const ch of s) {
    max = Math.max(max, ch.codePointAt(0)!);
    length++;
  }
  if (max < 128) return 48 + length + 1;
  if (max < 256) return 72 + length + 1;
  if (max < 65536) return 72 + 2 * (length + 1);
  return 72 + 4 * (length + 1);
}

/** The bytes sys.getsizeof reports for o. */
export function sizeOf(_vm: VM, o: PyObject): number {
  if (o instanceof PyBool) return 28;
  if (o instanceof PyInt) return sizeofInt(o.value);
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyStr) return sizeofStr(o.value);
  if (o instanceof PyList) return 40 + GC_HEADER + 8 * o.allocated;
  if (o instanceof PyTuple) return o.items.length === 0 ? 40 : 24 + GC_HEADER + 8 * o.items.length;
  if (o instanceof PyDict) return dictSize(o);
  if (o instanceof PySet) return o.table.sizeof();
  if (o instanceof PyInstance) return o.type.hasInstanceDict ? 56 : 32 + 8 * o.type.slotLayout.length;
  if (o instanceof PyFunction) return 152;
  if (o instanceof PyBoundMethod) return 64;
  if (o instanceof PyGenerator) return 200;
  if (o instanceof PyRange) return 48;
  if (o instanceof PyCell) return 40;
  if (o instanceof PyNativeIterator) return 48;
  if (o instanceof PyWeakref) return 80;
  if (o instanceof PyModule) return 72;
  if (o instanceof PyType) return 1064;
  return 16;
}

function dictSize(d: PyDict): number {
  const n = d.size;
  if (n === 0) return 64;
  let log2 = 3;
  while (((1 << log2) * 2) / 3 < n) log2++;
  const size = 1 << log2;
  const usable = Math.floor((size * 2) / 3);
  const allStr = [...d.map.keys()].every((k) => k.startsWith('s'));
  return 48 + GC_HEADER + 32 + size + usable * (allStr ? 16 : 24);
}

function setSize(n: number): number {
  let table = 8;
  while (n * 5 >= table * 3) table *= 4;
  return 200 + (table > 8 ? table * 16 : 0);
}
