// Conditions that decide a jump (if, elif, while, assert, a conditional expression, comprehension and case guards).

import type * as A from '../ast';
import { Op } from '../bytecode/opcodes';
import type { CodeUnit } from './unit';
import type { Label } from './codeBuilder';
import { checkCompare } from './syntaxWarnings';
import { compileCompare, compileExpr, constantValue } from './expressions';

/**
 * Jumps to `target` when `test` is true (`ifTrue`) or false, as CPython's compiler_jump_if: `not` flips the jump
 * instead of computing a bool, `and`/`or` jump per operand, a chained comparison jumps per link. The truth tests
 * carry `at`'s position (the statement or expression the condition belongs to), where a failing __bool__ is shown,
 * except that a comparison's position, once used, stays for what follows (CPython sets it and does not restore
 * it): the position in effect afterwards is returned.
 */
export function compileJumpIf(u: CodeUnit, test: A.Expr, ifTrue: boolean, target: Label, at: A.Span): A.Span {
  if (constantValue(test) === undefined) {
    if (test.kind === 'UnaryOp' && test.op === 'Not') return compileJumpIf(u, test.operand, !ifTrue, target, at);
    if (test.kind === 'BoolOp') {
      const isOr = test.op === 'Or';
      // Operands before the last jump past the condition (or to the target) on the value that decides it.
      const decided = isOr === ifTrue ? target : u.b.newLabel();
      const last = test.values.length - 1;
      let now = at;
      for (let i = 0; i < last; i++) now = compileJumpIf(u, test.values[i], isOr, decided, now);
      now = compileJumpIf(u, test.values[last], ifTrue, target, now);
      if (decided !== target) u.b.place(decided);
      return now;
    }
    if (test.kind === 'IfExp') {
      const orelse = u.b.newLabel();
      const end = u.b.newLabel();
      let now = compileJumpIf(u, test.test, false, orelse, at);
      now = compileJumpIf(u, test.body, ifTrue, target, now);
      u.b.emitJump(Op.JUMP, end);
      u.b.place(orelse);
      now = compileJumpIf(u, test.orelse, ifTrue, target, now);
      u.b.place(end);
      return now;
    }
    if (test.kind === 'Compare') {
      checkCompare(u, test);
      if (test.ops.length > 1) {
        compileCompare(u, test, { ifTrue, target });
        return test;
      }
      compileCompare(u, test);
      u.b.emitJump(ifTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
      return test;
    }
  }
  compileExpr(u, test);
  u.at(at);
  u.b.emitJump(ifTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  return at;
}
