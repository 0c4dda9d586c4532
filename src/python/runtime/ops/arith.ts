// Binary and unary operators: numeric fast paths, sequence concatenation and repetition, then dunder methods.

import { unionOr } from '../../builtins/unionType';
import { dictFill } from '../../builtins/constructors';
import { NativeRaise } from '../../errors';
import { BINARY_OP_SYMBOLS, BinaryOpArg } from '../../bytecode/opcodes';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyByteArray, PyBytes } from '../bytesObject';
import { PyBool, PyBuiltinFunction, PyDictView, PyFloat, PyInstance, PyInt, PyList, PySet, PyStr, PyTuple, listBytes, MAX_LIST_SLOTS } from '../objects';
import { overridesSpecial, specialMethod } from './attributeHooks';
import { None, NotImplemented, T } from '../builtinTypes';
import { activeHeap, decref, incref } from '../heap';
import { newBool, newFloat, newInt, newList, newStr, newStrConcat, newTuple, strUnchanged } from '../factory';
import {
  IntValue, intAdd, intBitOp, intFloorDiv, intMod, intMul, intNeg, intPow, intSub, intToFloat, intTrueDiv, intIsZero,
  intCompare,
} from '../intMath';
import { floatFloorDiv, floatMod, floatPow } from '../floatMath';
import { complexPow } from '../complexMath';
import { PyComplex, newComplex } from '../complexObject';
import { setBinaryOp } from '../setObject';
import { viewBinaryOp } from '../dictViewOps';
import type { VM } from '../../vm/vm';
import type { NativeOp } from '../../vm/nativeOp';
import { callMethodOp, mayRunPythonToIterate } from '../../vm/callOps';
import { listExtendResumable } from '../containers';
import { listResize } from '../sizeAccounting';
import { percentFormatMayRunPython, percentFormatResumable, wholePercentArgument, wholePercentConversion } from './percentFormat';
import { hasIndex, indexOf, numericRank } from './numbers';
import { slotsOf } from '../nativeSlots';

/** The operators sets and dict views implement, by BINARY_OP argument (in-place forms mapped by the caller). */
const SET_OPERATORS: Partial<Record<number, '|' | '&' | '-' | '^'>> = {
  [BinaryOpArg.OR]: '|', [BinaryOpArg.AND]: '&', [BinaryOpArg.SUBTRACT]: '-', [BinaryOpArg.XOR]: '^',
};

const DUNDER: readonly string[] = [
  'add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor',
];


function intOf(o: PyObject): IntValue | null {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyBool) return o.value ? 1 : 0;
  return null;
}

function floatOf(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  const i = intOf(o);
  return i === null ? null : intToFloat(i);
}

/** a OP b for a BINARY_OP argument; a new reference. */
export function binaryOp(vm: VM, a: PyObject, b: PyObject, op: number): PyObject {
  return binaryOpBuiltin(vm, a, b, op) ?? vm.runSync(binaryOpResumable(vm, a, b, op));
}

/** a OP b when no user method is involved (null when one may be: use binaryOpResumable). */
export function binaryOpBuiltin(vm: VM, a: PyObject, b: PyObject, op: number): PyObject | null {
  const base = op >= BinaryOpArg.INPLACE_ADD ? op - BinaryOpArg.INPLACE_ADD : op;
  // Fast path: small ints.
  if (a instanceof PyInt && b instanceof PyInt && a.attrs === null && b.attrs === null) {
    const r = intBinary(a.value, b.value, base);
    if (r !== null) return r;
  }
  // Exact floats (BINARY_OP_ADD_FLOAT and the like in CPython 3.11).
  if (a instanceof PyFloat && b instanceof PyFloat && a.attrs === null && b.attrs === null) {
    const r = floatBinary(a.value, b.value, base);
    if (r !== null) return r;
  }
  // Instances of Python classes (also of those derived from int, list...): their methods may take part.
  if (a.attrs !== null || b.attrs !== null) return null;
  if (a instanceof PyList && op === BinaryOpArg.INPLACE_ADD && mayRunPythonToIterate(b)) return null;
  if (a instanceof PyDict && op === BinaryOpArg.INPLACE_OR && !(b instanceof PyDict)) return null;
  if (a instanceof PyStr && base === BinaryOpArg.REMAINDER && percentFormatMayRunPython(b)) return null;
  const builtin = builtinBinary(vm, a, b, base, op !== base) ?? nativeBinary(vm, a, b, base, op !== base);
  if (builtin !== null) return builtin;
  throw unsupported(a, b, op);
}

