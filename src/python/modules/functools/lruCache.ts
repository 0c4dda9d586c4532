// functools._lru_cache_wrapper as CPython's C type: the three wrappers (maxsize 0, None, bounded with its
// recency list), lru_cache_make_key, cache_info/cache_clear, the instance __dict__ update_wrapper fills,
// and __get__ so a cached method binds. The `_functools` module exports it.

import type { MapKey } from '../../runtime/mapKey';
import { ownDict, setOwnDictAttribute } from './ownDict';
import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyDict } from '../../runtime/dict';
import { PyBoundMethod, PyInstance, PyInt, PyNone, PyTuple } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import { None, T } from '../../runtime/builtinTypes';
import { makeShared } from '../../runtime/shared';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newDict, newInt, newNone, newTuple } from '../../runtime/factory';
import { dictClear, dictSetStr, dictSetWithHash } from '../../runtime/containers';
import { dictKeyResumable } from '../../runtime/ops/keyLookup';
import { hashKeyBuiltin } from '../../runtime/ops/hashKey';
import { tupleFreeList } from '../../runtime/freeLists';
import { getAttr } from '../../runtime/ops/attributes';
import { defineMethods, NOARGS, positionalOrKeyword, ssizeArg } from '../../builtins/define';
import { isCallable } from '../../builtins/callingBuiltins';
import { callOp, callRequest } from '../../vm/callOps';
import type { NativeOp } from '../../vm/nativeOp';
import type { VM } from '../../vm/vm';
import { nativeType, once } from '../nativeType';
import { defineSlots, descrGetSlot } from '../../builtins/slotWrappers';
import { reduceFunction } from './reduce';
import { partialType } from './partial';
import { cmpToKeyFunction } from './keyWrapper';
import { CacheKind, LRU_CACHE_SIZE, PyLruCache, PyLruLink, releaseLinks } from './lruCacheObject';

type Kwargs = Map<string, PyObject> | null;

/** sizeof(lru_list_elem): head, prev/next, hash, key, result. */
const LINK_SIZE = 56;

export const lruListElemType = once(() => nativeType('_lru_list_elem', 'functools', { slots: { sizeof: () => LINK_SIZE } }));

/** The module state's kwd_mark (an object() separating positional from keyword arguments in keys). */
const kwdMark = once(() => makeShared(new PyInstance(T.object, null, 0)));

/** lru_cache_make_key: a new reference (the argument tuple itself, or a lone int/str argument, when it can be). */
function makeKey(self: PyLruCache, args: PyTuple, kwds: PyDict | null): PyObject {
  const kwdsSize = kwds ? kwds.map.size : 0;
  if (!self.typed && kwdsSize === 0) {
    if (args.items.length === 1) {
      const only = args.items[0];
      if (only.type === T.str || only.type === T.int) return incref(only);
    }
    return incref(args);
  }
  const items: PyObject[] = args.items.map((a) => incref(a));
  if (kwdsSize > 0) {
    items.push(incref(self.kwdMark!));
    for (const e of kwds!.map.values()) items.push(incref(e.key), incref(e.value));
  }
  if (self.typed) {
    for (const a of args.items) items.push(incref(a.type));
    if (kwdsSize > 0) for (const e of kwds!.map.values()) items.push(incref(e.value.type));
  }
  return newTuple(items);
}

/** The cache dict's map key for a call's key: arguments with a user __hash__ are matched through __eq__. */
function* hashOf(vm: VM, self: PyLruCache, key: PyObject): NativeOp<MapKey> {
  return yield* dictKeyResumable(vm, self.cache!, key);
}

function callFunction(vm: VM, self: PyLruCache, args: PyTuple, kwargs: Kwargs): NativeOp<PyObject> {
  return callOp(vm, self.func!, args.items.slice(), kwargs);
}

function* infiniteWrapper(vm: VM, self: PyLruCache, args: PyTuple, kwds: PyDict | null, kwargs: Kwargs): NativeOp<PyObject> {
  const key = makeKey(self, args, kwds);
  // The key is C code's reference while __hash__ or the function runs: the snapshot counts it.
  vm.holdTemporary(key);
  try {
    const h = yield* hashOf(vm, self, key);
    const hit = self.cache!.map.get(h);
    if (hit) {
      self.hits++;
      return incref(hit.value);
    }
    self.misses++;
    const result = yield* callFunction(vm, self, args, kwargs);
    if (self.cache) dictSetWithHash(self.cache, h, key, result);
    return result;
  } finally {
    vm.dropTemporary(key);
    decref(key);
  }
}

