// The gc module: collect, enable/disable, thresholds and counts, and the introspection functions.

import { traverseOrder } from './gcReferents';
import { PyBuiltinFunction, PyMethodDescriptor, PyModule } from '../runtime/objects';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { newBool, newDict, newInt, newList, newNone, newTuple } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { builtinFunction, expectArgs, intArg, noKeywords } from '../builtins/define';
import type { VM } from '../vm/vm';
import { once, ownedBy } from './nativeType';
import { GC_DEBUG_FLAGS } from '../gc/debug';

/**
 * The functions, made once per process (shared objects, as builtins are): each reads the heap of the VM
 * calling it, so every interpreter, and every fork of one, uses the same function objects.
 */
const gcFunctions = once((): Record<string, PyObject> => ownedBy('gc', {
  collect: builtinFunction('collect', (vm2, args, kwargs) => {
    const g = args[0] ?? kwargs?.get('generation');
    const generation = g ? intArg(g) : 2;
    if (generation < 0 || generation > 2) throw new NativeRaise('ValueError', 'invalid generation');
    return newInt(vm2.collect(generation, 'explicit'));
  }),
  enable: builtinFunction('enable', (vm2) => {
    vm2.heap.gcEnabled = true;
    return newNone();
  }),
  disable: builtinFunction('disable', (vm2) => {
    vm2.heap.gcEnabled = false;
    return newNone();
  }),
  isenabled: builtinFunction('isenabled', (vm2) => newBool(vm2.heap.gcEnabled)),
  get_count: builtinFunction('get_count', (vm2) => newTuple(vm2.heap.generations.map((g) => newInt(g.count)))),
  get_threshold: builtinFunction('get_threshold', (vm2) => newTuple(vm2.heap.generations.map((g) => newInt(g.threshold)))),
  set_threshold: builtinFunction('set_threshold', (vm2, args) => {
    expectArgs('set_threshold', args, 1, 3);
    args.forEach((a, i) => (vm2.heap.generations[i].threshold = intArg(a)));
    return newNone();
  }),
  is_tracked: builtinFunction('is_tracked', (vm2, args) => {
    expectArgs('is_tracked', args, 1);
    const o = args[0];
    // Shared builtin functions and method descriptors are gc objects CPython tracks from startup.
    const sharedTracked = o.immortal && (o instanceof PyBuiltinFunction || o instanceof PyMethodDescriptor || o instanceof PyModule);
    return newBool(o.gcGeneration >= 0 || sharedTracked);
  }),
  get_stats: builtinFunction('get_stats', (vm2, args) => {
    expectArgs('get_stats', args, 0);
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
  get_objects: builtinFunction('get_objects', (vm2, args, kwargs) => {
    const g = args[0] ?? kwargs?.get('generation');
    const gen = g && g !== None ? intArg(g) : -1;
    if (gen > 2) throw new NativeRaise('ValueError', 'generation parameter must be less than the number of available generations (3)');
    if (gen < -1) throw new NativeRaise('ValueError', 'generation parameter cannot be negative');
    const gens = gen < 0 ? vm2.heap.generations : [vm2.heap.generations[gen]];
    return newList(gens.flatMap((g) => [...g.objects]).map((o) => incref(o)));
  }),
  get_referents: builtinFunction('get_referents', (vm2, args) => {
    const out: PyObject[] = [];
    for (const a of args) for (const t of traverseOrder(a)) out.push(incref(t));
    return newList(out);
  }),
  get_referrers: builtinFunction('get_referrers', (vm2, args) => {
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
  freeze: builtinFunction('freeze', (vm2) => {
    vm2.heap.freeze();
    return newNone();
  }),
  unfreeze: builtinFunction('unfreeze', (vm2) => {
    vm2.heap.unfreeze();
    return newNone();
  }),
  get_freeze_count: builtinFunction('get_freeze_count', (vm2) => newInt(vm2.heap.permanent.size)),
  set_debug: builtinFunction('set_debug', (vm2, args, kwargs) => {
    noKeywords('gc.set_debug', kwargs);
    expectArgs('gc.set_debug', args, 1);
    vm2.heap.gcDebug = intArg(args[0]);
    return newNone();
  }),
  get_debug: builtinFunction('get_debug', (vm2, args) => {
    expectArgs('gc.get_debug', args, 0);
    return newInt(vm2.heap.gcDebug);
  }),
  // True once the object's finalizer (__del__) has run, by a collection or at deallocation (it was resurrected).
  is_finalized: builtinFunction('is_finalized', (vm2, args) => {
    expectArgs('gc.is_finalized', args, 1);
    return newBool(args[0].isGcType && args[0].finalized);
  }),
}));

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