/** a OP b with user-defined operators running as frames of the eval loop. */
export function* binaryOpResumable(vm: VM, a: PyObject, b: PyObject, op: number): NativeOp<PyObject> {
  const base = op >= BinaryOpArg.INPLACE_ADD ? op - BinaryOpArg.INPLACE_ADD : op;
  const inplace = op !== base;
  // list has no nb_inplace_add: binary_iop1 asks the right operand's __radd__ before list's sq_inplace_concat.
  if (a instanceof PyList && op === BinaryOpArg.INPLACE_ADD && !overridesSpecial(a, '__iadd__') && !(b.attrs !== null && specialMethod(b, '__radd__') !== undefined)) {
    yield* listExtendResumable(vm, a, b);
    return incref(a);
  }
  // dict |= takes any mapping or iterable of pairs (dict_update_arg), not only a dict; its nb_inplace_or comes
  // before whatever the right operand's class defines.
  if (a instanceof PyDict && op === BinaryOpArg.INPLACE_OR && !overridesSpecial(a, '__ior__')) {
    dictFill(vm, a, [b], null, 'update');
    return incref(a);
  }
  // str's own % comes first (a class's __rmod__ is asked first only if it subclasses str).
  const rightSubclassFirst = b.attrs !== null && b.type !== a.type && b.type.isSubtypeOf(a.type) && specialMethod(b, '__rmod__') !== undefined;
  if (a instanceof PyStr && base === BinaryOpArg.REMAINDER && !overridesSpecial(a, '__mod__') && !rightSubclassFirst) {
    const whole = wholePercentArgument(a.value, b);
    if (whole) return incref(whole);
    const converted = yield* wholePercentConversion(vm, a.value, b);
    if (converted) return converted;
    return newStr(yield* percentFormatResumable(vm, a.value, b));
  }
  if (a.attrs === null && b.attrs === null) {
    const builtin = builtinBinary(vm, a, b, base, inplace) ?? nativeBinary(vm, a, b, base, inplace);
    if (builtin !== null) return builtin;
    throw unsupported(a, b, op);
  }
  // binary_op1's order: the reflected method first when b's class is a subclass of a's, and never for
  // operands of the same class; builtin operations decline (NotImplemented) anything that is not theirs,
  // except a dict view's set operators, which take any iterable.
  const setOp = SET_OPERATORS[base];
  if (setOp && a instanceof PyDictView) {
    const r = viewBinaryOp(vm, a, b, setOp);
    if (r !== null) return r;
  }
  const name = DUNDER[base];
  if (inplace && a.attrs !== null) {
    const r = yield* tryDunder(vm, a, `__i${name}__`, b);
    if (r !== null) return r;
  }
  // binary_iop1: a builtin set's in-place operator (set_ior...) comes first and takes any set.
  if (inplace && setOp && a.attrs === null && a instanceof PySet && b instanceof PySet) {
    const r = builtinBinary(vm, a, b, base, inplace) ?? nativeBinary(vm, a, b, base, inplace);
    if (r !== null) return r;
  }
  if (numericRank(a) !== 0 && numericRank(b) !== 0) return yield* numbersOfClasses(vm, a, b, base, inplace, op);
  const reflected = `__r${name}__`;
  let reflect = b.attrs !== null && b.type !== a.type;
  // SLOT1BINFULL: the right operand's method first when its class derives from the left's and overrides it.
  if (reflect && b.type.isSubtypeOf(a.type) && b.type.lookup(reflected) !== a.type.lookup(reflected)) {
    reflect = false;
    const r = yield* tryDunder(vm, b, reflected, a);
    if (r !== null) return r;
  }
  if (a.attrs !== null) {
    const r = yield* tryDunder(vm, a, `__${name}__`, b);
    if (r !== null) return r;
  }
  // A builtin set's operator takes any set before another class's reflected method (set_or and the like).
  if (reflect && setOp && a.attrs === null && a instanceof PySet && b instanceof PySet) {
    const r = builtinBinary(vm, a, b, base, inplace) ?? nativeBinary(vm, a, b, base, inplace);
    if (r !== null) return r;
  }
  if (reflect) {
    const r = yield* tryDunder(vm, b, reflected, a);
    if (r !== null) return r;
  }
  if (!(a instanceof PyInstance)) {
    const builtin = builtinBinary(vm, a, b, base, inplace) ?? nativeBinary(vm, a, b, base, inplace);
    if (builtin !== null) return builtin;
  } else if (base === BinaryOpArg.MULTIPLY && hasIndex(a) && !(b instanceof PyInstance)) {
    // `n * seq` with n's __index__: the sequence's repeat (sq_repeat) takes it.
    const repeated = builtinBinary(vm, b, a, base, false) ?? nativeBinary(vm, b, a, base, false);
    if (repeated !== null) return repeated;
  } else if (setOp) {
    // An instance on the left that declined: a dict view on the right still takes the operator.
    const r = viewBinaryOp(vm, a, b, setOp);
    if (r !== null) return r;
  }
  throw unsupported(a, b, op);
}

