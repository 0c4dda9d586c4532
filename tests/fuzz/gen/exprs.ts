// Typed random expressions: each type has leaves (literals, names) and operations whose operands are typed too.

import { expr, leaf, type Expr, type Part } from '../program';
import type { Gen, Ty } from './context';
import { literalOf, simplestOf, smallInt, strLiteral, wordLiteral } from './literals';

type Maker = (g: Gen, d: number) => Expr | null;

/** A literal leaf; compound literals (`10**20`, `-3`) get parentheses so operators around them keep their meaning. */
export function lit(text: string): Expr {
  return leaf(/^-|[*/]/.test(text) ? `(${text})` : text);
}

/** `(a op b)`, with the operands as simpler alternatives. */
function bin(a: Expr, op: string, b: Expr, raises = false, alts: Expr[] = [a, b]): Expr {
  return expr(['(', a, ` ${op} `, b, ')'], alts, raises);
}

/** A call `name(args)`; `alts` default to none (the generic literal alternative is added by exprOf). */
export function call(name: string, args: Part[], alts: Expr[] = [], raises = false): Expr {
  const parts: Part[] = [`${name}(`];
  args.forEach((a, i) => parts.push(...(i ? [', ', a] : [a])));
  parts.push(')');
  return expr(parts, alts, raises);
}

/** A method call on a receiver in parentheses (so `(5).bit_length()` parses). */
export function method(recv: Expr, name: string, args: Part[], alts: Expr[] = [], raises = false): Expr {
  const parts: Part[] = ['(', recv, `).${name}(`];
  args.forEach((a, i) => parts.push(...(i ? [', ', a] : [a])));
  parts.push(')');
  return expr(parts, alts, raises);
}

const varLeaf = (ty: Ty): Maker => (g) => {
  const v = g.pickVar(ty);
  return v ? leaf(v) : null;
};

const small = (g: Gen, lo = -4, hi = 12) => lit(smallInt(g.r, lo, hi));

/** A maker left out when its construct (a known difference, tagged in FINDINGS.md) is avoided. */
const tag = (name: string, m: Maker): Maker => (g, d) => (g.ok(name) ? m(g, d) : null);

/** An index: any int, or a small one when huge indexes (an IndexError message differs) are avoided. */
const index = (g: Gen, d: number): Expr => (g.ok('index.huge') ? g.expr('int', d) : small(g, -4, 6));

const INT: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'int'))],
  [6, varLeaf('int')],
  [6, (g, d) => bin(g.expr('int', d - 1), g.r.pick(['+', '-', '*']), g.expr('int', d - 1))],
  [2, (g, d) => bin(g.expr('int', d - 1), g.r.pick(['//', '%']), g.expr('int', d - 1), true)],
  [1, (g, d) => bin(g.expr('int', d - 1), '**', small(g, 0, g.r.chance(0.2) ? 40 : 12))],
  [1, (g, d) => bin(g.expr('int', d - 1), g.r.pick(['<<', '>>']), small(g, 0, 70))],
  [2, (g, d) => bin(g.expr('int', d - 1), g.r.pick(['&', '|', '^']), g.expr('int', d - 1))],
  [1, (g, d) => { const a = g.expr('int', d - 1); return expr([g.r.pick(['-', '~', '+']), '(', a, ')'], [a]); }],
  [2, (g, d) => call('len', [g.expr(g.pickTy(['str', 'list', 'slist', 'tuple', 'dict', 'set', 'range']), d - 1)])],
  [1, (g, d) => call('int', [g.expr('float', d - 1)], [], true)],
  [1, tag('error.str_repr', (g, d) => call('int', [g.expr('str', d - 1)], [], true))],
  [1, (g) => call('int', [lit(g.r.pick(["'ff'", "'777'", "'z'", "'101'", "'-1a'"])), lit(g.r.pick(['16', '8', '36', '2']))], [], true)],
  [1, (g, d) => call('round', [g.expr('float', d - 1)], [], true)],
  [1, (g, d) => { const a = g.expr('int', d - 1); return call('abs', [a], [a]); }],
  [1, (g, d) => { const a = g.expr('int', d - 1), b = g.expr('int', d - 1); return call(g.r.pick(['min', 'max']), [a, b], [a, b]); }],
  [1, (g, d) => call('sum', [g.expr(g.pickTy(['list', 'tuple', 'set', 'range']), d - 1)])],
  [1, (g, d) => method(g.expr('list', d - 1), 'count', [g.expr('int', d - 1)])],
  [1, (g, d) => method(g.expr('str', d - 1), g.r.pick(['find', 'rfind', 'count']), [g.expr('str', d - 1)])],
  [1, (g, d) => method(g.expr('str', d - 1), 'index', [lit(wordLiteral(g.r))], [], true)],
  [1, (g, d) => call('ord', [expr(['(', g.expr('str', d - 1), ' + ', lit(strLiteral(g.r)), ' + "x")[0]'])])],
  [1, (g, d) => { const a = g.expr('int', d - 1); return expr(['divmod(', a, ', ', g.expr('int', d - 1), ')[', g.r.pick(['0', '1']), ']'], [a], true); }],
  [1, tag('pow.modular', (g, d) => call('pow', [g.expr('int', d - 1), small(g, -2, 30), g.expr('int', d - 1)], [], true))],
  [1, (g, d) => method(g.expr('int', d - 1), g.r.pick(['bit_length', ...(g.ok('int.bit_count') ? ['bit_count'] : [])]), [])],
  [1, (g, d) => expr(['(', g.expr('list', d - 1), ')[', index(g, d - 1), ']'], [], true)],
  [1, (g, d) => expr(['(', g.expr('dict', d - 1), ')[', lit(wordLiteral(g.r).replace(/'(.*)'/, "'$1'")), ']'], [], true)],
  [1, (g, d) => method(g.expr('dict', d - 1), 'get', [lit(g.r.pick(["'a'", "'b'", "'key'", "'x'"])), small(g)])],
  [1, (g, d) => { const a = g.expr('int', d - 1), b = g.expr('int', d - 1); return expr(['(', a, ' if ', g.expr('bool', d - 1), ' else ', b, ')'], [a, b]); }],
  [1, (g, d) => expr(['(', g.expr('bool', d - 1), ' + ', g.expr('bool', d - 1), ')'])],
  [1, (g, d) => expr(['(', g.expr('range', d - 1), ')[', small(g, -3, 6), ']'], [], true)],
  [1, (g, d) => callOf(g, 'int', d)],
];

