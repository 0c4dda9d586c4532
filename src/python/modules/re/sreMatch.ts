// Pattern.match/search/fullmatch in one native call: the subject's type checked with CPython's messages,
// pos/endpos clamped, the search run, and the re.Match instance (a class of re's Python part) filled in.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyInstance, PyNone, PyStr } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import { PyByteArray, PyBytes, bufferOf, newBytes } from '../../runtime/bytesObject';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newNone } from '../../runtime/factory';
import { indexOf } from '../../runtime/ops/numbers';
import { BYTES } from './patternTranslation';
import { PySpans, compiled, lastIndex, offsetsOf, runSearch } from './sre';
import type { VM } from '../../vm/vm';
import { forkableWeakMap } from '../../fork/graphClone';

/** The re.Match class of each interpreter (its Python part registers it). */
const matchTypes = forkableWeakMap<VM, PyType>();

/** `_set_match_type(Match)`. */
export function setMatchType(vm: VM, args: PyObject[]): PyObject {
  if (args[0] instanceof PyType) matchTypes.set(vm, args[0]);
  return newNone();
}

function slot(o: PyObject, name: string): PyObject {
  const inst = o as PyInstance;
  return inst.slotValues![inst.type.slotLayout.indexOf(name)]!;
}

/** What is matched, as text: a str pattern takes str; a bytes pattern takes any bytes-like object. */
function subjectOf(string: PyObject, isBytes: boolean): { text: string; copy: PyBytes | null } {
  if (!isBytes) {
    if (string instanceof PyStr) return { text: string.value, copy: null };
    if (bufferOf(string) !== null) throw new NativeRaise('TypeError', 'cannot use a string pattern on a bytes-like object');
  } else {
    if (string instanceof PyBytes) return { text: string.value, copy: null };
    const buffer = bufferOf(string);
    if (buffer !== null) return { text: buffer, copy: string instanceof PyByteArray || !(string instanceof PyBytes) ? newBytes(buffer) : null };
    if (string instanceof PyStr) throw new NativeRaise('TypeError', 'cannot use a bytes pattern on a string-like object');
  }
  throw new NativeRaise('TypeError', `expected string or bytes-like object, got '${string.type.name}'`);
}

function clamp(v: number, n: number): number {
  return v < 0 ? 0 : v > n ? n : v;
}

/**
 * `_run(pattern, string, pos, endpos, mode, must_advance=False, origin=None)`: a new re.Match or None; mode 0
 * search, 1 match, 2 fullmatch; the Match's pos is `origin` when given (a scanner's start).
 */
export function runMatch(vm: VM, args: PyObject[]): PyObject {
  const [pattern, string] = args;
  const code = Number(indexOf(vm, slot(pattern, '_code')));
  const c = compiled((slot(pattern, '_source') as PyStr).value, code);
  const { text, copy } = subjectOf(string, (code & BYTES) !== 0);
  const offsets = offsetsOf(text);
  const n = offsets.points;
  const toNumber = (o: PyObject) => {
    const v = indexOf(vm, o);
    return typeof v === 'bigint' ? (v < 0n ? -1 : n + 1) : v;
  };
  const pos = clamp(toNumber(args[2]), n);
  const endpos = Math.max(pos, clamp(toNumber(args[3]), n));
  const mode = Number(indexOf(vm, args[4]));
  const mustAdvance = args.length > 5 && vm.isTrue(args[5]);
  const spans = runSearch(c, offsets, pos, endpos, mode, mustAdvance);
  if (!spans) {
    if (copy) decref(copy);
    return newNone();
  }
  const origin = args.length > 6 && !(args[6] instanceof PyNone) ? toNumber(args[6]) : pos;
  const type = matchTypes.get(vm)!;
  const heap = activeHeap();
  const values = [lastIndex(spans, c.translation.parents), origin, endpos, ...spans];
  const match = heap.register(new PyInstance(type, null, type.slotLayout.length));
  incref(type);
  const layout = type.slotLayout;
  match.slotValues![layout.indexOf('string')] = incref(string);
  match.slotValues![layout.indexOf('re')] = incref(pattern);
  match.slotValues![layout.indexOf('_spans')] = heap.register(new PySpans(values));
  match.slotValues![layout.indexOf('_subject')] = copy ?? newNone();
  heap.track(match);
  return match;
}
