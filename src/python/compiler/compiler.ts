// Code generation for statements, block unwinding (break/continue/return through try), and compileModule.

import { futureImports, misplacedFutureImport } from './future';
import { annotationText } from './annotationText';
import { AwaitSite, checkAsyncStatement, checkReturn, emitAsyncLoop, emitAwait } from './asyncCode';
import { mangleModule } from './mangle';
import { checkAssert, type SyntaxWarningNote } from './syntaxWarnings';
import type * as A from '../ast';
import { Op, BinaryOpArg } from '../bytecode/opcodes';
import type { CodeObject } from '../bytecode/code';
import { SymbolTable } from './symtable';
import { checkCompilerDepth } from './depthLimit';
import { compileMatch } from './patterns';
import { compileJumpIf } from './conditions';
import { compileTryStarExcept } from './tryStar';
import { CodeUnit, type FBlock } from './unit';
import { matchAttributeStart } from './attributeLocation';
import type { Label } from './codeBuilder';
import {
  BINARY_ARG, compileExpr, compileStore, compileSubscriptKey, makeFunction, emitClosure, childQualname,
  compileIterable, constantValue, definitionHead, refuseDebugParameters, validateKeywords,
} from './expressions';

function isDocstring(s: A.Stmt | undefined): boolean {
  return s?.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string';
}

/** Compiles a function body; ends with `return None` when control can fall off the end. */
function compileFunctionBody(u: CodeUnit, body: readonly A.Stmt[]): void {
  // CPython makes a function's first constant its docstring, or None when it has none.
  if (isDocstring(body[0])) u.docstring = ((body[0] as A.ExprStmt).value as A.Constant).value as string;
  u.b.constIndex(u.docstring);
  const stmts = isDocstring(body[0]) && body.length > 1 ? body.slice(1) : body;
  for (const s of stmts) compileStmt(u, s);
  u.b.loadConst(null);
  u.b.emit(Op.RETURN_VALUE);
}

/** Emits what leaving `block` requires; with preserveTos the value on top (a return value) stays on top. */
function unwindBlock(u: CodeUnit, block: FBlock, preserveTos: boolean): void {
  switch (block.kind) {
    case 'loop':
      if (block.isFor) {
        if (preserveTos) u.b.emit(Op.SWAP, 2);
        u.b.emit(Op.POP_TOP);
      }
      return;
    case 'try-except':
      u.b.emit(Op.POP_BLOCK);
      return;
    case 'finally-try': {
      u.b.emit(Op.POP_BLOCK);
      const index = u.fblocks.indexOf(block);
      const saved = u.fblocks.splice(index);
      // A break, continue or return in the finally body drops the value this unwinding keeps (POP_VALUE).
      if (preserveTos) u.fblocks.push({ kind: 'pop-value' });
      for (const s of block.body) compileStmt(u, s);
      if (preserveTos) u.fblocks.pop();
      u.fblocks.push(...saved);
      return;
    }
    case 'pop-value':
      if (preserveTos) u.b.emit(Op.SWAP, 2);
      u.b.emit(Op.POP_TOP);
      return;
    case 'finally-end':
      u.b.emit(Op.POP_BLOCK);
      u.b.emit(Op.POP_EXCEPT);
      if (preserveTos) u.b.emit(Op.SWAP, 2);
      u.b.emit(Op.POP_TOP);
      return;
    case 'with':
      // CPython calls __exit__(None, None, None) at the with statement's position and stays there.
      u.b.emit(Op.POP_BLOCK);
      u.at(block.at);
      if (preserveTos) u.b.emit(Op.SWAP, 2);
      callExitWithNones(u);
      if (block.at.isAsync) emitAwait(u, AwaitSite.AEXIT);
      u.b.emit(Op.POP_TOP);
      return;
    case 'except-star':
      throw new Error('unwinding through except* is refused before code is emitted');
    case 'handler':
      if (block.name) {
        u.b.emit(Op.POP_BLOCK);
        u.b.loadConst(null);
        u.emitName(block.name, 'store');
        u.emitName(block.name, 'del');
      }
      u.b.emit(Op.POP_BLOCK);
      u.b.emit(Op.POP_EXCEPT);
      return;
  }
}

