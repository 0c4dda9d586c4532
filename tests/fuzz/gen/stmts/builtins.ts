// Builtin functions: sorted/min/max with key, sum, enumerate, zip, map, filter, any/all, conversions, introspection.

import { expr, leaf, type Expr } from '../../program';
import type { Gen } from '../context';
import { call, lit } from '../exprs';
import { smallInt } from '../literals';
import { show, tag, type StmtMaker } from './common';

const KEYS = ['key=abs', 'key=lambda v: -v', 'key=lambda v: (v % 3, v)', 'key=str', 'reverse=True', 'key=lambda v: v * v, reverse=True'];

function seq(g: Gen): Expr {
  return g.expr(g.pickTy(['list', 'tuple', 'range', 'set']), 2);
}

export const BUILTIN_STMTS: [number, StmtMaker][] = [
  [3, (g) => show('builtins', expr(['sorted(', seq(g), ', ', g.r.pick(KEYS), ')']))],
  [3, (g) => show('builtins', expr([g.r.pick(['min', 'max']), '(', seq(g), g.r.pick(['', ', key=abs', ', default=None', ', key=lambda v: -v, default=0']), ')'], [], true))],
  [1, (g) => show('builtins', expr([g.r.pick(['min', 'max']), '(', g.expr('str', 1), ', ', g.expr('str', 1), ', key=len)']), expr(['max(', g.expr(g.pickTy(['slist']), 1), ', key=len, default="-")']))],
  [2, (g) => show('builtins', expr(['sum(', seq(g), ', ', g.expr(g.pickTy(['int', 'float']), 1), ')']), expr(['sum([[1], [2, 3]], [])']))],
  [2, (g) => show('builtins', expr(['list(enumerate(', g.expr(g.pickTy(['str', 'list', 'slist']), 1), ...(g.r.chance(0.5) ? [', ', lit(smallInt(g.r, -3, 10))] : []), '))']))],
  [2, (g) => show('builtins', expr(['list(zip(', seq(g), ', ', g.expr(g.pickTy(['str', 'slist']), 1), ...(g.r.chance(0.3) ? [', ', seq(g)] : []), '))']))],
  [1, tag('zip.strict', (g) => show('builtins', expr(['list(zip(', seq(g), ', ', seq(g), ', strict=True))'], [], true)))],
  [2, (g) => show('builtins', expr(['list(map(', g.r.pick(['str', 'abs', 'bool', 'hex', 'lambda v: v * 2', 'float']), ', ', seq(g), '))']), expr(['list(map(pow, [2, 3, 4], [', lit(smallInt(g.r, 0, 5)), ', 2]))']))],
  [2, (g) => show('builtins', expr(['list(filter(', g.r.pick(['None', 'lambda v: v % 2', 'lambda v: v > 2', 'bool']), ', ', seq(g), '))']))],
  [1, (g) => show('builtins', call(g.r.pick(['any', 'all']), [expr(['v > ', lit(smallInt(g.r, -3, 8)), ' for v in ', seq(g)])]), leaf('any([])'), leaf('all([])'))],
  [2, (g) => show('builtins', call('divmod', [g.expr(g.pickTy(g.ok('float.divmod_zero') ? ['int', 'float'] : ['int']), 1), g.expr('int', 1)], [], true), call('pow', [g.expr('int', 1), lit(smallInt(g.r, -2, 6))], [], true))],
  [2, (g) => show('builtins', call('round', [g.expr(g.pickTy(['float', 'int']), 1), ...(g.r.chance(0.6) ? [lit(smallInt(g.r, -3, 4))] : [])], [], true), leaf(`round(${g.r.pick(['0.5', '1.5', '2.5', '-2.5', '1.25', '0.375', '1e16'])})`))],
  [2, (g) => show('builtins', call('abs', [g.expr(g.pickTy(['int', 'float']), 1)]), call('int', [g.expr(g.pickTy(g.ok('error.str_repr') ? ['float', 'str', 'bool'] : ['float', 'bool']), 1)], [], true), call('float', [g.expr(g.pickTy(g.ok('error.str_repr') ? ['int', 'str'] : ['int']), 1)], [], true))],
  [2, (g) => show('builtins', call('str', [g.expr(g.pickTy(['list', 'dict', 'tuple', 'set', 'float', 'none']), 1)]), call('repr', [g.expr(g.pickTy(['str', 'slist', 'float']), 1)]), call('bool', [g.expr(g.pickTy(['str', 'list', 'int', 'float']), 1)]))],
  [1, (g) => show('builtins', call('list', [call('reversed', [g.expr(g.pickTy(['list', 'range', 'str', 'tuple']), 1)])]), call('len', [g.expr(g.pickTy(['str', 'dict', 'set']), 1)]))],
  [2, (g) => show('builtins', call('isinstance', [g.expr(g.pickTy(['int', 'bool', 'str', 'float', 'list']), 1), leaf(g.r.pick(['int', 'str', '(list, tuple)', 'bool', 'object', 'float', '(int, str)']))]),
    expr(['type(', g.expr(g.pickTy(['int', 'bool', 'str', 'float', 'list', 'dict', 'none', 'range', 'set', 'tuple']), 1), ').__name__']))],
  [1, (g) => show('builtins', call('hasattr', [g.expr(g.pickTy(['str', 'list', 'int']), 1), lit(g.r.pick(["'append'", "'upper'", "'real'", "'x'", ...(g.ok('hasattr.dunders') ? ["'__len__'"] : [])]))]),
    call('getattr', [g.expr(g.pickTy(['int', 'str']), 1), lit(g.r.pick(["'nope'", ...(g.ok('int.attrs') ? ["'real'", "'imag'", "'denominator'"] : [])])), lit("'missing'")]))],
  [2, (g) => show('builtins', expr(['chr(', lit(String(g.r.pick([65, 97, 48, 233, 8364, 20013, 128512, 10, 32, ...(g.ok('chr.range') ? [0x110000] : [])]))), ')'], [], true), call('ord', [lit(g.r.pick(["'a'", "'\u00e9'", "'\u20ac'", "'ab'", "''"]))], [], true))],
  [1, (g) => show('builtins', call(g.r.pick(['hex', 'bin', 'oct']), [g.expr('int', 2)]), call('int', [lit(g.r.pick(["'0x1f'", "'  12  '", "'1_000'", "'+7'", "'-0'", "'0b101'"])), lit(g.r.pick(['0', '10', '16']))], [], true))],
  [1, (g) => show('builtins', leaf('callable(len)'), leaf('callable(3)'), expr(g.ok('iter.dunder_next') ? ['iter(', seq(g), ').__next__()'] : ['next(iter(', seq(g), '))'], [], true), leaf('next(iter([]), "empty")'))],
  [1, (g) => show('builtins', expr(['dict(enumerate(', g.expr(g.pickTy(['str', 'slist']), 1), '))']), expr(['list(zip(*[[1, 2, 3], [4, 5, 6]]))']))],
  [1, (g) => show('builtins', expr(['*', seq(g), ", sep=", lit(g.r.pick(["'-'", "''", "', '"])), ", end='|\\n'"]))],
];
