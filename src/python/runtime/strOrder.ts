// Python's order of strs: by code point. JavaScript's < orders UTF-16 code units, which disagrees when an
// astral character (a surrogate pair) meets a character from U+E000 to U+FFFF.

import type { PyStr } from './objects';

/** -1, 0 or 1 as a is before, equal to or after b in code point order. */
export function compareStr(a: PyStr, b: PyStr): number {
  const x = a.value, y = b.value;
  if (a.isBmp && b.isBmp) return x < y ? -1 : x > y ? 1 : 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x.charCodeAt(i), q = y.charCodeAt(i);
    if (p === q) continue;
    const ps = p >= 0xd800 && p <= 0xdfff && x.length > i + 1, qs = q >= 0xd800 && q <= 0xdfff && y.length > i + 1;
    // A surrogate pair is an astral character, after every BMP character.
    if (ps !== qs && (ps ? q >= 0xe000 : p >= 0xe000)) return ps ? 1 : -1;
    return p < q ? -1 : 1;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}