/** CPython refuses to leave an except* handler by break, continue or return (at the place given). */
function refuseExceptStarExit(u: CodeUnit, stop: number, at: A.Span): void {
  for (let i = u.fblocks.length - 1; i > stop; i--) {
    if (u.fblocks[i].kind === 'except-star') throw u.error(at, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
}

/** Unwinds blocks from the innermost down to (excluding) index `stop`; whether the last one unwound was a with. */
function unwindTo(u: CodeUnit, stop: number, preserveTos: boolean): boolean {
  let lastWasWith = false;
  for (let i = u.fblocks.length - 1; i > stop; i--) {
    unwindBlock(u, u.fblocks[i], preserveTos);
    lastWasWith = u.fblocks[i].kind === 'with';
  }
  return lastWasWith;
}

/** (exit -- result): exit(None, None, None), CALL 2 taking exit as the method and the first None as self. */
function callExitWithNones(u: CodeUnit): void {
  u.b.loadConst(null);
  u.b.loadConst(null);
  u.b.loadConst(null);
  u.b.emit(Op.CALL, 2);
}

/**
 * A with statement, one item per nesting level, as CPython's compiler_with: BEFORE_WITH calls __enter__, a
 * SETUP_WITH block covers the target store and the body; leaving normally (or by break/continue/return)
 * calls __exit__(None, None, None); the handler passes the exception to __exit__ and re-raises it unless
 * that returned a true value.
 */
function compileWith(u: CodeUnit, s: A.With, index: number): void {
  const item = s.items[index];
  const handler = u.b.newLabel();
  const cleanup = u.b.newLabel();
  const suppress = u.b.newLabel();
  const exit = u.b.newLabel();
  if (s.isAsync && index === 0) checkAsyncStatement(u, s);
  compileExpr(u, item.contextExpr);
  u.at(s);
  if (s.isAsync) {
    u.b.emit(Op.BEFORE_ASYNC_WITH);
    emitAwait(u, AwaitSite.AENTER);
  } else u.b.emit(Op.BEFORE_WITH);
  u.b.emitJump(Op.SETUP_WITH, handler);
  u.pushBlock({ kind: 'with', at: s }, s);
  if (item.optionalVars) compileStore(u, item.optionalVars);
  else u.b.emit(Op.POP_TOP);
  if (index + 1 < s.items.length) compileWith(u, s, index + 1);
  else compileBody(u, s.body);
  u.fblocks.pop();
  u.at(s);
  u.b.emit(Op.POP_BLOCK);
  callExitWithNones(u);
  if (s.isAsync) emitAwait(u, AwaitSite.AEXIT);
  u.b.emit(Op.POP_TOP);
  u.b.emitJump(Op.JUMP, exit);
  u.b.place(handler);
  u.b.emit(Op.PUSH_EXC_INFO);
  u.b.emitJump(Op.SETUP_FINALLY, cleanup);
  u.b.emit(Op.WITH_EXCEPT_START);
  if (s.isAsync) emitAwait(u, AwaitSite.AEXIT);
  u.b.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
  u.b.emit(Op.RERAISE);
  u.b.place(suppress);
  u.b.emit(Op.POP_BLOCK);
  u.b.emit(Op.POP_TOP);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.POP_TOP);
  u.b.emitJump(Op.JUMP, exit);
  u.b.place(cleanup);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.RERAISE);
  u.b.place(exit);
}

/** `async for` (compiler_async_for): the loop block covers the body; `else` runs when the iterator is exhausted. */
function compileAsyncFor(u: CodeUnit, s: A.For): void {
  checkAsyncStatement(u, s);
  const start = u.b.newLabel();
  const end = u.b.newLabel();
  compileExpr(u, s.iter);
  u.at(s);
  u.b.emit(Op.GET_AITER);
  u.pushBlock({ kind: 'loop', isFor: true, continueLabel: start, breakLabel: end }, s);
  emitAsyncLoop(u, s, start, () => {
    compileStore(u, s.target);
    compileBody(u, s.body);
  });
  u.fblocks.pop();
  compileBody(u, s.orelse);
  u.b.place(end);
}

