// The special methods of int, bool and float: each answers NotImplemented for operands its type does not
// handle (`(5).__add__(1.0)`), as the number slots do.

import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInt } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newBool, newFloat, newInt, newStr, newStrOf } from '../runtime/factory';
import { binaryOp, unaryOp } from '../runtime/ops/arith';
import { richCompare, builtinTruth } from '../runtime/ops/compare';
import { repr } from '../runtime/ops/repr';
import { kindHash } from '../runtime/hash';
import { big, intToFloat } from '../runtime/intMath';
import { floatToIntTruncate, roundInt } from '../format';
import { roundOwnKind } from '../runtime/ops/rounding';
import { builtinFormatMethod } from '../runtime/ops/formatting';
import { sizeofWithoutPreHeader } from '../runtime/sizeof';
import { defineGetSets, defineSlots, getattributeSlot, notImplemented, slot, type SlotDef } from './slotWrappers';
import { NOARGS, O, defineMethods, fast } from './define';
import { divmodOp as divmodObjects } from '../runtime/ops/divmodPow';
import { exactFloat, indexOf } from '../runtime/ops/numbers';

const isIntLike = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyBool;
const isNumber = (o: PyObject): boolean => isIntLike(o) || o instanceof PyFloat;

/** The binary operators, by dunder stem, as BINARY_OP arguments. */
const BINARY: [string, number][] = [
  ['add', BinaryOpArg.ADD], ['sub', BinaryOpArg.SUBTRACT], ['mul', BinaryOpArg.MULTIPLY], ['mod', BinaryOpArg.REMAINDER],
  ['pow', BinaryOpArg.POWER], ['lshift', BinaryOpArg.LSHIFT], ['rshift', BinaryOpArg.RSHIFT], ['and', BinaryOpArg.AND],
  ['xor', BinaryOpArg.XOR], ['or', BinaryOpArg.OR], ['floordiv', BinaryOpArg.FLOOR_DIVIDE], ['truediv', BinaryOpArg.TRUE_DIVIDE],
];
const FLOAT_OPS = new Set(['add', 'sub', 'mul', 'mod', 'pow', 'floordiv', 'truediv']);

export const COMPARISONS: [string, number][] = [
  ['__lt__', CompareOpArg.LT], ['__le__', CompareOpArg.LE], ['__eq__', CompareOpArg.EQ],
  ['__ne__', CompareOpArg.NE], ['__gt__', CompareOpArg.GT], ['__ge__', CompareOpArg.GE],
];

/** Rich comparisons that only take operands accepted by `accepts`. */
export function comparisonSlots(accepts: (o: PyObject) => boolean, compare = richCompare): Record<string, SlotDef> {
  const out: Record<string, SlotDef> = {};
  for (const [name, op] of COMPARISONS) {
    out[name] = slot(1, (vm, self, [other]) => (accepts(other) ? compare(vm, self, other, op) : notImplemented()));
  }
  return out;
}

/** `__pow__` takes an optional modulus: pow(self, other, mod). */
function powSlot(accepts: (o: PyObject) => boolean, reflected: boolean): SlotDef {
  return slot([1, 2], (vm, self, [other, mod]) => {
    if (!accepts(other)) return notImplemented();
    const [a, b] = reflected ? [other, self] : [self, other];
    if (mod === undefined || mod.type === T.NoneType) return binaryOp(vm, a, b, BinaryOpArg.POWER);
    return vm.call(vm.builtins.getStr('pow')!, [a, b, mod]);
  });
}

function numberSlots(accepts: (o: PyObject) => boolean, stems: (stem: string) => boolean, divmod = true): Record<string, SlotDef> {
  const out: Record<string, SlotDef> = {};
  for (const [stem, op] of BINARY) {
    if (!stems(stem)) continue;
    if (stem === 'pow') {
      out.__pow__ = powSlot(accepts, false);
      out.__rpow__ = powSlot(accepts, true);
      continue;
    }
    out[`__${stem}__`] = slot(1, (vm, self, [other]) => (accepts(other) ? binaryOp(vm, self, other, op) : notImplemented()));
    out[`__r${stem}__`] = slot(1, (vm, self, [other]) => (accepts(other) ? binaryOp(vm, other, self, op) : notImplemented()));
  }
  if (!divmod) return out;
  out.__divmod__ = slot(1, (vm, self, [other]) => (accepts(other) ? divmodObjects(vm, self, other) : notImplemented()));
  out.__rdivmod__ = slot(1, (vm, self, [other]) => (accepts(other) ? divmodObjects(vm, other, self) : notImplemented()));
  return out;
}

