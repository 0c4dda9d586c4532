// Assignment and deletion targets: rebuilding expressions with a store/del context, and CPython's errors.

import type * as A from '../ast';
import type { TokenStream } from './tokenStream';

/** Rebuilds an expression as an assignment/deletion target, raising CPython's errors for invalid targets. */
export function toTarget(e: A.Expr, ctx: 'store' | 'del', ts: TokenStream): A.Expr {
  switch (e.kind) {
    case 'Name':
      return { ...e, ctx };
    case 'Attribute':
    case 'Subscript':
      return { ...e, ctx } as A.Expr;
    case 'Tuple':
    case 'List': {
      const elts = e.elts.map((x) => toTarget(x, ctx, ts));
      if (elts.filter((x) => x.kind === 'Starred').length > 1 && ctx === 'store') {
        throw ts.errorAt(e, 'multiple starred expressions in assignment');
      }
      return { ...e, elts, ctx } as A.Expr;
    }
    case 'Starred':
      if (ctx === 'del') throw ts.errorAt(e, 'cannot delete starred');
      return { ...e, value: toTarget(e.value, ctx, ts), ctx };
  }
  const described = describeExpression(e);
  if (ctx === 'del') throw ts.errorAt(e, `cannot delete ${described}`);
  // (A statement's first target may get invalid_named_expression's hint instead: see assignmentHintAtStatementStart.)
  throw ts.errorAt(e, `cannot assign to ${described}`);
}

/** CPython's name for an expression kind in "cannot assign to ..." messages. */
export function describeExpression(e: A.Expr): string {
  switch (e.kind) {
    case 'Constant':
      if (e.value === null || typeof e.value === 'boolean') return e.value === null ? 'None' : e.value ? 'True' : 'False';
      return typeof e.value === 'object' && 'ellipsis' in e.value ? 'ellipsis' : 'literal';
    case 'Tuple': return 'tuple';
    case 'List': return 'list';
    case 'Starred': return 'starred';
    case 'Call': return 'function call';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'JoinedStr': return 'f-string expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}


/** _PyPegen_get_expr_name, as "cannot use assignment expressions with ..." names the left-hand side. */
export function namedExpressionTargetName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Constant':
      if (typeof e.value === 'object' && e.value !== null) return 'ellipsis';
      return describeExpression(e);
    default: return describeExpression(e);
  }
}
