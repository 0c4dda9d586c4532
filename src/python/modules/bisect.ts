// The bisect module (CPython's _bisect): binary search and insertion with CPython's comparison order.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyList, PyMethodDescriptor, PyNone, PyTuple } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newInt, newNone } from '../runtime/factory';
import { big } from '../runtime/intMath';
import { indexOf } from '../runtime/ops/numbers';
import { getItem, length } from '../runtime/ops/items';
import { richCompare } from '../runtime/ops/compare';
import { getAttr } from '../runtime/ops/attributes';
import { CompareOpArg } from '../bytecode/opcodes';
import { builtinFunction } from '../builtins/define';
import { clinic, type Kwargs } from './argumentClinic';
import { once } from './nativeType';
import type { VM } from '../vm/vm';

/** PySequence_GetItem: a new reference to a[i] (lists and tuples directly, dicts refused). */
export function sequenceItem(vm: VM, a: PyObject, i: number): PyObject {
  if (a instanceof PyList || a instanceof PyTuple) {
    const items = a.items;
    if (i < 0 || i >= items.length) throw new NativeRaise('IndexError', `${a instanceof PyList ? 'list' : 'tuple'} index out of range`);
    items[i].refcount++;
    return items[i];
  }
  if (a instanceof PyDict) throw new NativeRaise('TypeError', `${a.type.name} is not a sequence`);
  const index = newInt(i);
  try {
    return getItem(vm, a, index);
  } finally {
    decref(index);
  }
}

/** PySequence_Size: mappings are refused. */
function sequenceLength(vm: VM, a: PyObject): number {
  if (a instanceof PyDict) throw new NativeRaise('TypeError', `${a.type.name} is not a sequence`);
  return length(vm, a);
}

function lessThan(vm: VM, a: PyObject, b: PyObject): boolean {
  const r = richCompare(vm, a, b, CompareOpArg.LT);
  try {
    return vm.isTrue(r);
  } finally {
    decref(r);
  }
}

/** internal_bisect_right / internal_bisect_left: the insertion index of x between lo and hi. */
function search(vm: VM, a: PyObject, x: PyObject, loObj: PyObject | undefined, hiObj: PyObject | undefined, key: PyObject | null, right: boolean): number {
  let lo = loObj === undefined ? 0 : Number(big(indexOf(vm, loObj)));
  if (lo < 0) throw new NativeRaise('ValueError', 'lo must be non-negative');
  let hi = hiObj === undefined || hiObj instanceof PyNone ? sequenceLength(vm, a) : Number(big(indexOf(vm, hiObj)));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = sequenceItem(vm, a, mid);
    if (key) {
      const k = vm.call(key, [item]);
      decref(item);
      item = k;
    }
    let goLeft: boolean;
    try {
      goLeft = right ? lessThan(vm, x, item) : !lessThan(vm, item, x);
    } finally {
      decref(item);
    }
    if (goLeft) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const SPEC = { positional: ['a', 'x', 'lo', 'hi'], keywordOnly: ['key'], required: 2 };

function keyOf(o: PyObject | undefined): PyObject | null {
  return o === undefined || o instanceof PyNone ? null : o;
}

function bisectFunction(name: string, right: boolean): PyObject {
  return builtinFunction(name, (vm: VM, args: PyObject[], kwargs: Kwargs) => {
    const [a, x, lo, hi, key] = clinic(name, args, kwargs, SPEC);
    return newInt(search(vm, a!, x!, lo, hi, keyOf(key), right));
  });
}

function insortFunction(name: string, right: boolean): PyObject {
  return builtinFunction(name, (vm: VM, args: PyObject[], kwargs: Kwargs) => {
    const [a, x, lo, hi, keyArg] = clinic(name, args, kwargs, SPEC);
    const key = keyOf(keyArg);
    let index: number;
    if (key) {
      const keyX = vm.call(key, [x!]);
      try {
        index = search(vm, a!, keyX, lo, hi, key, right);
      } finally {
        decref(keyX);
      }
    } else index = search(vm, a!, x!, lo, hi, null, right);
    if (a instanceof PyList && a.type === T.list) {
      // PyList_Insert for exact lists; anything else gets its insert method called.
      const position = newInt(index);
      try {
        decref((T.list.dict.getStr('insert') as PyMethodDescriptor).fn(vm, [a, position, x!], null));
      } finally {
        decref(position);
      }
      return newNone();
    }
    const method = getAttr(vm, a!, 'insert');
    const position = newInt(index);
    try {
      decref(vm.call(method, [position, x!]));
    } finally {
      decref(position);
      decref(method);
    }
    return newNone();
  });
}

const functions = once(() => ({
  bisect_right: bisectFunction('bisect_right', true),
  bisect_left: bisectFunction('bisect_left', false),
  insort_right: insortFunction('insort_right', true),
  insort_left: insortFunction('insort_left', false),
}));

export function bisectModuleContents(_vm: VM): Record<string, PyObject> {
  const f = functions();
  const contents: Record<string, PyObject> = {
    bisect_right: f.bisect_right,
    bisect_left: f.bisect_left,
    insort_right: f.insort_right,
    insort_left: f.insort_left,
    bisect: f.bisect_right,
    insort: f.insort_right,
  };
  for (const v of Object.values(contents)) v.refcount++;
  return contents;
}
