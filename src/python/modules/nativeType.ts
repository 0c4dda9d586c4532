// Declaring the builtin types modules define in TypeScript (deque, array, itertools' iterators, _random.Random).

import { PyDict } from '../runtime/dict';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import type { NativeSlots } from '../runtime/nativeSlots';

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
