// Statement helpers shared by the feature generators: printing results (guarded when they may raise), new names.

import { clause, compound, expr, simple, type Expr, type Part, type Stmt } from '../../program';
import type { Gen, Ty } from '../context';

export type StmtMaker = (g: Gen) => Stmt | Stmt[] | null;

/** A maker left out when its construct (a known difference, tagged in FINDINGS.md) is avoided. */
export function tag(name: string, m: StmtMaker): StmtMaker {
  return (g) => (g.ok(name) ? m(g) : null);
}

/** The handler every guarded statement uses: the exception's type name and message. */
export function guard(feature: string, body: Stmt[]): Stmt {
  return markGuard(compound(feature, [
    clause('try:', body),
    clause('except Exception as ex:', [simple(feature, 'print(type(ex).__name__, ex)')]),
  ], true));
}

function markGuard(s: Stmt): Stmt {
  s.guard = true;
  return s;
}

/** Wraps every simple statement that may raise and is not inside a guard yet (a mutation with a failing operand). */
export function guardRaising(body: Stmt[], inGuard = false): Stmt[] {
  return body.map((s) => {
    if (s.line) {
      const raises = s.line.some((p) => typeof p !== 'string' && p.raises);
      return raises && !inGuard ? guard(s.feature, [s]) : s;
    }
    const headRaises = s.clauses!.some((c) => c.head.some((p) => typeof p !== 'string' && p.raises));
    s.clauses!.forEach((c, i) => {
      // Only a guard's try body is protected; its handler and nested blocks are not.
      c.body = guardRaising(c.body, Boolean(s.guard) && i === 0);
    });
    return headRaises && !inGuard ? guard(s.feature, [s]) : s;
  });
}

/** `print(a, b, ...)`, inside try/except when one of them may raise. */
export function show(feature: string, ...items: Part[]): Stmt {
  const parts: Part[] = ['print('];
  items.forEach((p, i) => parts.push(...(i ? [', ', p] : [p])));
  parts.push(')');
  const s = simple(feature, ...parts);
  return items.some((p) => typeof p !== 'string' && p.raises) ? guard(feature, [s]) : s;
}

/** A statement that may raise, guarded. */
export function guarded(feature: string, raises: boolean, ...parts: Part[]): Stmt {
  const s = simple(feature, ...parts);
  return raises ? guard(feature, [s]) : s;
}

/** `name = value` for a fresh name of `ty`, declared in the current scope (guarded with a fallback if it may raise). */
export function bind(g: Gen, feature: string, ty: Ty, value: Expr, prefix = PREFIX[ty]): { name: string; stmt: Stmt } {
  const name = g.fresh(prefix);
  let stmt = simple(feature, `${name} = `, value);
  if (value.raises) {
    // A value that may fail gets a fallback, so the name exists either way.
    stmt = guard(feature, [stmt]);
    stmt.clauses![1].body.push(simple(feature, `${name} = ${FALLBACK[ty]}`));
  }
  g.declare(name, ty);
  return { name, stmt };
}

/** `name = value` for a fresh name, then printing it. */
export function define(g: Gen, feature: string, ty: Ty, value: Expr, prefix = PREFIX[ty]): Stmt[] {
  const { name, stmt } = bind(g, feature, ty, value, prefix);
  return [stmt, show(feature, expr([name]))];
}

export const PREFIX: Record<Ty, string> = {
  int: 'i', float: 'f', str: 's', bool: 'b', none: 'n', list: 'l', slist: 'w', tuple: 't', dict: 'd', set: 'st', sset: 'ss', range: 'r',
};

const FALLBACK: Record<Ty, string> = {
  int: '-1', float: '0.25', str: "'?'", bool: 'False', none: 'None', list: '[]', slist: '[]', tuple: '()', dict: '{}', set: 'set()',
  sset: 'set()', range: 'range(0)',
};

/** A few lines of `body` made by `make`, each a statement or a list of them. */
export function several(g: Gen, lo: number, hi: number, make: () => Stmt | Stmt[] | null): Stmt[] {
  const out: Stmt[] = [];
  const n = g.r.int(lo, hi);
  for (let i = 0; i < n; i++) {
    const s = make();
    if (s) out.push(...(Array.isArray(s) ? s : [s]));
  }
  return out;
}
