// itertools' iterators over several sources or groups: chain (and chain.from_iterable), zip_longest, groupby.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyBuiltinFunction, PyDescriptorWrapper, PyTuple } from '../../runtime/objects';
import { None, T, makeShared } from '../../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newNone, newTuple } from '../../runtime/factory';
import { dictSetStr } from '../../runtime/containers';
import { equals } from '../../runtime/ops/compare';
import { clinic } from '../argumentClinic';
import { once } from '../nativeType';
import { PyItertool, itertoolType, makeItertool, noKeywords } from './itertool';
import type { VM } from '../../vm/vm';

// ----- chain -----

const SOURCE = 0, ACTIVE = 1;
export const chainType = once(() => itertoolType('chain', { sizeof: () => 48 }));

function chainNext(vm: VM, it: PyItertool<null>): PyObject | null {
  while (it.refs[SOURCE]) {
    if (!it.refs[ACTIVE]) {
      const iterable = vm.iterNext(it.refs[SOURCE]!);
      if (!iterable) {
        it.drop(SOURCE);
        return null;
      }
      try {
        it.refs[ACTIVE] = vm.getIter(iterable);
      } catch (e) {
        it.drop(SOURCE);
        throw e;
      } finally {
        decref(iterable);
      }
    }
    const item = vm.iterNext(it.refs[ACTIVE]!);
    if (item) return item;
    it.drop(ACTIVE);
  }
  return null;
}

function chainOver(source: PyObject): PyObject {
  return makeItertool(chainType(), ['source', 'active'], [source, null], null, chainNext);
}

/** chain(*iterables): iterates over the argument tuple itself, which it keeps alive. */
function newChain(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKeywords('chain', kwargs);
  const argTuple = newTuple(args.map((a) => incref(a)));
  try {
    return chainOver(vm.getIter(argTuple));
  } finally {
    decref(argTuple);
  }
}

const fromIterable = once(() => {
  const fn = makeShared(new PyBuiltinFunction(T.builtin_function_or_method, 'from_iterable', (vm, args) => {
    if (args.length !== 2) throw new NativeRaise('TypeError', `chain.from_iterable() takes exactly one argument (${args.length - 1} given)`);
    return chainOver(vm.getIter(args[1]));
  }));
  return makeShared(new PyDescriptorWrapper(T.classmethod, [fn]));
});

// ----- zip_longest -----

interface ZipLongestState {
  size: number;
  active: number;
  /** Which sources are still running (CPython sets exhausted ones to NULL in its iterator tuple). */
  running: boolean[];
}
const ITTUPLE = 0, RESULT = 1, FILL = 2;
export const zipLongestType = once(() => itertoolType('zip_longest', { sizeof: () => 72 }));

/** The next item of source i, or the fill value once it is exhausted; null when everything is. */
function zipLongestItem(vm: VM, it: PyItertool<ZipLongestState>, i: number): PyObject | null {
  const s = it.data;
  if (!s.running[i]) return incref(it.refs[FILL]!);
  const ittuple = it.refs[ITTUPLE] as PyTuple;
  let item: PyObject | null;
  try {
    item = vm.iterNext(ittuple.items[i]);
  } catch (e) {
    s.active = 0;
    throw e;
  }
  if (item) return item;
  if (--s.active === 0) return null;
  s.running[i] = false;
  const exhausted = ittuple.items[i];
  ittuple.items[i] = incref(None);
  decref(exhausted);
  return incref(it.refs[FILL]!);
}

function zipLongestNext(vm: VM, it: PyItertool<ZipLongestState>): PyObject | null {
  const s = it.data;
  if (s.size === 0 || s.active === 0) return null;
  const result = it.refs[RESULT] as PyTuple;
  if (result.refcount === 1) {
    incref(result);
    activeHeap().track(result);
    for (let i = 0; i < s.size; i++) {
      let item: PyObject | null;
      try {
        item = zipLongestItem(vm, it, i);
      } catch (e) {
        decref(result);
        throw e;
      }
      if (!item) {
        s.active = 0;
        decref(result);
        return null;
      }
      const old = result.items[i];
      result.items[i] = item;
      decref(old);
    }
    return result;
  }
  const items: PyObject[] = [];
  for (let i = 0; i < s.size; i++) {
    let item: PyObject | null;
    try {
      item = zipLongestItem(vm, it, i);
    } catch (e) {
      for (const x of items) decref(x);
      throw e;
    }
    if (!item) {
      s.active = 0;
      for (const x of items) decref(x);
      return null;
    }
    items.push(item);
  }
  return newTuple(items);
}

