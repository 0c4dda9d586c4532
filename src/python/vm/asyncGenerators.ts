// Async generators (PEP 525) as CPython 3.11's genobject.c: a generator frame whose yields to its consumer are
// wrapped (ASYNC_GEN_WRAP) so that they can be told from the values its awaits pass through to the event loop.
// __anext__()/asend() return an awaitable (async_generator_asend) that runs the frame: a wrapped value ends the
// await with that value (StopIteration), a plain one is yielded on to whoever drives the coroutine, and the
// frame's end is StopAsyncIteration. athrow()/aclose() throw into the frame the same way.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { GeneratorKind, PyGenerator, PyInstance, PyNativeIterator } from '../runtime/objects';
import { E, None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newException } from '../runtime/factory';
import type { NativeOp } from './nativeOp';
import type { Frame } from './frame';
import { PyRaise, type VM } from './vm';
import { iterNextOp, resumeGeneratorOp } from './callOps';
import { throwIntoGeneratorOp } from './generatorControl';

/**
 * YIELD_FROM delegating to an asend awaitable whose async generator can run in the eval loop (as a delegated
 * generator's frame does, so its lines step): the frame to push, with the value to send already on its stack;
 * null when the awaitable must run as a native step (finished, running, or not an asend).
 */
export function asendFrameToEnter(it: PyAsyncGenAwaitable, sent: PyObject): Frame | null {
  if (it.type !== T.async_generator_asend || it.awaitState === AwaitableState.CLOSED) return null;
  const gen = it.held[0] as PyGenerator;
  const gf = gen.frame;
  if (!gf || gen.running) return null;
  const value = it.awaitState === AwaitableState.INIT ? it.held[1] ?? sent : sent;
  if (gf.pc === 0 && value !== None) return null;
  it.awaitState = AwaitableState.ITER;
  if (gf.pc > 0) gf.stack.push(incref(value));
  return gf;
}

/** The asend awaitable an async generator's frame answered for is done (its await got a value or an exception). */
export function closeAsend(it: PyAsyncGenAwaitable): void {
  it.awaitState = AwaitableState.CLOSED;
}

/** A value an async generator yields to its consumer (_PyAsyncGenWrappedValue), alive from its yield to its unwrapping. */
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(public value: PyObject | null) {
    super(T.async_generator_wrapped_value);
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.value) visit(this.value, 'value');
  }
  override clear(release: (t: PyObject) => void): void {
    const v = this.value;
    this.value = null;
    if (v) release(v);
  }
}

/** ASYNC_GEN_WRAP: the wrapper takes the stack's reference to the value. */
export function wrapAsyncGenValue(value: PyObject): PyObject {
  return activeHeap().register(new PyAsyncGenWrappedValue(value));
}

export function isAsyncGenerator(o: PyObject): o is PyGenerator {
  return o instanceof PyGenerator && o.kind === GeneratorKind.ASYNC_GENERATOR;
}

const enum AwaitableState { INIT, ITER, CLOSED }

/** What an async_generator_athrow throws: GeneratorExit for aclose(). */
const ACLOSE = null;

/**
 * async_generator_asend / async_generator_athrow: held[0] is the generator, held[1] the value to send (asend) or
 * the exception to throw (athrow; absent for aclose). A coroutine_wrapper (coro.__await__()) is one too, for its
 * coroutine.
 */
export class PyAsyncGenAwaitable extends PyNativeIterator {
  awaitState = AwaitableState.INIT;
  constructor(type: typeof T.async_generator_asend, gen: PyGenerator, payload: PyObject | typeof ACLOSE) {
    super(type, payload ? [gen, payload] : [gen], awaitableNext);
    this.resumableStep = awaitableNextOp;
  }
  get isAclose(): boolean {
    return this.type === T.async_generator_athrow && this.held.length === 1;
  }
}

/** next() of an awaitable: a step with None sent (as a native step, and as the resumable one). */
const awaitableNextOp = (vm: VM, it: PyNativeIterator): NativeOp<PyObject | null> => awaitableStepOp(vm, it as PyAsyncGenAwaitable, None);
const awaitableNext = (vm: VM, it: PyNativeIterator): PyObject | null => vm.runSync(awaitableNextOp(vm, it));

function newAwaitable(vm: VM, type: typeof T.async_generator_asend, gen: PyGenerator, payload: PyObject | null): PyAsyncGenAwaitable {
  incref(gen);
  if (payload) incref(payload);
  const it = vm.heap.register(new PyAsyncGenAwaitable(type, gen, payload));
  vm.heap.track(it);
  return it;
}

/** coro.__await__(): a coroutine_wrapper, an iterator that runs the coroutine (what a class's __await__ may return). */
export function coroutineAwait(vm: VM, coro: PyGenerator): PyObject {
  return newAwaitable(vm, T.coroutine_wrapper, coro, null);
}

/** anext(aiterator, default): the awaitable of __anext__() (`inner`, an iterator), with StopAsyncIteration turned into `default`. */
export function anextWithDefault(vm: VM, inner: PyObject, dflt: PyObject): PyObject {
  incref(inner);
  incref(dflt);
  const it = vm.heap.register(new PyAsyncGenAwaitable(T.anext_awaitable, inner as PyGenerator, dflt));
  vm.heap.track(it);
  return it;
}

