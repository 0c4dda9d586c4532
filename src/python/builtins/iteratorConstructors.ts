// enumerate(), zip(), map() and filter(): iterators over other iterators. When a source (a generator, a
// class's __next__) or map's/filter's function may run Python code, their steps are resumable: each step
// runs in the eval loop, its Python callees as frames.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyMethodDescriptor, PyNativeIterator } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { tupleFreeList } from '../runtime/freeLists';
import { newInt, newIntExact, newResultTuple, recycledResultTuple } from '../runtime/factory';
import { builtinTruth, isTrueResumable } from '../runtime/ops/compare';
import { callRequest, getIterOp, isRequest, nextItem, mayRunPythonToIterate } from '../vm/callOps';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';
import { fast as fastArgs, noKeywords, resumableConstructor } from './define';
import { indexOf } from '../runtime/ops/numbers';
import { recastAsSubclass, subclassConstructors } from './subclassInstances';
import { mapOneSourceStep } from './mapStep';

type Step = (vm: VM, it: PyNativeIterator) => NativeOp<PyObject | null>;

/**
 * An iterator object over `sources` stepping by `step`: resumable when Python code may run in a step;
 * otherwise each step runs at once (the operation never yields, so one pass of its body is the step).
 * `stepEndsOnStopIteration`: the step catches StopIteration itself (see endingOnStopIteration), which saves the
 * generator a wrapper would add to every step.
 */
function iteratorOf(type: PyType, sources: PyObject[], step: Step, resumable: boolean, stepEndsOnStopIteration = false): PyNativeIterator {
  const syncStep = endingOnStopIteration((vm: VM, self: PyNativeIterator) => (resumable ? vm.runSync(step(vm, self)) : stepAtOnce(vm, step(vm, self))));
  const it = activeHeap().register(new PyNativeIterator(type, sources, syncStep));
  if (resumable) it.resumableStep = stepEndsOnStopIteration ? step : stepEndingOnStopIteration(step);
  if (sources.length > 0) activeHeap().track(it);
  return it;
}

/**
 * A StopIteration raised by the function a step calls (map(next, ...), a takewhile predicate) ends the iteration for
 * whoever asked, as the NULL with StopIteration set that CPython's tp_iternext returns; the iterator itself goes on.
 */
export function endingOnStopIteration<I extends PyNativeIterator>(next: (vm: VM, it: I) => PyObject | null): (vm: VM, it: I) => PyObject | null {
  return (vm, it) => {
    try {
      return next(vm, it);
    } catch (e) {
      if (vm.matches(e, 'StopIteration')) return null;
      throw e;
    }
  };
}

/** endingOnStopIteration for a step that runs Python code as frames. */
function stepEndingOnStopIteration(step: Step): Step {
  return function* (vm, self) {
    try {
      return yield* step(vm, self);
    } catch (e) {
      if (vm.matches(e, 'StopIteration')) return null;
      throw e;
    }
  };
}

/**
 * Runs a step whose sources and function run no Python code; an item's own may still (filter(None, ...) asks
 * for its truth: a __bool__, NotImplemented's warning), and then the rest of the step runs nested.
 */
function stepAtOnce(vm: VM, op: NativeOp<PyObject | null>): PyObject | null {
  const r = op.next();
  if (r.done) return r.value;
  return vm.runSync(continued(op, r.value));
}

/** The rest of an operation that has already yielded `first` (what `yield*` would do had it not started). */
function* continued<R>(op: NativeOp<R>, first: unknown): NativeOp<R> {
  let r: IteratorResult<unknown, R> = { done: false, value: first };
  while (!r.done) {
    let sent: unknown;
    try {
      sent = yield r.value as never;
    } catch (e) {
      r = op.throw(e);
      continue;
    }
    r = op.next(sent);
  }
  return r.value;
}

/** Whether calling `fn` may run Python code. */
function mayRunPythonToCall(fn: PyObject): boolean {
  if (fn instanceof PyBuiltinFunction || fn instanceof PyMethodDescriptor) return fn.resumable !== null;
  if (fn instanceof PyType) return fn.isHeapType || fn.resumableNew !== null;
  return fn !== None;
}

