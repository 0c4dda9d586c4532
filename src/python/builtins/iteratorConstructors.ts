// enumerate(), zip(), map() and filter(): iterators over other iterators. When a source (a generator, a
// class's __next__) or map's/filter's function may run Python code, their steps are resumable: each step
// runs in the eval loop, its Python callees as frames.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyInt, PyMethodDescriptor, PyNativeIterator } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { tupleFreeList } from '../runtime/freeLists';
import { newInt, newResultTuple, recycledResultTuple } from '../runtime/factory';
import { isTrueResumable } from '../runtime/ops/compare';
import { callOp, getIterOp, iterNextOp, mayRunPythonToIterate } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';
import { resumableConstructor } from './define';

type Step = (vm: VM, it: PyNativeIterator) => NativeOp<PyObject | null>;

/**
 * An iterator object over `sources` stepping by `step`: resumable when Python code may run in a step;
 * otherwise each step runs at once (the operation never yields, so one pass of its body is the step).
 */
function iteratorOf(type: PyType, sources: PyObject[], step: Step, resumable: boolean): PyNativeIterator {
  const syncStep = resumable
    ? (vm: VM, self: PyNativeIterator) => vm.runSync(step(vm, self))
    : (vm: VM, self: PyNativeIterator) => stepAtOnce(step(vm, self));
  const it = activeHeap().register(new PyNativeIterator(type, sources, syncStep));
  if (resumable) it.resumableStep = step;
  if (sources.length > 0) activeHeap().track(it);
  return it;
}

/** Runs an operation that cannot yield (its sources and function run no Python code). */
function stepAtOnce(op: NativeOp<PyObject | null>): PyObject | null {
  const r = op.next();
  if (!r.done) throw new Error('a native iterator step yielded without Python code to run');
  return r.value;
}

/** Whether calling `fn` may run Python code. */
function mayRunPythonToCall(fn: PyObject): boolean {
  if (fn instanceof PyBuiltinFunction || fn instanceof PyMethodDescriptor) return fn.resumable !== null;
  if (fn instanceof PyType) return fn.isHeapType || fn.resumableNew !== null;
  return fn !== None;
}

/** The iterators of `args`, each made by iter() (whose __iter__ runs as a frame). */
function* iteratorsOf(vm: VM, args: PyObject[], wrapError: ((i: number) => string) | null): NativeOp<PyObject[]> {
  const sources: PyObject[] = [];
  vm.holdTemporary(sources);
  try {
    for (let i = 0; i < args.length; i++) {
      try {
        sources.push(yield* getIterOp(vm, args[i]));
      } catch (e) {
        if (wrapError && e instanceof NativeRaise && e.pyType === 'TypeError') throw new NativeRaise('TypeError', wrapError(i));
        throw e;
      }
    }
  } catch (e) {
    for (const s of sources) decref(s);
    throw e;
  } finally {
    vm.dropTemporary(sources);
  }
  return sources;
}

/** The next item of each source, or null (and none kept) when one is exhausted. */
function* nextOfEach(vm: VM, sources: PyObject[]): NativeOp<PyObject[] | null> {
  const items: PyObject[] = [];
  vm.holdTemporary(items);
  try {
    for (const src of sources) {
      const v = yield* iterNextOp(vm, src);
      if (!v) {
        for (const x of items) decref(x);
        return null;
      }
      items.push(v);
    }
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  } finally {
    vm.dropTemporary(items);
  }
  return items;
}

