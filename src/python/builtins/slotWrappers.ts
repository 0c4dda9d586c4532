// The special methods of builtin types as CPython exposes them: slot wrappers (`int.__add__`), getset and
// member descriptors (`int.real`, `range.start`), and each type's `__new__`.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PySlotWrapper, PyGetSetDescriptor, PyStr, type NativeCall } from '../runtime/objects';
import { getAttr } from '../runtime/ops/attributes';
import { PyType } from '../runtime/types';
import { E, None, NotImplemented, T, makeShared } from '../runtime/builtinTypes';
import { BUILTIN_DOCS } from '../runtime/builtinDocs';
import { incref } from '../runtime/heap';
import { setTypeAttribute } from './define';
import type { VM } from '../vm/vm';

/** A slot's body: self, then its arguments (borrowed); returns a new reference. */
export type SlotImpl = (vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

/** How many arguments a wrapper takes: exactly n, or [min, max] (the ternary __pow__). */
export type Arity = number | readonly [number, number];

/** A slot definition; `keywords` for the wrappers that pass keyword arguments on (__init__, __call__). */
export interface SlotDef {
  readonly arity: Arity | 'any';
  readonly impl: SlotImpl;
  readonly keywords?: boolean;
}

const s = (n: number): string => (n === 1 ? '' : 's');

/** check_num_args / the ternary wrappers' PyArg_UnpackTuple messages. */
function checkArity(arity: Arity, n: number): void {
  if (typeof arity === 'number') {
    if (n !== arity) throw new NativeRaise('TypeError', `expected ${arity} argument${s(arity)}, got ${n}`);
    return;
  }
  const [min, max] = arity;
  if (n < min) throw new NativeRaise('TypeError', ` expected at least ${min} argument${s(min)}, got ${n}`);
  if (n > max) throw new NativeRaise('TypeError', ` expected at most ${max} argument${s(max)}, got ${n}`);
}

export function slot(arity: Arity | 'any', impl: SlotImpl, keywords = false): SlotDef {
  return { arity, impl, keywords };
}

/** Adds slot wrappers to a builtin type's dict, in the order given (CPython's slotdefs order). */
export function defineSlots(type: PyType, slots: Record<string, SlotDef | null>): void {
  for (const [name, def] of Object.entries(slots)) {
    if (def === null) {
      // `__hash__ = None`: instances are unhashable.
      setTypeAttribute(type, name, None);
      continue;
    }
    const { arity, impl, keywords } = def;
    const fn: NativeCall = (vm, args, kwargs) => {
      if (!keywords && kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `wrapper ${name}() takes no keyword arguments`);
      if (arity !== 'any') checkArity(arity, args.length - 1);
      return impl(vm, args[0], args.slice(1), kwargs);
    };
    setTypeAttribute(type, name, makeShared(new PySlotWrapper(T.wrapper_descriptor, name, type, fn)));
  }
}

/** Adds getset (or member) descriptors: attributes computed from the object (`int.real`, `range.start`). */
export function defineGetSets(type: PyType, getters: Record<string, (vm: VM, self: PyObject) => PyObject>, member = false): void {
  for (const [name, get] of Object.entries(getters)) {
    const descr = new PyGetSetDescriptor(member ? T.member_descriptor : T.getset_descriptor, name, type, get);
    setTypeAttribute(type, name, makeShared(descr));
  }
}

/** A type's `__new__`: a builtin function bound to the type (`<built-in method __new__ of type object>`). */
export function defineNew(type: PyType, fn: NativeCall): void {
  setTypeAttribute(type, '__new__', makeShared(new PyBuiltinFunction(T.builtin_function_or_method, '__new__', fn, type)));
}

export const notImplemented = (): PyObject => incref(NotImplemented);

/** Every builtin type's __doc__ (None for the types CPython leaves undocumented). */
export function installTypeDocs(): void {
  for (const type of [...Object.values(T), ...Object.values(E)]) {
    const doc = BUILTIN_DOCS[type.name];
    setTypeAttribute(type, '__doc__', doc === undefined ? None : makeShared(new PyStr(T.str, doc)));
  }
}

/** object.__getattribute__(self, name): the normal attribute lookup. */
export const getattributeSlot = slot(1, (vm, self, [name]) => {
  if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', `attribute name must be string, not '${name.type.name}'`);
  return getAttr(vm, self, name.value);
});
