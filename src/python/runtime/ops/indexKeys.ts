// Subscript keys a builtin sequence turns into a number by calling the key's Python `__index__`, as list_subscript,
// tuplesubscript and unicode_subscript do through PyNumber_AsSsize_t and range_subscript through PyNumber_Index;
// a slice's bounds alike (PySlice_Unpack). The number is C data there, so here it is an int no heap counts.

import { NativeRaise } from '../../errors';
import type { PyObject } from '../object';
import { PyInstance, PyInt, PyList, PyRange, PySlice, PyStr, PyTuple } from '../objects';
import { T } from '../builtinTypes';
import { hasIndex, indexOfOp } from './numbers';
import type { NativeOp } from '../../vm/nativeOp';
import type { VM } from '../../vm/vm';

/** An object whose `__index__` is Python code (ints and bools have their value already). */
const isIndexObject = (o: PyObject): boolean => o instanceof PyInstance && hasIndex(o);

/** Whether c[key] (or storing, deleting) first calls a Python `__index__` of the key or of a slice bound. */
export function needsIndexCall(c: PyObject, key: PyObject): boolean {
  // The key's class first: an int key, the frequent case, is settled by one check.
  if (!(key instanceof PyInstance || key instanceof PySlice)) return false;
  if (!(c instanceof PyList || c instanceof PyTuple || c instanceof PyStr || c instanceof PyRange)) return false;
  if (key instanceof PySlice) return isIndexObject(key.start) || isIndexObject(key.stop) || isIndexObject(key.step);
  return isIndexObject(key);
}

/** PyNumber_Index on an object with `__index__`, run as a frame: the int's value (its object released at once). */
function* indexValueOp(vm: VM, o: PyObject, ssize: boolean): NativeOp<number | bigint> {
  const value = yield* indexOfOp(vm, o);
  // PyNumber_AsSsize_t(item, PyExc_IndexError) names the key's own type.
  if (ssize && typeof value === 'bigint' && (value > 9223372036854775807n || value < -9223372036854775808n)) {
    throw new NativeRaise('IndexError', `cannot fit '${o.type.name}' into an index-sized integer`);
  }
  return value;
}

/** The number as an int object of no heap (the C value CPython passes on). */
const unheapedInt = (value: number | bigint): PyInt => new PyInt(T.int, value);

/** The key with every `__index__` called: an int, or a slice of ints and Nones, neither on the heap. */
export function* keyWithIndexesCalled(vm: VM, c: PyObject, key: PyObject): NativeOp<PyObject> {
  const ssize = !(c instanceof PyRange);
  if (!(key instanceof PySlice)) return unheapedInt(yield* indexValueOp(vm, key, ssize));
  const bound = function* (o: PyObject): NativeOp<PyObject> {
    return isIndexObject(o) ? unheapedInt(yield* indexValueOp(vm, o, false)) : o;
  };
  // PySlice_Unpack reads the step first.
  const step = yield* bound(key.step);
  const start = yield* bound(key.start);
  const stop = yield* bound(key.stop);
  return new PySlice(T.slice, start, stop, step);
}
