// Constant folding of operators on int, float, str, bytes and tuple constants, as CPython 3.11's AST optimizer
// (Python/ast_opt.c) does it, with its size limits; the other kinds are left to run.

import type * as A from '../ast';
import { isBytesConstant, isConstTuple, type CodeConstant } from '../bytecode/code';
import { NativeRaise } from '../errors';
import { floatFloorDiv, floatMod, floatPow } from '../runtime/floatMath';
import { intToFloat } from '../runtime/intMath';

// ast_opt.c's limits on what folding may build.
const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

const bitLength = (v: bigint): number => (v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);

const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
};

const EXACT_DOUBLE = 2n ** 53n;

/** safe_multiply, safe_power, safe_lshift and the plain operators on two ints; undefined when not folded. */
function foldInts(op: A.BinaryOperator, a: bigint, b: bigint): bigint | number | undefined {
  switch (op) {
    // long_true_divide divides the doubles when both ints are exact as doubles, as JS does.
    case 'Div':
      if (b === 0n || a > EXACT_DOUBLE || a < -EXACT_DOUBLE || b > EXACT_DOUBLE || b < -EXACT_DOUBLE) return undefined;
      return Number(a) / Number(b);
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return undefined;
      return a * b;
    case 'FloorDiv': return b === 0n ? undefined : floorDiv(a, b);
    case 'Mod': return b === 0n ? undefined : a - b * floorDiv(a, b);
    case 'Pow':
      // A negative exponent gives a float: left to run.
      if (b < 0n) return undefined;
      if (a !== 0n && b > 0n && bitLength(a) > MAX_INT_SIZE / Number(b)) return undefined;
      return a ** b;
    case 'LShift':
      if (b < 0n) return undefined;
      if (a === 0n) return 0n;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || bitLength(a) > MAX_INT_SIZE - Number(b))) return undefined;
      return a << b;
    case 'RShift':
      if (b < 0n) return undefined;
      // Past the operand's bits only the sign is left.
      return b > BigInt(bitLength(a)) ? (a < 0n ? -1n : 0n) : a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
  }
  return undefined;
}

/** A str, bytes or tuple constant as a sequence to concatenate or repeat, with how to make one back. */
interface ConstSequence {
  readonly items: readonly CodeConstant[] | string;
  /** The length safe_multiply limits: code points, bytes or items. */
  readonly size: number;
  readonly kind: 'str' | 'bytes' | 'tuple';
}

function asSequence(c: CodeConstant): ConstSequence | null {
  if (typeof c === 'string') return { items: c, size: Array.from(c).length, kind: 'str' };
  if (c === null || typeof c !== 'object') return null;
  if (isBytesConstant(c)) return { items: c.bytes, size: c.bytes.length, kind: 'bytes' };
  if (isConstTuple(c)) return { items: c.tuple, size: c.tuple.length, kind: 'tuple' };
  return null;
}

function sequenceConstant(kind: ConstSequence['kind'], items: readonly CodeConstant[] | string): CodeConstant {
  if (kind === 'str') return items as string;
  if (kind === 'bytes') return { bytes: items as string };
  return { tuple: items as CodeConstant[] };
}

/** check_complexity: a tuple's items counted through nested tuples, false once past `limit`. */
function withinComplexity(items: readonly CodeConstant[], limit: number): boolean {
  let left = limit;
  const pending = [items];
  while (pending.length > 0) {
    const next = pending.pop()!;
    left -= next.length;
    if (left < 0) return false;
    for (const c of next) if (c !== null && typeof c === 'object' && isConstTuple(c)) pending.push(c.tuple);
  }
  return true;
}

/** A str, bytes or tuple concatenated (PyNumber_Add) or repeated within safe_multiply's limits. */
function foldSequence(op: A.BinaryOperator, a: CodeConstant, b: CodeConstant): CodeConstant | undefined {
  if (op === 'Add') {
    const left = asSequence(a);
    const right = asSequence(b);
    if (left === null || right === null || left.kind !== right.kind) return undefined;
    if (left.kind === 'tuple') return { tuple: [...(left.items as CodeConstant[]), ...(right.items as CodeConstant[])] };
    return sequenceConstant(left.kind, (left.items as string) + (right.items as string));
  }
  if (op !== 'Mult') return undefined;
  const [sequence, n] = typeof a === 'bigint' ? [asSequence(b), a] : [asSequence(a), b];
  // A count past an index-sized integer raises OverflowError when run, even for an empty sequence.
  if (sequence === null || typeof n !== 'bigint' || n >= 2n ** 63n || n < -(2n ** 63n)) return undefined;
  if (sequence.size === 0) return sequenceConstant(sequence.kind, sequence.kind === 'tuple' ? [] : '');
  const limit = sequence.kind === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
  if (n < 0n || n > BigInt(Math.floor(limit / sequence.size))) return undefined;
  const times = Number(n);
  if (sequence.kind !== 'tuple') return sequenceConstant(sequence.kind, (sequence.items as string).repeat(times));
  const items = sequence.items as CodeConstant[];
  if (times > 0 && !withinComplexity(items, Math.floor(MAX_TOTAL_ITEMS / times))) return undefined;
  return { tuple: Array.from({ length: times }, () => items).flat() };
}

