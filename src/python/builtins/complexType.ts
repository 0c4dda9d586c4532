// The complex type: complex() from numbers and strings, repr, arithmetic with ints and floats on either side,
// ==, hash (real hash + 1000003 * imag hash), real/imag/conjugate, and the unary operators.

import { NON_STR, type MapKey } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyFloat, PyStr } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newFloat, newInt, newStr, newTuple } from '../runtime/factory';
import { PyComplex, newComplex } from '../runtime/complexObject';
import { cAbs, cDiff, cProd, cSum, complexDiv, complexPow, type Complex } from '../runtime/complexMath';
import { exactIntOf, floatOf, floatOfOwnMethod, hasNumberFloat, pythonNumberMethod } from '../runtime/ops/numbers';
import { floatHash, pointerHash } from '../runtime/hash';
import { floatRepr } from '../format';
import { withoutUnderscores } from '../format/numbers';
import { asciiDigitsAndSpaces } from '../format/unicodeDigits';
import { strRepr } from '../format/strRepr';
import { intToFloat } from '../runtime/intMath';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { NOARGS, O, defineMethods, positionalOrKeyword } from './define';
import { builtinFormatMethod } from '../runtime/ops/formatting';
import { defineGetSets, defineNew, defineSlots, notImplemented, slot, type SlotDef } from './slotWrappers';
import { builtinNew } from './objectSlots';
import { COMPARISONS } from './numberSlots';
import type { NativeSlots } from '../runtime/nativeSlots';
import type { VM } from '../vm/vm';

/** One part as 'r' formatting without the added '.0' (complex_repr). */
function part(x: number): string {
  const s = floatRepr(x);
  return s.endsWith('.0') && !s.includes('e') ? s.slice(0, -2) : s;
}

export function complexRepr(z: Complex): string {
  if (z.real === 0 && !Object.is(z.real, -0)) return part(z.imag) + 'j';
  const negativeImag = z.imag < 0 || Object.is(z.imag, -0);
  return `(${part(z.real)}${negativeImag ? '' : '+'}${part(z.imag)}j)`;
}

/** An operand as a complex: complex itself, ints and floats (int overflow as float() raises); else null. */
function operand(o: PyObject): Complex | null {
  if (o instanceof PyComplex) return o;
  if (o instanceof PyFloat) return { real: o.value, imag: 0 };
  const i = exactIntOf(o);
  if (i !== null) return { real: intToFloat(i), imag: 0 };
  return null;
}

function binary(_vm: VM, self: PyObject, other: PyObject, op: number, _inplace: boolean, reflected: boolean): PyObject | null {
  const o = operand(other);
  if (o === null) return null;
  const [a, b] = reflected ? [o, self as PyComplex] : [self as PyComplex, o];
  let r: Complex;
  switch (op) {
    case BinaryOpArg.ADD: r = cSum(a, b); break;
    case BinaryOpArg.SUBTRACT: r = cDiff(a, b); break;
    case BinaryOpArg.MULTIPLY: r = cProd(a, b); break;
    case BinaryOpArg.TRUE_DIVIDE: r = complexDiv(a, b); break;
    case BinaryOpArg.POWER: r = complexPow(a, b); break;
    default: return null;
  }
  return newComplex(r.real, r.imag);
}