/** agen.__anext__(): asend(None). */
export function asyncGeneratorAnext(vm: VM, gen: PyGenerator): PyObject {
  return newAwaitable(vm, T.async_generator_asend, gen, null);
}
export function asyncGeneratorAsend(vm: VM, gen: PyGenerator, value: PyObject): PyObject {
  return newAwaitable(vm, T.async_generator_asend, gen, value);
}
/** agen.athrow(exc) (exc already normalized) and agen.aclose() (exc null). */
export function asyncGeneratorAthrow(vm: VM, gen: PyGenerator, exc: PyInstance | null): PyObject {
  return newAwaitable(vm, T.async_generator_athrow, gen, exc);
}

/**
 * One step of the awaitable: what it yields on (an await's value passing through), or null when it is done, its
 * result in vm.lastGeneratorResult (StopIteration's value for whoever awaits it).
 */
export function* awaitableStepOp(vm: VM, it: PyAsyncGenAwaitable, sent: PyObject): NativeOp<PyObject | null> {
  if (it.type === T.anext_awaitable) return yield* anextDefaultStepOp(vm, it, sent);
  const gen = it.held[0] as PyGenerator;
  // A coroutine_wrapper is the coroutine itself, run as an iterator: its return value stays in lastGeneratorResult.
  if (it.type === T.coroutine_wrapper) return yield* resumeGeneratorOp(vm, gen, sent);
  const athrow = it.type === T.async_generator_athrow;
  if (it.awaitState === AwaitableState.CLOSED) {
    throw new NativeRaise('RuntimeError', athrow ? 'cannot reuse already awaited aclose()/athrow()' : 'cannot reuse already awaited __anext__()/asend()');
  }
  let v: PyObject | null;
  try {
    if (it.awaitState === AwaitableState.INIT) {
      it.awaitState = AwaitableState.ITER;
      if (athrow) {
        // A finished or never-started generator is closed already: aclose() has nothing to do.
        if (!gen.frame || (it.isAclose && gen.frame.pc === 0)) {
          if (gen.frame && it.isAclose) gen.frame = null;
          it.awaitState = AwaitableState.CLOSED;
          if (it.isAclose) return finish(vm, incref(None));
          throw new NativeRaise('StopAsyncIteration', '');
        }
        const exc = it.isAclose ? newException(E.GeneratorExit, []) : incref(it.held[1] as PyInstance);
        v = yield* throwIntoGeneratorOp(vm, gen, exc);
      } else {
        if (!gen.frame) throw new NativeRaise('StopAsyncIteration', '');
        v = yield* resumeGeneratorOp(vm, gen, it.held[1] ?? sent);
      }
    } else {
      if (!gen.frame) throw new NativeRaise('StopAsyncIteration', '');
      v = yield* resumeGeneratorOp(vm, gen, sent);
    }
  } catch (e) {
    it.awaitState = AwaitableState.CLOSED;
    // The generator returned (StopIteration from throw) or let StopIteration out: its end, as the consumer sees it.
    if (vm.matches(e, 'StopIteration')) {
      if (it.isAclose) return finish(vm, incref(None));
      throw new NativeRaise('StopAsyncIteration', '');
    }
    if (it.isAclose && (vm.matches(e, 'GeneratorExit') || vm.matches(e, 'StopAsyncIteration'))) return finish(vm, incref(None));
    throw e;
  }
  if (v === null) {
    // The frame returned: an async generator's end.
    it.awaitState = AwaitableState.CLOSED;
    if (vm.lastGeneratorResult) {
      decref(vm.lastGeneratorResult);
      vm.lastGeneratorResult = null;
    }
    if (it.isAclose) return finish(vm, incref(None));
    throw new NativeRaise('StopAsyncIteration', '');
  }
  if (v instanceof PyAsyncGenWrappedValue) {
    it.awaitState = AwaitableState.CLOSED;
    if (it.isAclose) {
      decref(v);
      throw new NativeRaise('RuntimeError', 'async generator ignored GeneratorExit');
    }
    const value = incref(v.value ?? None);
    decref(v);
    return finish(vm, value);
  }
  return v;
}

/** anext_awaitable: the inner awaitable's step, its StopAsyncIteration ending the await with the default. */
function* anextDefaultStepOp(vm: VM, it: PyAsyncGenAwaitable, sent: PyObject): NativeOp<PyObject | null> {
  const inner = it.held[0];
  try {
    if (inner instanceof PyAsyncGenAwaitable) return yield* awaitableStepOp(vm, inner, sent);
    if (inner instanceof PyGenerator) return yield* resumeGeneratorOp(vm, inner, sent);
    return yield* iterNextOp(vm, inner);
  } catch (e) {
    if (vm.matches(e, 'StopAsyncIteration')) return finish(vm, incref(it.held[1]));
    throw e;
  }
}

/** The awaitable is done with `value` (owned): StopIteration's value for the await. */
function finish(vm: VM, value: PyObject): null {
  if (vm.lastGeneratorResult) decref(vm.lastGeneratorResult);
  vm.lastGeneratorResult = value;
  return null;
}

/** send(v) / __next__() of the awaitable, called directly: StopIteration carries its result. */
export function* awaitableSendOp(vm: VM, it: PyAsyncGenAwaitable, sent: PyObject): NativeOp<PyObject> {
  const v = yield* awaitableStepOp(vm, it, sent);
  if (v) return v;
  const result = vm.lastGeneratorResult;
  vm.lastGeneratorResult = null;
  // _PyGen_SetStopIterationValue: the exception takes the reference.
  throw new PyRaise(newException(E.StopIteration, result ? [result] : []));
}
