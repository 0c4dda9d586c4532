// list.sort of keys that are all small ints: V8's own stable sort gives the same order as timsort (a stable sort's
// result is unique), and no Python code can run or observe the comparisons, so their number does not matter.

import { PyObject } from './object';
import { PyInt } from './objects';
import { T } from './builtinTypes';
import type { Arrays } from './listSortState';

function numberValue(o: PyObject): number | null {
  return o.type === T.int && typeof (o as PyInt).value === 'number' ? ((o as PyInt).value as number) : null;
}

/** Sorts a.keys (a.values alongside) when every key is an exact int held as a number; false when not. */
export function sortIntKeysNatively(a: Arrays): boolean {
  const keys = a.keys;
  const n = keys.length;
  const numbers = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = numberValue(keys[i]);
    if (v === null) return false;
    numbers[i] = v;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Typed-array sort is not stable by specification: ties are broken by position.
  order.sort((i, j) => numbers[i] - numbers[j] || i - j);
  const sortedKeys = Array.from(order, (i) => keys[i]);
  for (let i = 0; i < n; i++) keys[i] = sortedKeys[i];
  if (a.values) {
    const values = a.values;
    const sortedValues = Array.from(order, (i) => values[i]);
    for (let i = 0; i < n; i++) values[i] = sortedValues[i];
  }
  return true;
}
