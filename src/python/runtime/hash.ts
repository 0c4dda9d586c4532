// hash() as CPython 3.11 computes it (64-bit): ints modulo 2**61-1, floats by their exact value, strs by
// SipHash-1-3 (PYTHONHASHSEED=0), tuples by the xxHash-based tuplehash, other objects by address.

import { NativeRaise } from '../errors';
import { PyObject } from './object';
import { PyDict } from './dict';
import {
  PyBool, PyDictView, PyFloat, PyInstance, PyInt, PyList, PyMethodDescriptor, PyNone, PyRange, PySet, PySlice, PyStr,
  PyTuple, PyWeakref, PyWeakProxy, PyBoundMethod,
} from './objects';
import { decref } from './heap';
import { strHash } from './strHash';
import { addressOf } from './address';
import { None } from './builtinTypes';
import { hasPythonClass, specialMethod } from './ops/attributeHooks';
import type { VM } from '../vm/vm';
import { nested, type NativeOp } from '../vm/nativeOp';
import { callMethodOp } from '../vm/callOps';
import { slotsOf } from './nativeSlots';
import { boundBuiltinHash, isBoundBuiltin } from './boundBuiltins';
import { TupleHasher } from './tupleHash';

const MODULUS = (1n << 61n) - 1n;
const MASK64 = (1n << 64n) - 1n;

/** An int's hash: modulo 2**61-1 keeping the sign; -1 becomes -2. */
export function intHash(v: number | bigint): bigint {
  if (typeof v === 'number') return BigInt(safeIntHash(v));
  const b = BigInt(v);
  let h = (b < 0n ? -b : b) % MODULUS;
  if (b < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/** The hash of an int held as a number (a safe integer, below 2**61-1 in size): itself, -1 excepted. */
export function safeIntHash(v: number): number {
  return v === -1 ? -2 : v;
}

const floatView = new DataView(new ArrayBuffer(8));

/** _Py_HashDouble for finite values: the exact value m * 2**e reduced modulo 2**61-1. */
function finiteFloatHash(v: number): bigint {
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) return intHash(v);
  floatView.setFloat64(0, v);
  const hi = floatView.getUint32(0), lo = floatView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mantissa |= 1n << 52n;
    exp = biased - 1075;
  }
  // 2**61 is 1 modulo 2**61-1, so 2**exp is 2**(exp mod 61).
  const shift = BigInt(((exp % 61) + 61) % 61);
  let x = ((mantissa % MODULUS) << shift) % MODULUS;
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

/** _Py_HashPointer: the address rotated right by 4 bits. */
export function pointerHash(o: PyObject): bigint {
  const y = BigInt(addressOf(o));
  const h = BigInt.asIntN(64, ((y >> 4n) | (y << 60n)) & MASK64);
  return h === -1n ? -2n : h;
}

export function floatHash(o: PyFloat): bigint {
  const v = o.value;
  if (Number.isNaN(v)) return pointerHash(o);
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  return finiteFloatHash(v);
}

/** tuplehash: xxHash's round over the items' hashes, then the length mixed in. */
export function combineTupleHash(hashes: bigint[]): bigint {
  const hasher = new TupleHasher();
  for (const h of hashes) hasher.addBigInt(h);
  return hasher.finish(hashes.length);
}

const shuffleBits = (h: bigint): bigint => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;

/** frozenset_hash: the entries' shuffled hashes xor-ed (order-free), then mixed with the size. */
export function frozensetHash(hashes: bigint[]): bigint {
  let hash = 0n;
  for (const h of hashes) hash ^= shuffleBits(BigInt.asUintN(64, h));
  hash ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) return 590923713n;
  return BigInt.asIntN(64, hash);
}

/** The hash of a user class's __hash__ result (slot_tp_hash): ints beyond 64 bits are hashed again. */
function* userHash(vm: VM, o: PyObject, method: PyObject): NativeOp<bigint> {
  const r = yield* callMethodOp(vm, method, o, []);
  try {
    let v: bigint;
    if (r instanceof PyBool) v = r.value ? 1n : 0n;
    else if (r instanceof PyInt) v = BigInt(r.value);
    else throw new NativeRaise('TypeError', '__hash__ method should return an integer');
    if (v > 9223372036854775807n || v < -9223372036854775808n) v = intHash(v);
    return v === -1n ? -2n : v;
  } finally {
    decref(r);
  }
}

/** The Python __hash__ of an instance's class, if it has one; TypeError if the class set it to None. */
export function userHashMethod(o: PyInstance): PyObject | null {
  const method = o.type.lookup('__hash__');
  if (method instanceof PyNone) unhashable(o);
  return method && !(method instanceof PyMethodDescriptor) ? method : null;
}

/** A Python class's __hash__ for an object of a builtin kind (null when the kind's own applies). */
export function subclassHashMethod(o: PyObject): PyObject | null {
  const method = specialMethod(o, '__hash__');
  if (method instanceof PyNone) unhashable(o);
  return method ?? null;
}

