// Declaring the builtin types modules define in TypeScript (deque, array, itertools' iterators, _random.Random).

import { PyDict } from '../runtime/dict';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction } from '../runtime/callables';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { buildShared } from '../runtime/shared';
import type { NativeSlots } from '../runtime/nativeSlots';
import { newBool, newInt, newNone, newStr } from '../runtime/factory';
import { defineSlots, notImplemented, slot, type SlotDef } from '../builtins/slotWrappers';
import { BinaryOpArg } from '../bytecode/opcodes';
import { indexOf } from '../runtime/ops/numbers';

export interface NativeTypeOptions {
  base?: PyType;
  /** Whether a class statement may derive from it. */
  subclassable?: boolean;
  slots?: NativeSlots;
  /** Calls go through type_call, which packs the arguments into a tuple (and keywords into a dict). */
  packsArguments?: boolean;
  /** The new instance keeps the packed keyword dict as its own (partial_new with a dict only it references). */
  keepsPackedKeywords?: boolean;
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
  type.callKeepsPackedKeywords = options.keepsPackedKeywords ?? false;
  return type;
}

/**
 * Builds a value once per process, on first use (module factories run once per interpreter). What it makes is
 * shared, so it takes no ids from the heap of the program that happens to use it first (that program would
 * otherwise number its objects differently from a re-run, and other heaps would hold its objects).
 */
export function once<V>(build: () => V): () => V {
  let value: V | undefined;
  return () => (value ??= buildShared(build));
}

/** Marks a module's shared functions as its own (their `__module__`, and the docs looked up for them). */
export function ownedBy<V extends Record<string, PyObject>>(module: string, functions: V): V {
  for (const f of Object.values(functions)) if (f instanceof PyBuiltinFunction) f.moduleName = module;
  return functions;
}

/**
 * A module type's special methods (d.__len__(), a.__add__(b), a.__lt__(b)...) as slot wrappers made from its
 * native slots, in CPython's slotdefs order, with the wrappers' argument checks.
 */
export function defineSlotDunders(type: PyType): void {
  const slots = type.nativeSlots!;
  const defs: Record<string, SlotDef | null> = {};
  if (slots.repr) defs.__repr__ = slot(0, (vm, self) => newStr(slots.repr!(vm, self)));
  if (slots.unhashable) defs.__hash__ = null;
  if (slots.compare) {
    COMPARISONS.forEach((name, op) => {
      defs[name] = slot(1, (vm, self, [other]) => slots.compare!(vm, self, other, op) ?? notImplemented());
    });
  }
  if (slots.iter) defs.__iter__ = slot(0, (vm, self) => slots.iter!(vm, self));
  if (slots.length) defs.__len__ = slot(0, (vm, self) => newInt(slots.length!(vm, self)));
  const binary = slots.binary;
  const operator = (op: number, inplace: boolean, reflected: boolean) =>
    // sq_repeat's wrapper (wrap_indexargfunc) unpacks its argument unnamed and converts the count first.
    slot(op === BinaryOpArg.MULTIPLY ? [1, 1] : 1, (vm, self, [other]) => {
      if (op === BinaryOpArg.MULTIPLY) indexOf(vm, other);
      return binary!(vm, self, other, op, inplace, reflected) ?? notImplemented();
    });
  // Sequence types: sq_concat and sq_repeat (no __radd__), and their in-place forms.
  if (binary) {
    defs.__add__ = operator(BinaryOpArg.ADD, false, false);
    defs.__mul__ = operator(BinaryOpArg.MULTIPLY, false, false);
    defs.__rmul__ = operator(BinaryOpArg.MULTIPLY, false, true);
  }
  if (slots.getItem) defs.__getitem__ = slot(1, (vm, self, [key]) => slots.getItem!(vm, self, key));
  if (slots.setItem) defs.__setitem__ = slot([2, 2], (vm, self, [key, value]) => (slots.setItem!(vm, self, key, value), newNone()));
  if (slots.delItem) defs.__delitem__ = slot(1, (vm, self, [key]) => (slots.delItem!(vm, self, key), newNone()));
  if (slots.contains) defs.__contains__ = slot(1, (vm, self, [item]) => newBool(slots.contains!(vm, self, item)));
  if (binary) {
    defs.__iadd__ = operator(BinaryOpArg.ADD, true, false);
    defs.__imul__ = operator(BinaryOpArg.MULTIPLY, true, false);
  }
  defineSlots(type, defs);
}

const COMPARISONS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