/** The iterators of `args`, each made by iter() (whose __iter__ runs as a frame). */
function* iteratorsOf(vm: VM, args: PyObject[]): NativeOp<PyObject[]> {
  const sources: PyObject[] = [];
  vm.holdTemporary(sources);
  try {
    for (let i = 0; i < args.length; i++) sources.push(yield* getIterOp(vm, args[i]));
  } catch (e) {
    for (const s of sources) decref(s);
    throw e;
  } finally {
    vm.dropTemporary(sources);
  }
  return sources;
}

/**
 * The next item of each source, or null (and none kept) when one is exhausted; with `strict` (zip's), the
 * others must be exhausted at the same point.
 */
function* nextOfEach(vm: VM, sources: PyObject[], strict = false): NativeOp<PyObject[] | null> {
  const items: PyObject[] = [];
  vm.holdTemporary(items);
  try {
    for (let i = 0; i < sources.length; i++) {
      let v = nextItem(vm, sources[i]);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) {
        for (const x of items) decref(x);
        items.length = 0;
        if (strict) yield* zipStrictCheck(vm, sources, i);
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

/** zip(strict=True) when iterator `i` ran out: every other one must be exhausted at the same point. */
function* zipStrictCheck(vm: VM, sources: PyObject[], i: number): NativeOp<void> {
  if (i > 0) throw new NativeRaise('ValueError', `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : '-' + i}`);
  for (let j = 1; j < sources.length; j++) {
    let v = nextItem(vm, sources[j]);
    if (isRequest(v)) v = (yield v) as PyObject | null;
    if (v) {
      decref(v);
      throw new NativeRaise('ValueError', `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : '-' + j}`);
    }
  }
}

/** enumerate(iterable, start=0): enum_new's own argument parsing (no position in its missing-argument message). */
function* enumerateFrom(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject> {
  if (args.length + (kwargs?.size ?? 0) > 2) throw new NativeRaise('TypeError', `enumerate() takes at most 2 arguments (${args.length + (kwargs?.size ?? 0)} given)`);
  let [iterable, start] = args;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'iterable' && iterable === undefined) iterable = v;
      else if (k === 'start' && start === undefined) start = v;
      else if (k === 'iterable' || k === 'start') throw new NativeRaise('TypeError', `argument for enumerate() given by name ('${k}') and position (${k === 'iterable' ? 1 : 2})`);
      else throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for enumerate()`);
    }
  }
  if (iterable === undefined) throw new NativeRaise('TypeError', "enumerate() missing required argument 'iterable'");
  const first: number | bigint = start === undefined ? 0 : indexOf(vm, start);
  const [source] = yield* iteratorsOf(vm, [iterable]);
  const it = iteratorOf(T.enumerate, [source], function* (vm2, self) {
    const src = self.held[0];
    if (!src) return null;
    let v = nextItem(vm2, src);
    if (isRequest(v)) v = (yield v) as PyObject | null;
    if (!v) return null;
    const counter = self.data as number | bigint;
    // enum_next's PyLong_FromSsize_t while the count fits, then long arithmetic.
    const index = typeof counter === 'number' ? newIntExact(counter) : newInt(counter);
    self.data = typeof counter === 'number' && counter < Number.MAX_SAFE_INTEGER ? counter + 1 : BigInt(counter) + 1n;
    return recycledResultTuple(self, [index, v]);
  }, mayRunPythonToIterate(source));
  it.data = first;
  it.result = newResultTuple(2);
  return it;
}

/** zip(*iterables, strict=False): with strict, iterables of different lengths raise ValueError. */
function* zipFrom(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject> {
  let strict = false;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k !== 'strict') throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for zip()`);
      strict = yield* isTrueResumable(vm, v);
    }
  }
  const sources = yield* iteratorsOf(vm, args);
  const it = iteratorOf(T.zip, sources, function* (vm2, self) {
    if (self.held.length === 0) return null;
    const items = yield* nextOfEach(vm2, self.held, strict);
    return items ? recycledResultTuple(self, items) : null;
  }, sources.some((s) => mayRunPythonToIterate(s)));
  // zip_new keeps its iterators in a tuple of their own, besides the result tuple.
  activeHeap().addHiddenParts(it, [tupleFreeList(sources.length)]);
  it.releasesLastFirst = true;
  if (sources.length > 0) it.result = newResultTuple(sources.length);
  return it;
}