function innermostLoop(u: CodeUnit): number {
  for (let i = u.fblocks.length - 1; i >= 0; i--) if (u.fblocks[i].kind === 'loop') return i;
  return -1;
}

function compileBody(u: CodeUnit, body: readonly A.Stmt[]): void {
  for (const s of body) compileStmt(u, s);
}

function compileDelete(u: CodeUnit, t: A.Expr): void {
  u.at(t);
  switch (t.kind) {
    case 'Name': return u.emitName(t.id, 'del');
    case 'Attribute':
      compileExpr(u, t.value);
      u.at(matchAttributeStart(t, t));
      u.b.emit(Op.DELETE_ATTR, u.b.nameIndex(t.attr));
      return;
    case 'Subscript':
      compileExpr(u, t.value);
      compileSubscriptKey(u, t.slice);
      u.at(t);
      u.b.emit(Op.DELETE_SUBSCR);
      return;
    case 'Tuple':
    case 'List':
      for (const x of t.elts) compileDelete(u, x);
      return;
    default:
      throw u.error(t, 'cannot delete expression');
  }
}

/**
 * `t op= v`: the target's load and store are at the target (a failing `d[k] += 1` marks `d[k]` as CPython does),
 * the operation at the whole statement.
 */
function compileAugAssign(u: CodeUnit, s: A.AugAssign): void {
  const op = BINARY_ARG[s.op] + BinaryOpArg.INPLACE_ADD;
  const t = s.target;
  if (t.kind === 'Name') {
    u.at(t);
    u.emitName(t.id, 'load');
    compileExpr(u, s.value);
    u.at(s);
    u.b.emit(Op.BINARY_OP, op);
    u.at(t);
    u.emitName(t.id, 'store');
  } else if (t.kind === 'Attribute') {
    compileExpr(u, t.value);
    u.at(t);
    u.b.emit(Op.COPY, 1);
    u.at(matchAttributeStart(t, t));
    u.b.emit(Op.LOAD_ATTR, u.b.nameIndex(t.attr));
    compileExpr(u, s.value);
    u.at(s);
    u.b.emit(Op.BINARY_OP, op);
    u.at(matchAttributeStart(t, t));
    u.b.emit(Op.SWAP, 2);
    u.b.emit(Op.STORE_ATTR, u.b.nameIndex(t.attr));
  } else {
    compileExpr(u, t.value);
    compileSubscriptKey(u, t.slice);
    u.at(t);
    u.b.emit(Op.COPY, 2);
    u.b.emit(Op.COPY, 2);
    u.b.emit(Op.BINARY_SUBSCR);
    compileExpr(u, s.value);
    u.at(s);
    u.b.emit(Op.BINARY_OP, op);
    u.at(t);
    u.b.emit(Op.SWAP, 3);
    u.b.emit(Op.SWAP, 2);
    u.b.emit(Op.STORE_SUBSCR);
  }
}

function compileAssign(u: CodeUnit, s: A.Assign): void {
  const [only] = s.targets;
  const value = s.value;
  if (s.targets.length === 1 && only.kind === 'Tuple' && value.kind === 'Tuple' && only.elts.length === value.elts.length
    && (value.elts.length === 2 || value.elts.length === 3)
    && !only.elts.some((x) => x.kind === 'Starred') && !value.elts.some((x) => x.kind === 'Starred')
    // A tuple of constants was folded before (LOAD_CONST and UNPACK_SEQUENCE, as CPython's AST optimizer leaves it).
    && constantValue(value) === undefined) {
    for (const v of value.elts) compileExpr(u, v);
    u.at(s);
    u.b.emit(Op.SWAP, value.elts.length);
    for (const t of only.elts) compileStore(u, t);
    return;
  }
  compileExpr(u, value);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) u.b.emit(Op.COPY, 1);
    compileStore(u, t);
  });
}