const intValue = (o: PyObject): bigint => (o instanceof PyBool ? (o.value ? 1n : 0n) : big((o as PyInt).value));
const asInt = (o: PyObject): PyObject => (o instanceof PyBool ? newInt(o.value ? 1 : 0) : o.attrs !== null ? newInt((o as PyInt).value) : incref(o));

function commonSlots(): Record<string, SlotDef> {
  return {
    __repr__: slot(0, (vm, self) => newStrOf(self, repr(vm, self))),
    __hash__: slot(0, (vm, self) => newInt(kindHash(vm, self))),
  };
}

export function installNumberSlots(): void {
  defineSlots(T.int, {
    ...commonSlots(),
    // long_to_decimal_string: int.__repr__(True) is '1' (bool's own __repr__ says 'True').
    __repr__: slot(0, (vm, self) => (self instanceof PyBool ? newStr(self.value ? '1' : '0') : newStrOf(self, repr(vm, self)))),
    __getattribute__: getattributeSlot,
    ...comparisonSlots(isIntLike),
    ...numberSlots(isIntLike, () => true),
    __neg__: slot(0, (vm, self) => unaryOp(vm, self, '-')),
    __pos__: slot(0, (vm, self) => unaryOp(vm, self, '+')),
    __abs__: slot(0, (_vm, self) => {
      const v = intValue(self);
      return newInt(v < 0n ? -v : v);
    }),
    __bool__: slot(0, (_vm, self) => newBool(builtinTruth(self)!)),
    __invert__: slot(0, (vm, self) => unaryOp(vm, self, '~')),
    __int__: slot(0, (_vm, self) => asInt(self)),
    __float__: slot(0, (_vm, self) => newFloat(intToFloat(self instanceof PyBool ? (self.value ? 1 : 0) : (self as PyInt).value))),
    __index__: slot(0, (_vm, self) => asInt(self)),
  });
  defineMethods(T.int, {
    __trunc__: [NOARGS, (_vm, args) => asInt(args[0])],
    __floor__: [NOARGS, (_vm, args) => asInt(args[0])],
    __ceil__: [NOARGS, (_vm, args) => asInt(args[0])],
    __round__: [fast(0, 1), (vm, args) => {
      if (args[1] === undefined || args[1].type === T.NoneType) return asInt(args[0]);
      const nd = Number(indexOf(vm, args[1]));
      return newInt(nd >= 0 ? intValue(args[0]) : roundInt(intValue(args[0]), nd));
    }],
    __format__: [O, builtinFormatMethod],
    __sizeof__: [NOARGS, (vm, args) => newInt(sizeofWithoutPreHeader(vm, args[0]))],
  });
  defineGetSets(T.int, {
    real: (_vm, self) => asInt(self),
    imag: () => newInt(0),
    numerator: (_vm, self) => asInt(self),
    denominator: () => newInt(1),
  });

  // bool's own &, |, ^ keep bools; everything else is int's.
  defineSlots(T.bool, {
    __repr__: slot(0, (vm, self) => newStr(repr(vm, self))),
    ...numberSlots(isIntLike, (stem) => stem === 'and' || stem === 'or' || stem === 'xor', false),
  });

  defineSlots(T.float, {
    ...commonSlots(),
    __getattribute__: getattributeSlot,
    ...comparisonSlots(isNumber),
    ...numberSlots(isNumber, (stem) => FLOAT_OPS.has(stem)),
    __neg__: slot(0, (vm, self) => unaryOp(vm, self, '-')),
    __pos__: slot(0, (vm, self) => unaryOp(vm, self, '+')),
    __abs__: slot(0, (_vm, self) => newFloat(Math.abs((self as PyFloat).value))),
    __bool__: slot(0, (_vm, self) => newBool((self as PyFloat).value !== 0)),
    __int__: slot(0, (_vm, self) => newInt(floatToIntTruncate((self as PyFloat).value))),
    __float__: slot(0, (_vm, self) => incref(self)),
  });
  defineMethods(T.float, {
    __trunc__: [NOARGS, (_vm, args) => newInt(floatToIntTruncate((args[0] as PyFloat).value))],
    __floor__: [NOARGS, (_vm, args) => newInt(floatToIntTruncate(Math.floor((args[0] as PyFloat).value)))],
    __ceil__: [NOARGS, (_vm, args) => newInt(floatToIntTruncate(Math.ceil((args[0] as PyFloat).value)))],
    __round__: [fast(0, 1), (vm, args) => roundOwnKind(vm, args[0], args[1] === undefined || args[1].type === T.NoneType ? null : args[1])],
    __format__: [O, builtinFormatMethod],
  });
  defineGetSets(T.float, {
    real: (_vm, self) => exactFloat(self),
    imag: () => newFloat(0),
  });
}

