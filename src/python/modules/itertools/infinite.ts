// itertools.count, cycle and repeat.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyComplex } from '../../runtime/complexObject';
import { PyBool, PyInt, PyList } from '../../runtime/objects';
import { incref } from '../../runtime/heap';
import { newInt, newList } from '../../runtime/factory';
import { listAppend } from '../../runtime/containers';
import { big } from '../../runtime/intMath';
import { binaryOp } from '../../runtime/ops/arith';
import { indexOf, isNumberLike } from '../../runtime/ops/numbers';
import { repr } from '../../runtime/ops/repr';
import { BinaryOpArg } from '../../bytecode/opcodes';
import { defineMethods } from '../../builtins/define';
import { clinic } from '../argumentClinic';
import { once } from '../nativeType';
import { PyItertool, itertoolType, makeItertool, noKeywords, positionalCount } from './itertool';
import type { VM } from '../../vm/vm';

const SSIZE_MAX = (1n << 63n) - 1n;

/** PyNumber_AsSsize_t with OverflowError: an index that fits a C ssize_t. */
export function ssizeArg(vm: VM, o: PyObject): number {
  const v = big(indexOf(vm, o));
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

// ----- count -----

interface CountState {
  /** Fast mode's counter (start is an int that fits and step is 1); null in slow mode. */
  cnt: number | bigint | null;
}
const LONG_CNT = 0, LONG_STEP = 1;

export const countType = once(() => itertoolType('count', {
  repr: (vm, o) => {
    const it = o as PyItertool<CountState>;
    if (it.data.cnt !== null) return `count(${it.data.cnt})`;
    const step = it.refs[LONG_STEP]!;
    const stepIsOne = (step instanceof PyInt && step.value === 1) || (step instanceof PyBool && step.value);
    if (stepIsOne) return `count(${repr(vm, it.refs[LONG_CNT]!)})`;
    return `count(${repr(vm, it.refs[LONG_CNT]!)}, ${repr(vm, step)})`;
  },
  sizeof: () => 56,
}));

function countNext(vm: VM, it: PyItertool<CountState>): PyObject {
  const cnt = it.data.cnt;
  if (cnt !== null) {
    if (typeof cnt === 'number') {
      it.data.cnt = cnt + 1 > Number.MAX_SAFE_INTEGER ? BigInt(cnt) + 1n : cnt + 1;
      return newInt(cnt);
    }
    if (cnt < SSIZE_MAX) {
      it.data.cnt = cnt + 1n;
      return newInt(cnt);
    }
    // PY_SSIZE_T_MAX reached: slow mode from here on.
    it.data.cnt = null;
    it.refs[LONG_CNT] = newInt(cnt);
  }
  const current = it.refs[LONG_CNT]!;
  it.refs[LONG_CNT] = binaryOp(vm, current, it.refs[LONG_STEP]!, BinaryOpArg.ADD);
  return current;
}

function newCount(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [start, step] = clinic('count', args, kwargs, { positional: ['start', 'step'], required: 0 });
  // PyNumber_Check: complex counts as a number too (count(1j) steps through complex values).
  const isNumber = (o: PyObject) => isNumberLike(o) || o instanceof PyComplex;
  if ((start && !isNumber(start)) || (step && !isNumber(step))) throw new NativeRaise('TypeError', 'a number is required');
  const isInt = (o: PyObject | undefined) => o === undefined || o instanceof PyInt || o instanceof PyBool;
  let fast = isInt(start) && isInt(step);
  let cnt: number | bigint = 0;
  if (fast && start) {
    const v = big(indexOf(vm, start));
    if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) fast = false;
    else cnt = v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }
  if (fast && step && big(indexOf(vm, step)) !== 1n) fast = false;
  const longCnt = fast ? null : start ? incref(start) : newInt(0);
  const longStep = step ? incref(step) : newInt(1);
  return makeItertool<CountState>(countType(), ['start', 'step'], [longCnt, longStep], { cnt: fast ? cnt : null }, countNext);
}

// ----- cycle -----

interface CycleState {
  index: number;
  firstpass: boolean;
}
const CYCLE_IT = 0, CYCLE_SAVED = 1;

export const cycleType = once(() => itertoolType('cycle', { sizeof: () => 64 }));

function cycleNext(vm: VM, it: PyItertool<CycleState>): PyObject | null {
  const source = it.refs[CYCLE_IT];
  const saved = it.refs[CYCLE_SAVED] as PyList;
  if (source) {
    const item = vm.iterNext(source);
    if (item) {
      if (!it.data.firstpass) listAppend(saved, item);
      return item;
    }
    it.drop(CYCLE_IT);
  }
  if (saved.items.length === 0) return null;
  const item = saved.items[it.data.index++];
  if (it.data.index >= saved.items.length) it.data.index = 0;
  return incref(item);
}

function newCycle(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  noKeywords('cycle', kwargs);
  positionalCount('cycle', args.length, 1, 1);
  const source = vm.getIter(args[0]);
  const saved = newList([]);
  return makeItertool<CycleState>(cycleType(), ['iterating', 'saved'], [source, saved], { index: 0, firstpass: false }, cycleNext);
}

// ----- repeat -----

interface RepeatState {
  /** Times left, or -1 for forever. */
  cnt: number;
}

export const repeatType = once(() => {
  const type = itertoolType('repeat', {
    repr: (vm, o) => {
      const it = o as PyItertool<RepeatState>;
      const element = repr(vm, it.refs[0]!);
      return it.data.cnt === -1 ? `repeat(${element})` : `repeat(${element}, ${it.data.cnt})`;
    },
    sizeof: () => 48,
    lengthHint: (o) => {
      const cnt = (o as PyItertool<RepeatState>).data.cnt;
      return cnt === -1 ? null : cnt;
    },
  });
  defineMethods(type, {
    __length_hint__: (_vm, args) => {
      const cnt = (args[0] as PyItertool<RepeatState>).data.cnt;
      if (cnt === -1) throw new NativeRaise('TypeError', 'len() of unsized object');
      return newInt(cnt);
    },
  });
  return type;
});

function repeatNext(_vm: VM, it: PyItertool<RepeatState>): PyObject | null {
  if (it.data.cnt === 0) return null;
  if (it.data.cnt > 0) it.data.cnt--;
  return incref(it.refs[0]!);
}

function newRepeat(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const given = args.length + (kwargs?.size ?? 0);
  const [element, times] = clinic('repeat', args, kwargs, { positional: ['object', 'times'], required: 1 });
  let cnt = times === undefined ? -1 : ssizeArg(vm, times);
  if (given === 2 && cnt < 0) cnt = 0;
  return makeItertool<RepeatState>(repeatType(), ['object'], [incref(element!)], { cnt }, repeatNext);
}

export function installInfinite(): void {
  countType().nativeNew = newCount;
  cycleType().nativeNew = newCycle;
  repeatType().nativeNew = newRepeat;
}