/**
 * Two numbers (ints, floats, complexes, of any class): binary_op1 over their number slots. Each operand's slot is
 * its class's Python method if it defines one, else the builtin's, which takes the numbers below it in the tower
 * int < float < complex and declines the others; the right one's goes first when its class derives from the
 * left's and overrides the reflected method, and is not asked when both are of one class.
 */
function* numbersOfClasses(vm: VM, a: PyObject, b: PyObject, base: number, inplace: boolean, op: number): NativeOp<PyObject> {
  const name = DUNDER[base];
  const reflected = `__r${name}__`;
  const own = specialMethod(a, `__${name}__`);
  const otherClass = b.type !== a.type;
  const othersOwn = otherClass ? specialMethod(b, reflected) : undefined;
  const rightFirst = othersOwn !== undefined && b.type.isSubtypeOf(a.type) && othersOwn !== specialMethod(a, reflected);
  if (rightFirst) {
    const r = yield* tryDunder(vm, b, reflected, a);
    if (r !== null) return r;
  }
  if (own) {
    const r = yield* tryDunder(vm, a, `__${name}__`, b);
    if (r !== null) return r;
  } else if (numericRank(b) <= numericRank(a)) {
    const r = builtinBinary(vm, a, b, base, inplace) ?? nativeBinary(vm, a, b, base, inplace);
    if (r !== null) return r;
  }
  if (otherClass && !rightFirst) {
    if (othersOwn) {
      const r = yield* tryDunder(vm, b, reflected, a);
      if (r !== null) return r;
    } else if (numericRank(a) <= numericRank(b)) {
      const r = builtinBinary(vm, a, b, base, inplace) ?? nativeBinary(vm, a, b, base, inplace);
      if (r !== null) return r;
    }
  }
  throw unsupported(a, b, op);
}

/** A builtin sequence with a repeat (sq_repeat): what `x * seq` falls back to when no operator took it. */
const isRepeatable = (o: PyObject): boolean =>
  o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes || o instanceof PyByteArray;

/** A number or None: a type with no sequence methods, so `x *= seq` repeats seq too. */
const hasNoSequenceMethods = (o: PyObject): boolean =>
  o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat || o instanceof PyComplex || o === None;

