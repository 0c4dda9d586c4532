// The C library's math functions as CPython calls them (glibc on 64-bit Linux): correctly rounded results.

/** pow(x, y) for finite positive x != 1 and finite non-zero y. */
export function libmPow(x: number, y: number): number {
  return Math.pow(x, y);
}
