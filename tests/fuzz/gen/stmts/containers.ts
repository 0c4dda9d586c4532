// Statements about lists, tuples, dicts, sets (of ints; of strs behind `strhash`) and ranges: methods, slices, unpacking.

import { expr, leaf, simple, type Stmt } from '../../program';
import type { Gen } from '../context';
import { call, lit, method, sliceText } from '../exprs';
import { smallInt, wordLiteral } from '../literals';
import { define, guarded, show, tag, type StmtMaker } from './common';

const sm = (g: Gen, lo = -3, hi = 9) => lit(smallInt(g.r, lo, hi));

/** A mutation of a mutable name of a type, then printing the name. */
function mutate(g: Gen, feature: string, ty: 'list' | 'slist' | 'dict' | 'set' | 'sset', make: (name: string) => Stmt): Stmt[] | null {
  const name = g.pickVar(ty, true);
  if (!name) return null;
  return [make(name), show(feature, leaf(name))];
}

export const LIST_STMTS: [number, StmtMaker][] = [
  [4, (g) => define(g, 'list', 'list', g.expr('list', 3))],
  [1, (g) => define(g, 'list', 'slist', g.expr('slist', 2))],
  [3, (g) => show('list', g.expr('list', 3))],
  [3, (g) => mutate(g, 'list', 'list', (l) => {
    const m = g.r.int(0, 9);
    if (m === 0) return simple('list', `${l}.append(`, g.expr('int', 1), ')');
    if (m === 1) return simple('list', `${l}.extend(`, g.expr(g.pickTy(['list', 'range', 'tuple']), 1), ')');
    if (m === 2) return simple('list', `${l}.insert(`, sm(g, -5, 8), ', ', g.expr('int', 1), ')');
    if (m === 3) return guarded('list', true, `print(${l}.pop(`, g.r.chance(0.5) ? sm(g, -3, 4) : '', '))');
    if (m === 4) return guarded('list', true, `${l}.remove(`, sm(g, -3, 9), ')');
    if (m === 5) return simple('list', `${l}.sort(`, g.r.pick(['', 'reverse=True', 'key=abs', 'key=lambda v: (v % 3, -v)']), ')');
    if (m === 6) return simple('list', `${l}.reverse()`);
    if (m === 7) return simple('list', `${l}[${smallInt(g.r, -4, 4)}:${smallInt(g.r, -4, 6)}] = `, g.expr('list', 1));
    if (m === 8) return guarded('list', true, `${l}[`, sm(g, -4, 5), '] = ', g.expr('int', 1));
    return guarded('list', true, `del ${l}${g.r.chance(0.5) ? sliceText(g) : `[${smallInt(g.r, -3, 4)}]`}`);
  })],
  [1, (g) => mutate(g, 'list', 'slist', (l) => (g.r.chance(0.5) ? simple('list', `${l}.append(`, g.expr('str', 1), ')') : simple('list', `${l}.insert(0, `, g.expr('str', 1), ')')))],
  [2, (g) => show('list', method(g.expr('list', 2), 'index', [sm(g)], [], true), method(g.expr('list', 1), 'count', [sm(g)]))],
  [1, (g) => { const l = g.pickVar('list'); return l ? [simple('list', `c = ${l}.copy()`), simple('list', 'c.append(99)'), show('list', leaf(l), leaf('c'), expr([`c is ${l}`]), expr([`c == ${l}`]))] : null; }],
  [1, (g) => show('list', expr(['[[0] * 2 for _ in range(', sm(g, 0, 3), ')]']), expr(['[[', sm(g), ']] * 2']))],
  [1, (g) => show('list', call('sorted', [g.expr('slist', 2), g.r.pick(['key=len', 'key=str.lower', 'reverse=True', 'key=lambda s: s[::-1]'])]))],
  [1, (g) => { const l = g.pickVar('list', true); return l ? [guarded('list', true, `${l}[::2] = `, g.expr('list', 1)), show('list', leaf(l))] : null; }],
  [1, (g) => show('list', expr(['[', g.expr('int', 1), ', ', g.expr('str', 1), ', ', g.expr('float', 1), ', None, True, (1,), [2]]']))],
];

