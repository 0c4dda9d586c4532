// The loops over successive matches that CPython runs in C (findall, split, sub with a template), kept out
// of the Python part for speed: each match after an empty one must advance (the 3.7+ rules).

import { PyObject } from '../../runtime/object';
import { PyList, PyStr, PyTuple } from '../../runtime/objects';
import { incref } from '../../runtime/heap';
import { PyBytes, newBytes } from '../../runtime/bytesObject';
import { newInt, newList, newNone, newStr, newTuple } from '../../runtime/factory';
import { indexOf } from '../../runtime/ops/numbers';
import { compiled, offsetsOf, runSearch, type Offsets } from './sre';
import type { VM } from '../../vm/vm';

/** string[start:end] in code points: the string itself when that is all of it, as CPython's getslice. */
function slice(string: PyStr | PyBytes, offsets: Offsets, start: number, end: number): PyObject {
  if (start === 0 && end === offsets.points) return incref(string);
  return made(string, offsets.text.slice(offsets.unit(start), offsets.unit(end)));
}

/** A str, or bytes when matching bytes. */
function made(subject: PyStr | PyBytes, text: string): PyObject {
  return subject instanceof PyBytes ? newBytes(text) : newStr(text);
}

function number(vm: VM, o: PyObject): number {
  return Number(indexOf(vm, o));
}

/** `findall(pattern, flags, string, pos, endpos)`: the list Pattern.findall returns. */
export function findAll(vm: VM, args: PyObject[]): PyObject {
  const c = compiled((args[0] as PyStr).value, number(vm, args[1]));
  const string = args[2] as PyStr | PyBytes;
  const offsets = offsetsOf(string.value);
  let pos = number(vm, args[3]);
  const endpos = number(vm, args[4]);
  const groups = c.translation.groups;
  const items: PyObject[] = [];
  let mustAdvance = false;
  for (;;) {
    const spans = runSearch(c, offsets, pos, endpos, 0, mustAdvance);
    if (!spans) break;
    if (groups === 0) items.push(slice(string, offsets, spans[0], spans[1]));
    else if (groups === 1) items.push(spans[2] < 0 ? made(string, '') : slice(string, offsets, spans[2], spans[3]));
    else {
      const parts: PyObject[] = [];
      for (let g = 1; g <= groups; g++) parts.push(spans[2 * g] < 0 ? made(string, '') : slice(string, offsets, spans[2 * g], spans[2 * g + 1]));
      items.push(newTuple(parts));
    }
    mustAdvance = spans[0] === spans[1];
    pos = spans[1];
  }
  return newList(items);
}

/** `split(pattern, flags, string, maxsplit)` with maxsplit >= 0: the list Pattern.split returns. */
export function split(vm: VM, args: PyObject[]): PyObject {
  const c = compiled((args[0] as PyStr).value, number(vm, args[1]));
  const string = args[2] as PyStr | PyBytes;
  const offsets = offsetsOf(string.value);
  const maxsplit = number(vm, args[3]);
  const groups = c.translation.groups;
  const items: PyObject[] = [];
  let last = 0;
  let pos = 0;
  let count = 0;
  let mustAdvance = false;
  while (maxsplit === 0 || count < maxsplit) {
    const spans = runSearch(c, offsets, pos, offsets.points, 0, mustAdvance);
    if (!spans) break;
    items.push(slice(string, offsets, last, spans[0]));
    for (let g = 1; g <= groups; g++) items.push(spans[2 * g] < 0 ? newNone() : slice(string, offsets, spans[2 * g], spans[2 * g + 1]));
    last = spans[1];
    count++;
    mustAdvance = spans[0] === spans[1];
    pos = spans[1];
  }
  items.push(slice(string, offsets, last, offsets.points));
  return newList(items);
}

/**
 * `subn(pattern, flags, string, count, pieces, refs)`: the template is its literal pieces (None where a
 * group goes) and (piece index, group) pairs; returns (new string, number of substitutions).
 */
export function substitute(vm: VM, args: PyObject[]): PyObject {
  const c = compiled((args[0] as PyStr).value, number(vm, args[1]));
  const string = args[2] as PyStr | PyBytes;
  const offsets = offsetsOf(string.value);
  const count = number(vm, args[3]);
  const pieces = (args[4] as PyList).items.map((p) => (p instanceof PyStr ? p.value : ''));
  const refs = (args[5] as PyList).items.map((t) => (t as PyTuple).items.map((n) => number(vm, n)));
  const text = offsets.text;
  const out: string[] = [];
  let last = 0;
  let pos = 0;
  let n = 0;
  let mustAdvance = false;
  while (count === 0 || n < count) {
    const spans = runSearch(c, offsets, pos, offsets.points, 0, mustAdvance);
    if (!spans) break;
    out.push(text.slice(offsets.unit(last), offsets.unit(spans[0])));
    for (const [at, group] of refs) {
      const start = spans[2 * group];
      pieces[at] = start < 0 ? '' : text.slice(offsets.unit(start), offsets.unit(spans[2 * group + 1]));
    }
    out.push(pieces.join(''));
    last = spans[1];
    n++;
    mustAdvance = spans[0] === spans[1];
    pos = spans[1];
  }
  if (n === 0) return newTuple([incref(string), newInt(0)]);
  out.push(text.slice(offsets.unit(last)));
  return newTuple([made(string, out.join('')), newInt(n)]);
}
