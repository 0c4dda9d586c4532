// Control flow: if/elif/else, for and while loops with break/continue/else, over every iterable type.

import { clause, compound, expr, leaf, simple, type Expr, type Stmt } from '../../program';
import type { Gen, Ty } from '../context';
import { call, lit } from '../exprs';
import { smallInt } from '../literals';
import { show, type StmtMaker } from './common';

/** An iterable and the names its items bind: `for a in ...` or `for a, b in ...`. */
function iterable(g: Gen): { target: string; source: Expr; binds: [string, Ty][]; frozen?: string } {
  const x = g.fresh('x'), y = g.fresh('y');
  const kind = g.r.int(0, 9);
  const withVar = (ty: Ty, itemTy: Ty) => {
    const v = g.pickVar(ty);
    return v && g.r.chance(0.6)
      ? { target: x, source: leaf(v), binds: [[x, itemTy]] as [string, Ty][], frozen: v }
      : { target: x, source: g.expr(ty, 2), binds: [[x, itemTy]] as [string, Ty][] };
  };
  switch (kind) {
    case 0: return withVar(g.pickTy(['list', 'int']) === 'list' ? 'list' : 'range', 'int');
    case 1: return { target: x, source: call('range', [lit(smallInt(g.r, -2, 6))]), binds: [[x, 'int']] };
    case 2: return g.allows('str') ? withVar('str', 'str') : withVar('range', 'int');
    case 3: return g.allows('list') ? withVar('slist', 'str') : withVar('range', 'int');
    case 4: return g.allows('dict') ? withVar('dict', 'str') : withVar('range', 'int');
    case 5: return g.allows('set') ? withVar('set', 'int') : withVar('range', 'int');
    case 6: return g.allows('tuple') ? withVar('tuple', 'int') : withVar('range', 'int');
    case 7: {
      const ty = g.pickTy(['slist', 'list']);
      return { target: `${x}, ${y}`, source: expr(['enumerate(', g.expr(ty, 1), ...(g.r.chance(0.4) ? [', ', lit(smallInt(g.r, -2, 5))] : []), ')']), binds: [[x, 'int'], [y, ty === 'slist' ? 'str' : 'int']] };
    }
    case 8: return { target: `${x}, ${y}`, source: expr(['zip(', g.expr(g.pickTy(['list', 'range']), 1), ', ', g.expr(g.pickTy(['slist', 'str']), 1), ')']), binds: [[x, 'int'], [y, 'str']] };
    default: return g.allows('dict')
      ? { target: `${x}, ${y}`, source: expr(['(', g.expr('dict', 1), ').items()']), binds: [[x, 'str'], [y, 'int']] }
      : withVar('range', 'int');
  }
}

/** A loop body: some statements, maybe a conditional break or continue. */
function loopBody(g: Gen, extra: Stmt[] = []): Stmt[] {
  // The jump's condition is made first: it may go before body statements, so it must not use their names.
  const kind = g.r.pick(['break', 'continue']);
  const jump = g.r.chance(0.5)
    ? compound('control', [clause(['if ', g.expr('bool', 1), ':'], [simple('control', `print('${kind}')`), simple('control', kind)])], true)
    : null;
  const body = [...extra, ...g.innerStmts(1, 3)];
  if (jump) body.splice(g.r.int(extra.length, body.length), 0, jump);
  return body;
}

export const CONTROL_STMTS: [number, StmtMaker][] = [
  [4, (g) => {
    if (g.loopDepth >= 2 || g.nesting >= 3) return null;
    const it = iterable(g);
    if (it.frozen) g.frozen.add(it.frozen);
    try {
      const body = g.block(() => {
        for (const [n, t] of it.binds) g.declare(n, t);
        return loopBody(g, [show('control', ...it.binds.map(([n]) => leaf(n)))]);
      }, 'loop');
      const clauses = [clause(['for ', it.target, ' in ', it.source, ':'], body)];
      if (g.r.chance(0.4)) clauses.push(clause('else:', [simple('control', "print('for-else')")], true));
      return compound('control', clauses, true);
    } finally {
      if (it.frozen) g.frozen.delete(it.frozen);
    }
  }],
  [3, (g) => {
    if (g.loopDepth >= 2 || g.nesting >= 3) return null;
    const w = g.fresh('k');
    g.declare(w, 'int');
    g.frozen.add(w);
    try {
      const body = g.block(() => loopBody(g, [simple('control', `${w} += 1`)]), 'loop');
      const clauses = [clause([`while ${w} < ${g.r.int(0, 6)}:`], body)];
      if (g.r.chance(0.4)) clauses.push(clause('else:', [simple('control', `print('while-else', ${w})`)], true));
      return [simple('control', `${w} = 0`), compound('control', clauses, true), show('control', leaf(w))];
    } finally {
      g.frozen.delete(w);
    }
  }],
  [4, (g) => {
    if (g.nesting >= 3) return null;
    const clauses = [clause(['if ', g.expr('bool', 2), ':'], g.block(() => g.innerStmts(1, 3)))];
    for (let k = g.r.int(0, 2); k > 0; k--) clauses.push(clause(['elif ', g.expr('bool', 2), ':'], g.block(() => g.innerStmts(1, 2)), true));
    if (g.r.chance(0.5)) clauses.push(clause('else:', g.block(() => g.innerStmts(1, 2)), true));
    return compound('control', clauses, true);
  }],
  [1, (g) => show('control', expr(['(', g.expr('int', 1), ' if ', g.expr('bool', 1), ' else ', g.expr('str', 1), ')']))],
  [1, (g) => {
    const t = g.fresh('c');
    const body = g.block(() => [compound('control', [clause([`for ${t} in `, g.expr(g.pickTy(['str', 'range']), 1), ':'], [
      compound('control', [clause(['if ', g.expr('bool', 1), ':'], [simple('control', `print('found', ${t})`), simple('control', 'break')])]),
    ]), clause('else:', [simple('control', "print('not found')")])])], 'loop');
    return body;
  }],
];