function* boundedWrapper(vm: VM, self: PyLruCache, args: PyTuple, kwds: PyDict | null, kwargs: Kwargs): NativeOp<PyObject> {
  const key = makeKey(self, args, kwds);
  vm.holdTemporary(key);
  let h: MapKey;
  let result: PyObject;
  try {
    h = yield* hashOf(vm, self, key);
    const hit = self.cache!.map.get(h);
    if (hit) {
      const link = hit.value as PyLruLink;
      self.recency.delete(link);
      self.recency.add(link);
      self.hits++;
      vm.dropTemporary(key);
      decref(key);
      return incref(link.result!);
    }
    self.misses++;
    result = yield* callFunction(vm, self, args, kwargs);
  } catch (e) {
    vm.dropTemporary(key);
    decref(key);
    throw e;
  }
  vm.dropTemporary(key);
  return updateCache(self, key, h, result);
}

/** The bounded cache after a miss: key and result are taken over; the result comes back (a new reference). */
function updateCache(self: PyLruCache, key: PyObject, h: MapKey, result: PyObject): PyObject {
  const cache = self.cache;
  // The same key was added during the call (or the cache was cleared by the collector): only return the result.
  if (!cache || cache.map.has(h)) {
    decref(key);
    return result;
  }
  if (cache.map.size < self.maxsize || self.recency.size === 0) {
    const heap = activeHeap();
    const link = heap.register(new PyLruLink(lruListElemType(), key, result, h));
    dictSetWithHash(cache, h, key, link);
    self.recency.add(link);
    return incref(result);
  }
  // Full: the oldest link is taken out of the list and the dict, and reused for the new entry.
  const link: PyLruLink = self.recency.values().next().value!;
  self.recency.delete(link);
  const popped = cache.map.get(link.hash);
  if (!popped) {
    // The call already removed the old key: the orphan link is dropped.
    decref(link);
    decref(key);
    return result;
  }
  cache.map.delete(link.hash);
  const oldKey = link.key!;
  const oldResult = link.result!;
  link.key = key;
  link.result = result;
  link.hash = h;
  dictSetWithHash(cache, h, key, link);
  self.recency.add(link);
  incref(result);
  // The dict's old references (key, link), then the link's old key and result.
  decref(popped.key);
  decref(popped.value);
  decref(oldKey);
  decref(oldResult);
  return result;
}

/**
 * lru_cache_call's hit for one int or str argument (the key is the argument itself), which runs no Python code:
 * the cached result (a new reference), or null for lruCall (a miss, keywords, other keys). The argument tuple
 * _PyObject_MakeTpCall packs is counted, made and released around the lookup.
 */
function lruCallFast(vm: VM, o: PyObject, args: PyObject[], kwargs: Kwargs): PyObject | null {
  const self = o as PyLruCache;
  if (self.kind === CacheKind.Uncached || self.typed || args.length !== 1 || (kwargs !== null && kwargs.size > 0)) return null;
  const only = args[0];
  const cache = self.cache;
  if (cache === null || cache.chains !== null || (only.type !== T.str && only.type !== T.int)) return null;
  const h = hashKeyBuiltin(vm, only);
  const hit = h === null ? undefined : cache.map.get(h);
  if (hit === undefined) return null;
  vm.hidden.release([vm.hidden.allocate(tupleFreeList(1))]);
  self.hits++;
  if (self.kind === CacheKind.Infinite) return incref(hit.value);
  const link = hit.value as PyLruLink;
  self.recency.delete(link);
  self.recency.add(link);
  return incref(link.result!);
}

/** lru_cache_call, after _PyObject_MakeTpCall packed the arguments into a tuple and the keywords into a dict. */
function* lruCall(vm: VM, o: PyObject, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  const self = o as PyLruCache;
  const argsTuple = newTuple(args.map((a) => incref(a)));
  let kwds: PyDict | null = null;
  if (kwargs && kwargs.size > 0) {
    kwds = newDict();
    for (const [k, v] of kwargs) dictSetStr(kwds, k, v);
  }
  vm.holdTemporary(argsTuple);
  if (kwds) vm.holdTemporary(kwds);
  try {
    const given = kwds ? kwargs : null;
    if (self.kind === CacheKind.Uncached) {
      self.misses++;
      return (yield callRequest(vm, self.func!, argsTuple.items.slice(), given)) as PyObject;
    }
    if (self.kind === CacheKind.Infinite) return yield* infiniteWrapper(vm, self, argsTuple, kwds, given);
    return yield* boundedWrapper(vm, self, argsTuple, kwds, given);
  } finally {
    if (kwds) vm.dropTemporary(kwds);
    vm.dropTemporary(argsTuple);
    decref(argsTuple);
    if (kwds) decref(kwds);
  }
}

