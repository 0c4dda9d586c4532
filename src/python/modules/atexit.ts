// The atexit module (atexitmodule.c): functions the program registers run at interpreter exit, the last
// registered first; one that raises is reported as "Exception ignored in atexit callback" and the rest still run.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { decref, incref } from '../runtime/heap';
import { newInt, newNone } from '../runtime/factory';
import { equals } from '../runtime/ops/compare';
import { builtinFunction } from '../builtins/define';
import { isCallable } from '../builtins/callingBuiltins';
import type { VM } from '../vm/vm';

/** One registration: the function and the arguments it is called with (references held until it runs). */
export interface ExitCallback {
  readonly func: PyObject;
  readonly args: PyObject[];
  readonly kwargs: Map<string, PyObject> | null;
}

function release(cb: ExitCallback): void {
  decref(cb.func);
  for (const a of cb.args) decref(a);
  if (cb.kwargs) for (const v of cb.kwargs.values()) decref(v);
}

/** atexit_callfuncs: every callback, newest first, then the list emptied (a callback may unregister others). */
export function runExitCallbacks(vm: VM): void {
  for (let i = vm.exitCallbacks.length - 1; i >= 0; i--) {
    const cb = vm.exitCallbacks[i];
    if (cb === null) continue;
    const func = incref(cb.func);
    try {
      decref(vm.call(cb.func, cb.args, cb.kwargs));
    } catch (e) {
      vm.reportUnraisable(e, func, 'Exception ignored in atexit callback');
    } finally {
      decref(func);
    }
  }
  clearExitCallbacks(vm);
}

function clearExitCallbacks(vm: VM): void {
  const callbacks = vm.exitCallbacks;
  vm.exitCallbacks = [];
  for (const cb of callbacks) if (cb) release(cb);
}

export function atexitModuleContents(): Record<string, PyObject> {
  return {
    register: builtinFunction('register', (vm, args, kwargs) => {
      if (args.length === 0) throw new NativeRaise('TypeError', 'register() takes at least 1 argument (0 given)');
      const func = args[0];
      if (!isCallable(func)) throw new NativeRaise('TypeError', 'the first argument must be callable');
      const held = kwargs && kwargs.size > 0 ? new Map([...kwargs].map(([k, v]) => [k, incref(v)])) : null;
      vm.exitCallbacks.push({ func: incref(func), args: args.slice(1).map((a) => incref(a)), kwargs: held });
      return incref(func);
    }),
    unregister: builtinFunction('unregister', (vm, args) => {
      if (args.length !== 1) throw new NativeRaise('TypeError', `atexit.unregister() takes exactly one argument (${args.length} given)`);
      // Every registration of an equal function goes (PyObject_RichCompareBool, which may run __eq__).
      const callbacks = vm.exitCallbacks;
      for (let i = 0; i < callbacks.length; i++) {
        const cb = callbacks[i];
        if (cb === null || !(cb.func === args[0] || equals(vm, cb.func, args[0]))) continue;
        callbacks[i] = null;
        release(cb);
      }
      return newNone();
    }),
    _run_exitfuncs: builtinFunction('_run_exitfuncs', (vm) => {
      runExitCallbacks(vm);
      return newNone();
    }),
    _clear: builtinFunction('_clear', (vm) => {
      clearExitCallbacks(vm);
      return newNone();
    }),
    // Unregistered slots stay counted (atexit_delete_cb only empties them).
    _ncallbacks: builtinFunction('_ncallbacks', (vm) => newInt(vm.exitCallbacks.length)),
  };
}
