// Builtins that consume an iterable and reduce it (min, max, sum, any, all), resumable: the iteration,
// key functions, comparisons, `+` and truth tests run their Python methods as frames of the eval loop.

import { NativeRaise } from '../errors';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { PyByteArray, PyBytes } from '../runtime/bytesObject';
import { None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newInt } from '../runtime/factory';
import { compareBoolResumable, isTrueResumable } from '../runtime/ops/compare';
import { binaryOpResumable } from '../runtime/ops/arith';
import { callOp, getIterOp, iterNextOp } from '../vm/callOps';
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
    const nextItem = function* (): NativeOp<PyObject | null> {
      if (it) return yield* iterNextOp(vm, it);
      return position < args.length ? incref(args[position++]) : null;
    };
    let best: PyObject | null = null;
    let bestKey: PyObject | null = null;
    const held: PyObject[] = [];
    vm.holdTemporary(held);
    try {
      for (let item = yield* nextItem(); item; item = yield* nextItem()) {
        held.push(item);
        const k = key ? yield* callOp(vm, key, [item]) : incref(item);
        held.push(k);
        if (bestKey === null) {
          best = item;
          bestKey = k;
          continue;
        }
        if (yield* compareBoolResumable(vm, k, bestKey, op)) {
          held.splice(0, 2);
          decref(bestKey);
          decref(best!);
          best = item;
          bestKey = k;
        } else {
          held.splice(2, 2);
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
function* sumOp(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const start = args[1];
  // builtin_sum_impl takes the iterator before it looks at start.
  const it = yield* getIterOp(vm, args[0]);
  const refused = start instanceof PyStr ? "strings [use ''.join(seq) instead]"
    : start instanceof PyBytes ? "bytes [use b''.join(seq) instead]"
    : start instanceof PyByteArray ? "bytearray [use b''.join(seq) instead]" : null;
  if (refused !== null) {
    decref(it);
    throw new NativeRaise('TypeError', `sum() can't sum ${refused}`);
  }
  let total: PyObject = start ? incref(start) : newInt(0);
  vm.holdTemporary(it);
  const held: PyObject[] = [total];
  vm.holdTemporary(held);
  try {
    for (let v = yield* iterNextOp(vm, it); v; v = yield* iterNextOp(vm, it)) {
      held.push(v);
      const next = yield* binaryOpResumable(vm, total, v, BinaryOpArg.ADD);
      held.length = 0;
      decref(v);
      decref(total);
      total = next;
      held.push(total);
    }
  } catch (e) {
    vm.dropTemporary(held);
    for (const o of held) decref(o);
    throw e;
  } finally {
    vm.dropTemporary(it);
    decref(it);
  }
  vm.dropTemporary(held);
  return total;
}

function anyAll(wantAll: boolean) {
  return function* (vm: VM, args: PyObject[]): NativeOp<PyObject> {
    const it = yield* getIterOp(vm, args[0]);
    vm.holdTemporary(it);
    try {
      for (let v = yield* iterNextOp(vm, it); v; v = yield* iterNextOp(vm, it)) {
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
