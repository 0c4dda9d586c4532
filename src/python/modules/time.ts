// The time module's clocks on a simulated clock: time.time() starts at the real time, every executed
// instruction advances all clocks by a fixed small amount, and time.sleep() advances the wall and monotonic
// clocks without blocking (process time, like CPython's, does not count sleeping).

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyFloat, PyStr, type NativeCall } from '../runtime/objects';
import { T, makeShared } from '../runtime/builtinTypes';
import { newBool, newFloat, newInt, newNone, newStr } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { newSimpleNamespace } from './simpleNamespace';
import { decref } from '../runtime/heap';
import { big } from '../runtime/intMath';
import { indexOf } from '../runtime/ops/numbers';
import { NOARGS, O, fast, signed, tuple, type Signature } from '../builtins/signatures';
import { checkTime, gmtime, localtime, mktime, structTimeType, timeTuple, timeZoneConstants } from './timeStruct';
import { asctimeText, formatArgument, strftimeResult } from './timeFormat';
import { strptime } from './timeStrptime';
import type { VM } from '../vm/vm';
import { forkableWeakMap } from '../fork/graphClone';

/** Simulated nanoseconds per bytecode instruction (CPython runs some tens of millions a second). */
export const NS_PER_INSTRUCTION = 20n;

const NS_PER_SECOND = 1_000_000_000n;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

interface SimulatedClock {
  /** Real wall-clock time when the clock started, in ns since the epoch. */
  readonly wallStart: bigint;
  /** Where the monotonic clock (and perf_counter, the same clock on Linux) started. */
  readonly monotonicStart: bigint;
  /** vm.instructions when the clock started. */
  readonly instructionsAtStart: number;
  /** Nanoseconds slept so far. */
  slept: bigint;
}

const clocks = forkableWeakMap<VM, SimulatedClock>();

/**
 * The monotonic clocks' origin: the host's uptime when this module loaded, the same for every run, so that a run
 * forked before its clock started reads the same perf_counter() values as the original (differences of floats
 * taken from different origins round differently).
 */
const MONOTONIC_ORIGIN_NS = BigInt(Math.round((typeof performance !== 'undefined' ? performance.now() : 0) * 1e6));

/** The VM's clock, started at the first use (the first import of time). */
export function clockOf(vm: VM): SimulatedClock {
  let clock = clocks.get(vm);
  if (!clock) {
    clock = {
      wallStart: BigInt(Date.now()) * 1_000_000n,
      monotonicStart: MONOTONIC_ORIGIN_NS,
      instructionsAtStart: vm.instructions,
      slept: 0n,
    };
    clocks.set(vm, clock);
  }
  return clock;
}

/** CPU time the program has used: its instructions' simulated cost. */
function cpuNs(vm: VM, clock: SimulatedClock): bigint {
  return BigInt(vm.instructions - clock.instructionsAtStart) * NS_PER_INSTRUCTION;
}

function wallNs(vm: VM): bigint {
  const clock = clockOf(vm);
  return clock.wallStart + cpuNs(vm, clock) + clock.slept;
}

function monotonicNs(vm: VM): bigint {
  const clock = clockOf(vm);
  return clock.monotonicStart + cpuNs(vm, clock) + clock.slept;
}

function processNs(vm: VM): bigint {
  return cpuNs(vm, clockOf(vm));
}

/** _PyTime_AsSecondsDouble: exact when a whole number of seconds, else ns / 1e9 in doubles. */
function seconds(ns: bigint): number {
  return ns % NS_PER_SECOND === 0n ? Number(ns / NS_PER_SECOND) : Number(ns) / 1e9;
}

/**
 * _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT: a float (rounded up to whole ns) or an integer
 * (through __index__), in ns, with CPython's overflow errors.
 */
function timeoutNs(vm: VM, o: PyObject): bigint {
  if (o instanceof PyFloat) {
    const d = o.value;
    if (Number.isNaN(d)) throw new NativeRaise('ValueError', 'Invalid value NaN (not a number)');
    const ns = d * 1e9;
    const rounded = ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
    if (!(rounded >= -(2 ** 63) && rounded < 2 ** 63)) throw new NativeRaise('OverflowError', 'timestamp out of range for platform time_t');
    return BigInt(rounded);
  }
  const secs = big(indexOf(vm, o));
  if (secs < INT64_MIN || secs > INT64_MAX) throw new NativeRaise('OverflowError', 'timestamp too large to convert to C _PyTime_t');
  const ns = secs * NS_PER_SECOND;
  if (ns < INT64_MIN || ns > INT64_MAX) throw new NativeRaise('OverflowError', 'timestamp too large to convert to C _PyTime_t');
  return ns;
}

