// Scope analysis as CPython's symtable: which names are local, global, cell or free in each scope.

import type { FutureImports } from './future';
import type { SyntaxWarningNote } from './syntaxWarnings';
import type * as A from '../ast';
import { PySyntaxError } from '../errors';
import { annotationsOf } from './annotations';
import { CachedStrs } from './internedStrings';

/** How symtable_raise_if_comprehension_block names each comprehension. */
const COMPREHENSION_WORDS: Record<string, string> = {
  '<listcomp>': 'list comprehension', '<setcomp>': 'set comprehension', '<dictcomp>': 'dict comprehension', '<genexpr>': 'generator expression',
};

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';

export class Scope {
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  /** Where each nonlocal name was declared (symtable.c's ste_directives): its errors point there. */
  readonly nonlocalAt = new Map<string, A.Span>();
  /** Names read by a Name in load context (CPython's USE flag; an augmented assignment's target is not one). */
  readonly loaded = new Set<string>();
  /** Names given a simple annotation (DEF_ANNOT). */
  readonly annotated = new Set<string>();
  readonly params: string[] = [];
  /** Names in order of first appearance (CPython's co_varnames order after parameters). */
  readonly order: string[] = [];
  readonly children: Scope[] = [];
  readonly cells = new Set<string>();
  readonly frees = new Set<string>();
  hasYield = false;
  /** CPython's ste_coroutine: an async def, or a comprehension with `async for` or `await` (its code is then a coroutine). */
  isCoroutine = false;
  /** An `async def` body (CPython's COMPILER_SCOPE_ASYNC_FUNCTION), where await, async for and async with may appear. */
  isAsyncDef = false;
  usesClassCell = false;
  /** For a comprehension: the names its `for` targets bind (an assignment expression may not rebind them). */
  readonly iterationTargets = new Set<string>();
  /** Inside a comprehension's iterable expression, where assignment expressions are refused. */
  iterableDepth = 0;

  constructor(readonly kind: ScopeKind, readonly name: string, readonly node: A.Node, readonly parent: Scope | null) {}

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  note(name: string): void {
    if (!this.order.includes(name)) this.order.push(name);
  }

  /** Whether `name` is a fast local of this function scope. */
  isLocal(name: string): boolean {
    return this.isFunctionLike && this.bound.has(name) && !this.globals.has(name) && !this.nonlocals.has(name);
  }
}

function err(node: A.Span, message: string): PySyntaxError {
  return new PySyntaxError({ type: 'SyntaxError', message, line: node.line, column: node.col + 1, endLine: node.endLine, endColumn: node.endCol + 1 });
}

/** Builds the scope tree of a module; scopes are found again by their AST node. */
export class SymbolTable {
  readonly scopes = new Map<A.Node, Scope>();
  /** The compiler's SyntaxWarnings for this module, in the order it met them (syntaxWarnings.ts). */
  readonly warnings: SyntaxWarningNote[] = [];
  readonly top: Scope;
  /** The names the module's source spells: interned by the parser before any code object is made. */
  readonly identifiers: ReadonlySet<string>;
  /** The file's constant cache as the compiler fills it: which strs it holds as interned identifiers. */
  readonly cachedStrs = new CachedStrs();
  /** What the module's leading `from __future__ import` statements turned on (compileModule sets it). */
  future: FutureImports = { features: new Set(), leading: new Set() };

  constructor(module: A.Module) {
    this.identifiers = module.identifiers ?? new Set();
    this.top = new Scope('module', '<module>', module, null);
    this.scopes.set(module, this.top);
    for (const s of module.body) this.visitStmt(s, this.top);
    this.analyze(this.top, new Set());
  }

  scopeOf(node: A.Node): Scope {
    const s = this.scopes.get(node);
    if (!s) throw new Error('no scope for node');
    return s;
  }

  private bind(scope: Scope, name: string, node: A.Span): void {
    if (scope.globals.has(name) && scope.kind !== 'module') {
      // Binding a declared global is allowed; it stays global.
    }
    scope.bound.add(name);
    scope.note(name);
    void node;
  }

  private use(scope: Scope, name: string): void {
    scope.used.add(name);
    scope.note(name);
    // symtable_visit_expr: `super` in any function block (a nested function, lambda or comprehension too) uses
    // __class__, which reaches the class's cell through the scopes between (see analyze).
    if ((name === 'super' || name === '__class__') && scope.isFunctionLike) scope.usesClassCell = true;
  }

