// The special methods of builtin types as CPython exposes them: slot wrappers (`int.__add__`), getset and
// member descriptors (`int.real`, `range.start`), and each type's `__new__`.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PySlotWrapper, PyGetSetDescriptor, PyStr, type NativeCall } from '../runtime/objects';
import { genericGetAttr } from '../runtime/ops/attributes';
import { PyType } from '../runtime/types';
import { E, None, NotImplemented, T, makeShared } from '../runtime/builtinTypes';
import { BUILTIN_DOCS } from '../runtime/builtinDocs';
import { decref, incref } from '../runtime/heap';
import { PyFloat, PyInt } from '../runtime/objects';
import { newFloat, newInt, newStr } from '../runtime/factory';
import { setTypeAttribute } from './define';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';

/** A slot's body: self, then its arguments (borrowed); returns a new reference. */
export type SlotImpl = (vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;

/** How many arguments a wrapper takes: exactly n, or [min, max] (the ternary __pow__). */
export type Arity = number | readonly [number, number];

/** A slot's resumable body (for slots that run Python code, as a generator's __next__): see vm/nativeOp.ts. */
export type SlotOp = (vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null) => NativeOp<PyObject>;

/**
 * A slot definition; `keywords` for the wrappers that pass keyword arguments on (__init__, __call__). With
 * `op`, the eval loop runs the slot as a native operation (`impl` answers when no Python code is needed,
 * returning null otherwise).
 */
export interface SlotDef {
  readonly arity: Arity | 'any';
  readonly impl: SlotImpl;
  readonly keywords?: boolean;
  readonly op?: SlotOp;
  readonly fast?: (vm: VM, self: PyObject) => PyObject | null;
}

const s = (n: number): string => (n === 1 ? '' : 's');

/** check_num_args / the ternary wrappers' PyArg_UnpackTuple messages. */
function checkArity(arity: Arity, n: number): void {
  if (typeof arity === 'number') {
    if (n !== arity) throw new NativeRaise('TypeError', `expected ${arity} argument${s(arity)}, got ${n}`);
    return;
  }
  const [min, max] = arity;
  if (min === max && n !== min) throw new NativeRaise('TypeError', ` expected ${min} argument${s(min)}, got ${n}`);
  if (n < min) throw new NativeRaise('TypeError', ` expected at least ${min} argument${s(min)}, got ${n}`);
  if (n > max) throw new NativeRaise('TypeError', ` expected at most ${max} argument${s(max)}, got ${n}`);
}

/** int, float and str: their slots see an instance of a Python subclass as its plain value. */
const VALUE_KINDS = new Set<PyType>([T.int, T.float, T.str]);

/** A plain int, float or str of the same value for an instance of a Python subclass (a new reference). */
function exactValue(o: PyObject): PyObject {
  if (o.attrs === null) return incref(o);
  if (o instanceof PyInt) return newInt(o.value);
  if (o instanceof PyFloat) return newFloat(o.value);
  if (o instanceof PyStr) return newStr(o.value);
  return incref(o);
}

/**
 * Runs an int, float or str slot on plain values: the type's own operation (`int.__add__(self, 1)` from a
 * subclass's __add__) must not reach the subclass's methods again, and its result is of the base type.
 */
function onExactValues(vm: VM, impl: SlotImpl, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const values = args.map(exactValue);
  try {
    return impl(vm, values[0], values.slice(1), kwargs);
  } finally {
    for (const v of values) decref(v);
  }
}

export function slot(arity: Arity | 'any', impl: SlotImpl, keywords = false): SlotDef {
  return { arity, impl, keywords };
}

/**
 * wrap_descr_get: `__get__(obj, type=None)` with self and both arguments passed on; a missing or None type with
 * a None object is refused, as the slot would have nothing to bind to.
 */
export function descrGetSlot(get: (vm: VM, args: PyObject[]) => PyObject): SlotDef {
  return slot([1, 2], (vm, self, rest) => {
    if (rest[0] === None && (rest[1] === undefined || rest[1] === None)) throw new NativeRaise('TypeError', '__get__(None, None) is invalid');
    return get(vm, [self, ...rest]);
  });
}

/** wrap_descr_set (`__set__(obj, value)`, PyArg_UnpackTuple's unnamed messages) and wrap_descr_delete (`__delete__(obj)`). */
export function descrSetSlots(set: (vm: VM, args: PyObject[]) => PyObject, del: (vm: VM, args: PyObject[]) => PyObject): Record<string, SlotDef> {
  return {
    __set__: slot([2, 2], (vm, self, rest) => set(vm, [self, ...rest])),
    __delete__: slot(1, (vm, self, rest) => del(vm, [self, ...rest])),
  };
}

/** A slot that may run Python code: `op` resumable, `fast` its synchronous answer when none runs (else null). */
export function resumableSlot(arity: Arity, op: SlotOp, fast: (vm: VM, self: PyObject) => PyObject | null): SlotDef {
  return { arity, impl: (vm, self, args, kwargs) => fast(vm, self) ?? vm.runSync(op(vm, self, args, kwargs)), op, fast };
}

/** Adds slot wrappers to a builtin type's dict, in the order given (CPython's slotdefs order). */
export function defineSlots(type: PyType, slots: Record<string, SlotDef | null>): void {
  for (const [name, def] of Object.entries(slots)) {
    if (def === null) {
      // `__hash__ = None`: instances are unhashable.
      setTypeAttribute(type, name, None);
      continue;
    }
    const { arity, impl, keywords, op, fast } = def;
    const check = (args: PyObject[], kwargs: Map<string, PyObject> | null): void => {
      if (!keywords && kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `wrapper ${name}() takes no keyword arguments`);
      if (arity !== 'any') checkArity(arity, args.length - 1);
    };
    const onValues = VALUE_KINDS.has(type) && name !== '__getattribute__' && name !== '__init__';
    const fn: NativeCall = (vm, args, kwargs) => {
      check(args, kwargs);
      if (onValues && args.some((a) => a.attrs !== null)) return onExactValues(vm, impl, args, kwargs);
      return impl(vm, args[0], args.slice(1), kwargs);
    };
    const wrapper = new PySlotWrapper(T.wrapper_descriptor, name, type, fn);
    // wrapper_descriptor and method-wrapper have no vectorcall: every call goes through tp_call's guard.
    wrapper.alwaysGuarded = true;
    if (op) {
      wrapper.resumable = {
        op: (vm, args, kwargs) => {
          check(args, kwargs);
          return op(vm, args[0], args.slice(1), kwargs);
        },
        fast: fast
          ? (vm, args, kwargs) => {
            check(args, kwargs);
            return fast(vm, args[0]);
          }
          : null,
      };
    }
    setTypeAttribute(type, name, makeShared(wrapper));
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
  return genericGetAttr(vm, self, name.value);
});
