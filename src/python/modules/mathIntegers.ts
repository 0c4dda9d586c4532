// The integer functions of the math module: factorial, comb, perm, isqrt, gcd, lcm (exact, on bigints).

import { NativeRaise } from '../errors';

const LLONG_MAX = 9223372036854775807n;

/** The product lo * (lo+1) * ... * hi by binary splitting (balanced multiplications stay fast for big n). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

export function factorial(n: bigint): bigint {
  if (n < 0n) throw new NativeRaise('ValueError', 'factorial() not defined for negative values');
  if (n > LLONG_MAX) throw new NativeRaise('OverflowError', `factorial() argument should not exceed ${LLONG_MAX}`);
  return rangeProduct(2n, n);
}

/** math.comb(n, k): n! / (k! (n-k)!). */
export function comb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new NativeRaise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new NativeRaise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  const small = k < n - k ? k : n - k;
  if (small > LLONG_MAX) throw new NativeRaise('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  if (small === 0n) return 1n;
  return rangeProduct(n - small + 1n, n) / rangeProduct(1n, small);
}

/** math.perm(n, k): n! / (n-k)!; k None is factorial(n). */
export function perm(n: bigint, k: bigint | null): bigint {
  if (k === null) return factorial(n);
  if (n < 0n) throw new NativeRaise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new NativeRaise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  if (k > LLONG_MAX) throw new NativeRaise('OverflowError', `k must not exceed ${LLONG_MAX}`);
  return rangeProduct(n - k + 1n, n);
}

/** Integer square root by Newton's method from a float estimate. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new NativeRaise('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  const f = Number(n);
  let x: bigint;
  if (f < 2 ** 52) x = BigInt(Math.floor(Math.sqrt(f)));
  else {
    // Start above the root: Newton's iteration then decreases monotonically to it.
    const bits = n.toString(16).length * 4;
    x = 1n << BigInt((bits >> 1) + 1);
    for (;;) {
      const y = (x + n / x) >> 1n;
      if (y >= x) break;
      x = y;
    }
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** lcm of two: 0 when either is 0, else |a*b| / gcd. */
export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const r = (a / gcd(a, b)) * b;
  return r < 0n ? -r : r;
}
