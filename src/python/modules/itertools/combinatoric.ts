// itertools.product, permutations, combinations and combinations_with_replacement: CPython's index
// algorithms, with the result tuple reused while nobody else holds it.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyBool, PyInt, PyNone, PyTuple } from '../../runtime/objects';
import { None } from '../../runtime/builtinTypes';
import { decref, incref } from '../../runtime/heap';
import { newNone, newTuple } from '../../runtime/factory';
import { clinic } from '../argumentClinic';
import { once } from '../nativeType';
import { ssizeArg } from './infinite';
import { PyItertool, itertoolType, makeItertool, reusableResult, sequenceTuple, setTupleItem } from './itertool';
import type { VM } from '../../vm/vm';

interface IndexState {
  indices: number[];
  cycles: number[];
  r: number;
  stopped: boolean;
}
const POOLS = 0, RESULT = 1;

/** The first result: a new tuple from the given items (None where CPython leaves a NULL slot behind). */
function firstResult(it: PyItertool<IndexState>, items: PyObject[], size: number): PyTuple {
  while (items.length < size) items.push(newNone());
  const result = newTuple(items);
  it.refs[RESULT] = result;
  return result;
}

// ----- product -----

export const productType = once(() => itertoolType('product', { sizeof: (o) => 64 + 8 * ((o as PyItertool).refs[POOLS] as PyTuple).items.length }));

function productNext(_vm: VM, it: PyItertool<IndexState>): PyObject | null {
  const s = it.data;
  if (s.stopped) return null;
  const pools = (it.refs[POOLS] as PyTuple).items as PyTuple[];
  const n = pools.length;
  if (!it.refs[RESULT]) {
    const items: PyObject[] = [];
    for (const pool of pools) {
      if (pool.items.length === 0) {
        firstResult(it, items, n);
        s.stopped = true;
        return null;
      }
      items.push(incref(pool.items[0]));
    }
    return incref(firstResult(it, items, n));
  }
  const result = reusableResult(it, RESULT);
  let i = n - 1;
  for (; i >= 0; i--) {
    const pool = pools[i].items;
    if (++s.indices[i] === pool.length) {
      s.indices[i] = 0;
      setTupleItem(result, i, incref(pool[0]));
    } else {
      setTupleItem(result, i, incref(pool[s.indices[i]]));
      break;
    }
  }
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  return incref(result);
}

function newProduct(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  let repeat = 1;
  if (kwargs && kwargs.size > 0) {
    const [r] = clinic('product', [], kwargs, { positional: ['repeat'], required: 0 });
    if (r !== undefined) repeat = ssizeArg(vm, r);
    if (repeat < 0) throw new NativeRaise('ValueError', 'repeat argument cannot be negative');
  }
  const nargs = repeat === 0 ? 0 : args.length;
  const npools = nargs * repeat;
  const pools = newTuple(Array.from({ length: npools }, () => newNone())) as PyTuple;
  try {
    for (let i = 0; i < nargs; i++) setTupleItem(pools, i, sequenceTuple(vm, args[i]));
    for (let i = nargs; i < npools; i++) setTupleItem(pools, i, incref(pools.items[i - nargs]));
  } catch (e) {
    decref(pools);
    throw e;
  }
  const state: IndexState = { indices: new Array<number>(npools).fill(0), cycles: [], r: npools, stopped: false };
  return makeItertool(productType(), ['pools', 'result'], [pools, null], state, productNext);
}

// ----- combinations -----

export const combinationsType = once(() => itertoolType('combinations', { sizeof: (o) => 72 + 8 * (o as PyItertool<IndexState>).data.r }));

function combinationsNext(_vm: VM, it: PyItertool<IndexState>): PyObject | null {
  const s = it.data;
  if (s.stopped) return null;
  const pool = (it.refs[POOLS] as PyTuple).items;
  const n = pool.length, r = s.r, indices = s.indices;
  if (!it.refs[RESULT]) return incref(firstResult(it, indices.map((i) => incref(pool[i])), r));
  const result = reusableResult(it, RESULT);
  let i = r - 1;
  while (i >= 0 && indices[i] === i + n - r) i--;
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  indices[i]++;
  for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
  for (; i < r; i++) setTupleItem(result, i, incref(pool[indices[i]]));
  return incref(result);
}

