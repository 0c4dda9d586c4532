// The eval loop's coroutine instructions, as CPython 3.11's ceval.c: GET_AWAITABLE (_PyCoro_GetAwaitableIter),
// GET_AITER, GET_ANEXT, END_ASYNC_FOR and BEFORE_ASYNC_WITH. What may run Python code (__await__, __aiter__,
// __anext__, __aenter__) runs as a native task; its completion (tasks.ts) puts the result on the stack.

import { NativeRaise } from '../errors';
import { Op } from '../bytecode/opcodes';
import { CodeFlag } from '../bytecode/code';
import { PyObject } from '../runtime/object';
import { GeneratorKind, PyGenerator, PyInstance } from '../runtime/objects';
import { E, None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { lookupSpecial } from '../runtime/ops/attributes';
import type { Frame } from './frame';
import { PyRaise, type VM } from './vm';
import type { NativeOp } from './nativeOp';
import { callMethodOp, callOp, isIteratorObject } from './callOps';
import { startTask } from './tasks';
import { delegate } from './generatorControl';
import { exceptionMatches } from './evalSupport';
import { asyncGeneratorAnext, isAsyncGenerator, wrapAsyncGenValue } from './asyncGenerators';

/** A coroutine, or a generator made by @types.coroutine: awaited as it is. */
function isAwaitedDirectly(o: PyObject): o is PyGenerator {
  if (!(o instanceof PyGenerator)) return false;
  return o.kind === GeneratorKind.COROUTINE || (o.kind === GeneratorKind.GENERATOR && o.code !== null && (o.code.code.flags & CodeFlag.ITERABLE_COROUTINE) !== 0);
}

/** The method a Python class defines for an async slot (am_await, am_aiter, am_anext), if any. */
function asyncSlot(o: PyObject, name: string): PyObject | null {
  const method = o.type.lookup(name);
  return method === undefined || method === None ? null : method;
}

/** _PyCoro_GetAwaitableIter with format_awaitable_error's wording for `async with` (site 1 __aenter__, 2 __aexit__). */
export function* awaitableIterOp(vm: VM, o: PyObject, site: number): NativeOp<PyObject> {
  const method = asyncSlot(o, '__await__');
  if (!method) {
    const name = o.type.name;
    if (site === 1) throw new NativeRaise('TypeError', `'async with' received an object from __aenter__ that does not implement __await__: ${name}`);
    if (site === 2) throw new NativeRaise('TypeError', `'async with' received an object from __aexit__ that does not implement __await__: ${name}`);
    throw new NativeRaise('TypeError', `object ${name} can't be used in 'await' expression`);
  }
  const it = yield* callMethodOp(vm, method, o, []);
  if (isAwaitedDirectly(it)) {
    decref(it);
    throw new NativeRaise('TypeError', '__await__() returned a coroutine');
  }
  if (!isIteratorObject(it)) {
    const name = it.type.name;
    decref(it);
    throw new NativeRaise('TypeError', `__await__() returned non-iterator of type '${name}'`);
  }
  return it;
}

/** GET_AWAITABLE: TOS becomes what `await` delegates to. */
function getAwaitable(vm: VM, f: Frame, op: number, site: number): void {
  const stack = f.stack;
  const v = stack[stack.length - 1]!;
  if (isAwaitedDirectly(v)) {
    if (v.kind === GeneratorKind.COROUTINE && v.frame && !v.running && delegate(v.frame) !== null) {
      throw new NativeRaise('RuntimeError', 'coroutine is being awaited already');
    }
    return;
  }
  startTask(vm, f, awaitableIterOp(vm, v, site), op, site);
}

function* aiterOp(vm: VM, o: PyObject): NativeOp<PyObject> {
  if (isAsyncGenerator(o)) return incref(o);
  const method = asyncSlot(o, '__aiter__');
  if (!method) throw new NativeRaise('TypeError', `'async for' requires an object with __aiter__ method, got ${o.type.name}`);
  const it = yield* callMethodOp(vm, method, o, []);
  if (!isAsyncGenerator(it) && !asyncSlot(it, '__anext__')) {
    const name = it.type.name;
    decref(it);
    throw new NativeRaise('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${name}`);
  }
  return it;
}

function* anextOp(vm: VM, aiter: PyObject): NativeOp<PyObject> {
  if (isAsyncGenerator(aiter)) return asyncGeneratorAnext(vm, aiter);
  const method = asyncSlot(aiter, '__anext__');
  if (!method) throw new NativeRaise('TypeError', `'async for' requires an iterator with __anext__ method, got ${aiter.type.name}`);
  const next = yield* callMethodOp(vm, method, aiter, []);
  if (isAwaitedDirectly(next)) return next;
  try {
    return yield* awaitableIterOp(vm, next, 0);
  } catch (e) {
    if (!(e instanceof NativeRaise || e instanceof PyRaise)) throw e;
    throw new NativeRaise('TypeError', `'async for' received an invalid object from __anext__: ${next.type.name}`);
  } finally {
    decref(next);
  }
}

/** BEFORE_ASYNC_WITH: (mgr -- __aexit__ result of __aenter__()); GET_AWAITABLE 1 follows. */
function beforeAsyncWith(vm: VM, f: Frame, op: number, arg: number): void {
  const stack = f.stack;
  const mgr = stack[stack.length - 1]!;
  const enter = lookupSpecial(vm, mgr, '__aenter__');
  if (!enter) throw new NativeRaise('TypeError', `'${mgr.type.name}' object does not support the asynchronous context manager protocol`);
  const exit = lookupSpecial(vm, mgr, '__aexit__');
  if (!exit) {
    decref(enter);
    throw new NativeRaise('TypeError', `'${mgr.type.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  stack[stack.length - 1] = exit;
  decref(mgr);
  // As BEFORE_WITH: __aenter__ holds the slot while it runs; the task's completion replaces it by the result.
  stack.push(enter);
  startTask(vm, f, callOp(vm, enter, []), op, arg);
}

/** END_ASYNC_FOR: (aiter exc -- ): StopAsyncIteration ends the loop; anything else is raised again. */
function endAsyncFor(f: Frame): void {
  const stack = f.stack;
  const exc = stack.pop() as PyInstance;
  if (exceptionMatches(exc, E.StopAsyncIteration)) {
    decref(exc);
    decref(stack.pop()!);
    return;
  }
  throw new PyRaise(exc, true);
}

/** Runs one of the coroutine instructions; false for any other opcode. */
export function runAsyncOp(vm: VM, f: Frame, op: number, arg: number): boolean {
  const stack = f.stack;
  switch (op) {
    case Op.GET_AWAITABLE:
      getAwaitable(vm, f, op, arg);
      return true;
    case Op.GET_AITER:
      startTask(vm, f, aiterOp(vm, stack[stack.length - 1]!), op, arg);
      return true;
    case Op.GET_ANEXT:
      startTask(vm, f, anextOp(vm, stack[stack.length - 1]!), op, arg);
      return true;
    case Op.END_ASYNC_FOR:
      endAsyncFor(f);
      return true;
    case Op.BEFORE_ASYNC_WITH:
      beforeAsyncWith(vm, f, op, arg);
      return true;
    case Op.ASYNC_GEN_WRAP:
      stack[stack.length - 1] = wrapAsyncGenValue(stack[stack.length - 1]!);
      return true;
  }
  return false;
}
