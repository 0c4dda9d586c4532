// The math module: the functions teaching programs use, computed with IEEE doubles as CPython's libm does.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInt } from '../runtime/objects';
import { newBool, newFloat, newInt } from '../runtime/factory';
import { big } from '../runtime/intMath';
import { builtinFunction, expectArgs } from '../builtins/define';
import type { VM } from '../vm/vm';

function num(o: PyObject, fname: string): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return Number(o.value);
  if (o instanceof PyBool) return o.value ? 1 : 0;
  throw new NativeRaise('TypeError', `must be real number, not ${o.type.name}`);
  void fname;
}

function intOf(o: PyObject, fname: string): bigint {
  if (o instanceof PyInt) return big(o.value);
  if (o instanceof PyBool) return o.value ? 1n : 0n;
  throw new NativeRaise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  void fname;
}

function domain(x: number): number {
  if (Number.isNaN(x)) throw new NativeRaise('ValueError', 'math domain error');
  return x;
}

const unary = (name: string, f: (x: number) => number) =>
  builtinFunction(name, (_vm, args) => {
    expectArgs(name, args, 1);
    const x = num(args[0], name);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw new NativeRaise('ValueError', 'math domain error');
    return newFloat(r);
  });

export function mathModuleContents(_vm: VM): Record<string, PyObject> {
  return {
    pi: newFloat(Math.PI),
    e: newFloat(Math.E),
    tau: newFloat(2 * Math.PI),
    inf: newFloat(Infinity),
    nan: newFloat(NaN),
    sqrt: unary('sqrt', Math.sqrt),
    exp: unary('exp', Math.exp),
    sin: unary('sin', Math.sin),
    cos: unary('cos', Math.cos),
    tan: unary('tan', Math.tan),
    atan: unary('atan', Math.atan),
    fabs: unary('fabs', Math.abs),
    log10: unary('log10', (x) => (x <= 0 ? NaN : Math.log10(x))),
    log2: unary('log2', (x) => (x <= 0 ? NaN : Math.log2(x))),
    log: builtinFunction('log', (_vm2, args) => {
      expectArgs('log', args, 1, 2);
      const x = num(args[0], 'log');
      if (x <= 0) throw new NativeRaise('ValueError', 'math domain error');
      const r = args[1] ? Math.log(x) / Math.log(num(args[1], 'log')) : Math.log(x);
      return newFloat(domain(r));
    }),
    floor: builtinFunction('floor', (_vm2, args) => {
      expectArgs('floor', args, 1);
      if (args[0] instanceof PyInt) return newInt(args[0].value);
      return newInt(BigInt(Math.floor(num(args[0], 'floor'))));
    }),
    ceil: builtinFunction('ceil', (_vm2, args) => {
      expectArgs('ceil', args, 1);
      if (args[0] instanceof PyInt) return newInt(args[0].value);
      return newInt(BigInt(Math.ceil(num(args[0], 'ceil'))));
    }),
    trunc: builtinFunction('trunc', (_vm2, args) => newInt(BigInt(Math.trunc(num(args[0], 'trunc'))))),
    pow: builtinFunction('pow', (_vm2, args) => newFloat(Math.pow(num(args[0], 'pow'), num(args[1], 'pow')))),
    hypot: builtinFunction('hypot', (_vm2, args) => newFloat(Math.hypot(...args.map((a) => num(a, 'hypot'))))),
    isclose: builtinFunction('isclose', (_vm2, args, kwargs) => {
      const a = num(args[0], 'isclose'), b = num(args[1], 'isclose');
      const rel = kwargs?.get('rel_tol') ? num(kwargs.get('rel_tol')!, 'isclose') : 1e-9;
      const abs = kwargs?.get('abs_tol') ? num(kwargs.get('abs_tol')!, 'isclose') : 0;
      return newBool(a === b || Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs));
    }),
    isnan: builtinFunction('isnan', (_vm2, args) => newBool(Number.isNaN(num(args[0], 'isnan')))),
    isinf: builtinFunction('isinf', (_vm2, args) => newBool(Math.abs(num(args[0], 'isinf')) === Infinity)),
    gcd: builtinFunction('gcd', (_vm2, args) => {
      let g = 0n;
      for (const a of args) {
        let x = intOf(a, 'gcd');
        if (x < 0n) x = -x;
        while (x) [g, x] = [x, g % x];
      }
      return newInt(g < 0n ? -g : g);
    }),
    factorial: builtinFunction('factorial', (_vm2, args) => {
      expectArgs('factorial', args, 1);
      const n = intOf(args[0], 'factorial');
      if (n < 0n) throw new NativeRaise('ValueError', 'factorial() not defined for negative values');
      let r = 1n;
      for (let i = 2n; i <= n; i++) r *= i;
      return newInt(r);
    }),
    isqrt: builtinFunction('isqrt', (_vm2, args) => {
      const n = intOf(args[0], 'isqrt');
      if (n < 0n) throw new NativeRaise('ValueError', 'isqrt() argument must be nonnegative');
      if (n < 2n) return newInt(n);
      let x = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return newInt(x);
    }),
  };
}
