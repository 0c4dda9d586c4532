// What CPython 3.11's specializing interpreter makes of a `+` or `+=` site once its code is quickened: the one
// specialization a program can see is BINARY_OP_INPLACE_ADD_UNICODE, which appends to a local str in place
// (same object, same address while the block has room) where the generic path makes a new str. Which form runs
// at each execution follows specialize.c and ceval.c exactly (adaptive counter with backoff, 53 misses before
// respecializing), since it decides which `s += t` keep id(s).

import { Op } from '../bytecode/opcodes';
import type { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { EmptyStr, T } from '../runtime/builtinTypes';
import { activeHeap, decref } from '../runtime/heap';
import { newStrConcat } from '../runtime/factory';
import type { InlineCaches } from '../runtime/inlineCaches';
import { allocationSize } from '../runtime/sizeof';

/** The forms of a quickened add site (kept in the site's InlineCaches.tag; the counter in tag2). */
export const enum AddForm {
  /** BINARY_OP_ADAPTIVE: the counter says when to try specializing (-1 in the cache reads as 0). */
  Adaptive = -1,
  Int = 1,
  Float = 2,
  Unicode = 3,
  InplaceUnicode = 4,
}

/** The counter's low bits hold the backoff exponent (ADAPTIVE_BACKOFF_BITS). */
const BACKOFF_BITS = 4;
const MAX_BACKOFF = 16 - BACKOFF_BITS;
/** adaptive_counter_start(): 31 deferred executions, backoff 5. */
const ADAPTIVE_COUNTER_START = (31 << BACKOFF_BITS) | 5;
/** miss_counter_start(): a specialized instruction deoptimizes after this many misses. */
const MISS_COUNTER_START = 53;

/** adaptive_counter_backoff: after a failed specialization, wait twice as long (up to 2**12 - 1 executions). */
function backoff(counter: number): number {
  const exponent = Math.min((counter & ((1 << BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF);
  return (((1 << exponent) - 1) << BACKOFF_BITS) | exponent;
}

/**
 * The form this execution of a quickened add site at `site` takes, the site's state updated (`next`: the index of
 * the instruction after it). AddForm.InplaceUnicode means the caller appends in place and skips the STORE_FAST.
 */
export function addSiteForm(caches: InlineCaches, site: number, a: PyObject, b: PyObject, ops: Int32Array, next: number, locals: readonly (PyObject | null)[]): AddForm {
  for (;;) {
    const form = caches.tag[site] as AddForm;
    if (form === AddForm.Adaptive) {
      const counter = caches.tag2[site] < 0 ? 0 : caches.tag2[site];
      if (counter >= 1 << BACKOFF_BITS) {
        caches.tag2[site] = counter - (1 << BACKOFF_BITS);
        return AddForm.Adaptive;
      }
      specialize(caches, site, a, b, ops, next, locals, counter);
      continue; // DISPATCH_SAME_OPARG: this execution runs in the new form
    }
    const type = form === AddForm.Int ? T.int : form === AddForm.Float ? T.float : T.str;
    const hit = a.type === type && b.type === type && (form !== AddForm.InplaceUnicode || locals[ops[next * 2 + 1]] === a);
    if (hit) return form;
    // A miss runs the generic BINARY_OP; the 53rd makes the site adaptive again.
    const misses = caches.tag2[site] - 1;
    if (misses === 0) {
      caches.tag[site] = AddForm.Adaptive;
      caches.tag2[site] = ADAPTIVE_COUNTER_START;
    } else caches.tag2[site] = misses;
    return AddForm.Adaptive;
  }
}

/** _Py_Specialize_BinaryOp for NB_ADD and NB_INPLACE_ADD. */
function specialize(caches: InlineCaches, site: number, a: PyObject, b: PyObject, ops: Int32Array, next: number, locals: readonly (PyObject | null)[], counter: number): void {
  let form: AddForm | null = null;
  if (a.type === b.type) {
    if (a.type === T.str) {
      // The next instruction a STORE_FAST into the local that holds the left operand (no EXTENDED_ARG before it).
      const storesBack = ops[next * 2] === Op.STORE_FAST && ops[next * 2 + 1] < 256 && locals[ops[next * 2 + 1]] === a;
      form = storesBack ? AddForm.InplaceUnicode : AddForm.Unicode;
    } else if (a.type === T.int) form = AddForm.Int;
    else if (a.type === T.float) form = AddForm.Float;
  }
  if (form === null) {
    caches.tag2[site] = backoff(counter);
    return;
  }
  caches.tag[site] = form;
  caches.tag2[site] = MISS_COUNTER_START;
}

/**
 * unicode_modifiable: only the local holds it, its hash was never computed (ours: no dict or set has used it as a
 * key; interning hashes a str too) and an exact str.
 */
function modifiable(s: PyStr): boolean {
  return s.refcount === 1 && !s.hashComputed && s.type === T.str;
}

/**
 * BINARY_OP_INPLACE_ADD_UNICODE: the stack's two operands consumed and `locals[index]` (which holds the left one)
 * set to the result, as PyUnicode_Append does: the right side itself when the left is '', the left unchanged when
 * the right is '', the left grown in place (realloc) when it is modifiable and wide enough, else a new str. On
 * MemoryError the local is cleared, as CPython leaves it.
 */
export function appendToLocal(stack: (PyObject | null)[], locals: (PyObject | null)[], index: number): void {
  const right = stack.pop() as PyStr;
  const left = stack.pop() as PyStr;
  // The stack's reference goes (_Py_DECREF_NO_DEALLOC): the local still holds the left operand.
  left.refcount--;
  try {
    if (left === EmptyStr) {
      right.refcount++;
      locals[index] = right;
      decref(left);
    } else if (right !== EmptyStr) {
      const heap = activeHeap();
      heap.reserve(left.value.length + right.value.length);
      if (modifiable(left) && right.storageKind <= left.storageKind) {
        left.appendInPlace(right);
        heap.reallocated(left, allocationSize(left));
      } else {
        locals[index] = newStrConcat(left, right);
        decref(left);
      }
    }
  } catch (e) {
    if (locals[index] === left) {
      locals[index] = null;
      decref(left);
    }
    decref(right);
    throw e;
  }
  decref(right);
}