const FLOAT: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'float'))],
  [5, varLeaf('float')],
  [5, (g, d) => bin(g.expr('float', d - 1), g.r.pick(['+', '-', '*']), g.expr(g.pickTy(['float', 'int']), d - 1))],
  [2, (g, d) => bin(g.expr(g.pickTy(['float', 'int']), d - 1), '/', g.expr(g.pickTy(['float', 'int']), d - 1), true)],
  [1, (g, d) => bin(g.expr('float', d - 1), g.r.pick(['//', '%']), g.expr('float', d - 1), true)],
  [1, (g, d) => bin(g.expr('float', d - 1), '**', small(g, -3, 5), true)],
  [1, (g, d) => call('float', [g.expr('int', d - 1)], [], true)],
  [1, (g) => call('float', [lit(g.r.pick(["'1.5'", "' 2e3 '", "'inf'", "'-nan'", "'1_0.5'", "'abc'", "'0x10'", "'-0'"]))], [], true)],
  [1, (g, d) => call('round', [g.expr('float', d - 1), small(g, -2, 4)])],
  [1, (g, d) => { const a = g.expr('float', d - 1); return call('abs', [a], [a]); }],
  [1, (g, d) => call(g.r.pick(['min', 'max']), [g.expr('float', d - 1), g.expr('float', d - 1)])],
  [1, (g, d) => { const a = g.expr('float', d - 1); return expr(['-', a], [a]); }],
  [1, tag('float.divmod_zero', (g, d) => expr(['divmod(', g.expr('float', d - 1), ', ', g.expr('float', d - 1), ')[', g.r.pick(['0', '1']), ']'], [], true))],
  [1, (g, d) => call('sum', [g.expr('list', d - 1), lit('0.5')])],
  [1, (g, d) => callOf(g, 'float', d)],
];

