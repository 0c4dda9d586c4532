// The shape of a generated program: statements and expressions as a tree the shrinker can cut and simplify.

/** A piece of source text: plain text and sub-expressions. */
export type Part = string | Expr;

/** An expression; `alts` are simpler expressions of the same type the shrinker may put in its place. */
export interface Expr {
  parts: Part[];
  alts: Expr[];
  /** It may raise (a division, an index, a conversion): printed inside try/except. */
  raises: boolean;
  /** Set by the shrinker: render this instead. */
  replacement?: Expr;
}

/** One clause of a compound statement: `if x:`, `else:`, `except E as e:`, `def f():`... */
export interface Clause {
  head: Part[];
  body: Stmt[];
  /** The statement stays valid without this clause (else, finally beside an except, elif). */
  optional?: boolean;
  removed?: boolean;
}

export interface Stmt {
  /** The feature that generated it (statistics and --features). */
  feature: string;
  /** A simple statement's text (may hold several lines separated by \n at the same indentation). */
  line?: Part[];
  clauses?: Clause[];
  /** The first clause's body may stand in for the whole statement (if/for/while/try, not def/class). */
  unwrappable?: boolean;
  removed?: boolean;
  unwrapped?: boolean;
  /** A try/except made to catch what its body may raise. */
  guard?: boolean;
}

export interface Program {
  seed: number;
  body: Stmt[];
  /** The features its statements came from. */
  features: Set<string>;
}

export function expr(parts: Part[], alts: Expr[] = [], raises = false): Expr {
  const childRaises = parts.some((p) => typeof p !== 'string' && p.raises);
  return { parts, alts, raises: raises || childRaises };
}

/** A leaf expression (a literal or a name). */
export function leaf(text: string): Expr {
  return { parts: [text], alts: [], raises: false };
}

export function simple(feature: string, ...line: Part[]): Stmt {
  return { feature, line };
}

export function compound(feature: string, clauses: Clause[], unwrappable = false): Stmt {
  return { feature, clauses, unwrappable };
}

export function clause(head: Part[] | string, body: Stmt[], optional = false): Clause {
  return { head: typeof head === 'string' ? [head] : head, body, optional };
}

export function renderExpr(e: Expr): string {
  while (e.replacement) e = e.replacement;
  let out = '';
  for (const p of e.parts) out += typeof p === 'string' ? p : renderExpr(p);
  return out;
}

function renderParts(parts: Part[]): string {
  let out = '';
  for (const p of parts) out += typeof p === 'string' ? p : renderExpr(p);
  return out;
}

function renderBody(body: Stmt[], indent: string, out: string[]): void {
  const before = out.length;
  for (const s of body) renderStmt(s, indent, out);
  if (out.length === before) out.push(indent + 'pass');
}

function renderStmt(s: Stmt, indent: string, out: string[]): void {
  if (s.removed) return;
  if (s.line) {
    for (const l of renderParts(s.line).split('\n')) out.push(indent + l);
    return;
  }
  const clauses = s.clauses!.filter((c) => !c.removed);
  if (s.unwrapped) {
    for (const c of clauses.slice(0, 1)) for (const b of c.body) renderStmt(b, indent, out);
    return;
  }
  for (const c of clauses) {
    for (const l of renderParts(c.head).split('\n')) out.push(indent + l);
    renderBody(c.body, indent + '    ', out);
  }
}

export function renderProgram(body: Stmt[]): string {
  const out: string[] = [];
  for (const s of body) renderStmt(s, '', out);
  return out.join('\n') + '\n';
}
