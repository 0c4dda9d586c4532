// `from __future__ import annotations` (PEP 563): an annotation is kept as the text of its expression, written
// back as CPython's ast_unparse.c writes it (canonical spacing and quotes, parentheses only where precedence needs
// them), and never evaluated.

import type * as A from '../ast';
import { strRepr } from '../format/strRepr';
import { floatRepr } from '../format/dtoa';
import { bytesLiteral } from '../builtins/bytesSlots';

/** Binding strengths, weakest first (ast_unparse.c's PR_*). */
const enum Strength { Tuple, Test, Or, And, Not, Compare, BitOr, BitXor, BitAnd, Shift, Arith, Term, Factor, Power, Await, Atom }

const BINARY: Record<A.BinaryOperator, [string, Strength]> = {
  Add: ['+', Strength.Arith], Sub: ['-', Strength.Arith], Mult: ['*', Strength.Term], MatMult: ['@', Strength.Term],
  Div: ['/', Strength.Term], FloorDiv: ['//', Strength.Term], Mod: ['%', Strength.Term], Pow: ['**', Strength.Power],
  LShift: ['<<', Strength.Shift], RShift: ['>>', Strength.Shift], BitOr: ['|', Strength.BitOr],
  BitXor: ['^', Strength.BitXor], BitAnd: ['&', Strength.BitAnd],
};

const COMPARE: Record<A.CompareOperator, string> = {
  Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in',
};

/** The annotation's text, as `__annotations__` holds it under PEP 563. */
export function annotationText(e: A.Expr): string {
  return unparse(e, Strength.Test);
}

function unparse(e: A.Expr, level: Strength): string {
  const wrap = (text: string, own: Strength) => (level > own ? `(${text})` : text);
  switch (e.kind) {
    case 'Name':
      return e.id;
    case 'Constant':
      return constantText(e.value);
    case 'Attribute':
      return `${unparse(e.value, Strength.Atom)}.${e.attr}`;
    case 'Subscript':
      return `${unparse(e.value, Strength.Atom)}[${sliceText(e.slice)}]`;
    case 'Starred':
      return `*${unparse(e.value, Strength.BitOr)}`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      if (e.elts.length === 1) return `(${unparse(e.elts[0], Strength.Test)},)`;
      return wrap(items(e.elts), Strength.Tuple);
    case 'List':
      return `[${items(e.elts)}]`;
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : `{${items(e.elts)}}`;
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i], Strength.BitOr)}` : `${unparse(k, Strength.Test)}: ${unparse(e.values[i], Strength.Test)}`)).join(', ')}}`;
    case 'BinOp': {
      const [symbol, own] = BINARY[e.op];
      // Left-associative but for **, whose right side binds at its own strength.
      const right = e.op === 'Pow' ? own : own + 1;
      const left = e.op === 'Pow' ? own + 1 : own;
      return wrap(`${unparse(e.left, left)} ${symbol} ${unparse(e.right, right)}`, own);
    }
    case 'UnaryOp':
      if (e.op === 'Not') return wrap(`not ${unparse(e.operand, Strength.Not)}`, Strength.Not);
      return wrap(`${e.op === 'USub' ? '-' : e.op === 'UAdd' ? '+' : '~'}${unparse(e.operand, Strength.Factor)}`, Strength.Factor);
    case 'BoolOp': {
      const own = e.op === 'And' ? Strength.And : Strength.Or;
      return wrap(e.values.map((v) => unparse(v, own + 1)).join(e.op === 'And' ? ' and ' : ' or '), own);
    }
    case 'Compare':
      return wrap(
        [unparse(e.left, Strength.Compare + 1), ...e.ops.map((op, i) => `${COMPARE[op]} ${unparse(e.comparators[i], Strength.Compare + 1)}`)].join(' '),
        Strength.Compare,
      );
    case 'Call': {
      const args = [
        ...e.args.map((a) => unparse(a, Strength.Test)),
        ...e.keywords.map((k) => (k.arg === null ? `**${unparse(k.value, Strength.Test)}` : `${k.arg}=${unparse(k.value, Strength.Test)}`)),
      ];
      return `${unparse(e.func, Strength.Atom)}(${args.join(', ')})`;
    }
    case 'IfExp':
      return wrap(`${unparse(e.body, Strength.Test + 1)} if ${unparse(e.test, Strength.Test + 1)} else ${unparse(e.orelse, Strength.Test)}`, Strength.Test);
    case 'Slice':
      return sliceText(e);
    case 'Await':
      return wrap(`await ${unparse(e.value, Strength.Atom)}`, Strength.Await);
    default:
      // Comprehensions, lambdas, f-strings and yields make no sense as annotations; their kind stands in.
      return `<${e.kind}>`;
  }
}

function items(elts: readonly A.Expr[]): string {
  return elts.map((x) => unparse(x, Strength.Test)).join(', ');
}

/** A subscript's index: a tuple without its parentheses, slices as `a:b:c`. */
function sliceText(e: A.Expr): string {
  if (e.kind === 'Slice') {
    const part = (x: A.Expr | null) => (x === null ? '' : unparse(x, Strength.Test));
    return `${part(e.lower)}:${part(e.upper)}${e.step !== null ? `:${part(e.step)}` : ''}`;
  }
  if (e.kind === 'Tuple' && e.elts.length > 0) return e.elts.map((x) => (x.kind === 'Slice' ? sliceText(x) : unparse(x, Strength.Test))).join(', ');
  return unparse(e, Strength.Tuple);
}

function constantText(v: A.ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number') return Number.isFinite(v) ? floatRepr(v) : v > 0 ? '1e309' : v < 0 ? '-1e309' : '(1e309-1e309)';
  if (typeof v === 'string') return strRepr(v);
  if ('ellipsis' in v) return '...';
  if ('bytes' in v) return bytesLiteral(v.bytes);
  return v.real === 0 && !Object.is(v.real, -0) ? `${floatRepr(v.imag).replace(/\.0$/, '')}j` : `(${floatRepr(v.real)}${v.imag < 0 ? '-' : '+'}${floatRepr(Math.abs(v.imag)).replace(/\.0$/, '')}j)`;
}
