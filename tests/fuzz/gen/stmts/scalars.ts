// Statements about ints (with bools), floats (with math), strs and string formatting.

import { expr, leaf, simple, type Expr, type Stmt } from '../../program';
import type { Gen, Ty } from '../context';
import { call, lit, method } from '../exprs';
import { smallInt, strLiteral } from '../literals';
import { bind, define, guarded, show, tag, type StmtMaker } from './common';

/** `name op= value` on a local name of `ty` (rebinding a global or enclosing name would make it local). */
function augment(g: Gen, feature: string, ty: Ty, ops: string[], value: () => Expr): Stmt[] | null {
  const names = g.varsOf(ty, true).filter((n) => g.isLocal(n));
  if (!names.length) return null;
  const name = g.r.pick(names);
  const op = g.r.pick(ops);
  const v = value();
  const raises = v.raises || op === '//=' || op === '%=' || op === '/=';
  return [guarded(feature, raises, `${name} ${op} `, v), show(feature, leaf(name))];
}

export const INT_STMTS: [number, StmtMaker][] = [
  [4, (g) => define(g, 'int', 'int', g.expr('int', 3))],
  [1, (g) => define(g, 'int', 'bool', g.expr('bool', 2))],
  [4, (g) => show('int', g.expr('int', 3))],
  [2, (g) => show('int', g.expr('bool', 3))],
  [2, (g) => augment(g, 'int', 'int', ['+=', '-=', '*=', '//=', '%=', '|=', '&=', '^='], () => g.expr('int', 2))],
  [1, (g) => augment(g, 'int', 'int', ['<<=', '>>=', '**='], () => lit(smallInt(g.r, 0, 9)))],
  [1, (g) => show('int', g.expr('int', 2), g.expr('bool', 1), 'sep=' + g.r.pick(["' | '", "''", "'\\n'", "', '"]))],
  [1, (g) => {
    const a = g.varsOf('int', true).filter((n) => g.isLocal(n));
    if (a.length < 2) return null;
    const [x, y] = g.r.sample(a, 2);
    return [simple('int', `${x}, ${y} = ${y}, ${x}`), show('int', leaf(x), leaf(y))];
  }],
  [1, (g) => show('int', call('divmod', [g.expr('int', 2), g.expr('int', 2)], [], true))],
  [1, (g) => show('int', call(g.r.pick(['hex', 'bin', 'oct', 'str', 'repr']), [g.expr('int', 2)]))],
  [1, (g) => show('int', expr(['int(', g.expr('bool', 1), ')']), expr(['True + ', g.expr('int', 1)]), leaf(g.r.pick(['True * 3', '-True', 'False // 1', '~False'])))],
];

export const FLOAT_STMTS: [number, StmtMaker][] = [
  [4, (g) => define(g, 'float', 'float', g.expr('float', 3))],
  [4, (g) => show('float', g.expr('float', 3))],
  [1, (g) => show('float', call('repr', [g.expr('float', 2)]), call('str', [g.expr('float', 1)]))],
  [1, tag('float.as_integer_ratio', (g) => show('float', method(g.expr('float', 1), 'as_integer_ratio', [], [], true)))],
  [1, (g) => show('float', call('round', [g.expr('float', 2), lit(smallInt(g.r, -2, 5))]), call('round', [lit(g.r.pick(['0.5', '1.5', '2.5', '-0.5', '2.675', '0.125']))], [], false))],
  [1, (g) => augment(g, 'float', 'float', ['+=', '-=', '*=', '/='], () => g.expr(g.pickTy(['float', 'int']), 2))],
  [1, (g) => show('float', call('float', [lit(g.r.pick(["'nan'", "'inf'", "'-inf'", "'1e500'"]))]), expr(['float("inf") ', g.r.pick(['*', '-', '+']), ' ', g.expr('float', 1)]))],
  [1, tag('hash.float', (g) => show('float', call('hash', [g.hashedFloat(1)]), call('hash', [g.expr('int', 1)])))],
  [2, (g) => mathCall(g)],
];

