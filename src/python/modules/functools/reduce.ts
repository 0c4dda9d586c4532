// functools.reduce as CPython's C function: one argument tuple reused for every call (recycled while
// nothing else holds it), the function called as a frame of the eval loop.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyTuple } from '../../runtime/objects';
import { None } from '../../runtime/builtinTypes';
import { decref, incref } from '../../runtime/heap';
import { newTuple } from '../../runtime/factory';
import { expectArgs, noKeywords, resumableFunction } from '../../builtins/define';
import { callRequest, getIterOp, isRequest, nextItem } from '../../vm/callOps';
import type { NativeOp } from '../../vm/nativeOp';
import type { VM } from '../../vm/vm';
import { once } from '../nativeType';

/** A fresh (result, item) tuple: its slots hold None until filled. */
function argumentPair(): PyTuple {
  return newTuple([incref(None), incref(None)]);
}

function* reduceOp(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject> {
  noKeywords('reduce', kwargs);
  expectArgs('reduce', args, 2, 3);
  const [func, seq] = args;
  let result: PyObject | null = args[2] ?? null;
  if (result) incref(result);
  let it: PyObject;
  try {
    it = yield* getIterOp(vm, seq);
  } catch (e) {
    if (result) decref(result);
    if (e instanceof NativeRaise && e.pyType === 'TypeError') throw new NativeRaise('TypeError', 'reduce() arg 2 must support iteration');
    throw e;
  }
  // What C code holds while Python code runs (the iterator, the argument tuple, the result so far),
  // reported to snapshots as it changes.
  const held: PyObject[] = [it, argumentPair()];
  const setResult = (r: PyObject | null) => {
    result = r;
    held.length = 2;
    if (r) held.push(r);
  };
  setResult(result);
  vm.holdTemporary(held);
  try {
    for (;;) {
      let item = nextItem(vm, it);
      if (isRequest(item)) item = (yield item) as PyObject | null;
      if (!item) break;
      if (!result) {
        setResult(item);
        continue;
      }
      let pair = held[1] as PyTuple;
      // The tuple is reused unless the function kept a reference to it.
      if (pair.refcount > 1) {
        decref(pair);
        held[1] = pair = argumentPair();
      }
      const [oldFirst, oldSecond] = pair.items;
      pair.items[0] = result;
      pair.items[1] = item;
      setResult(null);
      decref(oldFirst);
      decref(oldSecond);
      setResult((yield callRequest(vm, func, pair.items.slice())) as PyObject);
    }
  } catch (e) {
    if (result) decref(result);
    throw e;
  } finally {
    vm.dropTemporary(held);
    decref(held[1]);
    decref(it);
  }
  if (!result) throw new NativeRaise('TypeError', 'reduce() of empty iterable with no initial value');
  return result;
}

export const reduceFunction = once(() => resumableFunction('reduce', reduceOp));