function newZipLongest(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  let fill: PyObject = None;
  if (kwargs && kwargs.size > 0) {
    const f = kwargs.size === 1 ? kwargs.get('fillvalue') : undefined;
    if (!f) throw new NativeRaise('TypeError', 'zip_longest() got an unexpected keyword argument');
    fill = f;
  }
  // The iterator tuple is made first and filled (PyTuple_New, then PyObject_GetIter per argument).
  const tuple = newTuple(args.map(() => newNone())) as PyTuple;
  try {
    args.forEach((a, i) => {
      const old = tuple.items[i];
      tuple.items[i] = vm.getIter(a);
      decref(old);
    });
  } catch (e) {
    decref(tuple);
    throw e;
  }
  const result = newTuple(args.map(() => newNone()));
  const state: ZipLongestState = { size: args.length, active: args.length, running: args.map(() => true) };
  return makeItertool(zipLongestType(), ['iterators', 'result', 'fillvalue'], [tuple, result, incref(fill)], state, zipLongestNext);
}

// ----- groupby -----

interface GroupbyState {
  /** The _grouper currently entitled to take values (a borrowed reference). */
  currentGrouper: PyObject | null;
}
const G_IT = 0, KEYFUNC = 1, TGTKEY = 2, CURRKEY = 3, CURRVALUE = 4;
export const groupbyType = once(() => itertoolType('groupby', { sizeof: () => 80 }));
export const grouperType = once(() => itertoolType('_grouper', { sizeof: () => 48 }));

/** groupby_step: the next value and its key; false when the source is exhausted. */
function groupbyStep(vm: VM, g: PyItertool<GroupbyState>): boolean {
  const value = vm.iterNext(g.refs[G_IT]!);
  if (!value) return false;
  const keyfunc = g.refs[KEYFUNC]!;
  let key: PyObject;
  if (keyfunc === None) key = incref(value);
  else key = guardedCall(vm, keyfunc, value);
  const oldValue = g.refs[CURRVALUE];
  g.refs[CURRVALUE] = value;
  g.set(CURRKEY, key);
  if (oldValue) decref(oldValue);
  return true;
}

function guardedCall(vm: VM, f: PyObject, value: PyObject): PyObject {
  try {
    return vm.call(f, [value]);
  } catch (e) {
    decref(value);
    throw e;
  }
}

function groupbyNext(vm: VM, g: PyItertool<GroupbyState>): PyObject | null {
  g.data.currentGrouper = null;
  // Skip the rest of the current group.
  for (;;) {
    if (g.refs[CURRKEY] === null) {
      // nothing read yet
    } else if (g.refs[TGTKEY] === null) break;
    else if (!equals(vm, g.refs[TGTKEY]!, g.refs[CURRKEY]!)) break;
    if (!groupbyStep(vm, g)) return null;
  }
  g.set(TGTKEY, incref(g.refs[CURRKEY]!));
  const grouper = makeItertool(grouperType(), ['parent', 'tgtkey'], [incref(g), incref(g.refs[TGTKEY]!)], null, grouperNext);
  g.data.currentGrouper = grouper;
  return newTuple([incref(g.refs[CURRKEY]!), grouper]);
}

/** A group's iterator: values while the parent's current key equals its key, and only while it is the current group. */
function grouperNext(vm: VM, grouper: PyItertool<null>): PyObject | null {
  const g = grouper.refs[0] as PyItertool<GroupbyState>;
  if (g.data.currentGrouper !== grouper) return null;
  if (g.refs[CURRVALUE] === null && !groupbyStep(vm, g)) return null;
  if (!equals(vm, grouper.refs[1]!, g.refs[CURRKEY]!)) return null;
  const value = g.refs[CURRVALUE]!;
  g.refs[CURRVALUE] = null;
  g.drop(CURRKEY);
  return value;
}

function newGroupby(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [iterable, key] = clinic('groupby', args, kwargs, { positional: ['iterable', 'key'], required: 1 });
  const keyfunc = incref(key ?? None);
  let source: PyObject;
  try {
    source = vm.getIter(iterable!);
  } catch (e) {
    decref(keyfunc);
    throw e;
  }
  return makeItertool<GroupbyState>(groupbyType(), ['iterating', 'key', 'tgtkey', 'currkey', 'currvalue'], [source, keyfunc, null, null, null], { currentGrouper: null }, groupbyNext);
}

export function installChaining(): void {
  chainType().nativeNew = newChain;
  dictSetStr(chainType().dict, 'from_iterable', fromIterable());
  zipLongestType().nativeNew = newZipLongest;
  groupbyType().nativeNew = newGroupby;
  // _grouper(parent, tgtkey): a group of a groupby object, as groupby makes them.
  grouperType().nativeNew = (_vm, args, kwargs) => {
    noKeywords('_grouper', kwargs);
    if (args.length !== 2) throw new NativeRaise('TypeError', `_grouper expected 2 arguments, got ${args.length}`);
    const parent = args[0];
    if (parent.type !== groupbyType()) throw new NativeRaise('TypeError', `_grouper() argument 1 must be itertools.groupby, not ${parent.type.name}`);
    const grouper = makeItertool(grouperType(), ['parent', 'tgtkey'], [incref(parent), incref(args[1])], null, grouperNext);
    (parent as PyItertool<GroupbyState>).data.currentGrouper = grouper;
    return grouper;
  };
}