function mathCall(g: Gen): Stmt | null {
  if (!g.has('float')) return null;
  g.prelude.set('math', simple('float', 'import math'));
  const f = () => g.expr('float', 1);
  const i = () => g.expr('int', 1);
  const options: (() => Expr)[] = [
    () => call(`math.${g.r.pick(['floor', 'ceil', 'trunc'])}`, [f()], [], true),
    () => call('math.sqrt', [f()], [], true),
    () => call('math.isclose', [f(), f()]),
    () => call(`math.${g.r.pick(['log', 'exp', 'sin', 'cos', 'atan', 'log10', 'log2'])}`, [f()], [], true),
    () => call('math.pow', [f(), lit(smallInt(g.r, -2, 4))], [], true),
    () => leaf(g.r.pick(['math.pi', 'math.e', 'math.inf', 'math.tau'])),
  ];
  // Functions our math module lacks (tag math.missing).
  if (g.ok('math.missing')) {
    options.push(
      () => call(`math.${g.r.pick(['gcd', 'lcm'])}`, [i(), i()]),
      () => call('math.factorial', [lit(smallInt(g.r, 0, 25))]),
      () => call(`math.${g.r.pick(['isfinite', 'isnan', 'isinf'])}`, [f()]),
      () => call('math.fsum', [expr(['[', f(), ', ', f(), ', ', f(), ']'])]),
      () => call('math.copysign', [f(), f()]),
      () => call('math.comb', [lit(smallInt(g.r, 0, 30)), lit(smallInt(g.r, 0, 10))]),
    );
  }
  return show('float', g.r.pick(options)());
}

export const STR_STMTS: [number, StmtMaker][] = [
  [4, (g) => define(g, 'str', 'str', g.expr('str', 3))],
  [4, (g) => show('str', g.expr('str', 3))],
  [2, (g) => show('str', call('repr', [g.expr('str', 2)]))],
  [1, (g) => augment(g, 'str', 'str', ['+='], () => lit(strLiteral(g.r)))],
  [1, (g) => augment(g, 'str', 'str', ['*='], () => lit(smallInt(g.r, 0, 3)))],
  [1, (g) => { const s = g.expr('str', 2); return show('str', method(s, g.r.pick(['split', 'rsplit']), [lit(g.r.pick(["' '", "','", "'a'"])), lit(smallInt(g.r, -1, 2))])); }],
  [1, (g) => show('str', method(g.expr('str', 2), g.r.pick(['partition', 'rpartition']), [lit(g.r.pick(["' '", "','", "'a'", "'l'"]))]))],
  [1, (g) => show('str', method(g.expr('str', 2), g.r.pick(['removeprefix', 'removesuffix']), [g.expr('str', 1)]))],
  [1, (g) => show('str', method(g.expr('str', 2), 'splitlines', [leaf(g.r.pick(['True', 'False']))]))],
  [1, (g) => show('str', method(g.expr('str', 2), 'expandtabs', [lit(smallInt(g.r, 0, 8))]))],
  [1, (g) => show('str', method(g.expr('str', 1), 'index', [g.expr('str', 1)], [], true), method(g.expr('str', 1), 'rindex', [lit("'a'")], [], true))],
  [1, (g) => show('str', call('sorted', [g.expr('str', 2)]), call('max', [g.expr('str', 1)], [], true), call('min', [g.expr('str', 1), g.expr('str', 1)]))],
  [1, (g) => show('str', expr(['(', g.expr('str', 1), ')[', lit(smallInt(g.r, -9, 9)), ':', lit(smallInt(g.r, -9, 9)), ':', lit(g.r.pick(['1', '-1', '2', '-3'])), ']']))],
];

/** A format spec for a value of `ty`: [[fill]align][sign][#][0][width][grouping][.precision][type]. */
function formatSpec(g: Gen, ty: 'int' | 'float' | 'str'): string {
  const r = g.r;
  let spec = '';
  if (r.chance(0.4)) spec += (r.chance(0.4) ? r.pick(['*', '0', '-', '.', ' ']) : '') + r.pick(['<', '>', '^', '=']);
  if (ty !== 'str' && r.chance(0.3)) spec += r.pick(['+', '-', ' ']);
  if (ty === 'int' && r.chance(0.2)) spec += '#';
  if (ty !== 'str' && r.chance(0.2)) spec += '0';
  if (r.chance(0.5)) spec += String(r.int(1, 14));
  if (ty !== 'str' && r.chance(0.25)) spec += r.pick([',', '_']);
  if (ty !== 'int' && r.chance(0.5)) spec += '.' + String(r.int(0, 8));
  const types = { int: ['d', 'b', 'o', 'x', 'X', 'e', 'f', 'g', '%', 'n', 'c', ''], float: ['e', 'E', 'f', 'F', 'g', 'G', '%', ''], str: ['s', ''] }[ty];
  if (r.chance(0.6)) spec += r.pick(types);
  return spec;
}

