// _collections._count_elements(mapping, iterable), the C loop under Counter.update: each element hashed once
// when the mapping is a dict whose get and __setitem__ are dict's, otherwise mapping.get(elem, 0) + 1 stored back.

import { PyObject } from '../../runtime/object';
import { PyDict } from '../../runtime/dict';
import { None, T } from '../../runtime/builtinTypes';
import { decref, incref } from '../../runtime/heap';
import { newInt } from '../../runtime/factory';
import { dictSetWithHash } from '../../runtime/containers';
import { dictKeyAgainResumable, dictKeyAtOnce, dictKeyResumable } from '../../runtime/ops/keyLookup';
import { isChainedKey } from '../../runtime/hashChains';
import { PyInt } from '../../runtime/objects';
import { binaryOpResumable } from '../../runtime/ops/arith';
import { setItemResumable } from '../../runtime/ops/items';
import { getAttrResumable } from '../../runtime/ops/attributes';
import { BinaryOpArg } from '../../bytecode/opcodes';
import { expectArgs, noKeywords, resumableFunction } from '../../builtins/define';
import { callRequest, getIterOp, holdReferences, isRequest, nextItem, releaseReferences } from '../../vm/callOps';
import type { NativeOp } from '../../vm/nativeOp';
import type { VM } from '../../vm/vm';
import { once } from '../nativeType';

function* countElementsOp(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject> {
  noKeywords('_count_elements', kwargs);
  expectArgs('_count_elements', args, 2);
  const [mapping, iterable] = args;
  // What the C function holds while Python code runs: the iterator, then the bound get and the element.
  const held = holdReferences(vm, []);
  try {
    const it = yield* getIterOp(vm, iterable);
    held.push(it);
    const dictLike = mapping instanceof PyDict && mapping.type.lookup('get') === T.dict.lookup('get')
      && mapping.type.lookup('__setitem__') === T.dict.lookup('__setitem__');
    if (dictLike) yield* countIntoDict(vm, mapping, it, held);
    else yield* countThroughMethods(vm, mapping, it, held);
  } finally {
    releaseReferences(vm, held);
  }
  return incref(None);
}

/** The fast path: one hash per element, the count stored with it. */
function* countIntoDict(vm: VM, d: PyDict, it: PyObject, held: PyObject[]): NativeOp<void> {
  for (;;) {
    let key = nextItem(vm, it);
    if (isRequest(key)) key = (yield key) as PyObject | null;
    if (!key) break;
    held.push(key);
    // A key whose hash and equality are builtin (a word, a number) is found at once, without an operation.
    const found = dictKeyAtOnce(vm, d, key) ?? (yield* dictKeyResumable(vm, d, key));
    const old = d.map.get(found)?.value;
    const count = old === undefined ? newInt(1) : (exactIntPlusOne(old) ?? (yield* addOne(vm, old)));
    held.push(count);
    // _PyDict_SetItem_KnownHash looks the key up again with the hash it has: a Python __eq__ runs again.
    const h = isChainedKey(found) ? yield* dictKeyAgainResumable(vm, d, key, found) : found;
    held.pop();
    dictSetWithHash(d, h, key, count);
    decref(count);
    held.pop();
    decref(key);
  }
}

/** A mapping with its own get or __setitem__: `mapping[key] = mapping.get(key, 0) + 1` through them. */
function* countThroughMethods(vm: VM, mapping: PyObject, it: PyObject, held: PyObject[]): NativeOp<void> {
  const get = yield* getAttrResumable(vm, mapping, 'get');
  held.push(get);
  const zero = newInt(0);
  try {
    for (;;) {
      let key = nextItem(vm, it);
      if (isRequest(key)) key = (yield key) as PyObject | null;
      if (!key) break;
      held.push(key);
      const old = (yield callRequest(vm, get, [key, zero])) as PyObject;
      held.push(old);
      const count = yield* addOne(vm, old);
      held.pop();
      decref(old);
      held.push(count);
      yield* setItemResumable(vm, mapping, key, count);
      held.pop();
      decref(count);
      held.pop();
      decref(key);
    }
  } finally {
    decref(zero);
  }
}

/** An exact int's successor at once (no operation), or null for anything else (a subclass, a bigint). */
function exactIntPlusOne(value: PyObject): PyObject | null {
  const v = (value as PyInt).value;
  return value.type === T.int && typeof v === 'number' ? newInt(v + 1) : null;
}

function* addOne(vm: VM, value: PyObject): NativeOp<PyObject> {
  const one = newInt(1);
  try {
    return yield* binaryOpResumable(vm, value, one, BinaryOpArg.ADD);
  } finally {
    decref(one);
  }
}

export const countElementsFunction = once(() => resumableFunction('_count_elements', countElementsOp));