function* mapFrom(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject> {
  noKeywords('map', kwargs);
  if (args.length < 2) throw new NativeRaise('TypeError', 'map() must have at least two arguments.');
  const sources = yield* iteratorsOf(vm, args.slice(1));
  const fn = incref(args[0]);
  // One iterable (the usual map(f, xs)): a hand-written step, with no generator per item.
  const mapIt = iteratorOf(T.map, [fn, ...sources], sources.length === 1 ? mapOneSourceStep : function* (vm2, self) {
    try {
      const held = self.held;
      if (held.length === 0) return null;
      const items = yield* nextOfEach(vm2, held.slice(1));
      if (!items) return null;
      vm2.holdTemporary(items);
      try {
        return (yield callRequest(vm2, held[0], items)) as PyObject;
      } finally {
        vm2.dropTemporary(items);
        for (const x of items) decref(x);
      }
    } catch (e) {
      if (vm2.matches(e, 'StopIteration')) return null;
      throw e;
    }
  }, mayRunPythonToCall(fn) || sources.some((s) => mayRunPythonToIterate(s)), true);
  // map_new keeps its iterators in a tuple.
  activeHeap().addHiddenParts(mapIt, [tupleFreeList(sources.length)]);
  mapIt.releasesLastFirst = true;
  return mapIt;
}

function* filterFrom(vm: VM, args: PyObject[]): NativeOp<PyObject> {
  const [source] = yield* iteratorsOf(vm, [args[1]]);
  const fn = incref(args[0]);
  return iteratorOf(T.filter, [fn, source], function* (vm2, self) {
    if (self.held.length === 0) return null;
    const [f, src] = self.held;
    for (;;) {
      let v = nextItem(vm2, src);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) return null;
      let keep: boolean;
      vm2.holdTemporary(v);
      try {
        if (f === None) keep = yield* isTrueResumable(vm2, v);
        else {
          const r = (yield callRequest(vm2, f, [v])) as PyObject;
          try {
            const truth = builtinTruth(r);
            if (truth !== null) keep = truth;
            else {
              // filter_next's `good` while its __bool__ or __len__ runs: the snapshot counts it.
              vm2.holdTemporary(r);
              try {
                keep = yield* isTrueResumable(vm2, r);
              } finally {
                vm2.dropTemporary(r);
              }
            }
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
  return !args.some((a) => mayRunPythonToIterate(a) && !(a instanceof PyNativeIterator && a.attrs === null));
}

/** Installs the four constructors (resumable, as iter() of an argument may call its __iter__). */
export function installIteratorConstructors(): void {
  const fast = (op: (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => NativeOp<PyObject>) =>
    (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject | null => (buildsWithoutPython(args) ? vm.runSync(op(vm, args, kwargs)) : null);
  resumableConstructor(T.enumerate, enumerateFrom, fast(enumerateFrom));
  resumableConstructor(T.zip, zipFrom, fast(zipFrom));
  resumableConstructor(T.map, mapFrom, fast(mapFrom));
  resumableConstructor(T.filter, [fastArgs(2), filterFrom], fast(filterFrom));
  // A Python subclass's instance: the builtin's iterator, allocated for the subclass.
  for (const base of [T.enumerate, T.zip, T.map, T.filter]) {
    subclassConstructors.set(base, (vm, type, args, kwargs) => recastAsSubclass(base.nativeNew!(vm, args, kwargs), type));
  }
}
