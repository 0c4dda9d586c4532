// Declaring the builtin types modules define in TypeScript (deque, array, itertools' iterators, _random.Random).

import { PyDict } from '../runtime/dict';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import type { NativeSlots } from '../runtime/nativeSlots';
import type { PyObject } from '../runtime/object';
import { NativeRaise } from '../errors';
import { newBool, newInt, newNone } from '../runtime/factory';
import { defineMethods } from '../builtins/define';

export interface NativeTypeOptions {
  base?: PyType;
  /** Whether a class statement may derive from it. */
  subclassable?: boolean;
  slots?: NativeSlots;
  /** Calls go through type_call, which packs the arguments into a tuple (and keywords into a dict). */
  packsArguments?: boolean;
}

/**
 * A shared (process-wide) builtin type `module.name`. Its `name` is CPython's tp_name, "module.name",
 * which error messages print ("unhashable type: 'collections.deque'"); `__name__` is the last part.
 */
export function nativeType(name: string, module: string, options: NativeTypeOptions = {}): PyType {
  const dict = makeShared(new PyDict(T.dict));
  const type = makeShared(new PyType(T.type, `${module}.${name}`, [options.base ?? T.object], dict));
  type.qualname = name;
  type.module = module;
  type.allowSubclass = options.subclassable ?? false;
  type.nativeSlots = options.slots ?? null;
  type.callPacksArguments = options.packsArguments ?? false;
  return type;
}

/** Builds a value once per process, on first use (module factories run once per interpreter). */
export function once<V>(build: () => V): () => V {
  let value: V | undefined;
  return () => (value ??= build());
}

/** The container dunders (d.__len__(), d.__getitem__(i)...) of a type, from its slots, as slot wrappers behave. */
export function defineSlotDunders(type: PyType): void {
  const slots = type.nativeSlots!;
  const arity = (name: string, args: PyObject[], n: number) => {
    if (args.length - 1 !== n) throw new NativeRaise('TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
  };
  const methods: Record<string, (vm: import('../vm/vm').VM, args: PyObject[]) => PyObject> = {};
  if (slots.length) methods.__len__ = (vm, args) => (arity('__len__', args, 0), newInt(slots.length!(vm, args[0])));
  if (slots.getItem) methods.__getitem__ = (vm, args) => (arity('__getitem__', args, 1), slots.getItem!(vm, args[0], args[1]));
  if (slots.setItem) methods.__setitem__ = (vm, args) => (arity('__setitem__', args, 2), slots.setItem!(vm, args[0], args[1], args[2]), newNone());
  if (slots.delItem) methods.__delitem__ = (vm, args) => (arity('__delitem__', args, 1), slots.delItem!(vm, args[0], args[1]), newNone());
  if (slots.contains) methods.__contains__ = (vm, args) => (arity('__contains__', args, 1), newBool(slots.contains!(vm, args[0], args[1])));
  if (slots.iter) methods.__iter__ = (vm, args) => (arity('__iter__', args, 0), slots.iter!(vm, args[0]));
  defineMethods(type, methods);
}