/** lru_cache_new: _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type). */
function newLruCache(vm: VM, args: PyObject[], kwargs: Kwargs): PyObject {
  const [func, maxsizeObj, typedObj, cacheInfoType] = positionalOrKeyword(
    'lru_cache', args, kwargs, ['user_function', 'maxsize', 'typed', 'cache_info_type'], 4,
  ) as PyObject[];
  const typed = vm.isTrue(typedObj);
  if (!isCallable(func)) throw new NativeRaise('TypeError', 'the first argument must be callable');
  let kind: CacheKind;
  let maxsize: number;
  if (maxsizeObj instanceof PyNone) {
    kind = CacheKind.Infinite;
    maxsize = -1;
  } else if (maxsizeObj instanceof PyInt || maxsizeObj.type.lookup('__index__')) {
    try {
      maxsize = Math.max(0, ssizeArg(vm, maxsizeObj));
    } catch (e) {
      if (e instanceof NativeRaise && e.pyType === 'OverflowError') {
        throw new NativeRaise('OverflowError', `cannot fit '${maxsizeObj.type.name}' into an index-sized integer`);
      }
      throw e;
    }
    kind = maxsize === 0 ? CacheKind.Uncached : CacheKind.Bounded;
  } else {
    throw new NativeRaise('TypeError', 'maxsize should be integer or None');
  }
  const heap = activeHeap();
  const cache = newDict();
  const self = heap.register(new PyLruCache(
    lruCacheType(), incref(func), cache, incref(kwdMark()), incref(cacheInfoType), kind, maxsize, typed,
  ));
  heap.track(self);
  return self;
}

/** lru_cache_descr_get: bound to an instance as a function is (a cached method). */
function descrGet(vm: VM, descr: PyObject, obj: PyObject): PyObject {
  if (obj instanceof PyNone) return incref(descr);
  const method = vm.heap.register(new PyBoundMethod(T.method, incref(descr), incref(obj)));
  vm.heap.track(method);
  return method;
}

/** The instance __dict__, made on first use (PyObject_GenericGetDict). */
function setAttribute(vm: VM, o: PyObject, name: string, value: PyObject | null): boolean {
  return setOwnDictAttribute(vm, o as PyLruCache, name, value);
}

function* cacheInfo(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const self = args[0] as PyLruCache;
  const fields = [newInt(self.hits), newInt(self.misses), self.maxsize === -1 ? newNone() : newInt(self.maxsize), newInt(self.cache?.map.size ?? 0)];
  vm.holdTemporary(fields);
  try {
    return (yield callRequest(vm, self.cacheInfoType ?? None, fields)) as PyObject;
  } finally {
    vm.dropTemporary(fields);
    for (const f of fields) decref(f);
  }
}

/** cache_clear: the list is unlinked and the counters reset, then the dict cleared, the links released last. */
function cacheClear(_vm: VM, args: PyObject[]): PyObject {
  const self = args[0] as PyLruCache;
  const links = self.unlinkList();
  self.hits = self.misses = 0;
  if (self.cache) dictClear(self.cache);
  releaseLinks(links);
  return newNone();
}

export const lruCacheType = once((): PyType => {
  const type = nativeType('_lru_cache_wrapper', 'functools', {
    packsArguments: true,
    slots: {
      sizeof: () => LRU_CACHE_SIZE,
      callOp: lruCall,
      callFast: lruCallFast,
      methodDescriptor: true,
      descrGet,
      attribute: (o, name) => {
        const self = o as PyLruCache;
        if (name === '__dict__') return incref(ownDict(self));
        const v = self.dict?.getStr(name);
        return v ? incref(v) : null;
      },
      setAttribute,
      weakrefable: true,
    },
  });
  type.nativeNew = newLruCache;
  defineSlots(type, { __get__: descrGetSlot((vm, [self, obj]) => descrGet(vm, self, obj)) });
  const returnSelf = (_vm: VM, args: PyObject[]) => incref(args[0]);
  defineMethods(type, {
    cache_info: { op: cacheInfo, sig: NOARGS },
    cache_clear: [NOARGS, cacheClear],
    __reduce__: [NOARGS, (vm: VM, args: PyObject[]) => getAttr(vm, args[0], '__qualname__')],
    __copy__: returnSelf,
    __deepcopy__: returnSelf,
  });
  return type;
});

export function functoolsNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = {
    reduce: reduceFunction(), _lru_cache_wrapper: lruCacheType(), partial: partialType(), cmp_to_key: cmpToKeyFunction(),
  };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
