// The SyntaxWarnings CPython 3.11's compiler issues for code that is legal but almost surely a mistake:
// `x is 1`, `(1, 2)(3)` and `[1, 2][0, 1]` (a missed comma), `assert (x, "message")`. They are checked on the
// tree after constant folding, as compile.c checks them, and printed to stderr before the program runs.

import type * as A from '../ast';
import type { CodeUnit } from './unit';
import { constantValue } from './expressions';
import type { CodeConstant } from '../bytecode/code';

export interface SyntaxWarningNote {
  readonly line: number;
  readonly message: string;
}

function warn(u: CodeUnit, e: A.Span, message: string): void {
  u.table.warnings.push({ line: e.line, message });
}

/** type(value).__name__ of a compile-time constant. */
function constantTypeName(v: CodeConstant): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'str';
    case 'boolean': return 'bool';
  }
  if ('ellipsis' in v) return 'ellipsis';
  if ('bytes' in v) return 'bytes';
  if ('imag' in v) return 'complex';
  if ('tuple' in v) return 'tuple';
  if ('frozenset' in v) return 'frozenset';
  return 'code';
}

/** infer_type: the type an expression's value surely has, or null. */
function inferType(e: A.Expr): string | null {
  const v = constantValue(e);
  if (v !== undefined) return constantTypeName(v);
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    default: return null;
  }
}

/** check_is_arg: anything but a constant, or one of the named singletons. */
function isIdentityOperand(e: A.Expr): boolean {
  const v = constantValue(e);
  return v === undefined || v === null || typeof v === 'boolean' || (typeof v === 'object' && 'ellipsis' in v);
}

/** check_compare: `is` and `is not` with a literal operand. */
export function checkCompare(u: CodeUnit, e: A.Compare): void {
  let left = isIdentityOperand(e.left);
  e.ops.forEach((op, i) => {
    const right = isIdentityOperand(e.comparators[i]);
    if ((op === 'Is' || op === 'IsNot') && (!left || !right)) {
      warn(u, e, op === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
    }
    left = right;
  });
}

/** check_caller: calling a literal or a display. */
export function checkCaller(u: CodeUnit, call: A.Call): void {
  const f = call.func;
  const literal = constantValue(f) !== undefined ||
    ['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue'].includes(f.kind);
  if (literal) warn(u, call, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`);
}

/** check_subscripter and check_index: subscripting what cannot be, or a sequence literal by a non-integer. */
export function checkSubscript(u: CodeUnit, e: A.Subscript): void {
  const value = e.value;
  const v = constantValue(value);
  const unsubscriptableConstant = v !== undefined &&
    (v === null || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' ||
      (typeof v === 'object' && ('ellipsis' in v || 'imag' in v || 'frozenset' in v)));
  if (unsubscriptableConstant || ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value.kind)) {
    warn(u, e, `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferType(e.slice);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  const sequence = v !== undefined
    ? typeof v === 'string' || (typeof v === 'object' && v !== null && ('bytes' in v || 'tuple' in v))
    : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value.kind);
  if (sequence) warn(u, e, `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** compiler_assert: a parenthesized (test, message) is a tuple, always true. */
export function checkAssert(u: CodeUnit, s: A.Assert): void {
  if (s.test.kind === 'Tuple' && s.test.elts.length > 0) {
    warn(u, s, 'assertion is always true, perhaps remove parentheses?');
  }
}

/** How warnings.showwarning prints one: the location, then the source line when the file has one. */
export function formatSyntaxWarning(w: SyntaxWarningNote, filename: string, sourceLines: readonly string[] | null): string {
  const text = sourceLines?.[w.line - 1]?.trim() ?? '';
  return `${filename}:${w.line}: SyntaxWarning: ${w.message}\n` + (text ? `  ${text}\n` : '');
}