/** combinations(iterable, r) and combinations_with_replacement(iterable, r): r is converted before the pool. */
function indexedConstructor(name: string, withReplacement: boolean) {
  return (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    const [iterable, rObj] = clinic(name, args, kwargs, { positional: ['iterable', 'r'], required: 2 });
    const r = ssizeArg(vm, rObj!);
    const pool = sequenceTuple(vm, iterable!);
    if (r < 0) {
      decref(pool);
      throw new NativeRaise('ValueError', 'r must be non-negative');
    }
    const n = pool.items.length;
    const indices = Array.from({ length: r }, (_, i) => (withReplacement ? 0 : i));
    const stopped = withReplacement ? n === 0 && r > 0 : r > n;
    const type = withReplacement ? cwrType() : combinationsType();
    return makeItertool(type, ['pool', 'result'], [pool, null], { indices, cycles: [], r, stopped }, withReplacement ? cwrNext : combinationsNext);
  };
}

// ----- combinations_with_replacement -----

export const cwrType = once(() => itertoolType('combinations_with_replacement', { sizeof: (o) => 72 + 8 * (o as PyItertool<IndexState>).data.r }));

function cwrNext(_vm: VM, it: PyItertool<IndexState>): PyObject | null {
  const s = it.data;
  if (s.stopped) return null;
  const pool = (it.refs[POOLS] as PyTuple).items;
  const n = pool.length, r = s.r, indices = s.indices;
  if (!it.refs[RESULT]) return incref(firstResult(it, n > 0 ? indices.map(() => incref(pool[0])) : [], r));
  const result = reusableResult(it, RESULT);
  let i = r - 1;
  while (i >= 0 && indices[i] === n - 1) i--;
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  const index = indices[i] + 1;
  for (; i < r; i++) {
    indices[i] = index;
    setTupleItem(result, i, incref(pool[index]));
  }
  return incref(result);
}

// ----- permutations -----

export const permutationsType = once(() => itertoolType('permutations', {
  sizeof: (o) => {
    const it = o as PyItertool<IndexState>;
    return 80 + 8 * ((it.refs[POOLS] as PyTuple).items.length + it.data.r);
  },
}));

function permutationsNext(_vm: VM, it: PyItertool<IndexState>): PyObject | null {
  const s = it.data;
  if (s.stopped) return null;
  const pool = (it.refs[POOLS] as PyTuple).items;
  const n = pool.length, r = s.r, indices = s.indices, cycles = s.cycles;
  if (!it.refs[RESULT]) return incref(firstResult(it, indices.slice(0, r).map((i) => incref(pool[i])), r));
  if (n === 0) {
    s.stopped = true;
    return null;
  }
  const result = reusableResult(it, RESULT);
  let i = r - 1;
  for (; i >= 0; i--) {
    if (--cycles[i] === 0) {
      // Rotate indices[i:] left by one.
      const first = indices[i];
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
      indices[n - 1] = first;
      cycles[i] = n - i;
    } else {
      const j = cycles[i];
      [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
      for (let k = i; k < r; k++) setTupleItem(result, k, incref(pool[indices[k]]));
      break;
    }
  }
  if (i < 0) {
    s.stopped = true;
    return null;
  }
  return incref(result);
}

function newPermutations(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [iterable, rObj] = clinic('permutations', args, kwargs, { positional: ['iterable', 'r'], required: 1 });
  const pool = sequenceTuple(vm, iterable!);
  const n = pool.items.length;
  let r = n;
  try {
    if (rObj !== undefined && !(rObj instanceof PyNone) && rObj !== None) {
      if (!(rObj instanceof PyInt || rObj instanceof PyBool)) throw new NativeRaise('TypeError', 'Expected int as r');
      r = ssizeArg(vm, rObj);
    }
    if (r < 0) throw new NativeRaise('ValueError', 'r must be non-negative');
  } catch (e) {
    decref(pool);
    throw e;
  }
  const state: IndexState = {
    indices: Array.from({ length: n }, (_, i) => i),
    cycles: Array.from({ length: r }, (_, i) => n - i),
    r,
    stopped: r > n,
  };
  return makeItertool(permutationsType(), ['pool', 'result'], [pool, null], state, permutationsNext);
}

export function installCombinatoric(): void {
  productType().nativeNew = newProduct;
  combinationsType().nativeNew = indexedConstructor('combinations', false);
  cwrType().nativeNew = indexedConstructor('combinations_with_replacement', true);
  permutationsType().nativeNew = newPermutations;
}