function* enumerateFrom(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject> {
  const start = kwargs?.get('start') ?? args[1];
  if (args.length === 0) throw new NativeRaise('TypeError', "enumerate() missing required argument 'iterable' (pos 1)");
  const [source] = yield* iteratorsOf(vm, [args[0]], null);
  let counter = start ? Number((start as PyInt).value) : 0;
  const it = iteratorOf(T.enumerate, [source], function* (vm2, self) {
    const src = self.held[0];
    if (!src) return null;
    const v = yield* iterNextOp(vm2, src);
    if (!v) return null;
    return recycledResultTuple(self, [newInt(counter++), v]);
  }, mayRunPythonToIterate(source));
  it.result = newResultTuple(2);
  return it;
}

function* zipFrom(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const sources = yield* iteratorsOf(vm, args, (i) => `zip argument #${i + 1} must support iteration`);
  const it = iteratorOf(T.zip, sources, function* (vm2, self) {
    if (self.held.length === 0) return null;
    const items = yield* nextOfEach(vm2, self.held);
    return items ? recycledResultTuple(self, items) : null;
  }, sources.some((s) => mayRunPythonToIterate(s)));
  // zip_new keeps its iterators in a tuple of their own, besides the result tuple.
  activeHeap().addHiddenParts(it, [tupleFreeList(sources.length)]);
  if (sources.length > 0) it.result = newResultTuple(sources.length);
  return it;
}

function* mapFrom(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  if (args.length < 2) throw new NativeRaise('TypeError', 'map() must have at least two arguments.');
  const sources = yield* iteratorsOf(vm, args.slice(1), null);
  const fn = incref(args[0]);
  const mapIt = iteratorOf(T.map, [fn, ...sources], function* (vm2, self) {
    if (self.held.length === 0) return null;
    const items = yield* nextOfEach(vm2, self.held.slice(1));
    if (!items) return null;
    vm2.holdTemporary(items);
    try {
      return yield* callOp(vm2, self.held[0], items);
    } finally {
      vm2.dropTemporary(items);
      for (const x of items) decref(x);
    }
  }, mayRunPythonToCall(fn) || sources.some((s) => mayRunPythonToIterate(s)));
  // map_new keeps its iterators in a tuple.
  activeHeap().addHiddenParts(mapIt, [tupleFreeList(sources.length)]);
  return mapIt;
}

function* filterFrom(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  if (args.length !== 2) throw new NativeRaise('TypeError', `filter expected 2 arguments, got ${args.length}`);
  const [source] = yield* iteratorsOf(vm, [args[1]], null);
  const fn = incref(args[0]);
  return iteratorOf(T.filter, [fn, source], function* (vm2, self) {
    if (self.held.length === 0) return null;
    const [f, src] = self.held;
    for (;;) {
      const v = yield* iterNextOp(vm2, src);
      if (!v) return null;
      let keep: boolean;
      vm2.holdTemporary(v);
      try {
        if (f === None) keep = yield* isTrueResumable(vm2, v);
        else {
          const r = yield* callOp(vm2, f, [v]);
          try {
            keep = yield* isTrueResumable(vm2, r);
          } finally {
            decref(r);
          }
        }
      } catch (e) {
        decref(v);
        throw e;
      } finally {
        vm2.dropTemporary(v);
      }
      if (keep) return v;
      decref(v);
    }
  }, mayRunPythonToCall(fn) || mayRunPythonToIterate(source));
}

/** Whether making the iterators of `args` runs no Python code (no class's __iter__). */
function buildsWithoutPython(args: PyObject[]): boolean {
  return !args.some((a) => mayRunPythonToIterate(a) && !(a instanceof PyNativeIterator));
}

/** Installs the four constructors (resumable, as iter() of an argument may call its __iter__). */
export function installIteratorConstructors(): void {
  const fast = (op: (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => NativeOp<PyObject>) =>
    (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | null => (buildsWithoutPython(args) ? vm.runSync(op(vm, args, kwargs)) : null);
  resumableConstructor(T.enumerate, enumerateFrom, fast(enumerateFrom));
  resumableConstructor(T.zip, zipFrom, fast(zipFrom));
  resumableConstructor(T.map, mapFrom, fast(mapFrom));
  resumableConstructor(T.filter, filterFrom, fast(filterFrom));
}
