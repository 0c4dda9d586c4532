// The math module: CPython 3.11's functions with its argument handling, domain and range errors.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyFloat, PyInstance, PyInt, PyNone } from '../runtime/objects';
import { newBool, newFloat, newInt, newTuple } from '../runtime/factory';
import { decref, incref } from '../runtime/heap';
import { big, norm } from '../runtime/intMath';
import { libm, libmPow } from '../runtime/libm';
import { copysign } from '../runtime/floatBits';
import { exactIntOf, floatOf, indexOf, pythonNumberMethod } from '../runtime/ops/numbers';
import { binaryOp } from '../runtime/ops/arith';
import { BinaryOpArg } from '../bytecode/opcodes';
import { floatToIntTruncate } from '../format';
import { builtinFunction, positionalOrKeyword } from '../builtins/define';
import { comb, factorial, gcd, isqrt, lcm, perm } from './mathIntegers';
import { bigFrexp, frexp, fsum, ldexp, nextafter, remainder, ulp, vectorNorm } from './mathFloats';
import { lgamma, tgamma } from './mathGamma';
import type { VM } from '../vm/vm';

type Args = PyObject[];
type Kwargs = Map<string, PyObject> | null;

const domainError = () => new NativeRaise('ValueError', 'math domain error');
const rangeError = () => new NativeRaise('OverflowError', 'math range error');

/** A METH_O function: exactly one positional argument. */
function methO(name: string, f: (vm: VM, x: PyObject) => PyObject): PyObject {
  return builtinFunction(name, (vm, args, kwargs) => {
    if (kwargs && kwargs.size) throw new NativeRaise('TypeError', `math.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw new NativeRaise('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
    return f(vm, args[0]);
  });
}

/** A positional-only function of min..max arguments (Argument Clinic's count messages). */
function positional(name: string, min: number, max: number, f: (vm: VM, args: Args) => PyObject): PyObject {
  return builtinFunction(name, (vm, args, kwargs) => {
    if (kwargs && kwargs.size) throw new NativeRaise('TypeError', `math.${name}() takes no keyword arguments`);
    const n = args.length;
    if (n < min || n > max) {
      if (min === max) throw new NativeRaise('TypeError', `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
      if (n < min) throw new NativeRaise('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
      throw new NativeRaise('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    }
    return f(vm, args);
  });
}

/** math_1: NaN from a non-NaN is a domain error; inf from a finite x is overflow (or a singularity). */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): PyObject {
  return methO(name, (vm, o) => {
    const x = floatOf(vm, o);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
    return newFloat(r);
  });
}

/** math_1a: errors come from the function itself (gamma, lgamma, erf, erfc). */
function math1a(name: string, f: (x: number) => number): PyObject {
  return methO(name, (vm, o) => newFloat(f(floatOf(vm, o))));
}

/** math_2: NaN from non-NaNs is a domain error, inf from finite values a range error. */
function math2(name: string, f: (x: number, y: number) => number): PyObject {
  return positional(name, 2, 2, (vm, args) => {
    const x = floatOf(vm, args[0]), y = floatOf(vm, args[1]);
    const r = f(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) throw rangeError();
    return newFloat(r);
  });
}


/** C pow for finite x and y (negative bases with integer exponents, signed zeros). */
function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  const oddY = Math.abs(y % 2) === 1;
  if (x === 0) {
    if (y > 0) return oddY ? x : 0;
    return oddY ? copysign(Infinity, x) : Infinity;
  }
  if (x < 0) {
    if (y !== Math.floor(y)) return NaN;
    if (x === -1) return oddY ? -1 : 1;
    const r = libmPow(-x, y);
    return oddY ? -r : r;
  }
  return libmPow(x, y);
}

/** math.pow (math_pow_impl): IEEE specials by hand, libm for finite values. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y % 2) === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = cPow(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

/** loghelper: ints too big for a float are logged as m * 2**e. */
function logOf(vm: VM, o: PyObject, f: (x: number) => number): number {
  const iv = exactIntOf(o);
  if (iv !== null) {
    const v = big(iv);
    if (v <= 0n) throw domainError();
    const x = Number(v);
    if (Number.isFinite(x)) return checkedLog(x, f);
    const [m, e] = bigFrexp(v);
    return f(m) + f(2.0) * e;
  }
  return checkedLog(floatOf(vm, o), f);
}

function checkedLog(x: number, f: (x: number) => number): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0 || x === -Infinity) throw domainError();
  return f(x);
}

/** floor/ceil: ints as they are, floats rounded, others by __floor__/__ceil__ or as floats. */
function roundingFunction(name: string, dunder: string, f: (x: number) => number): PyObject {
  return methO(name, (vm, o) => {
    const own = pythonNumberMethod(o, dunder);
    if (own) return vm.callSpecial(own, o, []);
    if (o instanceof PyFloat) return newInt(floatToIntTruncate(f(o.value)));
    if (o instanceof PyInt) return newInt(o.value);
    const iv = exactIntOf(o);
    if (iv !== null) return newInt(iv);
    return newInt(floatToIntTruncate(f(floatOf(vm, o))));
  });
}

