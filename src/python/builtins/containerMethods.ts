// Methods of list, tuple, dict and set.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyDescriptorWrapper, PyDictView, PyList, PySet, PyTuple } from '../runtime/objects';
import { None, T, makeShared } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newDict, newInt, newList, newNone, newSet, newTuple } from '../runtime/factory';
import {
  dictClear, dictDelete, dictSet, dictSetStr, listAppend, listExtend, listShrunk, setAdd,
} from '../runtime/containers';
import { listResize } from '../runtime/sizeAccounting';
import { equals, hashKey } from '../runtime/ops/compare';
import { indexValue } from '../runtime/ops/items';
import { repr } from '../runtime/ops/repr';
import { builtinFunction, defineMethods, expectMethodArgs, intArg } from './define';
import { sortItems } from './functions';
import { dictFill } from './constructors';
import type { VM } from '../vm/vm';

function clampIndex(i: number, n: number): number {
  if (i < 0) return Math.max(0, i + n);
  return Math.min(i, n);
}

function findIndex(vm: VM, items: PyObject[], args: PyObject[], what: string): number {
  const x = args[1];
  const start = args[2] ? clampIndex(intArg(args[2]), items.length) : 0;
  const stop = args[3] ? clampIndex(intArg(args[3]), items.length) : items.length;
  for (let i = start; i < stop; i++) if (equals(vm, items[i], x)) return i;
  throw new NativeRaise('ValueError', what === 'list' ? `${repr(vm, x)} is not in list` : 'tuple.index(x): x not in tuple');
}

function countOf(vm: VM, items: PyObject[], x: PyObject): number {
  return items.filter((y) => equals(vm, y, x)).length;
}