const STR: [number, Maker][] = [
  [5, (g) => lit(literalOf(g.r, 'str'))],
  [5, varLeaf('str')],
  [3, (g, d) => bin(g.expr('str', d - 1), '+', g.expr('str', d - 1))],
  [1, (g, d) => bin(g.expr('str', d - 1), '*', small(g, -1, 4))],
  [3, (g, d) => { const s = g.expr('str', d - 1); return expr(['(', s, ')', sliceText(g)], [s]); }],
  [1, (g, d) => expr(['(', g.expr('str', d - 1), ')[', small(g, -4, 6), ']'], [], true)],
  [4, (g, d) => { const s = g.expr('str', d - 1); return method(s, g.r.pick(['upper', 'lower', 'strip', 'lstrip', 'rstrip', 'title', 'capitalize', 'swapcase', 'casefold']), [], [s]); }],
  [2, (g, d) => { const s = g.expr('str', d - 1); return method(s, 'replace', [lit(wordLiteral(g.r)), g.expr('str', d - 1)], [s]); }],
  [2, (g, d) => { const s = g.expr('str', d - 1); return method(s, g.r.pick([...(g.ok('str.center') ? ['center'] : []), 'ljust', 'rjust']), [small(g, 0, 14), ...(g.r.chance(0.5) ? [lit(g.r.pick(["'*'", "'-'", "'.'"]))] : [])], [s]); }],
  [1, (g, d) => { const s = g.expr('str', d - 1); return method(s, 'zfill', [small(g, 0, 10)], [s]); }],
  [1, (g, d) => { const s = g.expr('str', d - 1); return method(s, g.r.pick(['strip', 'lstrip', 'rstrip']), [lit(g.r.pick(["'a'", "' x'", "'.-'", "'ab'"]))], [s]); }],
  [2, (g, d) => method(lit(g.r.pick(["''", "', '", "'-'", "'::'", "' '"])), 'join', [g.expr('slist', d - 1)])],
  [2, (g, d) => call('str', [g.expr(g.pickTy(['int', 'float', 'bool', 'none', 'list', 'tuple', 'dict', 'set', 'range', 'slist']), d - 1)])],
  [2, (g, d) => call('repr', [g.expr(g.pickTy(['str', 'float', 'slist', 'dict', 'int']), d - 1)])],
  [1, (g, d) => expr(['chr(65 + ', g.expr('int', d - 1), ' % 58)'])],
  [1, (g, d) => call(g.r.pick(['hex', 'bin', 'oct']), [g.expr('int', d - 1)])],
  [1, (g, d) => call('ascii', [g.expr('str', d - 1)])],
  [1, (g, d) => expr(['(', g.expr('str', d - 1), ' if ', g.expr('bool', d - 1), ' else ', g.expr('str', d - 1), ')'])],
  [1, tag('str.format_fields', (g, d) => method(g.expr('str', d - 1), 'format', [g.expr('int', d - 1)], [], true))],
  [1, (g, d) => expr(['(', method(g.expr('str', d - 1), 'partition', [lit(wordLiteral(g.r))], [], true), ')[', g.r.pick(['0', '1', '2']), ']'])],
  [1, (g, d) => expr(['(', g.expr('slist', d - 1), ')[', small(g, -2, 3), ']'], [], true)],
  [1, (g, d) => callOf(g, 'str', d)],
];

const BOOL: [number, Maker][] = [
  [2, (g) => leaf(g.r.pick(['True', 'False']))],
  [2, varLeaf('bool')],
  [4, (g, d) => { const t = g.pickTy(['int', 'float', 'str']); return bin(g.expr(t, d - 1), g.r.pick(['<', '<=', '>', '>=', '==', '!=']), g.expr(t === 'float' ? 'int' : t, d - 1)); }],
  [1, (g, d) => expr(['(', g.expr('int', d - 1), ' < ', g.expr('int', d - 1), ' <= ', g.expr('int', d - 1), ')'])],
  [1, (g, d) => { const t = g.pickTy(['list', 'tuple', 'slist', 'dict', 'set']); return bin(g.expr(t, d - 1), g.r.pick(['==', '!=', ...(t === 'dict' ? [] : ['<', '>='])]), g.expr(t, d - 1)); }],
  [2, (g, d) => bin(g.expr('str', d - 1), g.r.pick(['in', 'not in']), g.expr('str', d - 1))],
  [2, (g, d) => bin(g.expr('int', d - 1), g.r.pick(['in', 'not in']), g.expr(g.pickTy(['list', 'tuple', 'set', 'range']), d - 1))],
  [1, (g, d) => bin(lit(g.r.pick(["'a'", "'b'", "'x'"])), 'in', g.expr('dict', d - 1))],
  [2, (g, d) => { const a = g.expr('bool', d - 1), b = g.expr('bool', d - 1); return bin(a, g.r.pick(['and', 'or']), b); }],
  [1, (g, d) => { const a = g.expr('bool', d - 1); return expr(['(not ', a, ')'], [a]); }],
  [2, (g, d) => call('bool', [g.expr(g.pickTy(['int', 'float', 'str', 'list', 'dict', 'none', 'range']), d - 1)])],
  [1, (g, d) => call(g.r.pick(['any', 'all']), [g.expr(g.pickTy(['list', 'slist', 'set', 'range']), d - 1)])],
  [2, (g, d) => method(g.expr('str', d - 1), g.r.pick(['isdigit', 'isalpha', 'isalnum', 'isupper', 'islower', 'isspace', ...(g.ok('str.istitle') ? ['istitle'] : []), 'isidentifier', 'isdecimal', 'isnumeric']), [])],
  [1, (g, d) => method(g.expr('str', d - 1), g.r.pick(['startswith', 'endswith']), [g.expr('str', d - 1)])],
  [1, (g, d) => call('isinstance', [g.expr(g.pickTy(['int', 'bool', 'str', 'list', 'float']), d - 1), leaf(g.r.pick(['int', 'str', 'list', '(int, float)', 'bool', 'object', 'tuple']))])],
  [1, (g, d) => method(g.expr('set', d - 1), g.r.pick(['issubset', 'issuperset', 'isdisjoint']), [g.expr('set', d - 1)])],
  [1, (g, d) => method(g.expr('float', d - 1), 'is_integer', [])],
  [1, (g, d) => callOf(g, 'bool', d)],
];

