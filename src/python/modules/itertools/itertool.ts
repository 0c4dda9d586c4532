// The shape every itertools iterator shares: named references (what CPython's struct holds, visible to the
// collector), per-type state, a next function; plus the type declarations and argument checks they use.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyNativeIterator, PyTuple } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import { T } from '../../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { defineMethods } from '../../builtins/define';
import { endingOnStopIteration } from '../../builtins/iteratorConstructors';
import { newTuple } from '../../runtime/factory';
import type { NativeSlots } from '../../runtime/nativeSlots';
import { nativeType } from '../nativeType';
import type { VM } from '../../vm/vm';

/** An itertools iterator: `refs[i]` is the field named `names[i]` (null when CPython's pointer is NULL). */
export class PyItertool<D = unknown> extends PyNativeIterator {
  constructor(type: PyType, readonly names: readonly string[], public refs: (PyObject | null)[], public override data: D, next: (vm: VM, it: PyItertool<D>) => PyObject | null) {
    super(type, [], next as (vm: VM, it: PyNativeIterator) => PyObject | null);
  }
  /** Every itertools type is a gc type, tracked from creation to deallocation. */
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    const refs = this.refs;
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      if (r) visit(r, this.names[i]);
    }
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    for (const r of this.refs) if (r) visit(r);
  }
  override clear(release: (t: PyObject) => void): void {
    const refs = this.refs;
    this.refs = refs.map(() => null);
    for (const r of refs) if (r) release(r);
  }
  /** Py_CLEAR(field). */
  drop(i: number): void {
    const r = this.refs[i];
    if (r) {
      this.refs[i] = null;
      decref(r);
    }
  }
  /** Py_SETREF(field, value): takes over the reference to value. */
  set(i: number, value: PyObject | null): void {
    const old = this.refs[i];
    this.refs[i] = value;
    if (old) decref(old);
  }
}

type ItertoolStep<D> = (vm: VM, it: PyItertool<D>) => PyObject | null;

/** Each itertool step wrapped once (the steps are module-level functions), not a closure per iterator made. */
const wrappedSteps = new Map<ItertoolStep<never>, ItertoolStep<never>>();

function stepEndingOnStopIteration<D>(next: ItertoolStep<D>): ItertoolStep<D> {
  let wrapped = wrappedSteps.get(next as ItertoolStep<never>);
  if (!wrapped) {
    wrapped = endingOnStopIteration(next as ItertoolStep<never>);
    wrappedSteps.set(next as ItertoolStep<never>, wrapped);
  }
  return wrapped as ItertoolStep<D>;
}

/** Allocates and tracks a new itertool (type->tp_alloc, which also GC-tracks). */
export function makeItertool<D>(type: PyType, names: readonly string[], refs: (PyObject | null)[], data: D, next: ItertoolStep<D>): PyItertool<D> {
  const heap = activeHeap();
  const it = heap.register(new PyItertool<D>(type, names, refs, data, stepEndingOnStopIteration(next)));
  heap.track(it);
  return it;
}

/** `itertools.<name>`: an iterator type (iter(it) is it), with __iter__ and __next__ methods. */
export function itertoolType(name: string, slots: NativeSlots = {}, module = 'itertools'): PyType {
  // No itertools type has vectorcall in 3.11: every call packs its arguments (chain then keeps the tuple).
  const type = nativeType(name, module, { slots, packsArguments: name !== 'chain' });
  defineMethods(type, {
    __iter__: (_vm, args) => incref(args[0]),
    __next__: (vm, args) => {
      const v = vm.iterNext(args[0]);
      if (!v) throw new NativeRaise('StopIteration', '');
      return v;
    },
  });
  return type;
}

/** `name() takes no keyword arguments` (_PyArg_NoKeywords), for the types whose constructor takes none. */
export function noKeywords(name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional: `cycle expected 1 argument, got 0`. */
export function positionalCount(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    throw new NativeRaise('TypeError', min === max ? `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}` : `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    throw new NativeRaise('TypeError', min === max ? `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}` : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * A result tuple handed out again when only the iterator holds it (product, combinations...): reused in
 * place, or copied first when someone else still has it. Re-tracked, as the collector may have untracked it.
 */
export function reusableResult(it: PyItertool, index: number): PyTuple {
  let result = it.refs[index] as PyTuple;
  if (result.refcount > 1) {
    const copy = newTuple(result.items.map((x) => incref(x)));
    it.set(index, copy);
    result = copy;
  } else activeHeap().track(result);
  return result;
}

/** Replaces item i of a tuple only this code holds (PyTuple_SET_ITEM then Py_DECREF of the old item). */
export function setTupleItem(t: PyTuple, i: number, value: PyObject): void {
  const old = t.items[i];
  t.items[i] = value;
  decref(old);
}

/** PySequence_Tuple: an exact tuple itself, anything else copied into a new tuple. */
export function sequenceTuple(vm: VM, o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type === T.tuple) return incref(o);
  return newTuple(vm.collectItems(o));
}
