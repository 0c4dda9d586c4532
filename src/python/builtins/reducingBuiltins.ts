// Builtins that consume an iterable and reduce it (min, max, sum, any, all), resumable: the iteration,
// key functions, comparisons, `+` and truth tests run their Python methods as frames of the eval loop.

import { NativeRaise } from '../errors';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInt, PyStr } from '../runtime/objects';
import { PyByteArray, PyBytes } from '../runtime/bytesObject';
import { None, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newFloat, newInt } from '../runtime/factory';
import { compareBoolResumable, compareBuiltin, isTrueResumable } from '../runtime/ops/compare';
import { binaryOpResumable } from '../runtime/ops/arith';
import { callRequest, getIterOp, isRequest, nextItem } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';
import { O, checkKeywords, keywords, resumableFunction } from './define';

type Kwargs = Map<string, PyObject> | null;

function kw(kwargs: Kwargs, name: string): PyObject | undefined {
  return kwargs?.get(name);
}

/** min() and max(): items compared as they come (min_max), with key calls and comparisons as frames. */
function minMax(name: 'min' | 'max') {
  const op = name === 'min' ? CompareOpArg.LT : CompareOpArg.GT;
  return function* (vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
    if (args.length === 0) throw new NativeRaise('TypeError', `${name} expected at least 1 argument, got 0`);
    checkKeywords(name, kwargs, ['key', 'default']);
    if (args.length > 1 && kw(kwargs, 'default')) {
      throw new NativeRaise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    const keyArg = kw(kwargs, 'key');
    const key = keyArg && keyArg !== None ? keyArg : null;
    // min(a, b, ...) iterates over its argument tuple; min(iterable) over the iterable.
    const it = args.length === 1 ? yield* getIterOp(vm, args[0]) : null;
    if (it) vm.holdTemporary(it);
    let position = 0;
    const nextArgument = (): PyObject | null => (position < args.length ? incref(args[position++]) : null);
    let best: PyObject | null = null;
    let bestKey: PyObject | null = null;
    const held: PyObject[] = [];
    vm.holdTemporary(held);
    try {
      for (;;) {
        let item = it ? nextItem(vm, it) : nextArgument();
        if (isRequest(item)) item = (yield item) as PyObject | null;
        if (!item) break;
        held.push(item);
        const k = key ? (yield callRequest(vm, key, [item])) as PyObject : incref(item);
        held.push(k);
        if (bestKey === null) {
          best = item;
          bestKey = k;
          continue;
        }
        // Builtin keys compare at once, without an operation per item.
        if (compareBuiltin(vm, k, bestKey, op) ?? (yield* compareBoolResumable(vm, k, bestKey, op))) {
          held[0] = item;
          held[1] = k;
          held.length = 2;
          decref(bestKey);
          decref(best!);
          best = item;
          bestKey = k;
        } else {
          held.length = 2;
          decref(k);
          decref(item);
        }
      }
    } catch (e) {
      vm.dropTemporary(held);
      for (const o of held) decref(o);
      throw e;
    } finally {
      if (it) {
        vm.dropTemporary(it);
        decref(it);
      }
    }
    vm.dropTemporary(held);
    if (best === null) {
      const dflt = kw(kwargs, 'default');
      if (dflt) return incref(dflt);
      throw new NativeRaise('ValueError', `${name}() arg is an empty sequence`);
    }
    decref(bestKey!);
    return best;
  };
}

/** sum(iterable, /, start=0): `+` of each item in turn, user __add__ methods as frames. */
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/** An int's value as a C long (PyLong_AsLongAndOverflow), or null when it overflows one. */
function asLong(v: PyObject): number | bigint | null {
  const value = v instanceof PyBool ? (v.value ? 1 : 0) : (v as PyInt).value;
  if (typeof value === 'number') return value;
  return value > LONG_MAX || value < LONG_MIN ? null : value;
}

/** a + b in a C long, or null on overflow (exact: as a JS number while that is safe). */
function addLongs(a: number | bigint, b: number | bigint): number | bigint | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  const sum = BigInt(a) + BigInt(b);
  if (sum > LONG_MAX || sum < LONG_MIN) return null;
  return sum >= -MAX_SAFE_BIG && sum <= MAX_SAFE_BIG ? Number(sum) : sum;
}
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * sum(): builtin_sum_impl. Exact ints (and bools) are added in a C long and exact floats (and ints) in a double,
 * making no object per partial sum; the first item that does not fit makes the total an object again, and `+`
 * goes on (back to the float loop if the total became an exact float).
 */
function* sumOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const start = args[1];
  // builtin_sum_impl takes the iterator before it looks at start.
  let it: PyObject | null = yield* getIterOp(vm, args[0]);
  const refused = start instanceof PyStr ? "strings [use ''.join(seq) instead]"
    : start instanceof PyBytes ? "bytes [use b''.join(seq) instead]"
    : start instanceof PyByteArray ? "bytearray [use b''.join(seq) instead]" : null;
  if (refused !== null) {
    decref(it);
    throw new NativeRaise('TypeError', `sum() can't sum ${refused}`);
  }
  vm.holdTemporary(it);
  // What the native code holds while an item's frames run: the total (when it is an object) and the item.
  const held: PyObject[] = [start ? incref(start) : newInt(0)];
  vm.holdTemporary(held);
  /** The iterator is exhausted: it is released before the result is made, as builtin_sum_impl does. */
  const exhausted = (): void => {
    vm.dropTemporary(it!);
    decref(it!);
    it = null;
  };
  try {
    const intTotal = held[0].type === T.int ? asLong(held[0]) : null;
    if (intTotal !== null) {
      let total = intTotal;
      decref(held.pop()!);
      for (;;) {
        let v = nextItem(vm, it);
        if (isRequest(v)) v = (yield v) as PyObject | null;
        if (!v) {
          exhausted();
          return newInt(total);
        }
        if (v.type === T.int || v instanceof PyBool) {
          const b = asLong(v);
          const sum = b === null ? null : addLongs(total, b);
          if (sum !== null) {
            total = sum;
            decref(v);
            continue;
          }
        }
        yield* addToHeld(vm, held, newInt(total), v);
        break;
      }
    }
    if (held[0].type === T.float) {
      let total = (held[0] as PyFloat).value;
      decref(held.pop()!);
      for (;;) {
        let v = nextItem(vm, it);
        if (isRequest(v)) v = (yield v) as PyObject | null;
        if (!v) {
          exhausted();
          return newFloat(total);
        }
        if (v.type === T.float) {
          total += (v as PyFloat).value;
          decref(v);
          continue;
        }
        if (v instanceof PyInt || v instanceof PyBool) {
          const b = asLong(v);
          if (b !== null) {
            total += Number(b);
            decref(v);
            continue;
          }
        }
        yield* addToHeld(vm, held, newFloat(total), v);
        break;
      }
    }
    for (;;) {
      let v = nextItem(vm, it);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) break;
      yield* addToHeld(vm, held, held.pop()!, v);
    }
    exhausted();
    return held.pop()!;
  } finally {
    vm.dropTemporary(held);
    for (const o of held) decref(o);
    if (it) exhausted();
  }
}

/** held = [total + v]: consumes both references (held while `+` runs its frames); held is empty if it raises. */
function* addToHeld(vm: VM, held: PyObject[], total: PyObject, v: PyObject): NativeOp<void> {
  held.push(total, v);
  const next = yield* binaryOpResumable(vm, total, v, BinaryOpArg.ADD);
  held.length = 0;
  decref(v);
  decref(total);
  held.push(next);
}

function anyAll(wantAll: boolean) {
  return function* (vm: VM, args: PyObject[]): NativeOp<PyObject> {
    const it = yield* getIterOp(vm, args[0]);
    vm.holdTemporary(it);
    try {
      for (;;) {
        let v = nextItem(vm, it);
        if (isRequest(v)) v = (yield v) as PyObject | null;
        if (!v) break;
        vm.holdTemporary(v);
        let t: boolean;
        try {
          t = yield* isTrueResumable(vm, v);
        } finally {
          vm.dropTemporary(v);
          decref(v);
        }
        if (t !== wantAll) return newBool(!wantAll);
      }
      return newBool(wantAll);
    } finally {
      vm.dropTemporary(it);
      decref(it);
    }
  };
}

/** The builtins of this file, by name. */
export function reducingBuiltins(): Record<string, PyObject> {
  return {
    min: resumableFunction('min', minMax('min')),
    max: resumableFunction('max', minMax('max')),
    sum: resumableFunction('sum', [keywords(['iterable', 'start'], 1, 1), sumOp]),
    any: resumableFunction('any', [O, anyAll(false)]),
    all: resumableFunction('all', [O, anyAll(true)]),
  };
}
