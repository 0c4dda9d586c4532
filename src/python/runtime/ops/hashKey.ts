// The key a dict or set files an object under (see mapKey.ts): equal builtin values share one, an object with a
// user __hash__ is found by hash and __eq__ (keyLookup.ts), and unhashable kinds raise TypeError.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { T } from '../builtinTypes';
import { isChainedKey } from '../hashChains';
import { pyHash, subclassHashMethod, userHashMethod } from '../hash';
import { PyBool, PyBoundMethod, PyFloat, PyInstance, PyInt, PyList, PyNone, PyRange, PySet, PySlice, PyStr, PyTuple, PyWeakref, PyWeakProxy } from '../objects';
import { decref } from '../heap';
import { slotsOf } from '../nativeSlots';
import type { VM } from '../../vm/vm';
import { nested, type NativeOp } from '../../vm/nativeOp';
import { callMethodOp } from '../../vm/callOps';
import { hasPythonClass } from './attributeHooks';
import { frozensetKey, keyText, NON_STR, type MapKey } from '../mapKey';
import { boundBuiltinKey, isBoundBuiltin } from '../boundBuiltins';

/** How deep the synchronous key of nested tuples goes before handing over to the resumable form. */
const MAX_SYNC_NESTING = 64;

/**
 * The dict/set key for a hashable object (see mapKey.ts): equal values share a key (1, 1.0 and True are the number 1).
 * Raises TypeError for unhashable objects.
 */
export function hashKey(vm: VM, o: PyObject): MapKey {
  return hashKeyBuiltin(vm, o) ?? vm.runSync(hashKeyResumable(vm, o));
}

/** hashKey when no user __hash__ takes part (null when one may). */
export function hashKeyBuiltin(vm: VM, o: PyObject, nesting = 0): MapKey | null {
  if (hasPythonClass(o) && !(o instanceof PyInstance) && subclassHashMethod(o)) return null;
  if (o instanceof PyStr) return o.mapKey;
  if (o instanceof PyInt) return typeof o.value === 'number' ? o.value + 0 : NON_STR + 'i' + o.value;
  if (o instanceof PyInstance) return userHashMethod(o) || comparesByUserEq(o) ? null : NON_STR + 'o' + o.id;
  if (o instanceof PyTuple) {
    if (nesting > MAX_SYNC_NESTING) return null;
    let key = NON_STR + 't(';
    for (let i = 0; i < o.items.length; i++) {
      const k = hashKeyBuiltin(vm, o.items[i], nesting + 1);
      if (k === null) return null;
      key += (i > 0 ? ',' : '') + keyText(k);
    }
    return key + ')';
  }
  return otherHashKey(vm, o);
}

/**
 * Whether an instance hashed by object.__hash__ (`__hash__ = object.__hash__`) has a class __eq__ of its own: its
 * entries are found by hash and __eq__ (keyLookup.ts), so an int equal to its hash meets the __eq__, as in CPython.
 */
function comparesByUserEq(o: PyInstance): boolean {
  const eq = o.type.lookup('__eq__');
  return eq !== undefined && eq !== T.object.lookup('__eq__');
}

/** hashKey with user __hash__ methods running as frames. */
export function* hashKeyResumable(vm: VM, o: PyObject): NativeOp<MapKey> {
  if (o instanceof PyInstance || hasPythonClass(o)) {
    const hash = o instanceof PyInstance ? userHashMethod(o) : subclassHashMethod(o);
    if (!hash) return NON_STR + 'o' + o.id;
    const h = yield* callMethodOp(vm, hash, o, []);
    const v = h instanceof PyInt ? h.value : null;
    decref(h);
    if (v === null) throw new NativeRaise('TypeError', '__hash__ method should return an integer');
    // By hash alone: only for keys nested in a value key (weakrefs, generic aliases); dicts and sets use keyLookup.ts.
    return NON_STR + 'h' + v;
  }
  if (o instanceof PyTuple) {
    const parts: string[] = [];
    for (const x of o.items) parts.push(keyText(hashKeyBuiltin(vm, x) ?? (yield* nested(hashKeyResumable(vm, x)))));
    return NON_STR + 't(' + parts.join(',') + ')';
  }
  return hashKeyBuiltin(vm, o) ?? NON_STR + 'h' + pyHash(vm, o);
}


/** A weakref's hashCache when its referent has a user __hash__ (no key of its own; see otherHashKey). */
const CHAINED_WEAKREF = '';

/** Equal ranges (same length, and start and step where they matter) share a key, as range_hash agrees. */
function rangeKey(r: PyRange): string {
  const len = r.length;
  return len === 0n ? '0' : len === 1n ? '1:' + r.start : len + ':' + r.start + ':' + r.step;
}

function otherHashKey(vm: VM, o: PyObject): MapKey | null {
  if (o instanceof PyBool) return o.value ? 1 : 0;
  if (o instanceof PyFloat) {
    const v = o.value;
    if (Number.isInteger(v)) return Math.abs(v) <= Number.MAX_SAFE_INTEGER ? v + 0 : NON_STR + 'i' + BigInt(v).toString();
    if (Number.isNaN(v)) return NON_STR + 'o' + o.id;
    return NON_STR + 'f' + v;
  }
  if (o instanceof PyNone) return NON_STR + 'N';
  if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet && !o.frozen) || o instanceof PySlice) {
    throw new NativeRaise('TypeError', `unhashable type: '${o.type.name}'`);
  }
  if (o instanceof PySet) {
    const keys = o.table.entries().map((e) => e.key);
    // Members with a user __hash__: the frozenset is equal to another only through their __eq__ (keyLookup.ts).
    if (keys.some(isChainedKey)) return null;
    return frozensetKey(keys);
  }
  if (o instanceof PyWeakref && !(o instanceof PyWeakProxy)) {
    // A weak reference hashes (and compares, for dict keys) like its referent, remembered after it dies.
    if (o.hashCache === null) {
      if (!o.target) throw new NativeRaise('TypeError', 'weak object has gone away');
      // A referent with a user __hash__ is equal to others only through its __eq__: the weakref is looked up by
      // hash and __eq__ as that referent would be (keyLookup.ts), its key chained.
      const target = hashKeyBuiltin(vm, o.target);
      o.hashCache = target === null ? CHAINED_WEAKREF : NON_STR + 'w' + keyText(target);
    }
    return o.hashCache === CHAINED_WEAKREF ? null : o.hashCache;
  }
  const slots = slotsOf(o.type);
  if (slots?.unhashable) throw new NativeRaise('TypeError', `unhashable type: '${o.type.name}'`);
  if (slots?.valueKey) return slots.valueKey(vm, o);
  if (o instanceof PyBoundMethod) return NON_STR + 'm' + o.self.id + ':' + o.func.id;
  if (isBoundBuiltin(o)) return NON_STR + boundBuiltinKey(o);
  if (o instanceof PyRange) return NON_STR + 'r' + rangeKey(o);
  return NON_STR + 'o' + o.id;
}
