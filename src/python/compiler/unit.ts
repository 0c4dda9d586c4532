// One code object being compiled: its builder, its scope, the localsplus layout and the stack of blocks.

import type * as A from '../ast';
import { Op } from '../bytecode/opcodes';
import { CodeFlag, FastKind, type CodeObject } from '../bytecode/code';
import { PySyntaxError } from '../errors';
import { CodeBuilder, type Label } from './codeBuilder';
import type { Scope, SymbolTable } from './symtable';

/** Blocks that break/continue/return must unwind, as CPython's fblockinfo. */
export type FBlock =
  | { kind: 'loop'; isFor: boolean; continueLabel: Label; breakLabel: Label }
  | { kind: 'try-except' }
  | { kind: 'finally-try'; body: readonly A.Stmt[] }
  | { kind: 'finally-end' }
  | { kind: 'handler'; name: string | null }
  /** An except* statement's handlers (EXCEPTION_GROUP_HANDLER) and each handler body: nothing may jump out. */
  | { kind: 'except-star' }
  | { kind: 'with'; at: A.With }
  /** A return value kept on the stack while a finally body runs for that return: a jump out of the body pops it. */
  | { kind: 'pop-value' };

const MAX_STATIC_BLOCKS = 20;

export class CodeUnit {
  readonly b: CodeBuilder;
  readonly fblocks: FBlock[] = [];
  readonly localsplus: string[] = [];
  readonly kinds: number[] = [];
  /** compile(..., 'single'): the module's expression statements print their value (PRINT_EXPR). */
  interactive = false;

  constructor(
    readonly table: SymbolTable,
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLine: number,
  ) {
    this.b = new CodeBuilder(table.cachedStrs);
    if (scope.isFunctionLike) {
      for (const p of scope.params) this.addSlot(p, FastKind.LOCAL);
      for (const n of scope.order) if (scope.isLocal(n) && !scope.params.includes(n)) this.addSlot(n, FastKind.LOCAL);
    }
    for (const c of scope.cells) {
      const i = this.localsplus.indexOf(c);
      if (i >= 0) this.kinds[i] |= FastKind.CELL;
      else this.addSlot(c, FastKind.CELL);
    }
    for (const f of scope.frees) this.addSlot(f, FastKind.FREE);
  }

  private addSlot(name: string, kind: number): void {
    this.localsplus.push(name);
    this.kinds.push(kind);
  }

  slot(name: string): number {
    return this.localsplus.indexOf(name);
  }

  /** Emits the function prologue: cells for captured variables, then the closure's free variables. */
  prologue(): void {
    this.kinds.forEach((k, i) => {
      if (k & FastKind.CELL) this.b.emit(Op.MAKE_CELL, i);
    });
    const nfree = this.kinds.filter((k) => k & FastKind.FREE).length;
    if (nfree > 0) this.b.emit(Op.COPY_FREE_VARS, nfree);
  }

  /** The position the next instruction gets (the last one set). */
  position(): A.Span {
    return { line: this.b.line, col: this.b.col, endLine: this.b.endLine, endCol: this.b.endCol };
  }

  at(node: A.Span): void {
    this.b.line = node.line;
    this.b.col = node.col;
    this.b.endLine = node.endLine;
    this.b.endCol = node.endCol;
  }

  /**
   * Enters a block break/continue/return must unwind. CPython (CO_MAXBLOCKS) refuses a 21st block nested in one
   * code object; an except handler's body counts two (EXCEPTION_HANDLER and HANDLER_CLEANUP).
   */
  pushBlock(block: FBlock, at: A.Span): void {
    let depth = block.kind === 'handler' ? 2 : 1;
    for (const b of this.fblocks) depth += b.kind === 'handler' ? 2 : 1;
    if (depth > MAX_STATIC_BLOCKS) throw this.error(at, 'too many statically nested blocks');
    this.fblocks.push(block);
  }

  /**
   * compile.c's forbidden_name: `__debug__` is a constant, so every binding of it is refused by the compiler (not the
   * parser), at the position compiling has reached: the target's own, or the statement's for names it binds.
   */
  refuseDebugName(name: string, ctx: A.ExprContext = 'store'): void {
    if (name === '__debug__') throw this.error(this.position(), ctx === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__');
  }

  error(node: A.Span, message: string): PySyntaxError {
    return new PySyntaxError({ type: 'SyntaxError', message, line: node.line, column: node.col + 1, endLine: node.endLine, endColumn: node.endCol + 1 });
  }

  /** How a name is loaded/stored here: fast local, cell/free, global, or by name (module and class bodies). */
  access(name: string): 'fast' | 'deref' | 'global' | 'name' {
    const s = this.scope;
    if (s.kind === 'module') return 'name';
    if (s.kind === 'class') {
      // `global n` and `nonlocal n` in a class body bind where they say, not in the class namespace.
      if (s.globals.has(name)) return 'global';
      if (s.nonlocals.has(name)) return 'deref';
      return s.frees.has(name) && !s.bound.has(name) ? 'deref' : 'name';
    }
    if (s.cells.has(name) || s.frees.has(name)) return 'deref';
    if (s.globals.has(name)) return 'global';
    if (s.isLocal(name)) return 'fast';
    return 'global';
  }

  emitName(name: string, ctx: A.ExprContext): void {
    if (ctx !== 'load') this.refuseDebugName(name, ctx);
    const how = this.access(name);
    const ops: Record<typeof how, [Op, Op, Op]> = {
      fast: [Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST],
      deref: [this.scope.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF],
      global: [Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL],
      name: [Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME],
    };
    const op = ops[how][ctx === 'load' ? 0 : ctx === 'store' ? 1 : 2];
    const arg = how === 'fast' || how === 'deref' ? this.slot(name) : this.b.nameIndex(name);
    this.b.emit(op, arg);
  }

  /** A function's docstring (its first constant, as CPython keeps it), which becomes the function's __doc__. */
  docstring: string | null = null;

  finish(argcount: number, posonly: number, kwonly: number, flags: number): CodeObject {
    // compute_code_flags: yield and async together make an async generator.
    if (this.scope.isFunctionLike && this.scope.isCoroutine) flags |= this.scope.hasYield ? CodeFlag.ASYNC_GENERATOR : CodeFlag.COROUTINE;
    else if (this.scope.hasYield) flags |= CodeFlag.GENERATOR;
    return this.b.assemble({
      name: this.name, qualname: this.qualname, filename: this.filename, firstLine: this.firstLine, docstring: this.docstring,
      localsplusNames: this.localsplus, localsplusKinds: this.kinds,
      argcount, posonlyargcount: posonly, kwonlyargcount: kwonly, flags,
    });
  }
}