function bigIndex(vm: VM, o: PyObject): bigint {
  return big(indexOf(vm, o));
}

/** gcd/lcm over any number of int arguments. */
function intFold(name: string, start: bigint, f: (a: bigint, b: bigint) => bigint): PyObject {
  return builtinFunction(name, (vm, args, kwargs) => {
    if (kwargs && kwargs.size) throw new NativeRaise('TypeError', `math.${name}() takes no keyword arguments`);
    if (args.length === 0) return newInt(start);
    let acc = bigIndex(vm, args[0]);
    if (args.length === 1) return newInt(acc < 0n ? -acc : acc);
    for (let i = 1; i < args.length; i++) acc = f(acc, bigIndex(vm, args[i]));
    return newInt(norm(acc));
  });
}

function floats(vm: VM, iterable: PyObject): number[] {
  const items = vm.collectItems(iterable);
  try {
    return items.map((o) => floatOf(vm, o));
  } finally {
    for (const o of items) decref(o);
  }
}

function prod(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  if (args.length !== 1) throw new NativeRaise('TypeError', `prod() takes exactly 1 positional argument (${args.length} given)`);
  for (const k of kwargs?.keys() ?? []) {
    if (k !== 'start') throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for prod()`);
  }
  const items = vm.collectItems(args[0]);
  const start = kwargs?.get('start');
  let acc: PyObject = start ? incref(start) : newInt(1);
  try {
    for (const item of items) {
      const next = binaryOp(vm, acc, item, BinaryOpArg.MULTIPLY);
      decref(acc);
      acc = next;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    for (const o of items) decref(o);
  }
  // CPython's int and float fast paths build a new result even when nothing was multiplied.
  if (acc === start && (acc instanceof PyFloat || acc instanceof PyInt)) {
    decref(acc);
    return acc instanceof PyFloat ? newFloat(acc.value) : newInt(acc.value);
  }
  return acc;
}

function isclose(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  if (args.length > 2) throw new NativeRaise('TypeError', `isclose() takes exactly 2 positional arguments (${args.length} given)`);
  const [ao, bo, relo, abso] = positionalOrKeyword('isclose', args, kwargs, ['a', 'b', 'rel_tol', 'abs_tol'], 2);
  const a = floatOf(vm, ao!), b = floatOf(vm, bo!);
  const rel = relo ? floatOf(vm, relo) : 1e-9;
  const abs = abso ? floatOf(vm, abso) : 0.0;
  if (rel < 0.0 || abs < 0.0) throw new NativeRaise('ValueError', 'tolerances must be non-negative');
  if (a === b) return newBool(true);
  if (Math.abs(a) === Infinity || Math.abs(b) === Infinity) return newBool(false);
  const diff = Math.abs(b - a);
  return newBool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
}

function mathLog(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  if (kwargs && kwargs.size) throw new NativeRaise('TypeError', 'log() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) throw new NativeRaise('TypeError', 'math.log requires 1 to 2 arguments');
  const num = logOf(vm, args[0], libm.log);
  if (args.length === 1) return newFloat(num);
  const den = logOf(vm, args[1], libm.log);
  if (den === 0) throw new NativeRaise('ZeroDivisionError', 'float division by zero');
  return newFloat(num / den);
}

function hypot(vm: VM, args: Args, kwargs: Kwargs): PyObject {
  if (kwargs && kwargs.size) throw new NativeRaise('TypeError', 'math.hypot() takes no keyword arguments');
  let max = 0.0, foundNan = false;
  const coords = args.map((o) => {
    const x = Math.abs(floatOf(vm, o));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return newFloat(vectorNorm(coords, max, foundNan));
}

function dist(vm: VM, args: Args): PyObject {
  const p = floats(vm, args[0]), q = floats(vm, args[1]);
  if (p.length !== q.length) throw new NativeRaise('ValueError', 'both points must have the same number of dimensions');
  let max = 0.0, foundNan = false;
  const diffs = p.map((px, i) => {
    const x = Math.abs(px - q[i]);
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return newFloat(vectorNorm(diffs, max, foundNan));
}

function mathLdexp(vm: VM, args: Args): PyObject {
  const x = floatOf(vm, args[0]);
  const i = exactIntOf(args[1]);
  if (i === null) throw new NativeRaise('TypeError', 'Expected an int as second argument to ldexp.');
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  const e = big(i);
  if (e > 2147483647n) throw rangeError();
  if (e < -2147483648n) return newFloat(copysign(0, x));
  const r = ldexp(x, Number(e));
  if (!Number.isFinite(r)) throw rangeError();
  return newFloat(r);
}

function mathFmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  return x % y;
}

function mathModf(vm: VM, o: PyObject): PyObject {
  const x = floatOf(vm, o);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
    return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
  }
  const ip = Math.trunc(x);
  return newTuple([newFloat(copysign(x - ip, x)), newFloat(ip)]);
}

const RAD_TO_DEG = 180.0 / Math.PI;
const DEG_TO_RAD = Math.PI / 180.0;

export function mathModuleContents(_vm: VM): Record<string, PyObject> {
  return {
    pi: newFloat(Math.PI),
    e: newFloat(Math.E),
    tau: newFloat(2 * Math.PI),
    inf: newFloat(Infinity),
    nan: newFloat(NaN),
    acos: math1('acos', libm.acos, false),
    acosh: math1('acosh', libm.acosh, false),
    asin: math1('asin', libm.asin, false),
    asinh: math1('asinh', libm.asinh, false),
    atan: math1('atan', libm.atan, false),
    atan2: math2('atan2', libm.atan2),
    atanh: math1('atanh', libm.atanh, false),
    cbrt: math1('cbrt', libm.cbrt, false),
    ceil: roundingFunction('ceil', '__ceil__', Math.ceil),
    comb: positional('comb', 2, 2, (vm, a) => newInt(norm(comb(bigIndex(vm, a[0]), bigIndex(vm, a[1]))))),
    copysign: math2('copysign', copysign),
    cos: math1('cos', libm.cos, false),
    cosh: math1('cosh', libm.cosh, true),
    degrees: methO('degrees', (vm, o) => newFloat(floatOf(vm, o) * RAD_TO_DEG)),
    dist: positional('dist', 2, 2, dist),
    erf: math1a('erf', libm.erf),
    erfc: math1a('erfc', libm.erfc),
    exp: math1('exp', libm.exp, true),
    exp2: math1('exp2', libm.exp2, true),
    expm1: math1('expm1', libm.expm1, true),
    fabs: math1('fabs', Math.abs, false),
    factorial: methO('factorial', (vm, o) => newInt(norm(factorial(bigIndex(vm, o))))),
    floor: roundingFunction('floor', '__floor__', Math.floor),
    fmod: math2('fmod', mathFmod),
    frexp: methO('frexp', (vm, o) => {
      const [m, e] = frexp(floatOf(vm, o));
      return newTuple([newFloat(m), newInt(e)]);
    }),
    fsum: methO('fsum', (vm, o) => newFloat(fsum(floats(vm, o)))),
    gamma: math1a('gamma', tgamma),
    gcd: intFold('gcd', 0n, gcd),
    hypot: builtinFunction('hypot', hypot),
    isclose: builtinFunction('isclose', isclose),
    isfinite: methO('isfinite', (vm, o) => newBool(Number.isFinite(floatOf(vm, o)))),
    isinf: methO('isinf', (vm, o) => newBool(Math.abs(floatOf(vm, o)) === Infinity)),
    isnan: methO('isnan', (vm, o) => newBool(Number.isNaN(floatOf(vm, o)))),
    isqrt: methO('isqrt', (vm, o) => newInt(norm(isqrt(bigIndex(vm, o))))),
    lcm: intFold('lcm', 1n, lcm),
    ldexp: positional('ldexp', 2, 2, mathLdexp),
    lgamma: math1a('lgamma', lgamma),
    log: builtinFunction('log', mathLog),
    log10: methO('log10', (vm, o) => newFloat(logOf(vm, o, libm.log10))),
    log1p: math1('log1p', libm.log1p, false),
    log2: methO('log2', (vm, o) => newFloat(logOf(vm, o, libm.log2))),
    modf: methO('modf', mathModf),
    nextafter: math2('nextafter', nextafter),
    perm: positional('perm', 1, 2, (vm, a) => {
      const k = a[1] === undefined || a[1] instanceof PyNone ? null : bigIndex(vm, a[1]);
      return newInt(norm(perm(bigIndex(vm, a[0]), k)));
    }),
    pow: positional('pow', 2, 2, (vm, a) => newFloat(mathPow(floatOf(vm, a[0]), floatOf(vm, a[1])))),
    prod: builtinFunction('prod', prod),
    radians: methO('radians', (vm, o) => newFloat(floatOf(vm, o) * DEG_TO_RAD)),
    remainder: math2('remainder', remainder),
    sin: math1('sin', libm.sin, false),
    sinh: math1('sinh', libm.sinh, true),
    sqrt: math1('sqrt', Math.sqrt, false),
    tan: math1('tan', libm.tan, false),
    tanh: math1('tanh', libm.tanh, false),
    trunc: methO('trunc', (vm, o) => {
      const own = pythonNumberMethod(o, '__trunc__');
      if (own) return vm.callSpecial(own, o, []);
      if (o instanceof PyFloat) return newInt(floatToIntTruncate(o.value));
      const iv = exactIntOf(o);
      if (iv !== null) return newInt(iv);
      const m = o instanceof PyInstance ? o.type.lookup('__trunc__') : undefined;
      if (!m) throw new NativeRaise('TypeError', `type ${o.type.name} doesn't define __trunc__ method`);
      return vm.callSpecial(m, o, []);
    }),
    ulp: methO('ulp', (vm, o) => newFloat(ulp(floatOf(vm, o)))),
  };
}

