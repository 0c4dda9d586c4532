import { describe, expect, it } from 'vitest';
import { TupleHasher } from './tupleHash';

const MASK64 = (1n << 64n) - 1n;

/** tuplehash as Objects/tupleobject.c writes it, in BigInt arithmetic modulo 2**64. */
function referenceTupleHash(hashes: bigint[]): bigint {
  let acc = 2870177450012600261n;
  for (const h of hashes) {
    acc = (acc + BigInt.asUintN(64, h) * 14029467366897019727n) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * 11400714785074694791n) & MASK64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (2870177450012600261n ^ 3527539n))) & MASK64;
  return acc === MASK64 ? 1546275796n : BigInt.asIntN(64, acc);
}

function hashed(hashes: bigint[], asNumbers: boolean): bigint {
  const hasher = new TupleHasher();
  for (const h of hashes) {
    if (asNumbers && h >= -(2n ** 53n) && h <= 2n ** 53n) hasher.addNumber(Number(h));
    else hasher.addBigInt(h);
  }
  return hasher.finish(hashes.length);
}

describe('tuplehash in 32-bit halves', () => {
  it('agrees with the 64-bit arithmetic on edge values and 2,000 random item hashes', () => {
    let seed = 12345n;
    const random64 = (): bigint => {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) & MASK64;
      return BigInt.asIntN(64, seed);
    };
    const edges = [0n, 1n, -2n, 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n), 2n ** 32n - 1n, 2n ** 32n, -(2n ** 32n), 123456789n];
    const cases: bigint[][] = [[], ...edges.map((e) => [e]), edges];
    for (let i = 0; i < 2000; i++) {
      const n = i % 6;
      cases.push(Array.from({ length: n }, () => (i % 3 === 0 ? random64() % 100000n : random64())));
    }
    for (const c of cases) {
      const expected = referenceTupleHash(c);
      expect(hashed(c, false)).toBe(expected);
      expect(hashed(c, true)).toBe(expected);
    }
  });

  it("gives python3's hash of (1, 2) and of ()", () => {
    // python3 -c 'print(hash((1, 2)), hash(()))'
    expect(hashed([1n, 2n], true)).toBe(-3550055125485641917n);
    expect(hashed([], true)).toBe(5740354900026072187n);
  });
});