function compileTryExcept(u: CodeUnit, s: A.Try): void {
  const handler = u.b.newLabel();
  const cleanup = u.b.newLabel();
  const end = u.b.newLabel();
  u.b.emitJump(Op.SETUP_FINALLY, handler);
  u.pushBlock({ kind: 'try-except' }, s);
  compileBody(u, s.body);
  u.fblocks.pop();
  u.b.emit(Op.POP_BLOCK);
  compileBody(u, s.orelse);
  u.b.emitJump(Op.JUMP, end);
  u.b.place(handler);
  u.at(s.handlers[0]);
  u.b.emit(Op.PUSH_EXC_INFO);
  u.b.emitJump(Op.SETUP_FINALLY, cleanup);
  let fallsThrough = true;
  for (const h of s.handlers) {
    u.at(h);
    const next = u.b.newLabel();
    if (h.type) {
      compileExpr(u, h.type);
      // compiler_visit_expr restores the handler's position: a type that is no exception class is reported there.
      u.at(h);
      u.b.emit(Op.CHECK_EXC_MATCH);
      u.b.emitJump(Op.POP_JUMP_IF_FALSE, next);
    } else {
      if (h !== s.handlers[s.handlers.length - 1]) throw u.error(h, "default 'except:' must be last");
      fallsThrough = false;
    }
    if (h.name) {
      const namedCleanup = u.b.newLabel();
      u.emitName(h.name, 'store');
      u.b.emitJump(Op.SETUP_FINALLY, namedCleanup);
      u.pushBlock({ kind: 'handler', name: h.name }, h);
      compileBody(u, h.body);
      u.fblocks.pop();
      u.b.emit(Op.POP_BLOCK);
      u.b.loadConst(null);
      u.emitName(h.name, 'store');
      u.emitName(h.name, 'del');
      u.b.emit(Op.POP_BLOCK);
      u.b.emit(Op.POP_EXCEPT);
      u.b.emitJump(Op.JUMP, end);
      u.b.place(namedCleanup);
      u.b.loadConst(null);
      u.emitName(h.name, 'store');
      u.emitName(h.name, 'del');
      u.b.emit(Op.RERAISE);
    } else {
      u.b.emit(Op.POP_TOP);
      u.pushBlock({ kind: 'handler', name: null }, h);
      compileBody(u, h.body);
      u.fblocks.pop();
      u.b.emit(Op.POP_BLOCK);
      u.b.emit(Op.POP_EXCEPT);
      u.b.emitJump(Op.JUMP, end);
    }
    u.b.place(next);
  }
  if (fallsThrough) u.b.emit(Op.RERAISE);
  u.b.place(cleanup);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.RERAISE);
  u.b.place(end);
}

function compileTry(u: CodeUnit, s: A.Try): void {
  if (s.finalbody.length === 0) return s.isStar ? compileTryStarExcept(u, s, (body) => compileBody(u, body)) : compileTryExcept(u, s);
  const fhandler = u.b.newLabel();
  const fcleanup = u.b.newLabel();
  const end = u.b.newLabel();
  u.b.emitJump(Op.SETUP_FINALLY, fhandler);
  const block: FBlock = { kind: 'finally-try', body: s.finalbody };
  u.pushBlock(block, s);
  if (s.handlers.length > 0) compileTry(u, { ...s, finalbody: [] });
  else compileBody(u, s.body);
  u.fblocks.pop();
  u.b.emit(Op.POP_BLOCK);
  compileBody(u, s.finalbody);
  u.b.emitJump(Op.JUMP, end);
  u.b.place(fhandler);
  u.b.emit(Op.PUSH_EXC_INFO);
  u.b.emitJump(Op.SETUP_FINALLY, fcleanup);
  u.pushBlock({ kind: 'finally-end' }, s);
  compileBody(u, s.finalbody);
  u.fblocks.pop();
  u.b.emit(Op.POP_BLOCK);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.RERAISE);
  u.b.place(fcleanup);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.RERAISE);
  u.b.place(end);
}

