// Methods of dict with CPython's signatures and messages; the views' own methods are in dictViews.

import type { MapKey } from '../runtime/mapKey';
import { forEachItem } from '../vm/iterateItems';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyDescriptorWrapper, PyDictView, PySet } from '../runtime/objects';
import { presizeForFromkeys } from '../runtime/dictKeys';
import { None, T, makeShared } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newDict, newNone, newTuple } from '../runtime/factory';
import { dictClear, dictDelete, dictResized, dictSet, dictSetWithHash, splitDictBeforePopitem } from '../runtime/containers';
import { dictKeyAtOnce, dictKeyResumable } from '../runtime/ops/keyLookup';
import { setItem } from '../runtime/ops/items';
import { CUSTOM, NOARGS, O, builtinFunction, checkArguments, defineMethods, fast, setTypeAttribute } from './define';
import { dictFill } from './constructors';
import type { VM } from '../vm/vm';
import { newDictView, reversedDictIterator, viewIsDisjoint } from '../runtime/dictViewOps';

const self = (args: PyObject[]): PyDict => args[0] as PyDict;

/** dict.get's answer once the key's map key is known. */
function dictGet(d: PyDict, h: MapKey, fallback: PyObject | undefined): PyObject {
  return incref(d.getByKey(h) ?? fallback ?? None);
}

/** dict.pop(key[, default]) once the key's map key is known (null: the dict is empty, the key was not hashed). */
function dictPop(vm: VM, d: PyDict, h: MapKey | null, args: PyObject[]): PyObject {
  const e = h === null ? undefined : d.map.get(h);
  if (!e) {
    if (args[2]) return incref(args[2]);
    throw vm.keyError(args[1]);
  }
  const v = incref(e.value);
  dictDelete(d, h!);
  return v;
}

/** PyDict_SetDefault, which hashes the key once for the lookup and the insertion. */
function dictSetDefault(d: PyDict, h: MapKey, args: PyObject[]): PyObject {
  const v = d.getByKey(h);
  if (v) return incref(v);
  dictSetWithHash(d, h, args[1], args[2] ?? None);
  return incref(args[2] ?? None);
}

export function installDictMethods(): void {
  defineMethods(T.dict, {
    clear: [NOARGS, (_vm, args) => {
      dictClear(self(args));
      return newNone();
    }],
    copy: [NOARGS, (vm, args) => vm.dictCopy(self(args))],
    // get, pop and setdefault run a key's Python __hash__ and __eq__ as frames of the eval loop (a step each).
    get: {
      sig: fast(1, 2),
      fast: (vm, args) => {
        const h = dictKeyAtOnce(vm, self(args), args[1]);
        return h === null ? null : dictGet(self(args), h, args[2]);
      },
      *op(vm, args) {
        return dictGet(self(args), yield* dictKeyResumable(vm, self(args), args[1]), args[2]);
      },
    },
    items: [NOARGS, (_vm, args) => newDictView(self(args), 'items')],
    keys: [NOARGS, (_vm, args) => newDictView(self(args), 'keys')],
    pop: {
      sig: fast(1, 2),
      fast: (vm, args) => {
        // _PyDict_Pop: an empty dict answers without hashing the key.
        if (self(args).size === 0) return dictPop(vm, self(args), null, args);
        const h = dictKeyAtOnce(vm, self(args), args[1]);
        return h === null ? null : dictPop(vm, self(args), h, args);
      },
      *op(vm, args) {
        const d = self(args);
        return dictPop(vm, d, d.size === 0 ? null : yield* dictKeyResumable(vm, d, args[1]), args);
      },
    },
    popitem: [NOARGS, (_vm, args) => {
      const d = self(args);
      let last: MapKey | undefined;
      for (const k of d.map.keys()) last = k;
      if (last === undefined) throw new NativeRaise('KeyError', 'popitem(): dictionary is empty');
      if (d.splitKeys !== null) splitDictBeforePopitem(d);
      const e = d.map.get(last)!;
      const t = newTuple([incref(e.key), incref(e.value)]);
      dictDelete(d, last);
      // The popped entry's slot is reused by the next insertion (dk_nentries = i).
      d.nentries = e.index;
      return t;
    }],
    setdefault: {
      sig: fast(1, 2),
      fast: (vm, args) => {
        const h = dictKeyAtOnce(vm, self(args), args[1]);
        return h === null ? null : dictSetDefault(self(args), h, args);
      },
      *op(vm, args) {
        return dictSetDefault(self(args), yield* dictKeyResumable(vm, self(args), args[1]), args);
      },
    },
    update: [CUSTOM, (vm, args, kwargs) => {
      dictFill(vm, self(args), args.slice(1), kwargs, 'update');
      return newNone();
    }],
    values: [NOARGS, (_vm, args) => newDictView(self(args), 'values')],
  });

  // dict.fromkeys is a classmethod: a builtin function wrapped so that the class comes first.
  // (_PyDict_FromKeys: a subclass is called for an empty instance, then each key is stored with PyObject_SetItem,
  // which reaches the subclass's own __setitem__.)
  const subclassFromkeys = (vm: VM, cls: PyObject, iterable: PyObject, value: PyObject): PyObject => {
    const d = vm.call(cls, []);
    try {
      forEachItem(vm, iterable, (key) => setItem(vm, d, key, value));
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  };
  const fromkeys = builtinFunction('fromkeys', (vm, args, kwargs) => {
    checkArguments(fast(1, 2), 'dict.fromkeys', 'fromkeys', args.slice(1), kwargs);
    const [cls, iterable, value] = args;
    if (cls !== T.dict) return subclassFromkeys(vm, cls, iterable, value ?? None);
    // _PyDict_FromKeys calls the class: dict_new's tp_alloc, not the free list.
    const d = activeHeap().allocateViaType(newDict);
    let items: PyObject[] = [];
    try {
      // _PyDict_FromKeys sizes the table once for a dict's or a set's keys.
      if (iterable instanceof PyDict || iterable instanceof PySet) {
        presizeForFromkeys(d, iterable.size, iterable instanceof PyDict && iterable.keysUnicode);
        dictResized(d);
      }
      items = vm.collectItems(iterable);
      for (const k of items) dictSet(vm, d, k, value ?? None);
    } catch (e) {
      decref(d);
      throw e;
    } finally {
      for (const k of items) decref(k);
    }
    return d;
  });
  setTypeAttribute(T.dict, 'fromkeys', makeShared(new PyDescriptorWrapper(T.classmethod, [fromkeys])));

  for (const kind of ['keys', 'values', 'items'] as const) {
    const type = kind === 'keys' ? T.dict_keys : kind === 'values' ? T.dict_values : T.dict_items;
    defineMethods(type, {
      __reversed__: [NOARGS, (_vm, args) => reversedDictIterator((args[0] as PyDictView).dict!, kind)],
      ...(kind === 'values' ? {} : { isdisjoint: [O, (vm, args) => newBool(viewIsDisjoint(vm, args[0] as PyDictView, args[1]))] as const }),
    });
  }
}