export const TUPLE_STMTS: [number, StmtMaker][] = [
  [3, (g) => define(g, 'tuple', 'tuple', g.expr('tuple', 3))],
  [2, (g) => show('tuple', g.expr('tuple', 3))],
  [2, (g) => {
    const a = g.fresh('u'), b = g.fresh('u'), c = g.fresh('u');
    const form = g.r.int(0, 3);
    const target = [`${a}, ${b}`, `${a}, *${b}`, `*${a}, ${b}, ${c}`, `(${a}, ${b}), ${c}`][form];
    const value = form === 3 ? expr(['(', g.expr('tuple', 1), '[:2], 7)']) : g.expr(g.pickTy(['tuple', 'list', 'str', 'range']), 2);
    return guarded('tuple', true, `${target} = `, value, `\nprint(${form === 2 || form === 3 ? `${a}, ${b}, ${c}` : `${a}, ${b}`})`);
  }],
  [1, (g) => show('tuple', method(g.expr('tuple', 2), 'index', [sm(g)], [], true), method(g.expr('tuple', 1), 'count', [sm(g)]))],
  [1, (g) => show('tuple', expr(['((', g.expr('int', 1), ', ', g.expr('str', 1), '), (', g.expr('float', 1), ',), ())']))],
  [1, tag('hash.tuple', (g) => show('tuple', expr(['hash(', g.expr('tuple', 1), ') == hash(', g.expr('tuple', 1), ')'])))],
  [1, (g) => show('tuple', expr(['(', g.expr('tuple', 1), ')[', sm(g, -4, 4), ']'], [], true))],
];

export const DICT_STMTS: [number, StmtMaker][] = [
  [3, (g) => define(g, 'dict', 'dict', g.expr('dict', 3))],
  [2, (g) => show('dict', g.expr('dict', 3))],
  [4, (g) => mutate(g, 'dict', 'dict', (d) => {
    const k = lit(g.r.pick(["'a'", "'b'", "'c'", "'key'", "'new'", "'x'"]));
    const m = g.r.int(0, 8);
    if (m === 0) return simple('dict', `${d}[`, k, '] = ', g.expr('int', 1));
    if (m === 1) return guarded('dict', true, `del ${d}[`, k, ']');
    if (m === 2) return simple('dict', `print(${d}.setdefault(`, k, ', ', sm(g), '))');
    if (m === 3) return guarded('dict', true, `print(${d}.pop(`, k, g.r.chance(0.5) ? ', None' : '', '))');
    if (m === 4 && g.ok('keyerror.message')) return guarded('dict', true, `print(${d}.popitem())`);
    if (m === 5) return simple('dict', `${d}.update(`, g.expr('dict', 1), ')');
    if (m === 6) return simple('dict', `${d}.update(z=`, g.expr('int', 1), ')');
    if (m === 7) return simple('dict', `${d} |= {`, k, ': ', g.expr('int', 1), '}');
    return simple('dict', `${d}.clear()`);
  })],
  [2, (g) => { const d = g.expr('dict', 2); return show('dict', method(d, 'keys', []), method(d, 'values', []), method(d, 'items', [])); }],
  [2, (g) => show('dict', call('list', [method(g.expr('dict', 2), 'items', [])]), call('sorted', [g.expr('dict', 1)]))],
  [1, (g) => show('dict', call('sorted', [method(g.expr('dict', 2), 'items', []), g.r.pick(['key=lambda kv: kv[1]', 'key=lambda kv: (-kv[1], kv[0])', 'reverse=True'])]))],
  [1, (g) => show('dict', method(g.expr('dict', 2), 'get', [lit(wordLiteral(g.r)), ...(g.r.chance(0.5) ? [sm(g)] : [])]))],
  [1, (g) => show('dict', expr(['{', sm(g), ': ', g.expr('str', 1), ', ', g.expr('float', 1), ': None, (1, 2): [], True: 0}']))],
  [1, (g) => show('dict', expr(['{', g.expr('int', 1), ': 1, ', g.expr('int', 1), ': 2}']), call('len', [g.expr('dict', 1)]))],
];