function compileClass(u: CodeUnit, s: A.ClassDef): void {
  for (const d of s.decorators) {
    u.at(d);
    u.b.emit(Op.PUSH_NULL);
    compileExpr(u, d);
  }
  u.at(s);
  u.b.emit(Op.PUSH_NULL);
  u.b.emit(Op.LOAD_BUILD_CLASS);
  const scope = u.table.scopeOf(s);
  const qualname = childQualname(u, s.name);
  const head = definitionHead(s);
  const body = new CodeUnit(u.table, scope, s.name, qualname, u.filename, head.line);
  body.at(head);
  body.prologue();
  body.emitName('__name__', 'load');
  body.emitName('__module__', 'store');
  // A top-level class's qualname is its name, the parser's interned identifier.
  body.b.loadConst(qualname, qualname === s.name);
  body.emitName('__qualname__', 'store');
  let stmts = s.body;
  if (isDocstring(stmts[0])) {
    compileExpr(body, (stmts[0] as A.ExprStmt).value);
    body.emitName('__doc__', 'store');
    stmts = stmts.slice(1);
  }
  setupAnnotations(body, stmts);
  compileBody(body, stmts);
  if (scope.cells.has('__class__')) {
    body.b.emit(Op.LOAD_CLOSURE, body.slot('__class__'));
    body.emitName('__classcell__', 'store');
  }
  body.b.loadConst(null);
  body.b.emit(Op.RETURN_VALUE);
  const code = body.finish(0, 0, 0, 0);
  const flags = emitClosure(u, body);
  u.at(s);
  u.b.loadConst(code);
  u.b.emit(Op.MAKE_FUNCTION, flags);
  u.b.loadConst(s.name, true);
  validateKeywords(u, s.keywords, s);
  for (const b of s.bases) compileExpr(u, b);
  for (const k of s.keywords) compileExpr(u, k.value);
  u.at(s);
  if (s.keywords.length > 0) u.b.emit(Op.KW_NAMES, u.b.constIndex({ tuple: s.keywords.map((k) => k.arg ?? '**'), byCompiler: true }, true));
  u.b.emit(Op.CALL, 2 + s.bases.length + s.keywords.length);
  applyDecorators(u, s);
  u.at(s);
  u.emitName(s.bindName ?? s.name, 'store');
}

/** Calls the decorators, innermost first, each at its own position (compiler_apply_decorators). */
function applyDecorators(u: CodeUnit, s: A.FunctionDef | A.ClassDef): void {
  for (let i = s.decorators.length - 1; i >= 0; i--) {
    u.at(s.decorators[i]);
    u.b.emit(Op.CALL, 1);
  }
}

