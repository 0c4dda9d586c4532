// Code generation for `try` with `except*` handlers, in the shape of CPython 3.11's compiler_try_star_except.

import type * as A from '../ast';
import { Op } from '../bytecode/opcodes';
import { compileExpr } from './expressions';
import type { CodeUnit } from './unit';

/**
 * The handlers work on [orig, raised-list, rest]: each CHECK_EG_MATCH takes what is left unmatched and pushes
 * the matched part; what a handler raises is appended to the list, and so is the final rest. PREP_RERAISE_STAR
 * turns the original and the list into what leaves the statement (None when everything was handled).
 */
export function compileTryStarExcept(u: CodeUnit, s: A.Try, compileBody: (body: readonly A.Stmt[]) => void): void {
  const handler = u.b.newLabel();
  const orelse = u.b.newLabel();
  const cleanup = u.b.newLabel();
  const reraiseStar = u.b.newLabel();
  const reraise = u.b.newLabel();
  const end = u.b.newLabel();
  u.b.emitJump(Op.SETUP_FINALLY, handler);
  u.pushBlock({ kind: 'try-except' }, s);
  compileBody(s.body);
  u.fblocks.pop();
  u.b.emit(Op.POP_BLOCK);
  u.b.emitJump(Op.JUMP, orelse);
  u.b.place(handler);
  u.at(s.handlers[0]);
  u.b.emit(Op.PUSH_EXC_INFO);
  u.b.emitJump(Op.SETUP_FINALLY, cleanup);
  u.pushBlock({ kind: 'except-star' }, s);
  s.handlers.forEach((h, i) => {
    u.at(h);
    const next = u.b.newLabel();
    const noMatch = u.b.newLabel();
    const raisedInHandler = u.b.newLabel();
    if (i === 0) {
      // [exc] -> [orig, [], exc]
      u.b.emit(Op.COPY, 1);
      u.b.emit(Op.BUILD_LIST, 0);
      u.b.emit(Op.SWAP, 2);
    }
    // The parser guarantees a type for every except* handler.
    compileExpr(u, h.type!);
    // At the handler's position, which compiler_visit_expr restores.
    u.at(h);
    u.b.emit(Op.CHECK_EG_MATCH);
    u.b.emit(Op.COPY, 1);
    u.b.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    if (h.name) u.emitName(h.name, 'store');
    else u.b.emit(Op.POP_TOP);
    u.b.emitJump(Op.SETUP_FINALLY, raisedInHandler);
    u.pushBlock({ kind: 'except-star' }, h);
    compileBody(h.body);
    u.fblocks.pop();
    u.b.emit(Op.POP_BLOCK);
    if (h.name) clearName(u, h.name);
    u.b.emitJump(Op.JUMP, next);
    // [orig, list, rest, raised]: the raised exception joins the list.
    u.b.place(raisedInHandler);
    if (h.name) clearName(u, h.name);
    u.b.emit(Op.LIST_APPEND, 2);
    u.b.emitJump(Op.JUMP, next);
    u.b.place(noMatch);
    u.b.emit(Op.POP_TOP);
    u.b.place(next);
    if (i === s.handlers.length - 1) {
      // The unhandled rest (None when all matched) joins the list too.
      u.b.emit(Op.LIST_APPEND, 1);
      u.b.emitJump(Op.JUMP, reraiseStar);
    }
  });
  u.fblocks.pop();
  u.b.place(reraiseStar);
  u.b.emit(Op.PREP_RERAISE_STAR);
  u.b.emit(Op.COPY, 1);
  u.b.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  u.b.emit(Op.POP_TOP);
  u.b.emit(Op.POP_BLOCK);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emitJump(Op.JUMP, end);
  u.b.place(reraise);
  u.b.emit(Op.POP_BLOCK);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.RERAISE);
  u.b.place(cleanup);
  u.b.emit(Op.POP_EXCEPT);
  u.b.emit(Op.RERAISE);
  u.b.place(orelse);
  compileBody(s.orelse);
  u.b.place(end);
}

/** `name = None; del name`: the handler's target does not outlive it (it would keep the traceback alive). */
function clearName(u: CodeUnit, name: string): void {
  u.b.loadConst(null);
  u.emitName(name, 'store');
  u.emitName(name, 'del');
}
