// CPython 3.11's str hash: SipHash-1-3 of the string's storage (1, 2 or 4 bytes per character, little-endian)
// with the all-zero key that PYTHONHASHSEED=0 selects (Python/pyhash.c; Py_HASH_CUTOFF is 0).

/** The string's bytes as CPython stores them: Latin-1, UCS-2 or UCS-4 by its largest code point. */
function storageBytes(s: string): Uint8Array {
  let max = 0;
  const cps: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    cps.push(cp);
    if (cp > max) max = cp;
  }
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    out[i * kind] = cp & 0xff;
    if (kind > 1) out[i * kind + 1] = (cp >>> 8) & 0xff;
    if (kind > 2) {
      out[i * kind + 2] = (cp >>> 16) & 0xff;
      out[i * kind + 3] = 0;
    }
  }
  return out;
}

// The SipHash state: four 64-bit words as (hi, lo) pairs of unsigned 32-bit numbers.
let v0h = 0, v0l = 0, v1h = 0, v1l = 0, v2h = 0, v2l = 0, v3h = 0, v3l = 0;

/** One SipRound (the HALF_ROUND pair of pyhash.c). */
function sipRound(): void {
  // v0 += v1; v2 += v3
  let l = (v0l + v1l) >>> 0;
  v0h = (v0h + v1h + (l < v0l ? 1 : 0)) >>> 0;
  v0l = l;
  l = (v2l + v3l) >>> 0;
  v2h = (v2h + v3h + (l < v2l ? 1 : 0)) >>> 0;
  v2l = l;
  // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
  let h = ((v1h << 13) | (v1l >>> 19)) >>> 0;
  l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
  v1h = (h ^ v0h) >>> 0;
  v1l = (l ^ v0l) >>> 0;
  h = ((v3h << 16) | (v3l >>> 16)) >>> 0;
  l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
  v3h = (h ^ v2h) >>> 0;
  v3l = (l ^ v2l) >>> 0;
  // v0 = rotl(v0, 32)
  h = v0h;
  v0h = v0l;
  v0l = h;
  // v2 += v1; v0 += v3
  l = (v2l + v1l) >>> 0;
  v2h = (v2h + v1h + (l < v2l ? 1 : 0)) >>> 0;
  v2l = l;
  l = (v0l + v3l) >>> 0;
  v0h = (v0h + v3h + (l < v0l ? 1 : 0)) >>> 0;
  v0l = l;
  // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
  h = ((v1h << 17) | (v1l >>> 15)) >>> 0;
  l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
  v1h = (h ^ v2h) >>> 0;
  v1l = (l ^ v2l) >>> 0;
  h = ((v3h << 21) | (v3l >>> 11)) >>> 0;
  l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
  v3h = (h ^ v0h) >>> 0;
  v3l = (l ^ v0l) >>> 0;
  // v2 = rotl(v2, 32)
  h = v2h;
  v2h = v2l;
  v2l = h;
}

/** siphash13 with k0 = k1 = 0; returns the 64-bit result as a signed bigint. */
function siphash13(bytes: Uint8Array): bigint {
  // v0 = k0 ^ "somepseu", v1 = k1 ^ "dorandom", v2 = k0 ^ "lygenera", v3 = k1 ^ "tedbytes"
  v0h = 0x736f6d65; v0l = 0x70736575;
  v1h = 0x646f7261; v1l = 0x6e646f6d;
  v2h = 0x6c796765; v2l = 0x6e657261;
  v3h = 0x74656462; v3l = 0x79746573;
  const n = bytes.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0;
    const mh = (bytes[i + 4] | (bytes[i + 5] << 8) | (bytes[i + 6] << 16) | (bytes[i + 7] << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    sipRound();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  // The last 0-7 bytes, with the length in the top byte.
  let bl = 0, bh = ((n & 0xff) << 24) >>> 0;
  for (let k = 0; i + k < n; k++) {
    const byte = bytes[i + k];
    if (k < 4) bl = (bl | (byte << (8 * k))) >>> 0;
    else bh = (bh | (byte << (8 * (k - 4)))) >>> 0;
  }
  v3h = (v3h ^ bh) >>> 0;
  v3l = (v3l ^ bl) >>> 0;
  sipRound();
  v0h = (v0h ^ bh) >>> 0;
  v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  sipRound();
  sipRound();
  sipRound();
  const th = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const tl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return BigInt.asIntN(64, (BigInt(th) << 32n) | BigInt(tl));
}

/** hash(s) for a str, as CPython 3.11 computes it with PYTHONHASHSEED=0. */
export function strHash(s: string): bigint {
  if (s.length === 0) return 0n;
  const h = siphash13(storageBytes(s));
  return h === -1n ? -2n : h;
}