export function compileStmt(u: CodeUnit, s: A.Stmt): void {
  u.at(s);
  switch (s.kind) {
    case 'Expr':
      if (u.interactive) {
        compileExpr(u, s.value);
        u.b.emit(Op.PRINT_EXPR);
        return;
      }
      if (s.value.kind === 'Constant') return;
      compileExpr(u, s.value);
      u.b.emit(Op.POP_TOP);
      return;
    case 'Assign':
      return compileAssign(u, s);
    case 'AugAssign':
      return compileAugAssign(u, s);
    case 'AnnAssign':
      if (s.value) {
        compileExpr(u, s.value);
        compileStore(u, s.target);
      }
      return compileAnnotation(u, s);
    case 'Delete':
      for (const t of s.targets) compileDelete(u, t);
      return;
    case 'Pass':
      u.b.emit(Op.NOP);
      return;
    case 'Break': {
      const loop = innermostLoop(u);
      // compiler_unwind_fblock_stack meets an except* handler before it finds (or misses) the loop.
      refuseExceptStarExit(u, loop, s);
      if (loop < 0) throw u.error(s, "'break' outside loop");
      unwindTo(u, loop, false);
      const block = u.fblocks[loop] as Extract<FBlock, { kind: 'loop' }>;
      if (block.isFor) u.b.emit(Op.POP_TOP);
      u.b.emitJump(Op.JUMP, block.breakLabel);
      return;
    }
    case 'Continue': {
      const loop = innermostLoop(u);
      refuseExceptStarExit(u, loop, s);
      if (loop < 0) throw u.error(s, "'continue' not properly in loop");
      unwindTo(u, loop, false);
      u.b.emitJump(Op.JUMP, (u.fblocks[loop] as Extract<FBlock, { kind: 'loop' }>).continueLabel);
      return;
    }
    case 'Return':
      checkReturn(u, s);
      if (s.value) compileExpr(u, s.value);
      else u.b.loadConst(null);
      // CPython reports a constant return value's place, else the statement's.
      refuseExceptStarExit(u, -1, s.value?.kind === 'Constant' ? s.value : s);
      if (!unwindTo(u, -1, true)) u.at(s);
      u.b.emit(Op.RETURN_VALUE);
      return;
    case 'Raise':
      if (s.exc) compileExpr(u, s.exc);
      if (s.cause) compileExpr(u, s.cause);
      u.at(s);
      u.b.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Assert': {
      checkAssert(u, s);
      const ok = u.b.newLabel();
      // The error is raised where the test left the position: the statement, or its last comparison.
      const raisedAt = compileJumpIf(u, s.test, true, ok, s);
      u.b.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg) {
        compileExpr(u, s.msg);
        u.at(raisedAt);
        u.b.emit(Op.CALL, 0);
      }
      u.b.emit(Op.RAISE_VARARGS, 1);
      u.b.place(ok);
      return;
    }
    case 'If': {
      // An elif chain (an If alone in the previous one's orelse) in a loop: thousands of elifs nest no calls.
      const ends: Label[] = [];
      let at: A.If = s;
      for (;;) {
        const orelse = u.b.newLabel();
        const end = u.b.newLabel();
        ends.push(end);
        compileJumpIf(u, at.test, false, orelse, at);
        compileBody(u, at.body);
        if (at.orelse.length > 0) u.b.emitJump(Op.JUMP, end);
        u.b.place(orelse);
        const next = at.orelse.length === 1 && at.orelse[0].kind === 'If' ? at.orelse[0] : null;
        if (!next) break;
        at = next;
        u.at(at);
      }
      compileBody(u, at.orelse);
      for (let i = ends.length - 1; i >= 0; i--) u.b.place(ends[i]);
      return;
    }
    case 'While': {
      const start = u.b.newLabel();
      const orelse = u.b.newLabel();
      const end = u.b.newLabel();
      u.b.place(start);
      u.at(s);
      const alwaysTrue = s.test.kind === 'Constant' && (s.test.value === true || (typeof s.test.value === 'bigint' && s.test.value !== 0n));
      if (alwaysTrue) u.b.emit(Op.NOP);
      else compileJumpIf(u, s.test, false, orelse, s);
      u.pushBlock({ kind: 'loop', isFor: false, continueLabel: start, breakLabel: end }, s);
      compileBody(u, s.body);
      u.fblocks.pop();
      // The back-edge keeps the last body line: the loop head then gets exactly one line event per iteration.
      const backEdge = u.b.emitJump(Op.JUMP, start);
      if (!alwaysTrue) u.b.markColdBackEdge(backEdge);
      u.b.markLoopHead(backEdge, alwaysTrue ? s : s.test);
      u.b.place(orelse);
      u.at(s);
      compileBody(u, s.orelse);
      u.b.place(end);
      return;
    }
    case 'For': {
      if (s.isAsync) return compileAsyncFor(u, s);
      const start = u.b.newLabel();
      const orelse = u.b.newLabel();
      const end = u.b.newLabel();
      compileIterable(u, s.iter);
      u.at(s);
      u.b.emit(Op.GET_ITER);
      u.b.place(start);
      u.at(s);
      u.b.emitJump(Op.FOR_ITER, orelse);
      compileStore(u, s.target);
      u.pushBlock({ kind: 'loop', isFor: true, continueLabel: start, breakLabel: end }, s);
      compileBody(u, s.body);
      u.fblocks.pop();
      u.b.emitJump(Op.JUMP, start);
      u.b.place(orelse);
      u.at(s);
      compileBody(u, s.orelse);
      u.b.place(end);
      return;
    }
    case 'Try':
      return compileTry(u, s);
    case 'With':
      return compileWith(u, s, 0);
    case 'Match':
      return compileMatch(u, s, (body) => compileBody(u, body));
    case 'FunctionDef':
      refuseDebugParameters(u, s.args, s);
      for (const d of s.decorators) {
        u.at(d);
        u.b.emit(Op.PUSH_NULL);
        compileExpr(u, d);
      }
      makeFunction(u, s, s.name, s.args, s.body, compileFunctionBody);
      applyDecorators(u, s);
      u.at(s);
      u.emitName(s.bindName ?? s.name, 'store');
      return;
    case 'ClassDef':
      return compileClass(u, s);
    case 'Import':
      for (const a of s.names) {
        // As CPython 3.11: level and fromlist are IMPORT_NAME's operands on the stack.
        u.b.loadConst(0n);
        u.b.loadConst(null);
        u.b.emit(Op.IMPORT_NAME, u.b.nameIndex(a.name));
        const parts = a.name.split('.');
        if (a.asname === null || parts.length === 1) {
          u.emitName(a.asname ?? parts[0], 'store');
          continue;
        }
        // `import a.b.c as d` binds the submodule, reached attribute by attribute from the top package.
        u.b.emit(Op.IMPORT_FROM, u.b.nameIndex(parts[1]));
        for (const part of parts.slice(2)) {
          u.b.emit(Op.SWAP, 2);
          u.b.emit(Op.POP_TOP);
          u.b.emit(Op.IMPORT_FROM, u.b.nameIndex(part));
        }
        u.emitName(a.asname, 'store');
        u.b.emit(Op.POP_TOP);
      }
      return;
    case 'ImportFrom':
      if (s.module === '__future__' && s.level === 0 && !u.table.future.leading.has(s)) throw misplacedFutureImport(s);
      u.b.loadConst(BigInt(s.level));
      u.b.loadConst({ tuple: s.names.map((a) => a.name), byCompiler: true }, true);
      u.b.emit(Op.IMPORT_NAME, u.b.nameIndex(s.module ?? ''));
      if (s.names[0]?.name === '*') {
        u.b.emit(Op.IMPORT_STAR);
        return;
      }
      for (const a of s.names) {
        u.b.emit(Op.IMPORT_FROM, u.b.nameIndex(a.name));
        u.emitName(a.asname ?? a.name, 'store');
      }
      u.b.emit(Op.POP_TOP);
      return;
  }
}

