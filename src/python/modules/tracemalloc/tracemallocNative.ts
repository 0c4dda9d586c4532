// The _tracemalloc module (C in CPython): start and stop tracing our heap's allocations, the traced total
// and its peak, and the live traces that tracemalloc.take_snapshot() groups.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyBuiltinFunction, type NativeCall } from '../../runtime/objects';
import { T, makeShared } from '../../runtime/builtinTypes';
import { newBool, newInt, newList, newNone, newStr, newTuple } from '../../runtime/factory';
import { AllocationTracer } from '../../runtime/allocationTracer';
import { listAppend } from '../../runtime/containers';
import { decref, incref } from '../../runtime/heap';
import { indexOf } from '../../runtime/ops/numbers';
import { big } from '../../runtime/intMath';
import { NOARGS, O, fast, signed, type Signature } from '../../builtins/signatures';
import type { VM } from '../../vm/vm';
import { forkableWeakMap } from '../../fork/graphClone';

/** tracemalloc's maximum traceback depth (MAX_NFRAME). */
const MAX_NFRAME = 65535;

function moduleFunction(name: string, sig: Signature, fn: NativeCall): PyBuiltinFunction {
  return makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, signed(sig, `_tracemalloc.${name}`, name, fn, false)));
}

/** The program's current line: where an allocation happens. */
/** The frame limit the last start() asked for (it outlives stop(), as CPython's config does); traces keep one. */
const tracebackLimits = forkableWeakMap<object, number>();

function start(vm: VM, args: PyObject[]): PyObject {
  const nframe = args.length > 0 ? big(indexOf(vm, args[0])) : 1n;
  if (nframe < 1n || nframe > BigInt(MAX_NFRAME)) {
    throw new NativeRaise('ValueError', `the number of frames must be in range [1; ${MAX_NFRAME}]`);
  }
  tracebackLimits.set(vm.heap, Number(nframe));
  if (!vm.heap.tracer) vm.heap.tracer = new AllocationTracer(vm);
  return newNone();
}

/**
 * _tracemalloc._get_traces(): (domain, size, traceback, total_nframe) per live trace, largest first as CPython's
 * hash table order is not ours; each traceback, a tuple of one (filename, lineno) frame, made once per line and
 * shared, as CPython interns them. Only the empty list is traced: CPython fills it with tracing suspended
 * (set_reentrant), so a snapshot's own tuples and the list's growth cost nothing in get_traced_memory().
 */
function getTraces(vm: VM): PyObject {
  const tracer = vm.heap.tracer;
  const list = newList([]);
  if (!tracer) return list;
  const traces = tracer.allTraces();
  vm.heap.tracer = null;
  const tracebacks = new Map<string, PyObject>();
  try {
    for (const trace of traces) {
      const key = `${trace.site.line}:${trace.site.filename}`;
      let traceback = tracebacks.get(key);
      if (!traceback) {
        const frame = newTuple([newStr(trace.site.filename), newInt(trace.site.line)]);
        traceback = newTuple([frame]);
        tracebacks.set(key, traceback);
      }
      const item = newTuple([newInt(0), newInt(trace.bytes), incref(traceback), newInt(1)]);
      listAppend(list, item);
      decref(item);
    }
  } finally {
    for (const traceback of tracebacks.values()) decref(traceback);
    vm.heap.tracer = tracer;
  }
  return list;
}

export function tracemallocNativeContents(): Record<string, PyObject> {
  const functions: Record<string, PyObject> = {
    start: moduleFunction('start', fast(0, 1), (vm, args) => start(vm, args)),
    stop: moduleFunction('stop', NOARGS, (vm) => {
      vm.heap.tracer = null;
      return newNone();
    }),
    is_tracing: moduleFunction('is_tracing', NOARGS, (vm) => newBool(vm.heap.tracer !== null)),
    get_traced_memory: moduleFunction('get_traced_memory', NOARGS, (vm) => {
      // Both read before Py_BuildValue("nn") makes the result (the first int would otherwise raise the peak read);
      // "n" is PyLong_FromLong where size_t is a long, so medium ints of 32 bytes.
      const t = vm.heap.tracer;
      const current = t ? t.current : 0, peak = t ? t.peak : 0;
      return newTuple([newInt(current), newInt(peak)]);
    }),
    reset_peak: moduleFunction('reset_peak', NOARGS, (vm) => {
      vm.heap.tracer?.resetPeak();
      return newNone();
    }),
    clear_traces: moduleFunction('clear_traces', NOARGS, (vm) => {
      vm.heap.tracer?.clear();
      return newNone();
    }),
    get_traceback_limit: moduleFunction('get_traceback_limit', NOARGS, (vm) => newInt(tracebackLimits.get(vm.heap) ?? 1)),
    _get_traces: moduleFunction('_get_traces', NOARGS, (vm) => getTraces(vm)),
    // The frames of the trace of the object's memory (its first allocation when a free list handed it over), or None.
    _get_object_traceback: moduleFunction('_get_object_traceback', O, (vm, args) => {
      const trace = vm.heap.tracer?.traces.get(args[0]);
      if (!trace) return newNone();
      return newTuple([newTuple([newStr(trace.site.filename), newInt(trace.site.line)])]);
    }),
  };
  for (const f of Object.values(functions)) f.refcount++;
  return functions;
}
