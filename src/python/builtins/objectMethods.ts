// Methods of object, BaseException, generators and properties.

import { installSuperSlots } from './superSlots';
import { PyObject } from '../runtime/object';
import { PyBoundMethod, PyGenerator, PyInstance, PyNone, PyDescriptorWrapper, PyTraceback, setTraceback , PyStr } from '../runtime/objects';
import { E, None, T } from '../runtime/builtinTypes';
import { isCallable } from './callingBuiltins';
import { NativeRaise } from '../errors';
import { initExceptionMembers } from '../runtime/exceptionMembers';
import { decref, incref } from '../runtime/heap';
import { newBool, newNone, newStr, newTuple, setSystemExitCode } from '../runtime/factory';
import { builtinTruth } from '../runtime/ops/compare';
import { getAttrBuiltin, missingAccessor } from '../runtime/ops/attributes';
import { setAttr } from '../runtime/ops/attributeStores';
import { PyDict } from '../runtime/dict';
import { defineGetSets, defineSlots, descrGetSlot, descrSetSlots } from './slotWrappers';
import { exceptionStr, repr } from '../runtime/ops/repr';
import { NOARGS, O, defineMethods, fast, type MethodDefinition } from './define';
import type { VM } from '../vm/vm';
import { addNote } from './exceptionGroups';
import { closeGeneratorOp, sendOp, thrownException, throwIntoGeneratorOp } from '../vm/generatorControl';
import { installDescriptorMembers } from './descriptorMembers';
import { installDescriptorInits, propertyCopy } from './descriptorInit';

/** send, throw and close: how code outside drives a generator or a coroutine (gen_send, gen_throw, gen_close). */
export function generatorProtocolMethods(): Record<string, MethodDefinition> {
  return {
    send: { sig: O, op: (vm, args) => sendOp(vm, args[0] as PyGenerator, args[1]) },
    throw: {
      sig: fast(1, 3),
      *op(vm, args) {
        const exc = yield* thrownException(vm, args[1], args[2], args[3]);
        return yield* throwIntoGeneratorOp(vm, args[0] as PyGenerator, exc);
      },
    },
    close: {
      sig: NOARGS,
      *op(vm, args) {
        yield* closeGeneratorOp(vm, args[0] as PyGenerator);
        return newNone();
      },
    },
  };
}

export function installObjectMethods(): void {
  installDescriptorMembers();
  defineMethods(E.BaseException, {
    __init__: (_vm, args, kwargs) => {
      const self = args[0] as PyInstance;
      if (self.exc) {
        const old = self.exc.args;
        self.exc.args = newTuple(args.slice(1).map((a) => incref(a)));
        decref(old);
        initExceptionMembers(self, args.slice(1), kwargs);
      }
      return newNone();
    },
    __str__: (vm, args) => newStr(exceptionStr(vm, args[0] as PyInstance)),
    add_note: [O, (vm, args) => addNote(vm, args[0] as PyInstance, args[1])],
    // BaseException_reduce: the class and args, and the instance dict when it has one (copy and pickle use it).
    __reduce__: (_vm, args) => {
      const self = args[0] as PyInstance;
      const dict = self.attrs?.dict;
      const parts: PyObject[] = [incref(self.type), incref(self.exc!.args)];
      if (dict && dict.materialized) parts.push(incref(dict));
      return newTuple(parts);
    },
    // BaseException_setstate: each item of the state dict set as an attribute.
    __setstate__: [O, (vm, args) => {
      const state = args[1];
      if (state !== None) {
        if (!(state instanceof PyDict)) throw new NativeRaise('TypeError', 'state is not a dictionary');
        for (const e of [...state.map.values()]) setAttr(vm, args[0], (e.key as PyStr).value, e.value);
      }
      return newNone();
    }],
    with_traceback: (_vm, args) => {
      const exc = (args[0] as PyInstance).exc!;
      const tb = args[1];
      if (!(tb instanceof PyTraceback) && !(tb instanceof PyNone)) throw new NativeRaise('TypeError', '__traceback__ must be a traceback or None');
      setTraceback(exc, tb instanceof PyTraceback ? tb : null);
      return incref(args[0]);
    },
  });
  defineMethods(E.SystemExit, {
    __init__: (_vm, args) => {
      const self = args[0] as PyInstance;
      if (self.exc) {
        const old = self.exc.args;
        self.exc.args = newTuple(args.slice(1).map((a) => incref(a)));
        decref(old);
        setSystemExitCode(self.exc);
      }
      return newNone();
    },
  });
  // generator.__next__ is a slot wrapper (objectSlots.ts).
  defineMethods(T.generator, generatorProtocolMethods());
  // property.setter / getter / deleter return a copy with one accessor replaced (used as decorators); a doc given
  // explicitly goes with it (property_copy), one taken from the getter comes from the copy's getter.
  const withAccessor = (index: number) => (vm: VM, args: PyObject[]): PyObject => propertyCopy(vm, args[0] as PyDescriptorWrapper, index, args[1]);
  defineMethods(T.property, { getter: withAccessor(0), setter: withAccessor(1), deleter: withAccessor(2) });
  const accessor = (index: number) => (_vm: VM, self: PyObject): PyObject => incref((self as PyDescriptorWrapper).wrapped[index] ?? None);
  // __isabstractmethod__: whether a wrapped function was marked by abc.abstractmethod.
  const abstract = (vm: VM, self: PyObject): PyObject => newBool((self as PyDescriptorWrapper).wrapped.some((f) => isMarkedAbstract(vm, f)));
  // The wrapped callables are read-only members (T_OBJECT, READONLY); __isabstractmethod__ is a getset.
  defineGetSets(T.property, { fget: accessor(0), fset: accessor(1), fdel: accessor(2) }, true);
  defineGetSets(T.property, { __isabstractmethod__: abstract });
  for (const type of [T.staticmethod, T.classmethod]) {
    defineGetSets(type, { __func__: accessor(0), __wrapped__: accessor(0) }, true);
    defineGetSets(type, { __isabstractmethod__: abstract });
  }
  installDescriptorMethods();
  installDescriptorInits();
  installSuperSlots();
}