/** Compiles a parsed module to its code object. Throws PySyntaxError for compile-time errors. */
/** find_ann: whether a body (not counting nested functions and classes) holds an annotated assignment; a loop, as elif chains nest deep. */
function hasAnnotations(body: readonly A.Stmt[]): boolean {
  const pending: (readonly A.Stmt[])[] = [body];
  for (let stmts = pending.pop(); stmts; stmts = pending.pop()) {
    for (const s of stmts) {
      switch (s.kind) {
        case 'AnnAssign':
          return true;
        case 'If': case 'While': case 'For':
          pending.push(s.body, s.orelse);
          break;
        case 'With':
          pending.push(s.body);
          break;
        case 'Match':
          pending.push(...s.cases.map((c) => c.body));
          break;
        case 'Try':
          pending.push(s.body, s.orelse, s.finalbody, ...s.handlers.map((h) => h.body));
          break;
      }
    }
  }
  return false;
}

/** Evaluates an expression for its errors only (check_ann_expr). */
function compileAndDiscard(u: CodeUnit, e: A.Expr): void {
  compileExpr(u, e);
  u.b.emit(Op.POP_TOP);
}

/**
 * compiler_annassign after the value's store: in a module or class body a simple name's annotation is evaluated
 * into __annotations__; without a value an attribute's object, a subscript's object and index are evaluated;
 * another target's annotation is evaluated last, and discarded, in a module or class body only.
 */
