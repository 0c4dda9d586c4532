// The "Did you mean" trailer CPython 3.11 prints after AttributeError and NameError lines (Python/suggestions.c).

import { E, T } from '../runtime/builtinTypes';
import { PyFrameObject, PyInstance, PyList, PyStr, PyTraceback } from '../runtime/objects';
import type { PyDict } from '../runtime/dict';
import type { PyObject } from '../runtime/object';
import { strRepr } from '../format/strRepr';
import { decref } from '../runtime/heap';
import { dir } from '../builtins/introspection';
import { ExecutionHalted, PyRaise, type VM } from './vm';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

/** A byte substitution: free when equal, cheap when only the ASCII case differs. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance over UTF-8 bytes, giving up (maxCost + 1) once no path can stay within maxCost. */
export function editDistance(aText: string, bText: string, maxCost: number): number {
  let a = utf8.encode(aText);
  let b = utf8.encode(bText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.subarray(start, aEnd);
  b = b.subarray(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  // One row of the matrix, updated in place: row[i] is the cost from b's prefix to a[:i+1].
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = row[i];
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate within a third of the characters involved, the first on ties. */
export function closestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameSize = utf8.encode(name).length;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = utf8.encode(item).length;
    const maxDistance = Math.min(Math.trunc(((nameSize + itemSize + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = editDistance(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function dictKeys(d: PyDict): string[] {
  const keys: string[] = [];
  for (const e of d.map.values()) if (e.key instanceof PyStr) keys.push(e.key.value);
  return keys;
}

/** dir(obj) as strings; null when dir() raises (the error is dropped, as PyErr_Clear does). */
function dirNames(vm: VM, obj: PyObject): string[] | null {
  try {
    const list = dir(vm, [obj]);
    const names = list instanceof PyList ? list.items.map((n) => (n instanceof PyStr ? n.value : '')) : [];
    decref(list);
    return names;
  } catch (e) {
    if (e instanceof PyRaise) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function memberOf(exc: PyInstance, name: string): PyObject | null {
  return exc.exc?.members?.get(name) ?? null;
}

/** The suggestion for a NameError: the innermost frame's locals, then its globals, then its builtins. */
function nameErrorSuggestion(exc: PyInstance, name: string): string | null {
  let tb = exc.exc?.tracebackHead ?? null;
  if (!(tb instanceof PyTraceback)) return null;
  while (tb.next) tb = tb.next;
  const scope = tb.frame instanceof PyFrameObject ? tb.frame.scope : null;
  if (!scope) return null;
  return closestName(scope.varnames, name) ?? closestName(dictKeys(scope.globals), name) ?? closestName(dictKeys(scope.builtins), name);
}

/** `. Did you mean: 'append'?` for an AttributeError or NameError (exactly those types), else ''. */
export function suggestionTrailer(vm: VM, exc: PyInstance): string {
  let suggestion: string | null = null;
  try {
    const name = memberOf(exc, 'name');
    if (!(name instanceof PyStr) || name.type !== T.str) return '';
    if (exc.type === E.AttributeError) {
      const obj = memberOf(exc, 'obj');
      const names = obj ? dirNames(vm, obj) : null;
      if (names) suggestion = closestName(names, name.value);
    } else if (exc.type === E.NameError) {
      suggestion = nameErrorSuggestion(exc, name.value);
    }
  } catch (e) {
    if (e instanceof ExecutionHalted) throw e;
    return '';
  }
  return suggestion === null ? '' : `. Did you mean: ${strRepr(suggestion)}?`;
}