/** A name holding a value to format (a fresh one from an expression, or one in scope). */
function operand(g: Gen, ty: 'int' | 'float' | 'str', pre: Stmt[]): string {
  const existing = g.pickVar(ty);
  if (existing && g.r.chance(0.5)) return existing;
  const { name, stmt } = bind(g, 'format', ty, g.expr(ty, 2));
  pre.push(stmt);
  return name;
}

const fmtTypes = ['int', 'float', 'str'] as const;

export const FORMAT_STMTS: [number, StmtMaker][] = [
  [4, (g) => {
    const pre: Stmt[] = [];
    const pieces: string[] = [];
    for (let k = g.r.int(1, 3); k > 0; k--) {
      const ty = g.pickTy(fmtTypes);
      const v = operand(g, ty, pre);
      const form = g.r.int(0, 6);
      if (form === 0) pieces.push(`{${v}}`);
      else if (form === 1) pieces.push(`{${v}!r:${g.r.chance(0.5) ? formatSpec(g, 'str') : ''}}`);
      else if (form === 2) pieces.push(`{${v}=}`);
      else if (form === 3) pieces.push(`{${v}:{${g.r.int(0, 12)}}}`);
      else pieces.push(`{${v}:${formatSpec(g, ty)}}`);
      if (g.r.chance(0.3)) pieces.push(g.r.pick(['{{', '}}', ' | ', '-', ' = ']));
    }
    return [...pre, show('format', expr([`f"${pieces.join(' ')}"`], [], true))];
  }],
  [2, (g) => {
    const pre: Stmt[] = [];
    const ty = g.pickTy(fmtTypes);
    const v = operand(g, ty, pre);
    return [...pre, show('format', call('format', [leaf(v), lit(`'${formatSpec(g, ty)}'`)], [], true))];
  }],
  [3, (g) => {
    const pre: Stmt[] = [];
    const conv: string[] = [];
    const args: string[] = [];
    for (let k = g.r.int(1, 3); k > 0; k--) {
      const ty = g.pickTy(fmtTypes);
      args.push(operand(g, ty, pre));
      const flags = g.r.pick(['', '-', '+', '0', ' ', '#']) + (g.r.chance(0.5) ? String(g.r.int(1, 10)) : '') + (g.r.chance(0.4) ? '.' + g.r.int(0, 5) : '');
      conv.push('%' + flags + g.r.pick(ty === 'str' ? ['s', 'r', 'a'] : ty === 'int' ? ['d', 'i', 'x', 'X', 'o', 'e', 'f', 'g', 'r', 'c'] : ['f', 'e', 'E', 'g', 'G', 'd', 's', 'r']));
    }
    const fmt = `'${conv.join(g.r.pick([' ', '|', ', ', '%% ']))}'`;
    return [...pre, show('format', expr([`${fmt} % (${args.join(', ')}${args.length === 1 ? ',' : ''})`], [], true))];
  }],
  [3, (g) => {
    const pre: Stmt[] = [];
    const ty = g.pickTy(fmtTypes), ty2 = g.pickTy(fmtTypes);
    const a = operand(g, ty, pre), b = operand(g, ty2, pre);
    const form = g.r.pick([
      `'{} {}'.format(${a}, ${b})`, `'{1}{0}{1}'.format(${a}, ${b})`, `'{x:${formatSpec(g, ty)}}/{y!r}'.format(x=${a}, y=${b})`,
      `'{0:${formatSpec(g, ty)}}|{1:${formatSpec(g, ty2)}}'.format(${a}, ${b})`, `'{}'.format(${a}) + '{!s:>6}'.format(${b})`,
      `'{0[0]}'.format([${a}])`,
    ]);
    return [...pre, show('format', expr([form], [], true))];
  }],
];
