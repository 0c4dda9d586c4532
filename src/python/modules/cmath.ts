// The cmath module: complex versions of math's functions (cmathFunctions.ts), with CPython's argument
// conversion (__complex__, then a real number), errors from errno, and its constants.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyInstance } from '../runtime/objects';
import { PyComplex, newComplex } from '../runtime/complexObject';
import { newBool, newFloat, newTuple } from '../runtime/factory';
import { decref } from '../runtime/heap';
import { floatOf } from '../runtime/ops/numbers';
import { cDiff, cQuot, hypot, type Complex } from '../runtime/complexMath';
import { libm } from '../runtime/libm';
import { builtinFunction, positionalOrKeyword } from '../builtins/define';
import {
  cCos, cCosh, cExp, cLog, cLog10, cRect, cSin, cSinh, cSqrt, cTan, cTanh, type CmathResult, type MathErrno,
} from './cmathFunctions';
import { cAcos, cAcosh, cAsin, cAsinh, cAtan, cAtanh } from './cmathInverse';
import type { VM } from '../vm/vm';

/** PyComplex_AsCComplex: a complex, an object with __complex__, or a real number. */
function complexArgument(vm: VM, o: PyObject): Complex {
  if (o instanceof PyComplex) return { real: o.real, imag: o.imag };
  const method = o instanceof PyInstance ? o.type.lookup('__complex__') : undefined;
  if (method) {
    const r = vm.callSpecial(method, o, []);
    try {
      if (!(r instanceof PyComplex)) throw new NativeRaise('TypeError', `__complex__ returned non-complex (type ${r.type.name})`);
      return { real: r.real, imag: r.imag };
    } finally {
      decref(r);
    }
  }
  return { real: floatOf(vm, o), imag: 0 };
}

/** _Py_c_abs without raising: infinite if a part is, NaN if a part is NaN, else hypot (inf on overflow). */
function magnitude(z: Complex): number {
  if (Math.abs(z.real) === Infinity || Math.abs(z.imag) === Infinity) return Infinity;
  return hypot(z.real, z.imag);
}

function raiseErrno(errno: MathErrno): void {
  if (errno === 'EDOM') throw new NativeRaise('ValueError', 'math domain error');
  if (errno === 'ERANGE') throw new NativeRaise('OverflowError', 'math range error');
}

function checked(r: CmathResult): PyObject {
  raiseErrno(r.errno);
  return newComplex(r.z.real, r.z.imag);
}