export function installContainerMethods(): void {
  defineMethods(T.list, {
    append: (_vm, args) => {
      expectMethodArgs('list.append', args, 1);
      listAppend(args[0] as PyList, args[1]);
      return newNone();
    },
    extend: (vm, args) => {
      expectMethodArgs('list.extend', args, 1);
      listExtend(vm, args[0] as PyList, args[1]);
      return newNone();
    },
    insert: (_vm, args) => {
      expectMethodArgs('insert', args, 2);
      const l = args[0] as PyList;
      const i = clampIndex(indexValue(args[1], 'list'), l.items.length);
      const n = l.items.length + 1;
      if (n > l.allocated) l.allocated = listResize(l.allocated, n - 1, n);
      l.items.splice(i, 0, incref(args[2]));
      return newNone();
    },
    pop: (_vm, args) => {
      expectMethodArgs('pop', args, 0, 1);
      const l = args[0] as PyList;
      if (l.items.length === 0) throw new NativeRaise('IndexError', 'pop from empty list');
      let i = args[1] ? intArg(args[1]) : l.items.length - 1;
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) throw new NativeRaise('IndexError', 'pop index out of range');
      const [v] = l.items.splice(i, 1);
      listShrunk(l);
      return v;
    },
    remove: (vm, args) => {
      expectMethodArgs('list.remove', args, 1);
      const l = args[0] as PyList;
      const i = l.items.findIndex((y) => equals(vm, y, args[1]));
      if (i < 0) throw new NativeRaise('ValueError', 'list.remove(x): x not in list');
      const [v] = l.items.splice(i, 1);
      listShrunk(l);
      decref(v);
      return newNone();
    },
    index: (vm, args) => newInt(findIndex(vm, (args[0] as PyList).items, args, 'list')),
    count: (vm, args) => newInt(countOf(vm, (args[0] as PyList).items, args[1])),
    sort: (vm, args, kwargs) => {
      if (args.length > 1) throw new NativeRaise('TypeError', 'sort() takes no positional arguments');
      const l = args[0] as PyList;
      const items = l.items.slice();
      const reverse = kwargs?.get('reverse');
      sortItems(vm, items, kwargs?.get('key') ?? null, reverse ? vm.isTrue(reverse) : false);
      l.items = items;
      return newNone();
    },
    reverse: (_vm, args) => {
      (args[0] as PyList).items.reverse();
      return newNone();
    },
    copy: (_vm, args) => newList((args[0] as PyList).items.map((x) => incref(x))),
    clear: (_vm, args) => {
      const l = args[0] as PyList;
      const old = l.items;
      l.items = [];
      l.allocated = 0;
      for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
      return newNone();
    },
  });

  defineMethods(T.tuple, {
    index: (vm, args) => newInt(findIndex(vm, (args[0] as PyTuple).items, args, 'tuple')),
    count: (vm, args) => newInt(countOf(vm, (args[0] as PyTuple).items, args[1])),
  });

  const view = (kind: 'keys' | 'values' | 'items') => (_vm: VM, args: PyObject[]): PyObject => {
    const type = kind === 'keys' ? T.dict_keys : kind === 'values' ? T.dict_values : T.dict_items;
    const v = activeHeap().register(new PyDictView(type, incref(args[0] as PyDict), kind));
    activeHeap().track(v);
    return v;
  };
  defineMethods(T.dict, {
    get: (vm, args) => {
      expectMethodArgs('get', args, 1, 2);
      const v = (args[0] as PyDict).getByKey(hashKey(vm, args[1]));
      return incref(v ?? args[2] ?? None);
    },
    keys: view('keys'),
    values: view('values'),
    items: view('items'),
    pop: (vm, args) => {
      expectMethodArgs('pop', args, 1, 2);
      const d = args[0] as PyDict;
      const h = hashKey(vm, args[1]);
      const e = d.map.get(h);
      if (!e) {
        if (args[2]) return incref(args[2]);
        throw vm.keyError(args[1]);
      }
      const v = incref(e.value);
      dictDelete(d, h);
      return v;
    },
    popitem: (_vm, args) => {
      const d = args[0] as PyDict;
      const last = [...d.map.entries()].pop();
      if (!last) throw new NativeRaise('KeyError', 'popitem(): dictionary is empty');
      const [h, e] = last;
      const t = newTuple([incref(e.key), incref(e.value)]);
      dictDelete(d, h);
      return t;
    },
    setdefault: (vm, args) => {
      expectMethodArgs('setdefault', args, 1, 2);
      const d = args[0] as PyDict;
      const v = d.getByKey(hashKey(vm, args[1]));
      if (v) return incref(v);
      dictSet(vm, d, args[1], args[2] ?? None);
      return incref(args[2] ?? None);
    },
    update: (vm, args, kwargs) => {
      dictFill(vm, args[0] as PyDict, args.slice(1), kwargs, 'update');
      return newNone();
    },
    copy: (vm, args) => vm.dictCopy(args[0] as PyDict),
    clear: (_vm, args) => {
      dictClear(args[0] as PyDict);
      return newNone();
    },
  });

  // dict.fromkeys is a classmethod: a builtin function wrapped so that the class comes first.
  const fromkeys = builtinFunction('fromkeys', (vm, args) => {
    const [, iterable, value] = args;
    const d = newDict();
    for (const k of vm.collectItems(iterable)) {
      dictSet(vm, d, k, value ?? None);
      decref(k);
    }
    return d;
  });
  dictSetStr(T.dict.dict, 'fromkeys', makeShared(new PyDescriptorWrapper(T.classmethod, [fromkeys])));

  const setArg = (vm: VM, o: PyObject): PySet => {
    if (o instanceof PySet) return incref(o);
    const s = newSet();
    for (const x of vm.collectItems(o)) {
      setAdd(vm, s, x);
      decref(x);
    }
    return s;
  };
  const setBinary = (op: number) => (vm: VM, args: PyObject[]): PyObject => {
    let acc = incref(args[0] as PySet) as PyObject;
    for (const other of args.slice(1)) {
      const s = setArg(vm, other);
      const next = vm.setOperation(acc as PySet, s, op, false)!;
      decref(s);
      decref(acc);
      acc = next;
    }
    if (acc === args[0]) {
      decref(acc);
      return vm.setOperation(args[0] as PySet, newSet(), 7, false)!;
    }
    return acc;
  };
  const subset = (a: PySet, b: PySet) => [...a.map.keys()].every((k) => b.map.has(k));
  defineMethods(T.set, {
    add: (vm, args) => {
      expectMethodArgs('set.add', args, 1);
      setAdd(vm, args[0] as PySet, args[1]);
      return newNone();
    },
    remove: (vm, args) => {
      const s = args[0] as PySet;
      const h = hashKey(vm, args[1]);
      const v = s.map.get(h);
      if (!v) throw vm.keyError(args[1]);
      s.map.delete(h);
      s.table.remove(h);
      decref(v);
      return newNone();
    },
    discard: (vm, args) => {
      const s = args[0] as PySet;
      const h = hashKey(vm, args[1]);
      const v = s.map.get(h);
      if (v) {
        s.map.delete(h);
        s.table.remove(h);
        decref(v);
      }
      return newNone();
    },
    pop: (_vm, args) => {
      const s = args[0] as PySet;
      const key = s.table.popKey();
      if (key === null) throw new NativeRaise('KeyError', 'pop from an empty set');
      const v = s.map.get(key)!;
      s.map.delete(key);
      return v;
    },
    clear: (_vm, args) => {
      const s = args[0] as PySet;
      const old = [...s.map.values()];
      s.map.clear();
      s.table.clear();
      for (const v of old) decref(v);
      return newNone();
    },
    copy: (vm, args) => setBinary(7)(vm, [args[0]]),
    update: (vm, args) => {
      const s = args[0] as PySet;
      for (const other of args.slice(1)) {
        for (const x of vm.collectItems(other)) {
          setAdd(vm, s, x);
          decref(x);
        }
      }
      return newNone();
    },
    union: setBinary(7),
    intersection: setBinary(1),
    difference: setBinary(10),
    symmetric_difference: setBinary(12),
    issubset: (vm, args) => {
      const o = setArg(vm, args[1]);
      const r = subset(args[0] as PySet, o);
      decref(o);
      return newBool(r);
    },
    issuperset: (vm, args) => {
      const o = setArg(vm, args[1]);
      const r = subset(o, args[0] as PySet);
      decref(o);
      return newBool(r);
    },
    isdisjoint: (vm, args) => {
      const o = setArg(vm, args[1]);
      const r = [...(args[0] as PySet).map.keys()].every((k) => !o.map.has(k));
      decref(o);
      return newBool(r);
    },
  });
}
