// The gc module: collect, enable/disable, thresholds and counts, and the introspection functions.

import { traverseOrder } from './gcReferents';
import { PyBuiltinFunction, type NativeCall } from '../runtime/objects';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { newBool, newDict, newInt, newIntExact, newList, newNone, newTuple } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { builtinFunction, intArg } from '../builtins/define';
import { NOARGS, O, VARARGS, keywords, signed, tuple, type Signature } from '../builtins/signatures';
import type { VM } from '../vm/vm';
import { once, ownedBy } from './nativeType';
import { GC_DEBUG_FLAGS } from '../gc/debug';

/**
 * The functions, made once per process (shared objects, as builtins are): each reads the heap of the VM
 * calling it, so every interpreter, and every fork of one, uses the same function objects.
 */
const gcFunctions = once((): Record<string, PyObject> => ownedBy('gc', {
  collect: gcFunction('collect', keywords(['generation'], 0), (vm2, [g]) => {
    const generation = g ? intArg(g) : 2;
    if (generation < 0 || generation > 2) throw new NativeRaise('ValueError', 'invalid generation');
    return newIntExact(vm2.collect(generation, 'explicit'));
  }),
  enable: gcFunction('enable', NOARGS, (vm2) => {
    vm2.heap.gcEnabled = true;
    return newNone();
  }),
  disable: gcFunction('disable', NOARGS, (vm2) => {
    vm2.heap.gcEnabled = false;
    return newNone();
  }),
  isenabled: gcFunction('isenabled', NOARGS, (vm2) => newBool(vm2.heap.gcEnabled)),
  get_count: gcFunction('get_count', NOARGS, (vm2) => newTuple(vm2.heap.generations.map((g) => newInt(g.count)))),
  get_threshold: gcFunction('get_threshold', NOARGS, (vm2) => newTuple(vm2.heap.generations.map((g) => newInt(g.threshold)))),
  // PyArg_ParseTuple(args, "i|ii:set_threshold"): every argument is converted before any threshold changes.
  set_threshold: gcFunction('set_threshold', tuple(1, 3), (vm2, args) => {
    const thresholds = args.map(intArg);
    thresholds.forEach((t, i) => (vm2.heap.generations[i].threshold = t));
    return newNone();
  }),
  is_tracked: gcFunction('is_tracked', O, (vm2, args) => {
    const o = args[0];
    // Builtin functions, descriptors and modules made at startup are static here, out of the collector's lists.
    return newBool(o.gcGeneration >= 0 || (o.type.instancesTrackedByCPython && (o.immortal || !o.isGcType)));
  }),
  get_stats: gcFunction('get_stats', NOARGS, (vm2) => {
    return newList(vm2.heap.generations.map((g) => {
      const d = newDict();
      for (const [key, value] of [['collections', g.collections], ['collected', g.collected], ['uncollectable', 0]] as const) {
        const v = newInt(value);
        dictSetStr(d, key, v);
        decref(v);
      }
      return d;
    }));
  }),
  get_objects: gcFunction('get_objects', keywords(['generation'], 0), (vm2, [g]) => {
    const gen = g && g !== None ? intArg(g) : -1;
    if (gen > 2) throw new NativeRaise('ValueError', 'generation parameter must be less than the number of available generations (3)');
    if (gen < -1) throw new NativeRaise('ValueError', 'generation parameter cannot be negative');
    const gens = gen < 0 ? vm2.heap.generations : [vm2.heap.generations[gen]];
    return newList(gens.flatMap((g) => [...g.objects]).map((o) => incref(o)));
  }),
  get_referents: gcFunction('get_referents', VARARGS, (vm2, args) => {
    const out: PyObject[] = [];
    for (const a of args) for (const t of traverseOrder(a)) out.push(incref(t));
    return newList(out);
  }),
  get_referrers: gcFunction('get_referrers', VARARGS, (vm2, args) => {
    const targets = new Set(args);
    const out: PyObject[] = [];
    for (const g of vm2.heap.generations) {
      for (const o of g.objects) {
        let refers = false;
        o.traverse((t) => (refers ||= targets.has(t)));
        if (refers) out.push(incref(o));
      }
    }
    return newList(out);
  }),
  freeze: gcFunction('freeze', NOARGS, (vm2) => {
    vm2.heap.freeze();
    return newNone();
  }),
  unfreeze: gcFunction('unfreeze', NOARGS, (vm2) => {
    vm2.heap.unfreeze();
    return newNone();
  }),
  get_freeze_count: gcFunction('get_freeze_count', NOARGS, (vm2) => newInt(vm2.heap.permanent.size)),
  set_debug: gcFunction('set_debug', O, (vm2, args) => {
    vm2.heap.gcDebug = intArg(args[0]);
    return newNone();
  }),
  get_debug: gcFunction('get_debug', NOARGS, (vm2) => newInt(vm2.heap.gcDebug)),
  // True once the object's finalizer (__del__) has run, by a collection or at deallocation (it was resurrected).
  is_finalized: gcFunction('is_finalized', O, (vm2, args) => newBool(args[0].isGcType && args[0].finalized)),
}));

/** A gc function checked as gcmodule.c declares it: METH_NOARGS and METH_O messages name it `gc.name()`. */
function gcFunction(name: string, sig: Signature, fn: NativeCall): PyBuiltinFunction {
  return builtinFunction(name, signed(sig, `gc.${name}`, name, fn, false));
}

/** gcmodule.c's order, which the module's namespace (dir() aside) shows. */
const FUNCTION_ORDER = [
  'enable', 'disable', 'isenabled', 'set_debug', 'get_debug', 'get_count', 'set_threshold', 'get_threshold', 'collect',
  'get_objects', 'get_stats', 'is_tracked', 'is_finalized', 'get_referrers', 'get_referents', 'freeze', 'unfreeze',
  'get_freeze_count',
];

export function gcModuleContents(vm: VM): Record<string, PyObject> {
  const garbage = newList([]);
  const callbacks = newList([]);
  // The collector holds both lists itself, as CPython's gcstate does: they outlive the module's namespace.
  vm.gcCallbacks = incref(callbacks);
  vm.gcGarbage = incref(garbage);
  const flags = Object.fromEntries(Object.entries(GC_DEBUG_FLAGS).map(([name, value]) => [name, newInt(value)]));
  const functions = gcFunctions();
  const inModuleOrder = Object.fromEntries(FUNCTION_ORDER.map((name) => [name, functions[name]]));
  return { ...inModuleOrder, garbage, callbacks, ...flags };
}
