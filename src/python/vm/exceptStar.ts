// The runtime of `except*` (PEP 654): CHECK_EG_MATCH's split and PREP_RERAISE_STAR's merge, as ceval.c and
// Objects/exceptions.c (_PyExc_PrepReraiseStar) do them in CPython 3.11.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyInstance, PyList, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newList, newStr, newTuple } from '../runtime/factory';
import { createExceptionGroup, groupExceptions, isExceptionGroup, splitGroup } from '../builtins/exceptionGroups';
import { getAttr } from '../runtime/ops/attributes';
import { exceptionMatches } from './evalSupport';
import type { VM } from './vm';

const isExceptionClass = (t: PyObject): boolean => t instanceof PyType && t.isSubtypeOf(E.BaseException);

/** check_except_star_type_valid: exception classes only, and no exception group class among them. */
function checkStarType(type: PyObject): void {
  const types = type instanceof PyTuple ? type.items : [type];
  if (!types.every(isExceptionClass)) {
    throw new NativeRaise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  if (types.some((t) => (t as PyType).isSubtypeOf(E.BaseExceptionGroup))) {
    throw new NativeRaise('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/**
 * CHECK_EG_MATCH's exception_group_match: [rest, match] as new references. No match gives [exc, None]; a
 * naked exception that matches is wrapped in ExceptionGroup('', (exc,)) (without a traceback in 3.11).
 */
export function exceptionGroupMatch(vm: VM, exc: PyInstance, type: PyObject): [PyObject, PyObject] {
  checkStarType(type);
  if (exceptionMatches(exc, type)) {
    if (isExceptionGroup(exc)) return [incref(None), incref(exc)];
    const excs = newTuple([incref(exc)]);
    const message = newStr('');
    try {
      return [incref(None), createExceptionGroup(vm, E.BaseExceptionGroup, [message, excs])];
    } finally {
      decref(message);
      decref(excs);
    }
  }
  if (!isExceptionGroup(exc)) return [incref(exc), incref(None)];
  const split = getAttr(vm, exc, 'split');
  let pair: PyObject;
  try {
    pair = vm.call(split, [type]);
  } finally {
    decref(split);
  }
  try {
    const [match, rest] = (pair as PyTuple).items;
    return [incref(rest), incref(match)];
  } finally {
    decref(pair);
  }
}

/** collect_exception_group_leaf_ids: the non-group exceptions inside e. */
function collectLeaves(e: PyObject, leaves: Set<PyObject>): void {
  if (e === None) return;
  if (!isExceptionGroup(e)) {
    leaves.add(e);
    return;
  }
  for (const child of groupExceptions(e).items) collectLeaves(child, leaves);
}

/**
 * is_same_exception_metadata: a re-raise keeps the original's traceback, cause and context. (3.11 also compares
 * a notes field that __notes__ never fills: a split part's copied notes list does not count as new.)
 */
function sameMetadata(a: PyInstance, b: PyInstance): boolean {
  const x = a.exc!, y = b.exc!;
  return x.tracebackHead === y.tracebackHead && x.cause === y.cause && x.context === y.context;
}

/**
 * PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): from the original exception and the list of what the handlers
 * raised plus the unhandled rest, what the statement raises (a new reference), or None. Re-raised parts keep
 * their place in the original group's shape; newly raised ones join them in a new ExceptionGroup('').
 */
export function prepReraiseStar(vm: VM, orig: PyObject, excs: PyList): PyObject {
  const items = excs.items;
  if (items.length === 0) return incref(None);
  // A naked exception was wrapped: only one except* clause ran, so there is at most one exception.
  if (!isExceptionGroup(orig)) return incref(items[0]);
  const raised: PyObject[] = [];
  const reraisedLeaves = new Set<PyObject>();
  for (const e of items) {
    if (e === None) continue;
    if (sameMetadata(e as PyInstance, orig)) collectLeaves(e, reraisedLeaves);
    else raised.push(e);
  }
  const reraised = reraisedLeaves.size > 0 ? splitGroup(vm, orig, (exc) => reraisedLeaves.has(exc)) : null;
  if (raised.length === 0) return reraised ?? incref(None);
  if (reraised) raised.push(reraised);
  try {
    if (raised.length === 1) return incref(raised[0]);
    const list = newList(raised.map((e) => incref(e)));
    const message = newStr('');
    try {
      return createExceptionGroup(vm, E.BaseExceptionGroup, [message, list]);
    } finally {
      decref(message);
      decref(list);
    }
  } finally {
    if (reraised) decref(reraised);
  }
}
