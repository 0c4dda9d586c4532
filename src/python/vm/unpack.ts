// UNPACK_SEQUENCE and UNPACK_EX as CPython's unpack_iterable takes an iterable apart: one item at a time, so an
// iterator is not run further than the result or the error needs (`a, b = itertools.count()` fails at the third
// item), and the starred target is the list PySequence_List makes of the rest (its allocation as list_extend
// leaves it, which sys.getsizeof shows).

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyList, PyTuple } from '../runtime/objects';
import { decref, incref } from '../runtime/heap';
import { newList } from '../runtime/factory';
import { listExtendResumable } from '../runtime/containers';
import type { NativeOp } from './nativeOp';
import { getIterOp, isRequest, nextItem } from './callOps';
import type { VM } from './vm';

/**
 * The items of `seq` for UNPACK_SEQUENCE (after < 0: exactly `count`) or UNPACK_EX (`count` items, the list of the
 * rest, then `after` items taken back from its end), first item first (the eval loop pushes them reversed). New
 * references. Iterating may run Python code (generators, __next__), as frames of the loop.
 */
export function* unpackResumable(vm: VM, seq: PyObject, count: number, after: number): NativeOp<PyObject[]> {
  let it: PyObject;
  try {
    it = yield* getIterOp(vm, seq);
  } catch (e) {
    throw cannotUnpack(e, seq);
  }
  const items: PyObject[] = [];
  vm.holdTemporary(it);
  vm.holdTemporary(items);
  try {
    for (let i = 0; i < count; i++) {
      let v = nextItem(vm, it);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) throw notEnoughValues(count, after, i);
      items.push(v);
    }
    if (after < 0) {
      let extra = nextItem(vm, it);
      if (isRequest(extra)) extra = (yield extra) as PyObject | null;
      if (extra) {
        decref(extra);
        throw new NativeRaise('ValueError', `too many values to unpack (expected ${count})`);
      }
      return items.slice();
    }
    const rest = newList([]);
    items.push(rest);
    yield* listExtendResumable(vm, rest, it);
    const left = rest.items.length;
    if (left < after) throw notEnoughValues(count, after, count + left);
    // The last items move from the list to the stack; the list keeps its allocation (Py_SET_SIZE).
    for (const v of rest.items.splice(left - after, after)) items.push(v);
    return items.slice();
  } catch (e) {
    // unpack_iterable's error path drops what it took, last first.
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
    throw e;
  } finally {
    vm.dropTemporary(items);
    vm.dropTemporary(it);
    decref(it);
  }
}

/** UNPACK_SEQUENCE without Python code to run: an exact list or tuple at once, anything else item by item. */
export function unpackSequence(vm: VM, seq: PyObject, count: number): PyObject[] {
  if ((seq instanceof PyList || seq instanceof PyTuple) && seq.items.length === count) return seq.items.map((x) => incref(x));
  return vm.runSync(unpackResumable(vm, seq, count, -1));
}

/** UNPACK_EX without Python code to run (the iteration is unpack_iterable's even for a list: the starred list's size shows it). */
export function unpackStarred(vm: VM, seq: PyObject, before: number, after: number): PyObject[] {
  return vm.runSync(unpackResumable(vm, seq, before, after));
}

function notEnoughValues(count: number, after: number, got: number): NativeRaise {
  if (after < 0) return new NativeRaise('ValueError', `not enough values to unpack (expected ${count}, got ${got})`);
  return new NativeRaise('ValueError', `not enough values to unpack (expected at least ${count + after}, got ${got})`);
}

/** iter() failed: an object that is not iterable at all is named as unpack_iterable names it. */
function cannotUnpack(e: unknown, seq: PyObject): unknown {
  if (e instanceof NativeRaise && e.pyType === 'TypeError' && / is not iterable$/.test(e.pyMessage)) {
    return new NativeRaise('TypeError', `cannot unpack non-iterable ${seq.type.name} object`);
  }
  return e;
}