const LIST: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'list'))],
  [5, varLeaf('list')],
  [2, (g, d) => bin(g.expr('list', d - 1), '+', g.expr('list', d - 1))],
  [1, (g, d) => bin(g.expr('list', d - 1), '*', small(g, -1, 3))],
  [2, (g, d) => { const l = g.expr('list', d - 1); return expr(['(', l, ')', sliceText(g)], [l]); }],
  [2, (g, d) => call('list', [g.expr(g.pickTy(['range', 'tuple', 'set', 'list']), d - 1)])],
  [2, (g, d) => { const l = g.expr('list', d - 1); return call('sorted', [l, ...(g.r.chance(0.4) ? ['reverse=True'] : [])], [l]); }],
  [1, (g, d) => { const l = g.expr('list', d - 1); return call('list', [call('reversed', [l])], [l]); }],
  [2, (g, d) => { const x = g.fresh('e'); return expr(['[', x, ' * ', small(g, -2, 4), ' for ', x, ' in ', g.expr(g.pickTy(['list', 'range']), d - 1), ']']); }],
  [1, (g, d) => { const x = g.fresh('e'); return expr(['[', x, ' for ', x, ' in ', g.expr('list', d - 1), ` if ${x} % ${g.r.int(2, 3)}`, ']']); }],
  [1, (g, d) => expr(['list(map(abs, ', g.expr('list', d - 1), '))'])],
  [1, (g, d) => call('list', [call('dict.values', [g.expr('dict', d - 1)])])],
  [1, (g, d) => expr(['[len(w) for w in ', g.expr('slist', d - 1), ']'])],
  [1, (g, d) => callOf(g, 'list', d)],
];

const SLIST: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'slist'))],
  [4, varLeaf('slist')],
  [2, (g, d) => method(g.expr('str', d - 1), 'split', g.r.chance(0.5) ? [] : [lit(g.r.pick(["','", "' '", "'a'", "'l'"]))])],
  [1, (g, d) => method(g.expr('str', d - 1), 'splitlines', [])],
  [1, (g, d) => call('list', [g.expr('str', d - 1)])],
  [1, (g, d) => call('sorted', [g.expr('slist', d - 1)])],
  [1, (g, d) => call('list', [g.expr('dict', d - 1)])],
  [1, (g, d) => bin(g.expr('slist', d - 1), '+', g.expr('slist', d - 1))],
  [1, (g, d) => expr(['[str(n) for n in ', g.expr('list', d - 1), ']'])],
];

const TUPLE: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'tuple'))],
  [4, varLeaf('tuple')],
  [2, (g, d) => { const a = g.expr('int', d - 1), b = g.expr('int', d - 1); return expr(['(', a, ', ', b, ')'], []); }],
  [2, (g, d) => call('tuple', [g.expr(g.pickTy(['list', 'range']), d - 1)])],
  [1, (g, d) => bin(g.expr('tuple', d - 1), '+', g.expr('tuple', d - 1))],
  [1, (g, d) => { const t = g.expr('tuple', d - 1); return expr(['(', t, ')', sliceText(g)], [t]); }],
  [1, (g, d) => call('divmod', [g.expr('int', d - 1), g.expr('int', d - 1)], [], true)],
  [1, (g, d) => expr(['tuple(sorted(', g.expr('set', d - 1), '))'])],
];

