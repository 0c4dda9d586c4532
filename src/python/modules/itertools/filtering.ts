// itertools' iterators that pass items through from one source: islice, takewhile, dropwhile, filterfalse,
// compress, starmap, accumulate, pairwise.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyNone, PyTuple } from '../../runtime/objects';
import { None, T } from '../../runtime/builtinTypes';
import { decref, incref } from '../../runtime/heap';
import { newTuple } from '../../runtime/factory';
import { big } from '../../runtime/intMath';
import { binaryOp } from '../../runtime/ops/arith';
import { indexOf } from '../../runtime/ops/numbers';
import { BinaryOpArg } from '../../bytecode/opcodes';
import { clinic } from '../argumentClinic';
import { once } from '../nativeType';
import { PyItertool, itertoolType, makeItertool, noKeywords, positionalCount } from './itertool';
import type { VM } from '../../vm/vm';

const SSIZE_MAX = (1n << 63n) - 1n;

/** PyNumber_AsSsize_t whose failure islice turns into its own ValueError: null on any error. */
function indexOrNull(vm: VM, o: PyObject): number | null {
  try {
    const v = big(indexOf(vm, o));
    return v > SSIZE_MAX || v < -SSIZE_MAX - 1n ? null : Number(v);
  } catch (e) {
    decref(vm.toException(e));
    return null;
  }
}

/** Calls pred(item) and takes its truth value. */
function truthOf(vm: VM, pred: PyObject, item: PyObject): boolean {
  const r = vm.call(pred, [item]);
  try {
    return vm.isTrue(r);
  } finally {
    decref(r);
  }
}

/** Releases `item` if `f` throws. */
function guarded<R>(item: PyObject, f: () => R): R {
  try {
    return f();
  } catch (e) {
    decref(item);
    throw e;
  }
}

// ----- islice -----

interface IsliceState {
  next: number;
  stop: number;
  step: number;
  cnt: number;
}

const STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
export const isliceType = once(() => itertoolType('islice', { sizeof: () => 72 }));

function isliceNext(vm: VM, it: PyItertool<IsliceState>): PyObject | null {
  const source = it.refs[0];
  if (!source) return null;
  const s = it.data;
  while (s.cnt < s.next) {
    const skipped = vm.iterNext(source);
    if (!skipped) {
      it.drop(0);
      return null;
    }
    decref(skipped);
    s.cnt++;
  }
  if (s.stop !== -1 && s.cnt >= s.stop) {
    it.drop(0);
    return null;
  }
  const item = vm.iterNext(source);
  if (!item) {
    it.drop(0);
    return null;
  }
  s.cnt++;
  const old = s.next;
  s.next += s.step;
  if (s.next < old || (s.stop !== -1 && s.next > s.stop)) s.next = s.stop;
  return item;
}

