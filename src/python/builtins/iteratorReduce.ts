// The __reduce__ and __setstate__ of the sequence iterators (listiter_reduce, tupleiter, unicodeiter, rangeiter,
// listreviter, reversed): copy.copy(it), deepcopy and pickle rebuild one as iter(seq) or reversed(seq) and set its
// index. The other iterators still refuse (zip, map, dict iterators...).

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyInt, PyList, PyNativeIterator, PyStr, PyTuple } from '../runtime/objects';
import type { RangeIterState, ReversedIterState } from '../runtime/iterators';
import { T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newInt, newList, newNone, newRange, newStr, newTuple } from '../runtime/factory';
import { NOARGS, O, defineMethods } from './define';
import type { VM } from '../vm/vm';


function lengthOf(seq: PyObject): number {
  if (seq instanceof PyStr) return [...seq.value].length;
  return (seq as PyList | PyTuple).items.length;
}

function iterBuiltin(vm: VM): PyObject {
  return incref(vm.builtins.getStr('iter')!);
}

/** A reversed iterator's state; one of a module's sequence type (array) keeps none to be rebuilt from. */
function reversedState(it: PyNativeIterator): ReversedIterState {
  if (it.data === null) throw new NativeRaise('NotImplementedError', 'pickling is not supported in this playground');
  return it.data as ReversedIterState;
}

function reduceIterator(vm: VM, args: PyObject[]): PyObject {
  const it = args[0] as PyNativeIterator;
  const seq = it.held[0];
  if (it.type === T.range_iterator || it.type === T.longrange_iterator) {
    const { start, step, length } = it.data as RangeIterState;
    const stop = start + length * step;
    const range = newRange(start, stop, step, [newInt(start), newInt(stop), newInt(step)]);
    return newTuple([iterBuiltin(vm), newTuple([range]), newInt(it.state)]);
  }
  // reversed_reduce names the iterator's own class (a subclass of reversed rebuilds as itself).
  const reversedType = it.type.isSubtypeOf(T.reversed) ? it.type : null;
  const reversed = reversedType !== null || it.type === T.list_reverseiterator;
  if (!seq) {
    // Exhausted: an iterator of an empty sequence (reversed_reduce: reversed over an empty tuple).
    if (reversedType) return newTuple([incref(reversedType), newTuple([newTuple([])])]);
    const empty = it.type === T.tuple_iterator ? newTuple([]) : it.type === T.str_ascii_iterator || it.type === T.str_iterator ? newStr('') : newList([]);
    return newTuple([iterBuiltin(vm), newTuple([empty])]);
  }
  if (!reversed) return newTuple([iterBuiltin(vm), newTuple([incref(seq)]), newInt(it.state)]);
  const { length } = reversedState(it);
  return newTuple([incref(reversedType ?? T.reversed), newTuple([incref(seq)]), newInt(length - 1 - it.state)]);
}

/** The index clamped to the sequence, as each C setstate does (nothing once exhausted). */
function setIteratorState(vm: VM, args: PyObject[]): PyObject {
  const it = args[0] as PyNativeIterator;
  // PyLong_AsSsize_t.
  const state = args[1];
  if (!(state instanceof PyInt)) throw new NativeRaise('TypeError', 'an integer is required');
  const requested = BigInt(state.value);
  if (requested >= 2n ** 63n || requested < -(2n ** 63n)) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
  const index = Number(requested);
  if (it.type === T.range_iterator || it.type === T.longrange_iterator) {
    const length = Number((it.data as RangeIterState).length);
    it.state = Math.min(Math.max(index, 0), length);
    return newNone();
  }
  const seq = it.held[0];
  if (!seq) return newNone();
  const n = lengthOf(seq);
  if (it.type === T.list_reverseiterator || it.type.isSubtypeOf(T.reversed)) {
    const { length } = reversedState(it);
    it.state = length - 1 - Math.min(Math.max(index, -1), n - 1);
  } else {
    it.state = Math.min(Math.max(index, 0), n);
  }
  return newNone();
}

export function installIteratorReductions(): void {
  for (const type of [T.list_iterator, T.tuple_iterator, T.str_ascii_iterator, T.str_iterator, T.range_iterator, T.longrange_iterator, T.list_reverseiterator, T.reversed]) {
    defineMethods(type, { __reduce__: [NOARGS, reduceIterator], __setstate__: [O, setIteratorState] });
  }
}
