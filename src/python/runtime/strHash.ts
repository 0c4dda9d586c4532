// CPython 3.11's str hash: SipHash-1-3 of the string's storage (1, 2 or 4 bytes per character, little-endian)
// with the all-zero key that PYTHONHASHSEED=0 selects (Python/pyhash.c; Py_HASH_CUTOFF is 0).

/**
 * A reader of the string's storage bytes as CPython holds them: Latin-1 (1 byte per character), UCS-2 or UCS-4
 * (little-endian) by its largest code point; returns the reader and the byte count.
 */
function storage(s: string): [(b: number) => number, number] {
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x100) return [(b) => s.charCodeAt(b), s.length];
  if (max < 0xd800 || !/[\ud800-\udbff][\udc00-\udfff]/.test(s)) return [(b) => (s.charCodeAt(b >> 1) >>> ((b & 1) * 8)) & 0xff, 2 * s.length];
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  return [(b) => (cps[b >> 2] >>> ((b & 3) * 8)) & 0xff, 4 * cps.length];
}

/** siphash13 with k0 = k1 = 0 over `n` bytes; the result as a signed bigint. */
function siphash13(byte: (b: number) => number, n: number): bigint {
  // v0 = "somepseu", v1 = "dorandom", v2 = "lygenera", v3 = "tedbytes" (k0 = k1 = 0), as (hi, lo) halves.
  let v0h = 0x736f6d65, v0l = 0x70736575, v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261, v3h = 0x74656462, v3l = 0x79746573;
  let h = 0, l = 0;
  const round = (): void => {
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    l = (v0l + v1l) >>> 0; v0h = (v0h + v1h + (l < v0l ? 1 : 0)) >>> 0; v0l = l;
    l = (v2l + v3l) >>> 0; v2h = (v2h + v3h + (l < v2l ? 1 : 0)) >>> 0; v2l = l;
    h = ((v1h << 13) | (v1l >>> 19)) >>> 0; l = ((v1l << 13) | (v1h >>> 19)) >>> 0; v1h = (h ^ v0h) >>> 0; v1l = (l ^ v0l) >>> 0;
    h = ((v3h << 16) | (v3l >>> 16)) >>> 0; l = ((v3l << 16) | (v3h >>> 16)) >>> 0; v3h = (h ^ v2h) >>> 0; v3l = (l ^ v2l) >>> 0;
    h = v0h; v0h = v0l; v0l = h;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    l = (v2l + v1l) >>> 0; v2h = (v2h + v1h + (l < v2l ? 1 : 0)) >>> 0; v2l = l;
    l = (v0l + v3l) >>> 0; v0h = (v0h + v3h + (l < v0l ? 1 : 0)) >>> 0; v0l = l;
    h = ((v1h << 17) | (v1l >>> 15)) >>> 0; l = ((v1l << 17) | (v1h >>> 15)) >>> 0; v1h = (h ^ v2h) >>> 0; v1l = (l ^ v2l) >>> 0;
    h = ((v3h << 21) | (v3l >>> 11)) >>> 0; l = ((v3l << 21) | (v3h >>> 11)) >>> 0; v3h = (h ^ v0h) >>> 0; v3l = (l ^ v0l) >>> 0;
    h = v2h; v2h = v2l; v2l = h;
  };
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (byte(i) | (byte(i + 1) << 8) | (byte(i + 2) << 16) | (byte(i + 3) << 24)) >>> 0;
    const mh = (byte(i + 4) | (byte(i + 5) << 8) | (byte(i + 6) << 16) | (byte(i + 7) << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    round();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  // The last 0-7 bytes, with the length in the top byte.
  let bl = 0, bh = ((n & 0xff) << 24) >>> 0;
  for (let k = 0; i + k < n; k++) {
    if (k < 4) bl = (bl | (byte(i + k) << (8 * k))) >>> 0;
    else bh = (bh | (byte(i + k) << (8 * (k - 4)))) >>> 0;
  }
  v3h = (v3h ^ bh) >>> 0;
  v3l = (v3l ^ bl) >>> 0;
  round();
  v0h = (v0h ^ bh) >>> 0;
  v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  round();
  round();
  round();
  const th = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const tl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return BigInt.asIntN(64, (BigInt(th) << 32n) | BigInt(tl));
}

/** hash(s) for a str, as CPython 3.11 computes it with PYTHONHASHSEED=0. */
export function strHash(s: string): bigint {
  if (s.length === 0) return 0n;
  const [byte, n] = storage(s);
  const h = siphash13(byte, n);
  return h === -1n ? -2n : h;
}