const DICT: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'dict'))],
  [4, varLeaf('dict')],
  [1, (g, d) => call('dict', [call('zip', [g.expr('slist', d - 1), g.expr('list', d - 1)])])],
  [1, (g, d) => { const w = g.fresh('w'); return expr(['{', w, ': len(', w, ') for ', w, ' in ', g.expr('slist', d - 1), '}']); }],
  [1, (g, d) => bin(g.expr('dict', d - 1), '|', g.expr('dict', d - 1))],
  [1, (g, d) => expr(['{**', g.expr('dict', d - 1), ", 'k': ", g.expr('int', d - 1), '}'])],
  [1, (g, d) => call('dict', [g.expr('dict', d - 1)])],
  [1, (g, d) => expr(["dict.fromkeys(", g.expr('slist', d - 1), ', ', small(g), ')'])],
];

const SET: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'set'))],
  [4, varLeaf('set')],
  [2, (g, d) => bin(g.expr('set', d - 1), g.r.pick(['|', '&', '-', '^']), g.expr('set', d - 1))],
  [2, (g, d) => call('set', [g.expr(g.pickTy(['list', 'range', 'tuple']), d - 1)])],
  [1, (g, d) => { const x = g.fresh('e'); return expr(['{', x, ' % ', small(g, 2, 9), ' for ', x, ' in ', g.expr('list', d - 1), '}']); }],
  [1, (g, d) => method(g.expr('set', d - 1), g.r.pick(['union', 'intersection', 'difference', 'symmetric_difference']), [g.expr(g.pickTy(['set', 'list']), d - 1)])],
];

const SSET: [number, Maker][] = [
  [3, (g) => lit(literalOf(g.r, 'sset'))],
  [3, varLeaf('sset')],
  [2, (g, d) => call('set', [g.expr('slist', d - 1)])],
  [1, (g, d) => call('set', [g.expr('str', d - 1)])],
  [1, (g, d) => bin(g.expr('sset', d - 1), g.r.pick(['|', '&', '-', '^']), g.expr('sset', d - 1))],
];

const RANGE: [number, Maker][] = [
  [4, (g) => lit(literalOf(g.r, 'range'))],
  [3, varLeaf('range')],
  [2, (g, d) => call('range', [expr(['(', g.expr('int', d - 1), ') % 12'])])],
  [1, (g) => call('range', [small(g, -5, 5), small(g, 0, 15), lit(g.r.pick(['1', '2', '3', '-1', '-2']))])],
  [1, tag('range.slice', (g, d) => { const r = g.expr('range', d - 1); return expr(['(', r, ')', sliceText(g)], [r]); })],
];

const NONE: [number, Maker][] = [
  [3, () => leaf('None')],
  [1, (g, d) => method(g.expr('list', d - 1), 'sort', [])],
  [1, (g, d) => call('print', [g.expr('str', d - 1)])],
];

const TABLE: Record<Ty, [number, Maker][]> = {
  int: INT, float: FLOAT, str: STR, bool: BOOL, none: NONE, list: LIST, slist: SLIST, tuple: TUPLE, dict: DICT, set: SET,
  sset: SSET, range: RANGE,
};

/** `[a:b]`, `[::-1]`, `[a:b:c]` with small bounds (a zero step would raise, so steps avoid it). */
export function sliceText(g: Gen): string {
  const b = () => (g.r.chance(0.3) ? '' : smallInt(g.r, -6, 8));
  if (g.r.chance(0.6)) return `[${b()}:${b()}]`;
  return `[${b()}:${b()}:${g.r.pick(['2', '-1', '3', '-2', ''])}]`;
}

/** A call of a generated function returning `ty`, when there is one. */
function callOf(g: Gen, ty: Ty, d: number): Expr | null {
  const fs = g.funcs.filter((f) => f.ret === ty);
  if (!fs.length || d <= 0 || g.functionDepth > 0) return null;
  const f = g.r.pick(fs);
  return call(f.name, f.params.map((p) => g.expr(p, d - 1)));
}

/** The entry point installed on Gen: an expression of `ty`, depth-limited, with a literal as its last alternative. */
export function exprOf(g: Gen, ty: Ty, depth: number): Expr {
  const table = TABLE[ty];
  for (let tries = 0; tries < 8; tries++) {
    const maker = depth <= 0 ? g.r.pick(table.slice(0, 2))[1] : g.r.weighted(table);
    const e = maker(g, depth);
    if (!e) continue;
    if (e.parts.length > 1 || typeof e.parts[0] !== 'string') e.alts.push(leaf(simplestOf(ty)));
    return e;
  }
  return lit(literalOf(g.r, ty));
}