export const SET_STMTS: [number, StmtMaker][] = [
  [3, (g) => define(g, 'set', 'set', g.expr('set', 3))],
  [3, (g) => show('set', g.expr('set', 3))],
  [3, (g) => mutate(g, 'set', 'set', (s) => {
    const m = g.r.int(0, 6);
    if (m === 0) return simple('set', `${s}.add(`, g.expr('int', 1), ')');
    if (m === 1) return simple('set', `${s}.discard(`, sm(g, -5, 70), ')');
    if (m === 2) return guarded('set', true, `${s}.remove(`, sm(g, -5, 70), ')');
    if (m === 3) return simple('set', `${s}.${g.r.pick(['update', ...(g.ok('set.update_methods') ? ['intersection_update', 'difference_update', 'symmetric_difference_update'] : [])])}(`, g.expr(g.pickTy(['set', 'list', 'range']), 1), ')');
    if (m === 4 && g.ok('keyerror.message')) return guarded('set', true, `print(${s}.pop())`);
    if (m === 5) return simple('set', `${s} ${g.r.pick(['|=', '&=', '-=', '^='])} `, g.expr('set', 1));
    return simple('set', `${s}.clear()`);
  })],
  [1, (g) => show('set', call('frozenset', [g.expr('set', 1)]), expr(['frozenset(', g.expr('list', 1), ') == ', g.expr('set', 1)]))],
  [1, (g) => show('set', call('sorted', [g.expr('set', 2)]), call('len', [g.expr('set', 2)]))],
  [1, (g) => show('set', expr(['{', g.hashedFloat(1), ', ', g.expr('int', 1), ', ', g.expr('bool', 1), ', (1, 2)}']))],
];

/** Sets of strs: their order follows str hashes (PYTHONHASHSEED=0 in the oracle), off unless `strhash` is on. */
export const STRHASH_STMTS: [number, StmtMaker][] = [
  [3, (g) => define(g, 'strhash', 'sset', g.expr('sset', 2))],
  [3, (g) => show('strhash', g.expr('sset', 2))],
  [2, (g) => show('strhash', call('hash', [g.expr('str', 1)]))],
  [1, (g) => show('strhash', call('list', [call('set', [g.expr('slist', 2)])]))],
  [1, (g) => show('strhash', expr(['{', g.expr('str', 1), ', ', g.expr('int', 1), ', ', g.expr('float', 1), '}']))],
];

export const RANGE_STMTS: [number, StmtMaker][] = [
  [2, (g) => define(g, 'range', 'range', g.expr('range', 2))],
  [3, (g) => show('range', g.expr('range', 2))],
  [2, (g) => show('range', call('list', [g.expr('range', 2)]), call('len', [g.expr('range', 1)]))],
  [1, (g) => show('range', expr(['(', g.expr('range', 1), ')[', sm(g, -4, 6), ']'], [], true), call('list', [call('reversed', [g.expr('range', 1)])]))],
  [1, tag('range.attrs', (g) => show('range', method(g.expr('range', 1), 'index', [sm(g)], [], true), method(g.expr('range', 1), 'count', [sm(g)])))],
  [1, tag('range.attrs', (g) => show('range', expr([g.expr('range', 1), ' == ', g.expr('range', 1)]), expr(['(', g.expr('range', 1), ').start']), expr(['(', g.expr('range', 1), ').step'])))],
];