/** complex_richcompare: == and != with numbers (an int compared exactly when the imaginary part is 0). */
function compare(_vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null {
  if (op !== CompareOpArg.EQ && op !== CompareOpArg.NE) return null;
  const z = a as PyComplex;
  let equal: boolean;
  const i = exactIntOf(b);
  if (i !== null) equal = z.imag === 0 && Number.isFinite(z.real) && Number.isInteger(z.real) && BigInt(z.real) === BigInt(i);
  else if (b instanceof PyFloat) equal = z.imag === 0 && z.real === b.value;
  else if (b instanceof PyComplex) equal = z.real === b.real && z.imag === b.imag;
  else return null;
  return newBool(equal === (op === CompareOpArg.EQ));
}

const MASK64 = (1n << 64n) - 1n;

function hash(o: PyObject): bigint {
  const z = o as PyComplex;
  // A NaN part hashes by the complex object's address, as _Py_HashDouble is given the complex.
  const part = (x: number) => (Number.isNaN(x) ? pointerHash(o) : floatHash({ value: x } as PyFloat));
  const hr = part(z.real), hi = part(z.imag);
  const combined = BigInt.asIntN(64, (BigInt.asUintN(64, hr) + 1000003n * BigInt.asUintN(64, hi)) & MASK64);
  return combined === -1n ? -2n : combined;
}

/** Equal numbers share a dict key: a complex without imaginary part files under its real part's float key. */
function hashKey(o: PyObject): MapKey {
  const z = o as PyComplex;
  if (z.imag === 0) {
    const v = z.real;
    if (Number.isInteger(v)) return Math.abs(v) <= Number.MAX_SAFE_INTEGER ? v + 0 : NON_STR + 'i' + BigInt(v).toString();
    if (Number.isNaN(v)) return NON_STR + 'o' + o.id;
    return NON_STR + 'f' + v;
  }
  if (Number.isNaN(z.real) || Number.isNaN(z.imag)) return NON_STR + 'o' + o.id;
  return NON_STR + 'c' + (z.real + 0) + ',' + (z.imag + 0);
}

function unary(o: PyObject, op: '-' | '+' | '~' | 'abs'): PyObject | null {
  const z = o as PyComplex;
  if (op === '-') return newComplex(-z.real, -z.imag);
  if (op === '+') return o.type === T.complex ? incref(o) : newComplex(z.real, z.imag);
  if (op === 'abs') return newFloat(cAbs(z));
  return null;
}

const slots: NativeSlots = {
  repr: (_vm, o) => complexRepr(o as PyComplex),
  sizeof: () => 32,
  binary,
  compare,
  hash: (_vm, o) => hash(o),
  valueKey: (_vm, o) => hashKey(o),
  unary,
  truth: (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0,
};

const NUM = String.raw`(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan`;
const REAL_ONLY = new RegExp(`^[+-]?(?:${NUM})$`, 'i');
const WITH_IMAG = new RegExp(`^(?:([+-]?(?:${NUM}))(?=[+-]))?([+-]?)(${NUM})?j$`, 'i');

function parseFloatText(s: string): number {
  const t = s.replace(/_/g, '').toLowerCase();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return NaN;
  return Number(t);
}

/**
 * complex(str): Unicode digits and spaces as ASCII first, then underscores between digits removed
 * (_Py_string_to_number_with_underscores, whose own error names the text), then complex_from_string_inner.
 */
function parseComplex(text: string): Complex {
  const ascii = asciiDigitsAndSpaces(text);
  const plain = withoutUnderscores(ascii);
  if (plain === null) throw new NativeRaise('ValueError', `could not convert string to complex: ${strRepr(text)}`);
  return parseComplexInner(plain);
}

/** complex_from_string_inner: `1+2j`, `-j`, `(3)`, with whitespace around and inside the parentheses. */
function parseComplexInner(text: string): Complex {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const malformed = () => new NativeRaise('ValueError', 'complex() arg is a malformed string');
  if (REAL_ONLY.test(s)) return { real: parseFloatText(s), imag: 0 };
  const m = WITH_IMAG.exec(s);
  if (!m) throw malformed();
  const real = m[1] === undefined ? 0 : parseFloatText(m[1]);
  const magnitude = m[3] === undefined ? 1 : parseFloatText(m[3]);
  return { real, imag: m[2] === '-' ? -magnitude : magnitude };
}

/** The first argument as a complex: __complex__, a complex, or a real number. */
function asComplex(vm: VM, o: PyObject, which: 'first' | 'second'): Complex {
  if (o instanceof PyComplex) return o;
  const method = pythonNumberMethod(o, '__complex__');
  if (method && which === 'first') {
    const r = vm.callSpecial(method, o, []);
    try {
      if (!(r instanceof PyComplex)) throw new NativeRaise('TypeError', `__complex__ returned non-complex (type ${r.type.name})`);
      return { real: r.real, imag: r.imag };
    } finally {
      decref(r);
    }
  }
  // A number is what has nb_float or nb_index (an __int__ alone is not); its value is PyNumber_Float's.
  if (!hasNumberFloat(o)) {
    throw new NativeRaise('TypeError', which === 'first'
      ? `complex() first argument must be a string or a number, not '${o.type.name}'`
      : `complex() second argument must be a number, not '${o.type.name}'`);
  }
  return { real: floatOfOwnMethod(vm, o) ?? floatOf(vm, o), imag: 0 };
}

function complexNew(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [r, i] = positionalOrKeyword('complex', args, kwargs, ['real', 'imag'], 0);
  if (r instanceof PyStr) {
    if (i !== undefined) throw new NativeRaise('TypeError', "complex() can't take second arg if first is a string");
    const z = parseComplex(r.value);
    return newComplex(z.real, z.imag);
  }
  if (i instanceof PyStr) throw new NativeRaise('TypeError', "complex() second arg can't be a string");
  if (r !== undefined && i === undefined && r.type === T.complex) return incref(r);
  const cr = r === undefined ? { real: 0, imag: 0 } : asComplex(vm, r, 'first');
  if (i === undefined) return newComplex(cr.real, cr.imag);
  const ci = asComplex(vm, i, 'second');
  // complex_new adjusts each part only by a complex argument's other part (so -0.0 parts survive).
  const real = i instanceof PyComplex ? cr.real - ci.imag : cr.real;
  const imag = r instanceof PyComplex || (r !== undefined && r.type.lookup('__complex__')) ? ci.real + cr.imag : ci.real;
  return newComplex(real, imag);
}

export function installComplex(): void {
  T.complex.nativeSlots = slots;
  T.complex.nativeNew = complexNew;
  defineNew(T.complex, builtinNew(T.complex));
  const accepts = (o: PyObject) => operand(o) !== null;
  const dunders: Record<string, SlotDef> = {
    __repr__: slot(0, (_vm, self) => newStr(complexRepr(self as PyComplex))),
    __hash__: slot(0, (_vm, self) => newInt(hash(self))),
  };
  for (const [name, op] of COMPARISONS) dunders[name] = slot(1, (vm, self, [other]) => compare(vm, self, other, op) ?? notImplemented());
  for (const [stem, op] of [['add', BinaryOpArg.ADD], ['sub', BinaryOpArg.SUBTRACT], ['mul', BinaryOpArg.MULTIPLY], ['truediv', BinaryOpArg.TRUE_DIVIDE]] as const) {
    dunders[`__${stem}__`] = slot(1, (vm, self, [other]) => (accepts(other) ? binary(vm, self, other, op, false, false)! : notImplemented()));
    dunders[`__r${stem}__`] = slot(1, (vm, self, [other]) => (accepts(other) ? binary(vm, self, other, op, false, true)! : notImplemented()));
  }
  const pow = (reflected: boolean) => slot([1, 2], (vm, self, [other, mod]) => {
    if (mod !== undefined && mod.type !== T.NoneType) throw new NativeRaise('ValueError', 'complex modulo');
    return accepts(other) ? binary(vm, self, other, BinaryOpArg.POWER, false, reflected)! : notImplemented();
  });
  dunders.__pow__ = pow(false);
  dunders.__rpow__ = pow(true);
  dunders.__neg__ = slot(0, (_vm, self) => unary(self, '-')!);
  dunders.__pos__ = slot(0, (_vm, self) => unary(self, '+')!);
  dunders.__abs__ = slot(0, (_vm, self) => unary(self, 'abs')!);
  dunders.__bool__ = slot(0, (_vm, self) => newBool(slots.truth!(self)));
  defineSlots(T.complex, dunders);
  defineGetSets(T.complex, {
    real: (_vm, self) => newFloat((self as PyComplex).real),
    imag: (_vm, self) => newFloat((self as PyComplex).imag),
  }, true);
  defineMethods(T.complex, {
    conjugate: [NOARGS, (_vm, args) => newComplex((args[0] as PyComplex).real, -(args[0] as PyComplex).imag)],
    __format__: [O, builtinFormatMethod],
    __complex__: [NOARGS, (_vm, args) => (args[0].type === T.complex ? incref(args[0]) : newComplex((args[0] as PyComplex).real, (args[0] as PyComplex).imag))],
    __getnewargs__: [NOARGS, (_vm, args) => newTuple([newFloat((args[0] as PyComplex).real), newFloat((args[0] as PyComplex).imag)])],
  });
}