/** float_add, float_sub, float_mul, float_div, float_floor_div, float_rem and float_pow; raises as they do. */
function floatOperation(op: A.BinaryOperator, a: number, b: number): number | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return a * b;
    case 'Div':
      if (b === 0) throw new NativeRaise('ZeroDivisionError', 'float division by zero');
      return a / b;
    case 'FloorDiv': return floatFloorDiv(a, b);
    case 'Mod': return floatMod(a, b);
    // A negative base to a fractional power gives a complex (null): left to run.
    case 'Pow': return floatPow(a, b) ?? undefined;
  }
  return undefined;
}

/** make_const: an operation that raises (an int too big for a float, division by zero, overflow) is not folded. */
function foldFloats(op: A.BinaryOperator, a: CodeConstant, b: CodeConstant): number | undefined {
  if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return undefined;
  try {
    return floatOperation(op, typeof a === 'bigint' ? intToFloat(a) : a, typeof b === 'bigint' ? intToFloat(b) : b);
  } catch (e) {
    if (e instanceof NativeRaise) return undefined;
    throw e;
  }
}

/** fold_binop for ints, floats, strs, bytes and tuples (bools stay unfolded: they are not ints here). */
export function foldBinOp(op: A.BinaryOperator, a: CodeConstant | undefined, b: CodeConstant | undefined): CodeConstant | undefined {
  if (a === undefined || b === undefined) return undefined;
  // long_pow with a negative exponent is float_pow of the two as floats.
  const negativePower = op === 'Pow' && typeof a === 'bigint' && typeof b === 'bigint' && b < 0n;
  if (typeof a === 'bigint' && typeof b === 'bigint' && !negativePower) return foldInts(op, a, b);
  if (typeof a === 'number' || typeof b === 'number' || negativePower) return foldFloats(op, a, b);
  return foldSequence(op, a, b);
}

/**
 * fold_unaryop for `not` (any constant: its truth value) and for +x and ~x on ints and bools (-x is folded with
 * the other numbers where the literal is read; a bool's +, - and ~ are an int's).
 */
export function foldUnary(op: A.UnaryOperator, v: CodeConstant | undefined): CodeConstant | undefined {
  if (v === undefined) return undefined;
  if (op === 'Not') {
    const truth = constantTruth(v);
    return truth === undefined ? undefined : !truth;
  }
  const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
  if (typeof n !== 'bigint') return undefined;
  if (op === 'UAdd') return n;
  if (op === 'Invert') return -n - 1n;
  if (op === 'USub') return -n;
  return undefined;
}

/** PyObject_IsTrue of a constant (undefined for a code object, which is never an operand). */
function constantTruth(v: CodeConstant): boolean | undefined {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0; // NaN is true
  if (typeof v === 'string') return v.length > 0;
  if ('ellipsis' in v) return true;
  if ('bytes' in v) return v.bytes.length > 0;
  if ('imag' in v) return v.real !== 0 || v.imag !== 0;
  if ('tuple' in v) return v.tuple.length > 0;
  if ('frozenset' in v) return v.frozenset.length > 0;
  return undefined;
}

/**
 * fold_subscr: a constant str, bytes or tuple indexed by a constant int (or bool) is its item, when there is one
 * (an index out of range or of another type is left to raise at run time).
 */
export function foldSubscript(value: CodeConstant | undefined, index: CodeConstant | undefined): CodeConstant | undefined {
  if (value === undefined || (typeof index !== 'bigint' && typeof index !== 'boolean')) return undefined;
  const items: readonly CodeConstant[] | null = typeof value === 'string' ? [...value]
    : isBytesConstant(value) ? [...value.bytes].map((c) => BigInt(c.charCodeAt(0)))
    : isConstTuple(value) ? value.tuple : null;
  if (items === null) return undefined;
  const i = typeof index === 'boolean' ? (index ? 1 : 0) : index < 0n ? index + BigInt(items.length) : index;
  return typeof i === 'number' ? items[i] : i >= 0n && i < BigInt(items.length) ? items[Number(i)] : undefined;
}