function sleep(vm: VM, args: PyObject[]): PyObject {
  const ns = timeoutNs(vm, args[0]);
  if (ns < 0n) throw new NativeRaise('ValueError', 'sleep length must be non-negative');
  clockOf(vm).slept += ns;
  return newNone();
}

/** The current time in whole seconds (time(NULL)). */
function nowSeconds(vm: VM): number {
  return Number(wallNs(vm) / NS_PER_SECOND);
}

/** A time tuple argument, checked (checktm), or the local time now when it is absent. */
function brokenDownArgument(vm: VM, o: PyObject | undefined, caller: string) {
  const given = o ?? localtime(vm, undefined, () => nowSeconds(vm));
  try {
    const t = timeTuple(vm, given, caller);
    checkTime(t);
    return t;
  } finally {
    if (!o) decref(given);
  }
}

/** `qualified` names the function in METH_NOARGS/METH_O/fastcall messages ("time.sleep() takes..."). */
function moduleFunction(name: string, sig: Signature, fn: NativeCall, qualified = `time.${name}`): PyBuiltinFunction {
  return makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, signed(sig, qualified, name, fn, false)));
}

/** A clock read in seconds (a float) and in nanoseconds (an int). */
function clockPair(name: string, read: (vm: VM) => bigint): Record<string, PyObject> {
  return {
    [name]: moduleFunction(name, NOARGS, (vm) => newFloat(seconds(read(vm)))),
    [`${name}_ns`]: moduleFunction(`${name}_ns`, NOARGS, (vm) => newInt(read(vm))),
  };
}

/** The clock behind each name on Linux, as time.get_clock_info reports it (all with 1 ns resolution). */
const CLOCKS: Record<string, [implementation: string, monotonic: boolean, adjustable: boolean]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false],
};

function clockInfo(name: PyObject): PyObject {
  if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', `get_clock_info() argument 1 must be str, not ${argTypeName(name)}`);
  const clock = Object.hasOwn(CLOCKS, name.value) ? CLOCKS[name.value] : undefined;
  if (!clock) throw new NativeRaise('ValueError', 'unknown clock');
  const ns = newSimpleNamespace();
  const fields: [string, PyObject][] = [
    ['implementation', newStr(clock[0])], ['monotonic', newBool(clock[1])], ['adjustable', newBool(clock[2])], ['resolution', newFloat(1e-9)],
  ];
  for (const [key, value] of fields) {
    dictSetStr(ns.dict!, key, value);
    decref(value);
  }
  return ns;
}

const timeFunctions = (() => {
  let functions: Record<string, PyObject> | null = null;
  return () => (functions ??= {
    ...clockPair('time', wallNs),
    ...clockPair('perf_counter', monotonicNs),
    ...clockPair('monotonic', monotonicNs),
    ...clockPair('process_time', processNs),
    ...clockPair('thread_time', processNs),
    sleep: moduleFunction('sleep', O, sleep),
    gmtime: moduleFunction('gmtime', tuple(0, 1), (vm, args) => gmtime(vm, args[0], () => nowSeconds(vm))),
    localtime: moduleFunction('localtime', tuple(0, 1), (vm, args) => localtime(vm, args[0], () => nowSeconds(vm))),
    mktime: moduleFunction('mktime', O, (vm, args) => newFloat(mktime(timeTuple(vm, args[0], 'mktime')))),
    asctime: moduleFunction('asctime', fast(0, 1), (vm, args) => newStr(asctimeText(brokenDownArgument(vm, args[0], 'asctime'))), 'asctime'),
    ctime: moduleFunction('ctime', tuple(0, 1), (vm, args) => {
      const t = localtime(vm, args[0], () => nowSeconds(vm));
      try {
        return newStr(asctimeText(timeTuple(vm, t, 'ctime')));
      } finally {
        decref(t);
      }
    }),
    get_clock_info: moduleFunction('get_clock_info', tuple(1), (_vm, args) => clockInfo(args[0]), 'get_clock_info'),
    strptime: moduleFunction('strptime', tuple(1, 2), strptime),
    strftime: moduleFunction('strftime', tuple(1, 2), (vm, args) => {
      const format = formatArgument(args[0]);
      return strftimeResult(format, brokenDownArgument(vm, args[1], 'strftime'), nowSeconds(vm));
    }),
  });
})();

export function timeModuleContents(vm: VM): Record<string, PyObject> {
  clockOf(vm);
  const out: Record<string, PyObject> = {};
  for (const [name, f] of Object.entries(timeFunctions())) {
    f.refcount++;
    out[name] = f;
  }
  const structTime = structTimeType();
  structTime.refcount++;
  out.struct_time = structTime;
  return { ...out, ...timeZoneConstants(nowSeconds(vm)) };
}