function compileAnnotation(u: CodeUnit, s: A.AnnAssign): void {
  const evaluatesAnnotations = u.scope.kind === 'module' || u.scope.kind === 'class';
  const target = s.target;
  // With a value the store above has refused `__debug__` at the target; without one it is refused here, at the statement.
  u.at(s);
  if (target.kind === 'Name' || target.kind === 'Attribute') u.refuseDebugName(target.kind === 'Name' ? target.id : target.attr);
  if (target.kind === 'Name') {
    if (s.simple && evaluatesAnnotations) {
      // Under `from __future__ import annotations` the annotation is its text, never evaluated (PEP 563).
      if (u.table.future.features.has('annotations')) u.b.loadConst(annotationText(s.annotation));
      else compileExpr(u, s.annotation);
      u.emitName('__annotations__', 'load');
      u.b.loadConst(target.id, true);
      u.b.emit(Op.STORE_SUBSCR);
    }
  } else if (target.kind === 'Attribute' && !s.value) {
    compileAndDiscard(u, target.value);
  } else if (target.kind === 'Subscript' && !s.value) {
    compileAndDiscard(u, target.value);
    const pending = [target.slice];
    for (let index = pending.shift(); index; index = pending.shift()) {
      // check_ann_subscr: a slice's bounds and a tuple's items one by one.
      if (index.kind === 'Slice') {
        for (const bound of [index.lower, index.upper, index.step]) if (bound) compileAndDiscard(u, bound);
      } else if (index.kind === 'Tuple') {
        pending.unshift(...index.elts);
      } else {
        compileAndDiscard(u, index);
      }
    }
  }
  if (!s.simple && evaluatesAnnotations && !u.table.future.features.has('annotations')) compileAndDiscard(u, s.annotation);
}

/** SETUP_ANNOTATIONS' work, as a new dict stored as __annotations__, for a body that annotates names. */
function setupAnnotations(u: CodeUnit, stmts: readonly A.Stmt[]): void {
  if (!hasAnnotations(stmts)) return;
  u.b.emit(Op.BUILD_MAP, 0);
  u.emitName('__annotations__', 'store');
}

/** Where compileModule puts its SyntaxWarnings, by line (the order CPython's compiler meets them in). */
function collectWarnings(table: SymbolTable, out: SyntaxWarningNote[] | undefined): void {
  if (out) out.push(...[...table.warnings].sort((a, b) => a.line - b.line));
}

export function compileModule(source: A.Module, filename = 'main.py', interactive = false, warnings?: SyntaxWarningNote[]): CodeObject {
  checkCompilerDepth(source);
  const module = mangleModule(source);
  const future = futureImports(module);
  const table = new SymbolTable(module);
  table.future = future;
  const u = new CodeUnit(table, table.top, '<module>', '<module>', filename, 1);
  u.interactive = interactive;
  const docstring = isDocstring(module.body[0]) && !interactive ? module.body[0] : null;
  const body = docstring ? module.body.slice(1) : module.body;
  setupAnnotations(u, body);
  if (docstring && docstring.kind === 'Expr' && docstring.value.kind === 'Constant') {
    // The module's docstring becomes its __doc__.
    u.at(docstring);
    u.b.loadConst(docstring.value.value);
    u.emitName('__doc__', 'store');
  }
  for (const s of body) compileStmt(u, s);
  u.b.loadConst(null);
  u.b.emit(Op.RETURN_VALUE);
  const code = u.finish(0, 0, 0, 0);
  collectWarnings(table, warnings);
  return code;
}

/** compile(..., 'eval'): a module-level code object that returns the expression's value. */
export function compileExpressionModule(module: A.Module, expr: A.Expr, filename: string, warnings?: SyntaxWarningNote[]): CodeObject {
  checkCompilerDepth(module);
  const table = new SymbolTable(module);
  const u = new CodeUnit(table, table.top, '<module>', '<module>', filename, 1);
  u.at(expr);
  compileExpr(u, expr);
  u.b.emit(Op.RETURN_VALUE);
  const code = u.finish(0, 0, 0, 0);
  collectWarnings(table, warnings);
  return code;
}