/**
 * The hash o's builtin kind gives it, whatever its class defines: what object.__hash__, int.__hash__,
 * tuple.__hash__ or frozenset.__hash__ return when a subclass's __hash__ calls them through super() (a Python
 * object's is its address's; a tuple's items are hashed as they are).
 */
export function kindHash(vm: VM, o: PyObject): bigint {
  if (o instanceof PyInstance) return pointerHash(o);
  if (o instanceof PyTuple) return combineTupleHash(o.items.map((x) => pyHash(vm, x)));
  if (o instanceof PyStr) return (o.hashCache ??= strHash(o.value));
  if (o instanceof PyInt) return intHash(o.value);
  return otherHash(vm, o);
}

function unhashable(o: PyObject): never {
  throw new NativeRaise('TypeError', `unhashable type: '${o.type.name}'`);
}

/** hash(o) as a signed 64-bit value; TypeError for unhashable objects. */
export function pyHash(vm: VM, o: PyObject): bigint {
  return pyHashBuiltin(vm, o) ?? vm.runSync(pyHashResumable(vm, o));
}

/** hash(o) when no user __hash__ takes part; null when one may (pyHashResumable then runs it as a frame). */
export function pyHashBuiltin(vm: VM, o: PyObject): bigint | null {
  if (hasPythonClass(o) && !(o instanceof PyInstance) && subclassHashMethod(o)) return null;
  if (o instanceof PyStr) {
    let h = o.hashCache;
    if (h === null) h = o.hashCache = strHash(o.value);
    return h;
  }
  if (o instanceof PyInt) return intHash(o.value);
  if (o instanceof PyInstance) return userHashMethod(o) ? null : pointerHash(o);
  if (o instanceof PyTuple) {
    const hasher = new TupleHasher();
    for (const x of o.items) {
      // An int held as a number: its hash with no BigInt made for it.
      if (x instanceof PyInt && typeof x.value === 'number' && !hasPythonClass(x)) hasher.addNumber(safeIntHash(x.value));
      else {
        const h = pyHashBuiltin(vm, x);
        if (h === null) return null;
        hasher.addBigInt(h);
      }
    }
    return hasher.finish(o.items.length);
  }
  return otherHash(vm, o);
}

/** hash(o) with user __hash__ methods (also inside tuples) running as frames of the eval loop. */
export function* pyHashResumable(vm: VM, o: PyObject): NativeOp<bigint> {
  if (hasPythonClass(o) && !(o instanceof PyInstance)) {
    const method = subclassHashMethod(o);
    if (method) return yield* userHash(vm, o, method);
  }
  if (o instanceof PyInstance) {
    const method = userHashMethod(o);
    return method ? yield* userHash(vm, o, method) : pointerHash(o);
  }
  if (o instanceof PyTuple) {
    const hashes: bigint[] = [];
    for (const x of o.items) hashes.push(pyHashBuiltin(vm, x) ?? (yield* nested(pyHashResumable(vm, x))));
    return combineTupleHash(hashes);
  }
  return pyHashBuiltin(vm, o)!;
}

function otherHash(vm: VM, o: PyObject): bigint {
  if (o instanceof PyBool) return o.value ? 1n : 0n;
  if (o instanceof PyFloat) return floatHash(o);
  if (o instanceof PySet) {
    if (!o.frozen) unhashable(o);
    if (o.hashValue === null) o.hashValue = frozensetHash(o.table.hashes());
    return o.hashValue;
  }
  if (o instanceof PyList || o instanceof PyDict || o instanceof PySlice) unhashable(o);
  if (o instanceof PyDictView && o.kind !== 'values') unhashable(o);
  const slots = slotsOf(o.type);
  if (slots?.unhashable) unhashable(o);
  const byValue = slots?.hash;
  if (byValue) {
    const h = byValue(vm, o);
    return h === -1n ? -2n : h;
  }
  if (o instanceof PyRange) {
    const len = o.length;
    const parts = [intHash(len), len === 0n ? pointerHash(None) : intHash(o.start), len <= 1n ? pointerHash(None) : intHash(o.step)];
    return combineTupleHash(parts);
  }
  if (o instanceof PyWeakref && !(o instanceof PyWeakProxy)) {
    if (o.hashValue === null) {
      if (!o.target) throw new NativeRaise('TypeError', 'weak object has gone away');
      o.hashValue = pyHash(vm, o.target);
    }
    return o.hashValue;
  }
  if (o instanceof PyBoundMethod) {
    // meth_hash: the object's pointer hash mixed with the function's hash.
    const h = BigInt.asIntN(64, pointerHash(o.self) ^ pyHash(vm, o.func));
    return h === -1n ? -2n : h;
  }
  if (isBoundBuiltin(o)) return boundBuiltinHash(o);
  return pointerHash(o);
}