/** The descriptor protocol's methods on functions, properties, static and class methods, as called explicitly. */
function installDescriptorMethods(): void {
  const bound = (vm: VM, func: PyObject, self: PyObject): PyObject => {
    const method = vm.heap.register(new PyBoundMethod(T.method, incref(func), incref(self)));
    vm.heap.track(method);
    return method;
  };
  // method(function, instance): what types.MethodType and WeakMethod build bound methods with (method_new).
  T.method.nativeNew = (vm, args, kwargs) => {
    if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'method() takes no keyword arguments');
    if (args.length !== 2) throw new NativeRaise('TypeError', `method expected 2 arguments, got ${args.length}`);
    if (!isCallable(args[0])) throw new NativeRaise('TypeError', 'first argument must be callable');
    if (args[1] === None) throw new NativeRaise('TypeError', 'instance must not be None');
    return bound(vm, args[0], args[1]);
  };
  const instanceOf = (args: PyObject[]): PyObject | null => (args[1] === None ? null : args[1]);
  defineSlots(T.function, {
    __get__: descrGetSlot((vm, args) => {
      const obj = instanceOf(args);
      return obj ? bound(vm, args[0], obj) : incref(args[0]);
    }),
  });
  defineSlots(T.staticmethod, { __get__: descrGetSlot((_vm, args) => incref((args[0] as PyDescriptorWrapper).wrapped[0])) });
  defineSlots(T.classmethod, {
    __get__: descrGetSlot((vm, args) => {
      const owner = args[2] && args[2] !== None ? args[2] : args[1].type;
      return bound(vm, (args[0] as PyDescriptorWrapper).wrapped[0], owner);
    }),
  });
  const accessorCall = (index: number, missing: 'getter' | 'setter' | 'deleter') => (vm: VM, args: PyObject[]): PyObject => {
    const prop = args[0] as PyDescriptorWrapper;
    const fn = prop.wrapped[index];
    if (!fn || fn === None) throw missingAccessor(prop, args[1], missing);
    return vm.call(fn, args.slice(1, index === 1 ? 3 : 2));
  };
  defineSlots(T.property, {
    __get__: descrGetSlot((vm, args) => (args[1] === None ? incref(args[0]) : accessorCall(0, 'getter')(vm, args))),
    ...descrSetSlots(accessorCall(1, 'setter'), accessorCall(2, 'deleter')),
  });
  defineMethods(T.property, {
    // property_set_name: what a class body does for each property in it (type_new_set_names).
    __set_name__: [fast(2), (vm, args) => {
      (args[0] as PyDescriptorWrapper).propertyName = repr(vm, args[2]);
      return newNone();
    }],
  });
}

function isMarkedAbstract(vm: VM, f: PyObject | undefined): boolean {
  if (!f || f === None) return false;
  let mark: PyObject | null;
  try {
    mark = getAttrBuiltin(vm, f, '__isabstractmethod__');
  } catch (e) {
    if (vm.isAttributeError(e)) return false;
    throw e;
  }
  if (!mark) return false;
  decref(mark);
  return builtinTruth(mark) ?? true;
}