function newIslice(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKeywords('islice', kwargs);
  positionalCount('islice', args.length, 2, 4);
  const [seq, a1, a2, a3] = args;
  let start: number | null = 0, stop: number | null = -1, step: number | null = 1;
  if (args.length === 2) {
    if (!(a1 instanceof PyNone)) {
      stop = indexOrNull(vm, a1);
      if (stop === null || stop === -1) throw new NativeRaise('ValueError', STOP_MESSAGE);
    }
  } else {
    if (!(a1 instanceof PyNone)) start = indexOrNull(vm, a1) ?? -1;
    if (!(a2 instanceof PyNone)) {
      stop = indexOrNull(vm, a2);
      if (stop === null || stop === -1) throw new NativeRaise('ValueError', STOP_MESSAGE);
    }
  }
  if (start < 0 || stop < -1) throw new NativeRaise('ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  if (a3 !== undefined && !(a3 instanceof PyNone)) step = indexOrNull(vm, a3) ?? -1;
  if (step < 1) throw new NativeRaise('ValueError', 'Step for islice() must be a positive integer or None.');
  const source = vm.getIter(seq);
  return makeItertool<IsliceState>(isliceType(), ['iterating'], [source], { next: start, stop, step, cnt: 0 }, isliceNext);
}

// ----- takewhile, dropwhile, filterfalse -----

const FUNC = 0, IT = 1;
export const takewhileType = once(() => itertoolType('takewhile', { sizeof: () => 56 }));
export const dropwhileType = once(() => itertoolType('dropwhile', { sizeof: () => 56 }));
export const filterfalseType = once(() => itertoolType('filterfalse', { sizeof: () => 48 }));

function takewhileNext(vm: VM, it: PyItertool<{ stop: boolean }>): PyObject | null {
  if (it.data.stop) return null;
  const item = vm.iterNext(it.refs[IT]!);
  if (!item) return null;
  if (guarded(item, () => truthOf(vm, it.refs[FUNC]!, item))) return item;
  decref(item);
  it.data.stop = true;
  return null;
}

function dropwhileNext(vm: VM, it: PyItertool<{ start: boolean }>): PyObject | null {
  for (;;) {
    const item = vm.iterNext(it.refs[IT]!);
    if (!item) return null;
    if (it.data.start) return item;
    if (!guarded(item, () => truthOf(vm, it.refs[FUNC]!, item))) {
      it.data.start = true;
      return item;
    }
    decref(item);
  }
}

function filterfalseNext(vm: VM, it: PyItertool<null>): PyObject | null {
  const func = it.refs[FUNC]!;
  for (;;) {
    const item = vm.iterNext(it.refs[IT]!);
    if (!item) return null;
    const ok = func === None || func === T.bool ? guarded(item, () => vm.isTrue(item)) : guarded(item, () => truthOf(vm, func, item));
    if (!ok) return item;
    decref(item);
  }
}

/** A (predicate, iterable) constructor: positional only. */
function predicateConstructor<D>(name: string, type: () => import('../../runtime/types').PyType, data: () => D, next: (vm: VM, it: PyItertool<D>) => PyObject | null) {
  return (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    noKeywords(name, kwargs);
    positionalCount(name, args.length, 2, 2);
    const source = vm.getIter(args[1]);
    return makeItertool<D>(type(), ['predicate', 'iterating'], [incref(args[0]), source], data(), next);
  };
}

// ----- starmap -----

export const starmapType = once(() => itertoolType('starmap', { sizeof: () => 48 }));

function starmapNext(vm: VM, it: PyItertool<null>): PyObject | null {
  let args = vm.iterNext(it.refs[IT]!);
  if (!args) return null;
  if (!(args instanceof PyTuple && args.type === T.tuple)) {
    const items = guarded(args, () => vm.collectItems(args!));
    decref(args);
    args = newTuple(items);
  }
  try {
    return vm.call(it.refs[FUNC]!, (args as PyTuple).items.slice());
  } finally {
    decref(args);
  }
}

function newStarmap(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKeywords('starmap', kwargs);
  positionalCount('starmap', args.length, 2, 2);
  const source = vm.getIter(args[1]);
  return makeItertool(starmapType(), ['function', 'iterating'], [incref(args[0]), source], null, starmapNext);
}

// ----- compress -----

export const compressType = once(() => itertoolType('compress', { sizeof: () => 48 }));

function compressNext(vm: VM, it: PyItertool<null>): PyObject | null {
  for (;;) {
    const datum = vm.iterNext(it.refs[0]!);
    if (!datum) return null;
    const selector = guarded(datum, () => vm.iterNext(it.refs[1]!));
    if (!selector) {
      decref(datum);
      return null;
    }
    let ok: boolean;
    try {
      ok = guarded(datum, () => vm.isTrue(selector));
    } finally {
      decref(selector);
    }
    if (ok) return datum;
    decref(datum);
  }
}

function newCompress(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [data, selectors] = clinic('compress', args, kwargs, { positional: ['data', 'selectors'], required: 2 });
  const d = vm.getIter(data!);
  const s = guarded(d, () => vm.getIter(selectors!));
  return makeItertool(compressType(), ['data', 'selectors'], [d, s], null, compressNext);
}

// ----- accumulate -----

const BINOP = 0, ACC_IT = 1, TOTAL = 2, INITIAL = 3;
export const accumulateType = once(() => itertoolType('accumulate', { sizeof: () => 64 }));

function accumulateNext(vm: VM, it: PyItertool<null>): PyObject | null {
  if (it.refs[INITIAL] !== None) {
    // The initial value becomes the running total and is handed out first.
    it.refs[TOTAL] = it.refs[INITIAL];
    it.refs[INITIAL] = incref(None);
    return incref(it.refs[TOTAL]!);
  }
  const value = vm.iterNext(it.refs[ACC_IT]!);
  if (!value) return null;
  const total = it.refs[TOTAL];
  if (!total) {
    it.refs[TOTAL] = incref(value);
    return value;
  }
  const binop = it.refs[BINOP];
  let next: PyObject;
  try {
    next = binop ? vm.call(binop, [total, value]) : binaryOp(vm, total, value, BinaryOpArg.ADD);
  } finally {
    decref(value);
  }
  it.set(TOTAL, incref(next));
  return next;
}

function newAccumulate(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [iterable, func, initial] = clinic('accumulate', args, kwargs, { positional: ['iterable', 'func'], keywordOnly: ['initial'], required: 1 });
  const source = vm.getIter(iterable!);
  const binop = func && !(func instanceof PyNone) ? incref(func) : null;
  return makeItertool(accumulateType(), ['func', 'iterating', 'total', 'initial'], [binop, source, null, incref(initial ?? None)], null, accumulateNext);
}

// ----- pairwise -----

export const pairwiseType = once(() => itertoolType('pairwise', { sizeof: () => 48 }));

function pairwiseNext(vm: VM, it: PyItertool<null>): PyObject | null {
  const source = it.refs[0];
  if (!source) return null;
  let old = it.refs[1];
  if (!old) {
    old = it.refs[1] = vm.iterNext(source);
    if (!old) {
      it.drop(0);
      return null;
    }
  }
  const fresh = vm.iterNext(source);
  if (!fresh) {
    it.drop(0);
    it.drop(1);
    return null;
  }
  const result = newTuple([incref(old), incref(fresh)]);
  it.set(1, fresh);
  return result;
}

function newPairwise(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKeywords('pairwise', kwargs);
  positionalCount('pairwise', args.length, 1, 1);
  const source = vm.getIter(args[0]);
  return makeItertool(pairwiseType(), ['iterating', 'old'], [source, null], null, pairwiseNext);
}

export function installFiltering(): void {
  isliceType().nativeNew = newIslice;
  takewhileType().nativeNew = predicateConstructor('takewhile', takewhileType, () => ({ stop: false }), takewhileNext);
  dropwhileType().nativeNew = predicateConstructor('dropwhile', dropwhileType, () => ({ start: false }), dropwhileNext);
  filterfalseType().nativeNew = predicateConstructor('filterfalse', filterfalseType, () => null, filterfalseNext);
  starmapType().nativeNew = newStarmap;
  compressType().nativeNew = newCompress;
  accumulateType().nativeNew = newAccumulate;
  pairwiseType().nativeNew = newPairwise;
}
