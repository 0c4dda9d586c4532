// The data attributes CPython's descriptor objects share (descrobject.c's descr_members and descr_getset):
// `str.upper.__name__`, `Point.x.__qualname__` ('Point.x'), `int.real.__objclass__`; dir() lists them.

import { PyObject } from '../runtime/object';
import { PyClassAttributeDescriptor, PyGetSetDescriptor, PyMethodDescriptor } from '../runtime/callables';
import type { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { incref } from '../runtime/heap';
import { newNone, newStr } from '../runtime/factory';
import { defineGetSets, defineSlots, descrGetSlot, descrSetSlots } from './slotWrappers';
import { CUSTOM, defineMethods } from './define';
import { NativeRaise } from '../errors';
import { bindBuiltinMethod, docAttribute, getAttr } from '../runtime/ops/attributes';
import { deleteAttr, setAttr } from '../runtime/ops/attributeStores';
import type { VM } from '../vm/vm';

type Descriptor = PyMethodDescriptor | PyGetSetDescriptor | PyClassAttributeDescriptor;

/** descr_check: a descriptor applies only to instances of the class it was made for. */
function checkApplies(d: Descriptor, obj: PyObject): void {
  const owner = d.owner;
  if (owner && !obj.type.isSubtypeOf(owner)) {
    throw new NativeRaise('TypeError', `descriptor '${d.name}' for '${owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
}

/** `__get__(obj, type=None)`: the descriptor itself for no object, else what it gives `obj`. */
function getFor(bind: (vm: VM, d: Descriptor, obj: PyObject) => PyObject) {
  return (vm: VM, args: PyObject[]): PyObject => {
    const d = args[0] as Descriptor;
    const obj = args[1];
    if (obj === None) return incref(d);
    checkApplies(d, obj);
    return bind(vm, d, obj);
  };
}

/** A getset or member descriptor's `__set__(obj, value)` and `__delete__(obj)`. */
function installDataMethods(type: PyType): void {
  defineSlots(type, {
    __get__: descrGetSlot(getFor((vm, d, obj) => getAttr(vm, obj, d.name))),
    ...descrSetSlots(
      (vm, args) => {
        checkApplies(args[0] as Descriptor, args[1]);
        setAttr(vm, args[1], (args[0] as Descriptor).name, args[2]);
        return incref(None);
      },
      (vm, args) => {
        checkApplies(args[0] as Descriptor, args[1]);
        deleteAttr(vm, args[1], (args[0] as Descriptor).name);
        return incref(None);
      },
    ),
  });
}

/** A method descriptor's or slot wrapper's `__get__` (a bound method) and `__call__`. */
function installMethodMethods(type: PyType): void {
  defineSlots(type, { __get__: descrGetSlot(getFor((vm, d, obj) => bindBuiltinMethod(vm, d as PyMethodDescriptor, obj))) });
  defineMethods(type, {
    __call__: [CUSTOM, (vm, args, kwargs) => {
      const d = args[0] as PyMethodDescriptor;
      if (args.length < 2) throw new NativeRaise('TypeError', `descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
      checkApplies(d, args[1]);
      return vm.call(d, args.slice(1), kwargs);
    }],
  });
}

export function installDescriptorMembers(): void {
  // Builtin callables' __text_signature__ (a getset in CPython, so dir() lists it).
  for (const type of [T.builtin_function_or_method, T.method_descriptor, T.wrapper_descriptor, T.method_wrapper]) {
    defineGetSets(type, { __text_signature__: (vm, self: PyObject) => docAttribute(vm, self, '__text_signature__') ?? newNone() });
  }
  installMethodMethods(T.method_descriptor);
  installMethodMethods(T.wrapper_descriptor);
  installDataMethods(T.getset_descriptor);
  installDataMethods(T.member_descriptor);
  for (const type of [T.method_descriptor, T.wrapper_descriptor, T.getset_descriptor, T.member_descriptor]) {
    defineGetSets(type, {
      __objclass__: (_vm, self: PyObject) => {
        const owner = (self as Descriptor).owner;
        return owner ? incref(owner) : newNone();
      },
      __name__: (_vm, self: PyObject) => newStr((self as Descriptor).name),
    }, true);
    defineGetSets(type, {
      __qualname__: (_vm, self: PyObject) => {
        const d = self as Descriptor;
        const owner = d.owner;
        return newStr(owner ? `${owner.qualname}.${d.name}` : d.name);
      },
    });
  }
}