function unsupported(a: PyObject, b: PyObject, op: number): NativeRaise {
  // PyNumber_Multiply ends in the left operand's sq_repeat (naming the right one's type), else the right one's.
  if (op % 13 === BinaryOpArg.MULTIPLY && isRepeatable(a)) {
    return new NativeRaise('TypeError', `can't multiply sequence by non-int of type '${b.type.name}'`);
  }
  if (op % 13 === BinaryOpArg.MULTIPLY && isRepeatable(b) && (op < 13 || hasNoSequenceMethods(a))) {
    return new NativeRaise('TypeError', `can't multiply sequence by non-int of type '${a.type.name}'`);
  }
  const sym = BINARY_OP_SYMBOLS[op];
  if (op % 13 === BinaryOpArg.POWER && op < 13) {
    return new NativeRaise('TypeError', `unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
  }
  // PyNumber_Rshift's hint for Python 2's `print >> file, text`.
  const hint = op === BinaryOpArg.RSHIFT && a instanceof PyBuiltinFunction && a.type === T.builtin_function_or_method && a.name === 'print'
    ? '. Did you mean "print(<message>, file=<output_stream>)"?' : '';
  return new NativeRaise('TypeError', `unsupported operand type(s) for ${sym}: '${a.type.name}' and '${b.type.name}'${hint}`);
}

function intBinary(x: IntValue, y: IntValue, op: number): PyObject | null {
  switch (op) {
    case BinaryOpArg.ADD: return newInt(intAdd(x, y));
    case BinaryOpArg.SUBTRACT: return newInt(intSub(x, y));
    case BinaryOpArg.MULTIPLY: return newInt(intMul(x, y));
    case BinaryOpArg.FLOOR_DIVIDE: return newInt(intFloorDiv(x, y));
    case BinaryOpArg.REMAINDER:
      if (intIsZero(y)) throw new NativeRaise('ZeroDivisionError', 'integer modulo by zero');
      return newInt(intMod(x, y));
    case BinaryOpArg.TRUE_DIVIDE: return newFloat(intTrueDiv(x, y));
    case BinaryOpArg.POWER:
      // A negative exponent makes it float_pow on the converted values.
      if (intCompare(y, 0) < 0) return floatPowResult(intToFloat(x), intToFloat(y));
      return newInt(intPow(x, y));
    case BinaryOpArg.AND: return newInt(intBitOp(x, y, '&'));
    case BinaryOpArg.OR: return newInt(intBitOp(x, y, '|'));
    case BinaryOpArg.XOR: return newInt(intBitOp(x, y, '^'));
    case BinaryOpArg.LSHIFT: return newInt(intBitOp(x, y, '<<'));
    case BinaryOpArg.RSHIFT: return newInt(intBitOp(x, y, '>>'));
  }
  return null;
}

function floatBinary(x: number, y: number, op: number): PyObject | null {
  switch (op) {
    case BinaryOpArg.ADD: return newFloat(x + y);
    case BinaryOpArg.SUBTRACT: return newFloat(x - y);
    case BinaryOpArg.MULTIPLY: return newFloat(x * y);
    case BinaryOpArg.TRUE_DIVIDE:
      if (y === 0) throw new NativeRaise('ZeroDivisionError', 'float division by zero');
      return newFloat(x / y);
    case BinaryOpArg.FLOOR_DIVIDE: return newFloat(floatFloorDiv(x, y));
    case BinaryOpArg.REMAINDER: return newFloat(floatMod(x, y));
    case BinaryOpArg.POWER: return floatPowResult(x, y);
  }
  return null;
}

function floatPowResult(x: number, y: number): PyObject {
  const r = floatPow(x, y);
  if (r === null) {
    // A negative base to a fractional power: float_pow hands it to complex_pow.
    const z = complexPow({ real: x, imag: 0 }, { real: y, imag: 0 });
    return newComplex(z.real, z.imag);
  }
  return newFloat(r);
}

/**
 * A sequence's repeat count (sequence_repeat): an int or an object with `__index__`, negative counts as 0, beyond
 * a Py_ssize_t an OverflowError; null when `n` is no integer.
 */
export function repeatCount(vm: VM, n: PyObject): number | null {
  const count = intOf(n) ?? (hasIndex(n) ? indexOf(vm, n) : null);
  if (count === null) return null;
  if (typeof count === 'bigint' && (count > 9223372036854775807n || count < -9223372036854775808n)) {
    throw new NativeRaise('OverflowError', `cannot fit '${n.type.name}' into an index-sized integer`);
  }
  return Number(count) < 0 ? 0 : Number(count);
}

/**
 * unicode_repeat's and bytes_repeat's check (`len > PY_SSIZE_T_MAX / n`): a result whose length no Py_ssize_t
 * holds is an OverflowError, before any memory is asked for (a list's or bytearray's is a MemoryError).
 */
export function refuseOverlongRepeat(length: number, n: number, countObj: PyObject, what: string): void {
  if (n === 0 || length <= 1) return;
  const exact = n >= 2 ** 53 ? intOf(countObj) : null;
  const count = typeof exact === 'bigint' ? exact : BigInt(n);
  if (BigInt(length) > 9223372036854775807n / count) throw new NativeRaise('OverflowError', `repeated ${what} too long`);
}

/** The repeat count of a str, list or tuple: no integer is a TypeError. */
function sequenceRepeatCount(vm: VM, n: PyObject): number {
  const count = repeatCount(vm, n);
  if (count === null) throw new NativeRaise('TypeError', `can't multiply sequence by non-int of type '${n.type.name}'`);
  return count;
}

/** Before building a sequence of `length` items in one go: its item pointers count against the memory limit. */
function reserveItems(length: number): void {
  activeHeap().reserve(listBytes(length));
  if (length > MAX_LIST_SLOTS) throw new NativeRaise('MemoryError', '');
}

/** V8 makes a preallocated array this long or longer a slow dictionary; longer ones are built by doubling. */
const FAST_ARRAY_LENGTH = 2 ** 24;

function repeatItems(items: PyObject[], count: number): PyObject[] {
  const total = items.length * count;
  reserveItems(total);
  if (total === 0) return [];
  // Each item gains `count` references at once.
  for (const x of items) x.refcount += count;
  const blockCount = Math.max(1, Math.min(count, Math.floor(FAST_ARRAY_LENGTH / items.length)));
  let block = new Array<PyObject>(items.length * blockCount);
  for (let i = 0, k = 0; i < blockCount; i++) for (let j = 0; j < items.length; j++) block[k++] = items[j];
  if (blockCount === count) return block;
  while (block.length * 2 <= total) block = block.concat(block);
  return block.length === total ? block : block.concat(block.slice(0, total - block.length));
}

/** The builtin kinds' own binary operators (what `list.__add__` runs for a subclass instance); null when they have none. */
export function builtinKindBinary(vm: VM, a: PyObject, b: PyObject, op: number, inplace: boolean): PyObject | null {
  return builtinBinary(vm, a, b, op, inplace);
}

function builtinBinary(vm: VM, a: PyObject, b: PyObject, op: number, inplace: boolean): PyObject | null {
  const ai = intOf(a), bi = intOf(b);
  // type.__or__ and __ror__ (and a union's): `int | None` makes a types.UnionType.
  if (op === BinaryOpArg.OR && ai === null && bi === null) {
    const u = unionOr(vm, a, b);
    if (u !== null) return u;
  }
  if (ai !== null && bi !== null) {
    if (a instanceof PyBool && b instanceof PyBool && (op === BinaryOpArg.AND || op === BinaryOpArg.OR || op === BinaryOpArg.XOR)) {
      const x = a.value, y = b.value;
      return newBool(op === BinaryOpArg.AND ? x && y : op === BinaryOpArg.OR ? x || y : x !== y);
    }
    return intBinary(ai, bi, op);
  }
  const setOp = SET_OPERATORS[op];
  if (setOp && !(a instanceof PyInstance)) {
    if (a instanceof PySet) {
      const r = setBinaryOp(vm, a, b, setOp, inplace);
      if (r !== null) return r;
    }
    const r = viewBinaryOp(vm, a, b, setOp);
    if (r !== null) return r;
  }
  if ((a instanceof PyFloat && (b instanceof PyFloat || bi !== null)) || (b instanceof PyFloat && ai !== null)) {
    return floatBinary(floatOf(a)!, floatOf(b)!, op);
  }
  if (a instanceof PyStr) {
    if (op === BinaryOpArg.ADD) {
      if (!(b instanceof PyStr)) throw new NativeRaise('TypeError', `can only concatenate str (not "${b.type.name}") to str`);
      // PyUnicode_Concat's shortcuts: with the empty str on one side, the other side itself.
      if (a.value.length === 0 && a.type === T.str) return strUnchanged(b);
      if (b.value.length === 0 && b.type === T.str) return strUnchanged(a);
      activeHeap().reserve(a.value.length + b.value.length);
      return newStrConcat(a, b);
    }
    if (op === BinaryOpArg.MULTIPLY) {
      const n = sequenceRepeatCount(vm, b);
      if (n === 1) return strUnchanged(a);
      refuseOverlongRepeat(a.codePointLength, n, b, 'string is');
      activeHeap().reserve(a.value.length * n);
      return newStr(a.value.repeat(n));
    }
    if (op === BinaryOpArg.REMAINDER) return vm.percentFormat(a.value, b);
    return null;
  }
  if (a instanceof PyList) {
    if (op === BinaryOpArg.ADD) {
      if (inplace) {
        vm.listExtend(a, b);
        return incref(a);
      }
      if (!(b instanceof PyList)) throw new NativeRaise('TypeError', `can only concatenate list (not "${b.type.name}") to list`);
      return newList([...a.items, ...b.items].map((x) => incref(x)));
    }
    if (op === BinaryOpArg.MULTIPLY) {
      const n = sequenceRepeatCount(vm, b);
      if (inplace) {
        // list_inplace_repeat: an empty list or n == 1 stays as it is, n < 1 clears, else list_resize to size*n.
        const size = a.items.length;
        if (size === 0 || n === 1) return incref(a);
        const items = repeatItems(a.items, n);
        const old = a.items;
        a.items = items;
        a.allocated = n < 1 ? 0 : listResize(a.allocated, size, size * n);
        // n < 1 is list_clear, which releases the items from the last one back.
        for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
        return incref(a);
      }
      return newList(repeatItems(a.items, n));
    }
    return null;
  }
  if (a instanceof PyTuple) {
    if (op === BinaryOpArg.ADD) {
      if (!(b instanceof PyTuple)) throw new NativeRaise('TypeError', `can only concatenate tuple (not "${b.type.name}") to tuple`);
      if (b.items.length === 0) return incref(a);
      if (a.items.length === 0) return incref(b);
      return newTuple([...a.items, ...b.items].map((x) => incref(x)));
    }
    if (op === BinaryOpArg.MULTIPLY) {
      const n = sequenceRepeatCount(vm, b);
      if (n === 1) return incref(a);
      return newTuple(repeatItems(a.items, n));
    }
    return null;
  }
  if (op === BinaryOpArg.MULTIPLY && ai !== null && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple)) {
    return builtinBinary(vm, b, a, op, false);
  }
  if (a instanceof PyDict && b instanceof PyDict && op === BinaryOpArg.OR) {
    // dict_or and dict_ior: PyDict_Update (a subclass overriding __iter__ is merged through its keys()).
    const d = inplace ? incref(a) : vm.dictCopy(a);
    try {
      dictFill(vm, d, [b], null, 'update');
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  }
  return null;
}

/** Operators of the types modules define (deque's concatenation and repetition, array's). */
function nativeBinary(vm: VM, a: PyObject, b: PyObject, op: number, inplace: boolean): PyObject | null {
  const left = slotsOf(a.type)?.binary;
  if (left) {
    const r = left(vm, a, b, op, inplace, false);
    if (r !== null) return r;
  }
  // PyNumber_InPlaceMultiply repeats the right operand only when the left has no sequence methods at all.
  if (inplace && (op === BinaryOpArg.MULTIPLY || op === BinaryOpArg.INPLACE_MULTIPLY) && hasSequenceMethods(a)) return null;
  const right = slotsOf(b.type)?.binary;
  return right ? right(vm, b, a, op, false, true) : null;
}

/** Whether a type has tp_as_sequence (a class always does; a builtin type with any of its slots). */
function hasSequenceMethods(a: PyObject): boolean {
  const t = a.type;
  return t.isHeapType || t.lookup('__len__') !== undefined || t.lookup('__contains__') !== undefined || t.lookup('__getitem__') !== undefined;
}

/** A user operator method; null when missing or NotImplemented. */
function* tryDunder(vm: VM, self: PyObject, name: string, other: PyObject): NativeOp<PyObject | null> {
  const method = specialMethod(self, name);
  if (!method) return null;
  const r = yield* callMethodOp(vm, method, self, [other]);
  if (r === NotImplemented) {
    decref(r);
    return null;
  }
  return r;
}

/** -v, +v, ~v. */
export function unaryOp(vm: VM, v: PyObject, op: '-' | '+' | '~'): PyObject {
  return v.attrs !== null ? vm.runSync(unaryOpResumable(vm, v, op)) : unaryOpBuiltin(v, op);
}

export function unaryOpBuiltin(v: PyObject, op: '-' | '+' | '~'): PyObject {
  const i = intOf(v);
  if (i !== null) {
    if (op === '-') return newInt(intNeg(i));
    if (op === '+') return v instanceof PyBool || v.attrs !== null ? newInt(i) : incref(v);
    return newInt(intSub(intNeg(i), 1));
  }
  if (v instanceof PyFloat && op !== '~') return op === '-' ? newFloat(-v.value) : v.attrs !== null ? newFloat(v.value) : incref(v);
  const r = slotsOf(v.type)?.unary?.(v, op);
  if (r) return r;
  throw new NativeRaise('TypeError', `bad operand type for unary ${op}: '${v.type.name}'`);
}

/** Unary operators of instances: __neg__, __pos__, __invert__ as frames. */
export function* unaryOpResumable(vm: VM, v: PyObject, op: '-' | '+' | '~'): NativeOp<PyObject> {
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
  const method = specialMethod(v, name);
  if (method) return yield* callMethodOp(vm, method, v, []);
  if (!(v instanceof PyInstance)) return unaryOpBuiltin(v, op);
  throw new NativeRaise('TypeError', `bad operand type for unary ${op}: '${v.type.name}'`);
}

export { T };
