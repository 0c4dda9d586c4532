// The arguments of a call with `*` or `**` for CALL_FUNCTION_EX, as CPython 3.11's compiler_call_helper and
// compiler_subkwargs emit them (what lands in co_consts, and what a repeated keyword name raises).

import type * as A from '../ast';
import { Op } from '../bytecode/opcodes';
import type { CodeConstant } from '../bytecode/code';
import type { CodeUnit } from './unit';
import { STACK_USE_GUIDELINE, compileExpr, constantValue, emitSequence } from './expressions';

/** compiler_call_helper's positional part for CALL_FUNCTION_EX: the arguments tuple as starunpack_helper makes it. */
export function compileStarCallPositional(u: CodeUnit, args: readonly A.Expr[], call: A.Span): void {
  // A lone `*seq` goes to CALL_FUNCTION_EX as is (a tuple is used without copying).
  if (args.length === 1 && args[0].kind === 'Starred') return compileExpr(u, args[0].value);
  const consts = args.map(constantValue);
  const allConst = consts.every((c) => c !== undefined);
  if (args.length > 2 && allConst) return u.b.loadConst({ tuple: consts as CodeConstant[], byCompiler: true });
  if (!args.some((a) => a.kind === 'Starred') && args.length <= STACK_USE_GUIDELINE) {
    if (allConst) return u.b.loadFoldedTuple(consts as CodeConstant[]);
    for (const a of args) compileExpr(u, a);
    u.b.emit(Op.BUILD_TUPLE, args.length);
    return;
  }
  emitSequence(u, args, Op.BUILD_LIST, Op.LIST_EXTEND, Op.LIST_APPEND, call);
  u.b.emit(Op.LIST_TO_TUPLE);
}

/**
 * compiler_call_helper's keywords for CALL_FUNCTION_EX: runs of named ones as compiler_subkwargs packs them,
 * merged with each `**`. What follows a value is at the call's position (compiler_visit_expr restores it): a
 * `**` operand that is no mapping is reported on the call.
 */
export function compileStarCallKeywords(u: CodeUnit, keywords: readonly A.Keyword[], call: A.Span): void {
  let haveDict = false;
  let runStart = 0;
  const packRun = (end: number) => {
    if (end > runStart) {
      compileSubkwargs(u, keywords.slice(runStart, end), call);
      if (haveDict) u.b.emit(Op.DICT_MERGE, 1);
      haveDict = true;
    }
  };
  keywords.forEach((k, i) => {
    if (k.arg !== null) return;
    packRun(i);
    runStart = i + 1;
    if (!haveDict) u.b.emit(Op.BUILD_MAP, 0);
    haveDict = true;
    compileExpr(u, k.value);
    u.at(call);
    u.b.emit(Op.DICT_MERGE, 1);
  });
  packRun(keywords.length);
}

/** compiler_subkwargs: a run of named keywords as one dict (BUILD_CONST_KEY_MAP for two or more). */
function compileSubkwargs(u: CodeUnit, run: readonly A.Keyword[], call: A.Span): void {
  const big = run.length * 2 > STACK_USE_GUIDELINE;
  if (run.length > 1 && !big) {
    for (const k of run) compileExpr(u, k.value);
    u.at(call);
    u.b.loadConst({ tuple: run.map((k) => k.arg!), byCompiler: true }, true);
    u.b.emit(Op.BUILD_CONST_KEY_MAP, run.length);
    return;
  }
  if (big) u.b.emit(Op.BUILD_MAP, 0);
  for (const k of run) {
    u.b.loadConst(k.arg!, true);
    compileExpr(u, k.value);
    // MAP_ADD is NOLINE: it keeps the value's position.
    if (big) u.b.emit(Op.MAP_ADD, 1);
  }
  if (!big) {
    u.at(call);
    u.b.emit(Op.BUILD_MAP, run.length);
  }
}
