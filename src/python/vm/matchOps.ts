// The match statement's instructions (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS), as ceval's helpers.

import type { MapKey } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyStr, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newTuple } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { dictKey } from '../runtime/ops/keyLookup';
import { hashKey } from '../runtime/ops/hashKey';
import { repr } from '../runtime/ops/repr';
import type { VM } from './vm';
import { MAPPING_FLAG, SEQUENCE_FLAG } from '../runtime/collectionFlags';
import { isinstanceCheck } from '../builtins/instanceCheck';

/** Py_TPFLAGS_SEQUENCE (str, bytes and dicts are not sequences for patterns). */
export function isPatternSequence(o: PyObject): boolean {
  return (o.type.collectionFlags & SEQUENCE_FLAG) !== 0;
}

/** Py_TPFLAGS_MAPPING. */
export function isPatternMapping(o: PyObject): boolean {
  return (o.type.collectionFlags & MAPPING_FLAG) !== 0;
}

/**
 * match_keys: the values of `keys` in the mapping as a new tuple, or a new reference to None when one is
 * missing; ValueError for a key checked twice.
 */
export function matchKeys(vm: VM, subject: PyObject, keys: PyTuple): PyObject {
  const mapping = subject instanceof PyDict && subject.type.lookup('get') === T.dict.lookup('get')
    ? dictLookup(vm, subject)
    : getMethodLookup(vm, subject);
  const seen = new Set<MapKey>();
  const values: PyObject[] = [];
  try {
    for (const key of keys.items) {
      const h = mapping.keyOf(key);
      if (seen.has(h)) throw new NativeRaise('ValueError', `mapping pattern checks duplicate key (${repr(vm, key)})`);
      seen.add(h);
      const value = mapping.valueOf(key, h);
      if (value === null) {
        for (const v of values) decref(v);
        return incref(None);
      }
      values.push(value);
    }
  } catch (e) {
    for (const v of values) decref(v);
    throw e;
  } finally {
    mapping.done();
  }
  return newTuple(values);
}

/** How match_keys reads one kind of mapping: a key's identity (the duplicate check), its value (new) or null. */
interface MappingLookup {
  keyOf(key: PyObject): MapKey;
  valueOf(key: PyObject, keyOf: MapKey): PyObject | null;
  done(): void;
}

/** A dict whose get is dict.get: its entries read directly. */
function dictLookup(vm: VM, d: PyDict): MappingLookup {
  return {
    keyOf: (key) => dictKey(vm, d, key),
    valueOf: (_key, h) => {
      const entry = d.map.get(h);
      return entry ? incref(entry.value) : null;
    },
    done: () => {},
  };
}

/** Any other mapping (a UserDict, a Mapping subclass, a dict subclass with its own get): get(key, dummy). */
function getMethodLookup(vm: VM, subject: PyObject): MappingLookup {
  const get = getAttr(vm, subject, 'get');
  const dummy = vm.call(T.object, []);
  return {
    keyOf: (key) => hashKey(vm, key),
    valueOf: (key) => {
      const value = vm.call(get, [key, dummy]);
      if (value !== dummy) return value;
      decref(value);
      return null;
    },
    done: () => {
      decref(dummy);
      decref(get);
    },
  };
}

/** Classes whose instances a single positional sub-pattern matches whole (_Py_TPFLAGS_MATCH_SELF, inherited). */
function matchesSelf(type: PyType): boolean {
  return [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple].some((t) => type.isSubtypeOf(t));
}

function matchClassAttr(vm: VM, subject: PyObject, type: PyType, name: string, seen: Set<string>): PyObject | null {
  if (seen.has(name)) throw new NativeRaise('TypeError', `${type.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  try {
    return getAttr(vm, subject, name);
  } catch (e) {
    if (vm.isAttributeError(e)) return null;
    throw e;
  }
}

function releaseAll(objects: PyObject[]): null {
  for (const o of objects) decref(o);
  return null;
}

/**
 * match_class: an isinstance check, then nargs attributes named by __match_args__ and those named in `names`,
 * as a new tuple; null when the match fails.
 */
export function matchClass(vm: VM, subject: PyObject, type: PyObject, nargs: number, names: PyTuple): PyTuple | null {
  if (!(type instanceof PyType)) throw new NativeRaise('TypeError', 'called match pattern must be a type');
  if (!isinstanceCheck(vm, subject, type, 'isinstance')) return null;
  const seen = new Set<string>();
  const attrs: PyObject[] = [];
  try {
    if (nargs > 0) {
      let matchArgs: PyObject | null = null;
      let matchSelf = false;
      try {
        matchArgs = getAttr(vm, type, '__match_args__');
      } catch (e) {
        if (!vm.isAttributeError(e)) throw e;
        matchSelf = matchesSelf(type);
      }
      try {
        if (matchArgs && !(matchArgs instanceof PyTuple && matchArgs.type === T.tuple)) {
          throw new NativeRaise('TypeError', `${type.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`);
        }
        const allowed = matchSelf ? 1 : matchArgs ? (matchArgs as PyTuple).items.length : 0;
        if (allowed < nargs) {
          throw new NativeRaise('TypeError', `${type.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
        }
        if (matchSelf) attrs.push(incref(subject));
        else {
          for (let i = 0; i < nargs; i++) {
            const name = (matchArgs as PyTuple).items[i];
            if (!(name instanceof PyStr && name.type === T.str)) {
              throw new NativeRaise('TypeError', `__match_args__ elements must be strings (got ${name.type.name})`);
            }
            const attr = matchClassAttr(vm, subject, type, name.value, seen);
            if (!attr) return releaseAll(attrs);
            attrs.push(attr);
          }
        }
      } finally {
        if (matchArgs) decref(matchArgs);
      }
    }
    for (const name of names.items) {
      const attr = matchClassAttr(vm, subject, type, (name as PyStr).value, seen);
      if (!attr) return releaseAll(attrs);
      attrs.push(attr);
    }
  } catch (e) {
    for (const a of attrs) decref(a);
    throw e;
  }
  return newTuple(attrs);
}
