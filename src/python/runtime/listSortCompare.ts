// The pre-sort check of CPython's listsort: which comparison the keys get (pure comparisons of ints,
// floats or strs; a class's own __lt__ called directly; tuples compared item by item; or the full
// rich comparison), each with a synchronous form and a resumable one for Python methods.

import { compareStr } from './strOrder';
import { CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from './object';
import { PyBool, PyFloat, PyInstance, PyInt, PyStr, PyTuple } from './objects';
import { NotImplemented, T } from './builtinTypes';
import { decref } from './heap';
import { intCompare, big } from './intMath';
import { compareBoolResumable, compareBuiltin, isTrueResumable } from './ops/compare';
import { callMethodOp } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';

/**
 * ISLT for the comparison the pre-sort check chose: `sync` answers when no Python code can take part
 * (null otherwise), `slow` runs the comparison with its Python methods as frames.
 */
export interface KeyCompare {
  sync(x: PyObject, y: PyObject): boolean | null;
  slow(x: PyObject, y: PyObject): NativeOp<boolean>;
}

const pureNumbers: KeyCompare = {
  sync: (x, y) => numberLess(x, y),
  slow: function* (x, y) {
    return numberLess(x, y);
  },
};

function numberLess(x: PyObject, y: PyObject): boolean {
  if (x instanceof PyFloat && y instanceof PyFloat) return x.value < y.value;
  const a = (x as PyInt).value, b = (y as PyInt).value;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return intCompare(big(a), big(b)) < 0;
}

const pureStrings: KeyCompare = {
  sync: (x, y) => compareStr(x as PyStr, y as PyStr) < 0,
  slow: function* (x, y) {
    return compareStr(x as PyStr, y as PyStr) < 0;
  },
};

/** safe_object_compare: PyObject_RichCompareBool(x, y, Py_LT). */
function safeCompare(vm: VM): KeyCompare {
  return {
    sync: (x, y) => compareBuiltin(vm, x, y, CompareOpArg.LT),
    slow: (x, y) => compareBoolResumable(vm, x, y, CompareOpArg.LT),
  };
}

/**
 * unsafe_object_compare for keys all of one class: its __lt__ is called directly (no recursion guard, no
 * reflected method), falling back to the full comparison when it returns NotImplemented.
 */
function sameClassCompare(vm: VM, safe: KeyCompare): KeyCompare {
  return {
    sync: (x, y) => (x instanceof PyInstance ? null : safe.sync(x, y)),
    slow: function* (x, y) {
      if (!(x instanceof PyInstance)) return yield* safe.slow(x, y);
      const lt = x.type.lookup('__lt__');
      if (!lt) return yield* compareBoolResumable(vm, x, y, CompareOpArg.LT);
      const r = yield* callMethodOp(vm, lt, x, [y]);
      if (r === NotImplemented) {
        decref(r);
        return yield* compareBoolResumable(vm, x, y, CompareOpArg.LT);
      }
      try {
        return r instanceof PyBool ? r.value : yield* isTrueResumable(vm, r);
      } finally {
        decref(r);
      }
    },
  };
}

/** unsafe_tuple_compare: equal leading items are skipped, the first differing pair decides. */
function tupleCompare(vm: VM, first: KeyCompare): KeyCompare {
  const rest = safeCompare(vm);
  return {
    sync: (x, y) => {
      const v = (x as PyTuple).items, w = (y as PyTuple).items;
      let i = 0;
      for (; i < v.length && i < w.length; i++) {
        if (v[i] === w[i]) continue;
        const eq = compareBuiltin(vm, v[i], w[i], CompareOpArg.EQ);
        if (eq === null) return null;
        if (!eq) break;
      }
      if (i >= v.length || i >= w.length) return v.length < w.length;
      return i === 0 ? first.sync(v[0], w[0]) : rest.sync(v[i], w[i]);
    },
    slow: function* (x, y) {
      const v = (x as PyTuple).items, w = (y as PyTuple).items;
      let i = 0;
      for (; i < v.length && i < w.length; i++) {
        if (!(yield* compareBoolResumable(vm, v[i], w[i], CompareOpArg.EQ))) break;
      }
      if (i >= v.length || i >= w.length) return v.length < w.length;
      return i === 0 ? yield* first.slow(v[0], w[0]) : yield* rest.slow(v[i], w[i]);
    },
  };
}

/** The pre-sort check: the comparison CPython picks for these keys. */
export function chooseCompare(vm: VM, keys: PyObject[]): KeyCompare {
  const safe = safeCompare(vm);
  if (keys.length < 2) return safe;
  let inTuples = keys[0].type === T.tuple && (keys[0] as PyTuple).items.length > 0;
  const keyType = inTuples ? (keys[0] as PyTuple).items[0].type : keys[0].type;
  let sameType = true;
  for (const k of keys) {
    if (inTuples && !(k.type === T.tuple && (k as PyTuple).items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as PyTuple).items[0] : k;
    if (key.type !== keyType) {
      sameType = false;
      if (!inTuples) break;
    }
  }
  const sample = inTuples ? (keys[0] as PyTuple).items[0] : keys[0];
  let cmp: KeyCompare = safe;
  if (sameType) cmp = isPure(sample) ? (sample instanceof PyStr ? pureStrings : pureNumbers) : sameClassCompare(vm, safe);
  // Tuples of tuples: the first items are compared in full.
  if (inTuples) return tupleCompare(vm, sample instanceof PyTuple ? safe : cmp);
  return cmp;
}

/** Exact str, int and float keys compare without Python code (unsafe_latin/long/float_compare); a subclass's may not. */
function isPure(o: PyObject): boolean {
  return o.type === T.str || o.type === T.int || o.type === T.float;
}