/** A METH_O function of one complex. */
function oneComplex(name: string, f: (vm: VM, z: Complex) => PyObject): PyObject {
  return builtinFunction(name, (vm, args, kwargs) => {
    if (kwargs && kwargs.size) throw new NativeRaise('TypeError', `cmath.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw new NativeRaise('TypeError', `cmath.${name}() takes exactly one argument (${args.length} given)`);
    return f(vm, complexArgument(vm, args[0]));
  });
}

function positionalCount(name: string, args: PyObject[], kwargs: Map<string, PyObject> | null, min: number, max: number): void {
  if (kwargs && kwargs.size) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const s = (k: number) => (k === 1 ? '' : 's');
  if (min === max) throw new NativeRaise('TypeError', `${name} expected ${min} argument${s(min)}, got ${n}`);
  if (n < min) throw new NativeRaise('TypeError', `${name} expected at least ${min} argument${s(min)}, got ${n}`);
  throw new NativeRaise('TypeError', `${name} expected at most ${max} argument${s(max)}, got ${n}`);
}

function log(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  positionalCount('log', args, kwargs, 1, 2);
  const x = cLog(complexArgument(vm, args[0]));
  let z = x.z;
  let errno = x.errno;
  if (args.length === 2) {
    const y = cLog(complexArgument(vm, args[1]));
    if (y.errno) errno = y.errno;
    const q = cQuot(z, y.z);
    // _Py_c_quot sets EDOM for a zero divisor (log(1) as the base).
    if (q === null) {
      errno = 'EDOM';
      z = { real: NaN, imag: NaN };
    } else z = q;
  }
  raiseErrno(errno);
  return newComplex(z.real, z.imag);
}

function isclose(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (args.length > 2) throw new NativeRaise('TypeError', `isclose() takes exactly 2 positional arguments (${args.length} given)`);
  const [ao, bo, relo, abso] = positionalOrKeyword('isclose', args, kwargs, ['a', 'b', 'rel_tol', 'abs_tol'], 2);
  if (ao === undefined) throw new NativeRaise('TypeError', "isclose() missing required argument 'a' (pos 1)");
  if (bo === undefined) throw new NativeRaise('TypeError', "isclose() missing required argument 'b' (pos 2)");
  const a = complexArgument(vm, ao), b = complexArgument(vm, bo);
  const rel = relo ? floatOf(vm, relo) : 1e-9;
  const abs = abso ? floatOf(vm, abso) : 0.0;
  if (rel < 0.0 || abs < 0.0) throw new NativeRaise('ValueError', 'tolerances must be non-negative');
  if (a.real === b.real && a.imag === b.imag) return newBool(true);
  const inf = (x: number) => x === Infinity || x === -Infinity;
  if (inf(a.real) || inf(a.imag) || inf(b.real) || inf(b.imag)) return newBool(false);
  const diff = magnitude(cDiff(a, b));
  return newBool(diff <= rel * magnitude(b) || diff <= rel * magnitude(a) || diff <= abs);
}

export function cmathModuleContents(_vm: VM): Record<string, PyObject> {
  return {
    acos: oneComplex('acos', (_v, z) => checked(cAcos(z))),
    acosh: oneComplex('acosh', (_v, z) => checked(cAcosh(z))),
    asin: oneComplex('asin', (_v, z) => checked(cAsin(z))),
    asinh: oneComplex('asinh', (_v, z) => checked(cAsinh(z))),
    atan: oneComplex('atan', (_v, z) => checked(cAtan(z))),
    atanh: oneComplex('atanh', (_v, z) => checked(cAtanh(z))),
    cos: oneComplex('cos', (_v, z) => checked(cCos(z))),
    cosh: oneComplex('cosh', (_v, z) => checked(cCosh(z))),
    exp: oneComplex('exp', (_v, z) => checked(cExp(z))),
    isclose: builtinFunction('isclose', isclose),
    isfinite: oneComplex('isfinite', (_v, z) => newBool(Number.isFinite(z.real) && Number.isFinite(z.imag))),
    isinf: oneComplex('isinf', (_v, z) => newBool(Math.abs(z.real) === Infinity || Math.abs(z.imag) === Infinity)),
    isnan: oneComplex('isnan', (_v, z) => newBool(Number.isNaN(z.real) || Number.isNaN(z.imag))),
    log: builtinFunction('log', log),
    log10: oneComplex('log10', (_v, z) => checked(cLog10(z))),
    phase: oneComplex('phase', (_v, z) => newFloat(libm.atan2(z.imag, z.real))),
    polar: oneComplex('polar', (_v, z) => {
      const phi = libm.atan2(z.imag, z.real);
      const r = magnitude(z);
      if (Number.isFinite(z.real) && Number.isFinite(z.imag) && !Number.isFinite(r)) throw new NativeRaise('OverflowError', 'math range error');
      return newTuple([newFloat(r), newFloat(phi)]);
    }),
    rect: builtinFunction('rect', (vm, args, kwargs) => {
      positionalCount('rect', args, kwargs, 2, 2);
      return checked(cRect(floatOf(vm, args[0]), floatOf(vm, args[1])));
    }),
    sin: oneComplex('sin', (_v, z) => checked(cSin(z))),
    sinh: oneComplex('sinh', (_v, z) => checked(cSinh(z))),
    sqrt: oneComplex('sqrt', (_v, z) => checked(cSqrt(z))),
    tan: oneComplex('tan', (_v, z) => checked(cTan(z))),
    tanh: oneComplex('tanh', (_v, z) => checked(cTanh(z))),
    pi: newFloat(Math.PI),
    e: newFloat(Math.E),
    tau: newFloat(2 * Math.PI),
    inf: newFloat(Infinity),
    infj: newComplex(0, Infinity),
    nan: newFloat(NaN),
    nanj: newComplex(0, NaN),
  };
}
