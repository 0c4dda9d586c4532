// The generator's state: the PRNG, the enabled features, the names in scope with their types, fresh names.

import { Rng } from '../rng';
import { expr, type Expr, type Stmt } from '../program';

/** The value types expressions are generated for. Lists, tuples and sets hold ints; dicts map str to int. */
export type Ty = 'int' | 'float' | 'str' | 'bool' | 'none' | 'list' | 'slist' | 'tuple' | 'dict' | 'set' | 'sset' | 'range';

/** The feature a type belongs to (null: always available). */
const TYPE_FEATURE: Record<Ty, string | null> = {
  int: null, bool: null, none: null, float: 'float', str: 'str', list: 'list', slist: 'list', tuple: 'tuple', dict: 'dict',
  set: 'set', sset: 'strhash', range: 'range',
};

export const ALL_TYPES: readonly Ty[] = ['int', 'float', 'str', 'bool', 'none', 'list', 'slist', 'tuple', 'dict', 'set', 'range'];

/** A function in scope that expressions may call: positional parameters and the result type. */
export interface FuncSig {
  name: string;
  params: Ty[];
  ret: Ty;
}

/** A function's or a loop's body bounds what it may grow: repeated growth of an outer value could explode. */
export type BlockKind = 'plain' | 'loop' | 'function';

class Scope {
  readonly vars = new Map<string, Ty>();
  constructor(readonly parent: Scope | null, readonly kind: BlockKind) {}
  get isFunction(): boolean {
    return this.kind === 'function';
  }
}

/** A generated class: its name, the dunders and helpers it (or a base) defines, its base. */
export interface ClassInfo {
  name: string;
  base: ClassInfo | null;
  has: Set<string>;
}

export class Gen {
  readonly r: Rng;
  /** Features the program was asked to use. */
  readonly enabled: Set<string>;
  /** Features that produced at least one statement. */
  readonly used = new Set<string>();
  private scope = new Scope(null, 'plain');
  /** Names that must not be rebound or mutated here (a loop's iterable and counter). */
  readonly frozen = new Set<string>();
  readonly funcs: FuncSig[] = [];
  readonly classes: ClassInfo[] = [];
  /** Module-level instances of generated classes. */
  readonly objects: { name: string; cls: ClassInfo }[] = [];
  private counter = 0;
  loopDepth = 0;
  functionDepth = 0;
  /** How many blocks deep the current statement is. */
  nesting = 0;
  /** Statements the program needs first (imports, helper classes), added once each. */
  readonly prelude = new Map<string, Stmt>();

  /** The expression generator, installed by generate.ts (kept apart to avoid an import cycle). */
  exprOf!: (g: Gen, ty: Ty, depth: number) => Expr;
  /** Simple statements for a nested body (loop, branch, function), installed by generate.ts. */
  innerStmts!: (lo: number, hi: number) => Stmt[];

  /** Constructs (tags, see tests/fuzz/FINDINGS.md) left out: known differences the test suite steers around. */
  readonly avoid: Set<string>;

  constructor(seed: number, enabled: Iterable<string>, avoid: Iterable<string> = []) {
    this.r = new Rng(seed);
    this.enabled = new Set(enabled);
    this.avoid = new Set(avoid);
  }

  /** False when the construct `tag` is to be left out. */
  ok(tag: string): boolean {
    return !this.avoid.has(tag);
  }

  has(feature: string): boolean {
    return this.enabled.has(feature);
  }

  expr(ty: Ty, depth = 2): Expr {
    return this.exprOf(this, ty, this.allows(ty) ? depth : 0);
  }

  /** An expression that cannot raise (for statements that must bind a name). */
  safeExpr(ty: Ty, depth = 1): Expr {
    for (let i = 0; i < 6; i++) {
      const e = this.expr(ty, depth);
      if (!e.raises) return e;
    }
    return this.exprOf(this, ty, 0);
  }

  /**
   * A float whose hash the program observes (hash(), a set element): NaN's hash is its address in CPython,
   * different in every run of python3 itself, so a NaN is replaced by 0.5 in the program.
   */
  hashedFloat(depth = 1): Expr {
    const e = this.expr('float', depth);
    return expr(['(', e, ' if ', e, ' == ', e, ' else 0.5)'], [e]);
  }

  /** Types of disabled features only appear as literals, so a program of a few features stays about them. */
  allows(ty: Ty): boolean {
    const feature = TYPE_FEATURE[ty];
    return feature === null || this.enabled.has(feature);
  }

  /** One of `tys` whose feature is enabled (the first if none is). */
  pickTy<T extends Ty>(tys: readonly T[]): T {
    const ok = tys.filter((t) => this.allows(t));
    return ok.length ? this.r.pick(ok) : tys[0];
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  declare(name: string, ty: Ty): void {
    this.scope.vars.set(name, ty);
  }

  /**
   * Visible names of a type (innermost first). `mutable` leaves out frozen names and, in a loop or function body,
   * names from outside it (that body may run many times: growing an outer list each time could explode).
   */
  varsOf(ty: Ty, mutable = false): string[] {
    const out: string[] = [];
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      for (const [name, t] of s.vars) if (t === ty && !(mutable && this.frozen.has(name))) out.push(name);
      if (mutable && s.kind !== 'plain') break;
    }
    return out;
  }

  pickVar(ty: Ty, mutable = false): string | null {
    const vs = this.varsOf(ty, mutable);
    return vs.length ? this.r.pick(vs) : null;
  }

  /** Runs `fn` in a nested block: names declared there are not visible after it. */
  block<T>(fn: () => T, kind: BlockKind = 'plain'): T {
    const saved = this.scope;
    this.scope = new Scope(saved, kind);
    if (kind === 'function') this.functionDepth++;
    if (kind === 'loop') this.loopDepth++;
    this.nesting++;
    try {
      return fn();
    } finally {
      this.scope = saved;
      if (kind === 'function') this.functionDepth--;
      if (kind === 'loop') this.loopDepth--;
      this.nesting--;
    }
  }

  /** Inside a function, names of enclosing functions are read-only (rebinding needs nonlocal). */
  isLocal(name: string): boolean {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      if (s.vars.has(name)) return true;
      if (s.isFunction) return false;
    }
    return false;
  }

  /** Module-level scope: global statements are possible from functions. */
  get atTop(): boolean {
    return this.scope.parent === null;
  }

  globalsOf(ty: Ty): string[] {
    let s = this.scope;
    while (s.parent) s = s.parent;
    return [...s.vars].filter(([, t]) => t === ty).map(([n]) => n);
  }
}
