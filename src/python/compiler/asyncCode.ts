// The compiler's parts for coroutines, as CPython 3.11's compiler.c: `await` (GET_AWAITABLE then a YIELD_FROM
// delegation), `async for` (GET_AITER, then GET_ANEXT awaited under a handler that END_ASYNC_FOR ends on
// StopAsyncIteration), what an async generator yields (ASYNC_GEN_WRAP), and the SyntaxErrors of async code
// outside an async function.

import type * as A from '../ast';
import { Op } from '../bytecode/opcodes';
import type { CodeUnit } from './unit';
import type { Label } from './codeBuilder';

/** GET_AWAITABLE's argument: where the await is (CPython uses it to word errors): 0 await, 1 __aenter__, 2 __aexit__. */
export const enum AwaitSite { EXPRESSION = 0, AENTER = 1, AEXIT = 2 }

/** (v -- result): awaits TOS, delegating to its awaitable until it returns. */
export function emitAwait(u: CodeUnit, site: AwaitSite): void {
  u.b.emit(Op.GET_AWAITABLE, site);
  emitAwaitAwaitable(u);
}

/** (awaitable -- result): the delegation part alone, for GET_ANEXT's awaitable. */
function emitAwaitAwaitable(u: CodeUnit): void {
  u.b.loadConst(null);
  u.b.emit(Op.YIELD_FROM);
}

/** Whether code compiled into `u` runs in an async generator (its yields are wrapped for the consumer). */
function isAsyncGenerator(u: CodeUnit): boolean {
  return u.scope.isFunctionLike && u.scope.isCoroutine && u.scope.hasYield;
}

/** (v -- sent): yields TOS, wrapped first in an async generator (ADDOP_YIELD). */
export function emitYield(u: CodeUnit): void {
  if (isAsyncGenerator(u)) u.b.emit(Op.ASYNC_GEN_WRAP);
  u.b.emit(Op.YIELD_VALUE);
}

/** compiler_visit_expr1's checks of an `await` expression. */
export function checkAwait(u: CodeUnit, e: A.Await): void {
  const scope = u.scope;
  if (!scope.isFunctionLike) throw u.error(e, "'await' outside function");
  if (!scope.isAsyncDef && scope.kind !== 'comprehension') throw u.error(e, "'await' outside async function");
}

/** compile.c refuses a yield outside a function while compiling (after the symbol table's errors of the whole module). */
export function checkYield(u: CodeUnit, e: A.Yield | A.YieldFrom): void {
  if (!u.scope.isFunctionLike) throw u.error(e, "'yield' outside function");
}

export function checkYieldFrom(u: CodeUnit, e: A.YieldFrom): void {
  checkYield(u, e);
  if (u.scope.isAsyncDef) throw u.error(e, "'yield from' inside async function");
}

export function checkReturn(u: CodeUnit, s: A.Return): void {
  if (!u.scope.isFunctionLike) throw u.error(s, "'return' outside function");
  if (s.value && isAsyncGenerator(u) && u.scope.kind === 'function') throw u.error(s, "'return' with value in async generator");
}

export function checkAsyncStatement(u: CodeUnit, s: A.For | A.With): void {
  if (!u.scope.isAsyncDef) throw u.error(s, `'async ${s.kind === 'For' ? 'for' : 'with'}' outside async function`);
}

/**
 * One `async for` loop (compiler_async_for, and an async comprehension's generator): TOS is the async iterator;
 * from `start`, each awaited __anext__() value is left on the stack for `body` (which stores it and runs the
 * loop's body); StopAsyncIteration from __anext__ ends the loop with the iterator popped (END_ASYNC_FOR).
 */
export function emitAsyncLoop(u: CodeUnit, at: A.Span, start: Label, body: () => void): void {
  const except = u.b.newLabel();
  u.b.place(start);
  u.at(at);
  u.b.emitJump(Op.SETUP_FINALLY, except);
  u.b.emit(Op.GET_ANEXT);
  emitAwaitAwaitable(u);
  u.b.emit(Op.POP_BLOCK);
  body();
  u.b.emitJump(Op.JUMP, start);
  u.b.place(except);
  u.at(at);
  u.b.emit(Op.END_ASYNC_FOR);
}