  private visitStmts(stmts: readonly A.Stmt[], scope: Scope): void {
    for (const s of stmts) this.visitStmt(s, scope);
  }

  private visitStmt(s: A.Stmt, scope: Scope): void {
    switch (s.kind) {
      case 'Expr': return this.visitExpr(s.value, scope);
      case 'Assign':
        this.visitExpr(s.value, scope);
        for (const t of s.targets) this.visitExpr(t, scope);
        return;
      case 'AugAssign':
        this.visitExpr(s.value, scope);
        if (s.target.kind === 'Name') {
          this.use(scope, s.target.id);
          this.bind(scope, s.target.id, s.target);
        } else this.visitExpr(s.target, scope);
        return;
      case 'AnnAssign':
        // As symtable.c: the target, then the annotation (its names are used even in a function), then the value.
        if (s.target.kind === 'Name') {
          const name = s.target.id;
          const declaration = scope.globals.has(name) ? 'global' : scope.nonlocals.has(name) ? 'nonlocal' : null;
          if (declaration && s.simple && scope.kind !== 'module') throw err(s, `annotated name '${name}' can't be ${declaration}`);
          // A parenthesized name is not annotated, and is bound only by a value.
          if (s.simple) scope.annotated.add(name);
          if (s.simple || s.value) this.bind(scope, name, s.target);
        } else {
          this.visitExpr(s.target, scope);
        }
        this.visitExpr(s.annotation, scope);
        if (s.value) this.visitExpr(s.value, scope);
        return;
      case 'Delete':
        for (const t of s.targets) this.visitExpr(t, scope);
        return;
      case 'Return':
        if (s.value) this.visitExpr(s.value, scope);
        return;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc, scope);
        if (s.cause) this.visitExpr(s.cause, scope);
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of s.names) {
          const declaration = s.kind === 'Global' ? 'global' : 'nonlocal';
          // symtable.c's order: a parameter, a use, an annotation, then an assignment.
          if (scope.params.includes(name)) throw err(s, `name '${name}' is parameter and ${declaration}`);
          if (scope.loaded.has(name)) throw err(s, `name '${name}' is used prior to ${declaration} declaration`);
          if (scope.annotated.has(name)) throw err(s, `annotated name '${name}' can't be ${declaration}`);
          if (scope.bound.has(name)) throw err(s, `name '${name}' is assigned to before ${declaration} declaration`);
          (s.kind === 'Global' ? scope.globals : scope.nonlocals).add(name);
          if (s.kind === 'Nonlocal' && !scope.nonlocalAt.has(name)) scope.nonlocalAt.set(name, s);
        }
        return;
      case 'Assert':
        this.visitExpr(s.test, scope);
        if (s.msg) this.visitExpr(s.msg, scope);
        return;
      case 'If': {
        // An elif chain in a loop (see compileStmt).
        let at: A.If = s;
        for (;;) {
          this.visitExpr(at.test, scope);
          this.visitStmts(at.body, scope);
          const next = at.orelse.length === 1 && at.orelse[0].kind === 'If' ? at.orelse[0] : null;
          if (!next) break;
          at = next;
        }
        this.visitStmts(at.orelse, scope);
        return;
      }
      case 'While':
        this.visitExpr(s.test, scope);
        this.visitStmts(s.body, scope);
        this.visitStmts(s.orelse, scope);
        return;
      case 'For':
        this.visitExpr(s.iter, scope);
        this.visitExpr(s.target, scope);
        this.visitStmts(s.body, scope);
        this.visitStmts(s.orelse, scope);
        return;
      case 'Try':
        this.visitStmts(s.body, scope);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type, scope);
          if (h.name) this.bind(scope, h.name, h);
          this.visitStmts(h.body, scope);
        }
        this.visitStmts(s.orelse, scope);
        this.visitStmts(s.finalbody, scope);
        return;
      case 'With':
        for (const item of s.items) {
          this.visitExpr(item.contextExpr, scope);
          if (item.optionalVars) this.visitExpr(item.optionalVars, scope);
        }
        this.visitStmts(s.body, scope);
        return;
      case 'Match':
        this.visitExpr(s.subject, scope);
        for (const c of s.cases) {
          this.visitPattern(c.pattern, scope);
          if (c.guard) this.visitExpr(c.guard, scope);
          this.visitStmts(c.body, scope);
        }
        return;
      case 'FunctionDef': {
        for (const d of s.decorators) this.visitExpr(d, scope);
        this.visitDefaults(s.args, scope);
        for (const [, annotation] of annotationsOf(s)) this.visitExpr(annotation, scope);
        this.bind(scope, s.bindName ?? s.name, s);
        const child = this.newScope('function', s.name, s, scope);
        if (s.isAsync) child.isCoroutine = child.isAsyncDef = true;
        this.declareParams(s.args, child);
        this.visitStmts(s.body, child);
        return;
      }
      case 'ClassDef': {
        for (const d of s.decorators) this.visitExpr(d, scope);
        for (const b of s.bases) this.visitExpr(b, scope);
        for (const k of s.keywords) this.visitExpr(k.value, scope);
        this.bind(scope, s.bindName ?? s.name, s);
        const child = this.newScope('class', s.name, s, scope);
        this.visitStmts(s.body, child);
        return;
      }
      case 'Import':
        for (const a of s.names) this.bind(scope, a.asname ?? a.name.split('.')[0], a);
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (scope.kind !== 'module') throw err(a, 'import * only allowed at module level');
            continue;
          }
          this.bind(scope, a.asname ?? a.name, a);
        }
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /** The names a pattern captures are bound in the scope of the match statement. */
  private visitPattern(p: A.Pattern, scope: Scope): void {
    switch (p.kind) {
      case 'MatchValue': return this.visitExpr(p.value, scope);
      case 'MatchSingleton': return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.visitPattern(sub, scope);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.visitExpr(k, scope);
        for (const sub of p.patterns) this.visitPattern(sub, scope);
        if (p.rest) this.bind(scope, p.rest, p);
        return;
      case 'MatchClass':
        this.visitExpr(p.cls, scope);
        for (const sub of p.patterns) this.visitPattern(sub, scope);
        for (const sub of p.kwdPatterns) this.visitPattern(sub, scope);
        return;
      case 'MatchStar':
        if (p.name) this.bind(scope, p.name, p);
        return;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern, scope);
        if (p.name) this.bind(scope, p.name, p);
        return;
    }
  }

  private newScope(kind: ScopeKind, name: string, node: A.Node, parent: Scope): Scope {
    const s = new Scope(kind, name, node, parent);
    parent.children.push(s);
    this.scopes.set(node, s);
    return s;
  }

  private visitDefaults(args: A.Arguments, scope: Scope): void {
    for (const d of args.defaults) this.visitExpr(d, scope);
    for (const d of args.kwDefaults) if (d) this.visitExpr(d, scope);
  }

  private declareParams(args: A.Arguments, scope: Scope): void {
    // symtable_visit_arguments' order: a repeated name is reported where it is met the second time.
    const visitOrder = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg];
    const seen = new Set<string>();
    for (const a of visitOrder) {
      if (!a) continue;
      if (seen.has(a.arg)) throw err(a, `duplicate argument '${a.arg}' in function definition`);
      seen.add(a.arg);
    }
    const all = [...args.posonlyargs, ...args.args];
    const names = [...all.map((a) => a.arg)];
    if (args.vararg) names.push(args.vararg.arg);
    for (const a of args.kwonlyargs) names.push(a.arg);
    if (args.kwarg) names.push(args.kwarg.arg);
    // Order in localsplus: positional, keyword-only, *args, **kwargs (CPython's layout).
    const ordered = [...all.map((a) => a.arg), ...args.kwonlyargs.map((a) => a.arg)];
    if (args.vararg) ordered.push(args.vararg.arg);
    if (args.kwarg) ordered.push(args.kwarg.arg);
    for (const n of ordered) {
      scope.params.push(n);
      scope.bound.add(n);
      scope.note(n);
    }
    void names;
  }

  /** Visits a comprehension's iterable, where assignment expressions are refused. */
  private visitIterable(iter: A.Expr, scope: Scope): void {
    scope.iterableDepth++;
    try {
      this.visitExpr(iter, scope);
    } finally {
      scope.iterableDepth--;
    }
  }

  private noteIterationTargets(target: A.Expr, comp: Scope): void {
    if (target.kind === 'Name') comp.iterationTargets.add(target.id);
    else if (target.kind === 'Tuple' || target.kind === 'List') for (const t of target.elts) this.noteIterationTargets(t, comp);
    else if (target.kind === 'Starred') this.noteIterationTargets(target.value, comp);
  }

  /**
   * symtable_extend_namedexpr_scope: an assignment expression in a comprehension binds in the nearest enclosing
   * function (each comprehension between reaching it as a free variable) or module (as a global); refused in a
   * class body and where the name is a comprehension's iteration variable.
   */
  private bindNamedExprTarget(target: A.Name, comp: Scope): void {
    const name = target.id;
    const between: Scope[] = [];
    let scope: Scope = comp;
    while (scope.kind === 'comprehension') {
      if (scope.iterationTargets.has(name)) throw err(target, `assignment expression cannot rebind comprehension iteration variable '${name}'`);
      between.push(scope);
      scope = scope.parent!;
    }
    if (scope.kind === 'class') throw err(target, 'assignment expression within a comprehension cannot be used in a class body');
    const global = scope.kind === 'module' || scope.globals.has(name);
    this.bind(scope, name, target);
    for (const c of between) (global ? c.globals : c.nonlocals).add(name);
  }

  private visitComprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, scope: Scope): void {
    const [first, ...rest] = node.generators;
    this.visitIterable(first.iter, scope);
    const name = node.kind === 'ListComp' ? '<listcomp>' : node.kind === 'SetComp' ? '<setcomp>' : node.kind === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    const child = this.newScope('comprehension', name, node, scope);
    child.params.push('.0');
    child.bound.add('.0');
    child.note('.0');
    if (node.kind === 'GeneratorExp') child.hasYield = true;
    if (first.isAsync) child.isCoroutine = true;
    this.visitExpr(first.target, child);
    this.noteIterationTargets(first.target, child);
    for (const cond of first.ifs) this.visitExpr(cond, child);
    for (const g of rest) {
      if (g.isAsync) child.isCoroutine = true;
      this.visitIterable(g.iter, child);
      this.visitExpr(g.target, child);
      this.noteIterationTargets(g.target, child);
      for (const cond of g.ifs) this.visitExpr(cond, child);
    }
    if (node.kind === 'DictComp') {
      this.visitExpr(node.key, child);
      this.visitExpr(node.value, child);
    } else this.visitExpr(node.elt, child);
    // An asynchronous list, set or dict comprehension is awaited where it stands, which makes that scope async too.
    if (child.isCoroutine && node.kind !== 'GeneratorExp') scope.isCoroutine = true;
  }

  /**
   * Visits an expression in CPython's order. Sub-expressions go on an explicit stack (pushed last first), so
   * chains as deep as CPython accepts cost no JavaScript stack (see compileExpr); a lambda's scope opens when
   * its defaults are done, as a queued step.
   */
  private visitExpr(root: A.Expr, rootScope: Scope): void {
    const pending: ({ e: A.Expr; scope: Scope } | (() => void))[] = [{ e: root, scope: rootScope }];
    // Queues expressions to visit in order (pushed last first); lists are passed whole, never spread.
    const visit = (scope: Scope, ...groups: (A.Expr | null | readonly (A.Expr | null)[])[]) => {
      for (let g = groups.length - 1; g >= 0; g--) {
        const group = groups[g];
        if (group === null) continue;
        if (!Array.isArray(group)) {
          pending.push({ e: group as A.Expr, scope });
          continue;
        }
        for (let i = group.length - 1; i >= 0; i--) {
          const x = group[i];
          if (x) pending.push({ e: x, scope });
        }
      }
    };
    while (pending.length > 0) {
      const item = pending.pop()!;
      if (typeof item === 'function') {
        item();
        continue;
      }
      const { e, scope } = item;
      switch (e.kind) {
        case 'Name':
          if (e.ctx === 'load') {
            this.use(scope, e.id);
            scope.loaded.add(e.id);
          } else this.bind(scope, e.id, e);
          break;
        case 'Constant':
          break;
        case 'JoinedStr':
          visit(scope, e.values.filter((v) => v.kind === 'FormattedValue'));
          break;
        case 'FormattedValue':
          visit(scope, e.value, e.formatSpec);
          break;
        case 'List':
        case 'Tuple':
        case 'Set':
          visit(scope, e.elts);
          break;
        case 'Dict':
          visit(scope, e.keys, e.values);
          break;
        case 'BinOp':
          visit(scope, e.left, e.right);
          break;
        case 'UnaryOp':
          visit(scope, e.operand);
          break;
        case 'BoolOp':
          visit(scope, e.values);
          break;
        case 'Compare':
          visit(scope, e.left, e.comparators);
          break;
        case 'Call':
          visit(scope, e.func, e.args, e.keywords.map((k) => k.value));
          break;
        case 'Attribute':
          visit(scope, e.value);
          break;
        case 'Subscript':
          visit(scope, e.value, e.slice);
          break;
        case 'Slice':
          visit(scope, e.lower, e.upper, e.step);
          break;
        case 'Starred':
          visit(scope, e.value);
          break;
        case 'Lambda': {
          const lambda = e;
          pending.push(() => {
            const child = this.newScope('lambda', '<lambda>', lambda, scope);
            this.declareParams(lambda.args, child);
            pending.push({ e: lambda.body, scope: child });
          });
          visit(scope, lambda.args.defaults, lambda.args.kwDefaults);
          break;
        }
        case 'IfExp':
          visit(scope, e.test, e.body, e.orelse);
          break;
        case 'ListComp':
        case 'SetComp':
        case 'DictComp':
        case 'GeneratorExp':
          this.visitComprehension(e, scope);
          break;
        case 'NamedExpr':
          if (scope.iterableDepth > 0) throw err(e, 'assignment expression cannot be used in a comprehension iterable expression');
          if (scope.kind === 'comprehension') this.bindNamedExprTarget(e.target, scope);
          visit(scope, e.value, e.target);
          break;
        case 'Await':
          visit(scope, e.value);
          scope.isCoroutine = true;
          break;
        case 'Yield':
        case 'YieldFrom':
          // Outside a function the compiler refuses it (checkYield). symtable_raise_if_comprehension_block, after the value is visited.
          if (scope.kind === 'comprehension') {
            visit(scope, e.value);
            throw err(e, `'yield' inside ${COMPREHENSION_WORDS[scope.name]}`);
          }
          scope.hasYield = true;
          visit(scope, e.value);
          break;
      }
    }
  }

  /**
   * Resolves free and cell variables bottom-up: each scope's `visible` holds names bound in enclosing function
   * scopes; the free names a scope needs go to its parent.
   */
  private analyze(top: Scope, topVisible: Set<string>): void {
    // Scopes nest as deep as lambdas do: a stack of scopes being analyzed instead of recursion.
    interface Frame { scope: Scope; visible: Set<string>; local: Set<string>; childVisible: Set<string>; needed: Set<string>; next: number }
    const open = (scope: Scope, visible: Set<string>): Frame => {
      // analyze_name: found only once the whole file's table is built, so its other errors come first.
      if (scope.kind === 'module') {
        for (const name of scope.nonlocals) throw err(scope.nonlocalAt.get(name)!, 'nonlocal declaration not allowed at module level');
      }
      for (const name of scope.nonlocals) {
        if (!visible.has(name)) throw err(scope.nonlocalAt.get(name) ?? (scope.node as A.Span), `no binding for nonlocal '${name}' found`);
      }
      const local = new Set<string>();
      if (scope.isFunctionLike) for (const n of scope.bound) if (!scope.globals.has(n) && !scope.nonlocals.has(n)) local.add(n);
      let childVisible = visible;
      if (scope.isFunctionLike && local.size > 0) childVisible = new Set([...visible, ...local]);
      if (scope.kind === 'class') childVisible = new Set([...visible, '__class__']);
      return { scope, visible, local, childVisible, needed: new Set(), next: 0 };
    };
    const close = ({ scope, visible, local, needed }: Frame): Set<string> => {
      if (scope.usesClassCell && visible.has('__class__')) needed.add('__class__');
      for (const name of scope.nonlocals) needed.add(name);
      if (scope.kind !== 'module') {
        for (const name of scope.used) {
          if (local.has(name) || scope.globals.has(name)) continue;
          if (scope.kind === 'class' && scope.bound.has(name)) continue;
          if (visible.has(name)) needed.add(name);
        }
        for (const name of needed) scope.frees.add(name);
      }
      return needed;
    };
    const stack: Frame[] = [open(top, topVisible)];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next < frame.scope.children.length) {
        stack.push(open(frame.scope.children[frame.next++], frame.childVisible));
        continue;
      }
      stack.pop();
      const needed = close(frame);
      const parent = stack[stack.length - 1];
      if (!parent) break;
      // The free names a child needs are cells here, or free here too.
      for (const name of needed) {
        if (parent.scope.kind === 'class' && name === '__class__') parent.scope.cells.add('__class__');
        else if (parent.local.has(name)) parent.scope.cells.add(name);
        else parent.needed.add(name);
      }
    }
  }
}
