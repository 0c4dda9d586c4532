// itertools.tee: tee objects share a chain of data objects of 57 values each (teedataobject), so
// values stay alive until the slowest tee has passed them.

import { NativeRaise } from '../../errors';
import { PyObject, PyGcObject } from '../../runtime/object';
import { PyTuple } from '../../runtime/objects';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newNone, newTuple } from '../../runtime/factory';
import { getAttr } from '../../runtime/ops/attributes';
import { defineMethods } from '../../builtins/define';
import { nativeType, once } from '../nativeType';
import { ssizeArg } from './infinite';
import { PyItertool, itertoolType, makeItertool, positionalCount, setTupleItem } from './itertool';
import type { VM } from '../../vm/vm';

const LINKCELLS = 57;

/** A block of values read from the shared iterator, and the link to the next block. */
export class PyTeeData extends PyGcObject {
  values: PyObject[] = [];
  nextlink: PyTeeData | null = null;
  running = false;
  constructor(type: import('../../runtime/types').PyType, public source: PyObject | null) {
    super(type);
  }
  override get isGcType(): boolean {
    return true;
  }
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.source) visit(this.source, 'iterating');
    this.values.forEach((v, i) => visit(v, `[${i}]`));
    if (this.nextlink) visit(this.nextlink, 'nextlink');
  }
  override clear(release: (t: PyObject) => void): void {
    const { source, values, nextlink } = this;
    this.source = null;
    this.values = [];
    this.nextlink = null;
    if (source) release(source);
    for (const v of values) release(v);
    if (nextlink) release(nextlink);
  }
}

export const teeDataType = once(() => nativeType('_tee_dataobject', 'itertools', { slots: { sizeof: () => 512 } }));
export const teeType = once(() => {
  const type = itertoolType('_tee', { sizeof: () => 56 });
  defineMethods(type, { __copy__: (_vm, args) => teeCopy(args[0] as PyItertool<TeeState>) });
  return type;
});

interface TeeState {
  index: number;
}

function newTeeData(source: PyObject): PyTeeData {
  const heap = activeHeap();
  const data = heap.register(new PyTeeData(teeDataType(), incref(source)));
  heap.track(data);
  return data;
}

/** The value at position i of a block, reading from the source when this tee leads. */
function teeDataItem(vm: VM, data: PyTeeData, i: number): PyObject | null {
  if (i < data.values.length) return incref(data.values[i]);
  if (data.running) throw new NativeRaise('RuntimeError', 'cannot re-enter the tee iterator');
  data.running = true;
  let value: PyObject | null;
  try {
    value = vm.iterNext(data.source!);
  } finally {
    data.running = false;
  }
  if (!value) return null;
  data.values.push(value);
  return incref(value);
}

function teeNext(vm: VM, it: PyItertool<TeeState>): PyObject | null {
  if (it.data.index >= LINKCELLS) {
    const data = it.refs[0] as PyTeeData;
    if (!data.nextlink) data.nextlink = newTeeData(data.source!);
    it.set(0, incref(data.nextlink));
    it.data.index = 0;
  }
  const value = teeDataItem(vm, it.refs[0] as PyTeeData, it.data.index);
  if (!value) return null;
  it.data.index++;
  return value;
}

function teeCopy(it: PyItertool<TeeState>): PyObject {
  return makeItertool<TeeState>(teeType(), ['dataobj'], [incref(it.refs[0]!)], { index: it.data.index }, teeNext);
}

/** tee_fromiterable: a tee over any iterable (a copy when it already is a tee). */
function teeFromIterable(vm: VM, iterable: PyObject): PyObject {
  const source = vm.getIter(iterable);
  try {
    if (source.type === teeType()) return teeCopy(source as PyItertool<TeeState>);
    const tee = makeItertool<TeeState>(teeType(), ['dataobj'], [null], { index: 0 }, teeNext);
    tee.refs[0] = newTeeData(source);
    return tee;
  } finally {
    decref(source);
  }
}

/** itertools.tee(iterable, n=2): n independent iterators (the result tuple is made first, then filled). */
export function tee(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'tee() takes no keyword arguments');
  positionalCount('tee', args.length, 1, 2);
  const n = args.length > 1 ? ssizeArg(vm, args[1]) : 2;
  if (n < 0) throw new NativeRaise('ValueError', 'n must be >= 0');
  const result = newTuple(Array.from({ length: n }, () => newNone())) as PyTuple;
  if (n === 0) return result;
  try {
    const source = vm.getIter(args[0]);
    let first: PyObject;
    if (source.type.lookup('__copy__') !== undefined) first = source;
    else {
      try {
        first = teeFromIterable(vm, source);
      } finally {
        decref(source);
      }
    }
    setTupleItem(result, 0, first);
    const copy = getAttr(vm, first, '__copy__');
    try {
      for (let i = 1; i < n; i++) setTupleItem(result, i, vm.call(copy, []));
    } finally {
      decref(copy);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

export function installTee(): void {
  teeType().nativeNew = (vm, args, kwargs) => {
    if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', '_tee() takes no keyword arguments');
    positionalCount('_tee', args.length, 1, 1);
    return teeFromIterable(vm, args[0]);
  };
}
