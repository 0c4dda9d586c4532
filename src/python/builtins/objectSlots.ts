// object's special methods (what every class inherits: __init__, __new__, __eq__, __repr__, __setattr__, ...)
// and those of None, iterators and generators.

import { unionOr } from './unionType';
import { NativeRaise, argTypeName } from '../errors';
import { CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyGenerator, PyMethodDescriptor, PyNativeIterator, PyStr, PyDescriptorWrapper } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, NotImplemented, T, makeShared } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newDict, newInt, newList, newNone, newStr, newStrOf, newTuple } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { materializeDict } from '../runtime/ops/attributes';
import { delAttrGeneric, descriptorCallResumable, storeAttrGeneric } from '../runtime/ops/attributeStores';
import { repr, str } from '../runtime/ops/repr';
import { kindHash } from '../runtime/hash';
import { hexAddress } from '../runtime/address';
import { sizeofWithoutPreHeader, typeObjectBasicSize } from '../runtime/sizeof';
import { createInstance } from '../vm/calls';
import { adoptValue, emptyInstanceOf, initializesInInit, subclassConstructors } from './subclassInstances';
import { typeNewMethod } from './buildClass';
import { iterNextOp, nativeIteratorStepOp, stopIterationFromGenerator } from '../vm/callOps';
import { closeForFinalizer } from '../vm/generatorControl';
import { defineGetSets, defineNew, defineSlots, getattributeSlot, notImplemented, resumableSlot, slot } from './slotWrappers';
import { NOARGS, O, defineMethods, setTypeAttribute } from './define';
import { listNames } from './dirNames';
import { objectReduceEx, objectReduceMethod, rememberObjectReduce } from './objectReduce';
import { installBuiltinReductions } from './builtinReduce';
import { installIteratorReductions } from './iteratorReduce';
import { newGenericAlias } from './genericAlias';
import type { VM } from '../vm/vm';

function lengthHint(it: PyObject): number {
  const remaining = (it as { remaining?: ((i: PyObject) => number) | null }).remaining;
  return remaining ? remaining(it) : 0;
}

/**
 * object.__getstate__: the instance dict (None when empty), paired with a dict of the slots that are set
 * (named class by class along the mro, as copyreg._slotnames lists them) when there are any.
 */
function objectGetState(o: PyObject): PyObject {
  // Instances of Python classes, builtin-kind ones too (a list subclass's attributes).
  const attrs = o.attrs;
  const dictState = attrs?.dict && attrs.dict.size > 0 ? incref(materializeDict(o)) : newNone();
  const slotValues = attrs?.slotValues;
  if (!slotValues) return dictState;
  const slots = newDict();
  const layout = o.type.slotLayout;
  for (const t of o.type.mro) {
    for (const name of t.ownSlots ?? []) {
      const value = slotValues[layout.indexOf(name)];
      if (value) dictSetStr(slots, name, value);
    }
  }
  if (slots.size === 0) {
    decref(slots);
    return dictState;
  }
  return newTuple([dictState, slots]);
}

/** A Python-level override of a special method somewhere on the type's MRO (not a builtin slot). */
export function userMethod(type: PyType, name: string): PyObject | undefined {
  const m = type.lookup(name);
  return m && !(m instanceof PyMethodDescriptor) && !(m.type === T.builtin_function_or_method) ? m : undefined;
}

const hasArguments = (args: PyObject[], kwargs: Map<string, PyObject> | null): boolean => args.length > 0 || (kwargs !== null && kwargs.size > 0);

/** object_init: extra arguments are an error unless a class overrides __new__ (and not __init__). */
function objectInit(_vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (hasArguments(args, kwargs)) {
    const type = self.type;
    if (userMethod(type, '__init__')) throw new NativeRaise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    if (!userMethod(type, '__new__')) throw new NativeRaise('TypeError', `${type.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return newNone();
}

/** The type whose tp_new a builtin type has: the exceptions share BaseException_new, OSError's family OSError_new. */
function newFunctionOwner(t: PyType): PyType {
  if (!t.isException) return t;
  if (t.isSubtypeOf(E.OSError)) return E.OSError;
  return t.isSubtypeOf(E.BaseExceptionGroup) ? E.BaseExceptionGroup : E.BaseException;
}

/** The builtin exceptions that list their own __new__ (BaseException_new, OSError_new) in their dict. */
const EXCEPTIONS_WITH_NEW = [
  'ArithmeticError', 'AssertionError', 'BaseException', 'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
  'EncodingWarning', 'Exception', 'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'ImportWarning', 'IndexError',
  'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NotImplementedError', 'OSError', 'OverflowError',
  'PendingDeprecationWarning', 'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning',
  'StopAsyncIteration', 'SyntaxWarning', 'SystemError', 'TypeError', 'UnicodeDecodeError', 'UnicodeEncodeError',
  'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError',
] as const;

/** BaseException.__new__(cls, *args): an exception of cls whose args are the arguments (keywords are __init__'s). */
function exceptionNew(owner: PyType) {
  return (vm: VM, args: PyObject[]): PyObject => createInstance(vm, checkNewTarget(owner, args.slice(1)), args.slice(2), null);
}

/** tp_new_wrapper's checks for `T.__new__(cls, ...)`: cls must be a type deriving from T. */
function checkNewTarget(owner: PyType, args: PyObject[]): PyType {
  if (args.length === 0) throw new NativeRaise('TypeError', `${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw new NativeRaise('TypeError', `${owner.name}.__new__(X): X is not a type object (${cls.type.name})`);
  if (!cls.isSubtypeOf(owner)) throw new NativeRaise('TypeError', `${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  // The nearest builtin base of cls must make objects with owner's own tp_new (object.__new__(int) would skip int's).
  const builtinBase = cls.mro.find((t) => !t.isHeapType)!;
  if (newFunctionOwner(builtinBase) !== newFunctionOwner(owner)) {
    throw new NativeRaise('TypeError', `${owner.name}.__new__(${cls.name}) is not safe, use ${builtinBase.name}.__new__()`);
  }
  return cls;
}

/** object.__new__(cls, *args): a bare instance; extra arguments only when the class has its own __init__. */
function objectNew(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const cls = checkNewTarget(T.object, args.slice(1));
  const rest = args.slice(2);
  if (hasArguments(rest, kwargs)) {
    if (userMethod(cls, '__new__')) throw new NativeRaise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (!userMethod(cls, '__init__')) throw new NativeRaise('TypeError', `${cls.name}() takes no arguments`);
  }
  if (!cls.isHeapType) return cls.nativeNew!(vm, [], null);
  return createInstance(vm, cls, cls.isException ? rest : []);
}

/** A builtin type's __new__: the type's own constructor for cls (which must be the type itself here). */
export function builtinNew(owner: PyType) {
  return (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    const cls = checkNewTarget(owner, args.slice(1));
    if (cls !== owner && cls.builtinKind === owner) {
      const construct = subclassConstructors.get(owner);
      if (construct) return construct(vm, cls, args.slice(2), kwargs);
      if (initializesInInit(owner)) return emptyInstanceOf(cls, owner);
      return adoptValue(vm, cls, owner.nativeNew!(vm, args.slice(2), kwargs));
    }
    return owner.nativeNew!(vm, args.slice(2), kwargs);
  };
}

/** object.__repr__: `<module.Class object at 0x...>`, the module left out for builtins. */
export function defaultRepr(o: PyObject): string {
  const t = o.type;
  return t.isHeapType && t.module !== 'builtins' ? `<${t.module}.${t.qualname} object at ${hexAddress(o)}>` : `<${t.name} object at ${hexAddress(o)}>`;
}

/** object's comparisons: == is identity, != inverts __eq__, orderings are not implemented. */
function objectCompare(op: number) {
  return slot(1, (vm, self, [other]) => {
    if (op === CompareOpArg.EQ) return self === other ? newBool(true) : notImplemented();
    if (op !== CompareOpArg.NE) return notImplemented();
    // != inverts the type's own == (a builtin type's slot, or a class's __eq__).
    const eq = self.type.lookup('__eq__');
    if (!eq || eq === objectEq) return self === other ? newBool(false) : notImplemented();
    const r = vm.callMethod(eq, self, [other]);
    if (r === NotImplemented) return r;
    const t = vm.isTrue(r);
    decref(r);
    return newBool(!t);
  });
}

/** An iterator's __next__: a generator's frame (or a map's function...) runs as a frame of the eval loop. */
function nextSlot() {
  return resumableSlot(0, function* (vm, self) {
    // A subclass's __next__ calling super().__next__() reaches the builtin step itself.
    const v = self instanceof PyNativeIterator ? yield* nativeIteratorStepOp(vm, self) : yield* iterNextOp(vm, self);
    if (v) return v;
    if (self instanceof PyGenerator) throw stopIterationFromGenerator(vm);
    throw new NativeRaise('StopIteration', '');
  }, (vm, self) => {
    if (!(self instanceof PyNativeIterator) || self.resumableStep) return null;
    const v = self.step(vm, self);
    if (v) return v;
    throw new NativeRaise('StopIteration', '');
  });
}

const ITERATOR_TYPES = [
  T.list_iterator, T.list_reverseiterator, T.tuple_iterator, T.range_iterator, T.longrange_iterator, T.str_ascii_iterator,
  T.str_iterator, T.bytes_iterator, T.bytearray_iterator, T.memory_iterator, T.dict_keyiterator,
  T.dict_valueiterator, T.dict_itemiterator, T.set_iterator, T.dict_reversekeyiterator, T.dict_reversevalueiterator,
  T.dict_reverseitemiterator, T.enumerate, T.zip, T.map, T.filter, T.reversed, T.callable_iterator, T.iterator, T.odict_iterator,
];

const PICKLING = (): never => {
  throw new NativeRaise('NotImplementedError', 'pickling is not supported in this playground');
};
/** __class_getitem__ of the builtin containers: `list[int]`. */
const GENERIC_ALIAS = (_vm: VM, args: PyObject[]): PyObject => {
  if (args.length !== 2) throw new NativeRaise('TypeError', `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
  return newGenericAlias(args[0], args[1]);
};

/** A type's `__class_getitem__` making `types.GenericAlias` (`list[int]`, `functools.partial[int]`). */
export function genericAliasClassGetItem(): PyObject {
  return makeShared(new PyDescriptorWrapper(T.classmethod, [makeShared(new PyBuiltinFunction(T.builtin_function_or_method, '__class_getitem__', GENERIC_ALIAS))]));
}

/** object.__eq__ itself, so __ne__ can tell a type that keeps it from one that overrides it. */
let objectEq: PyObject | undefined;

/** Where each iterator type keeps CPython's extra methods. */
const LENGTH_HINT_TYPES = new Set([
  T.list_iterator, T.list_reverseiterator, T.tuple_iterator, T.range_iterator, T.longrange_iterator, T.str_ascii_iterator,
  T.str_iterator, T.bytes_iterator, T.bytearray_iterator, T.dict_keyiterator,
  T.dict_valueiterator, T.dict_itemiterator, T.set_iterator, T.dict_reversekeyiterator, T.dict_reversevalueiterator,
  T.dict_reverseitemiterator, T.reversed,
]);
const SETSTATE_TYPES = new Set([
  T.list_iterator, T.list_reverseiterator, T.tuple_iterator, T.range_iterator, T.longrange_iterator, T.str_ascii_iterator,
  T.str_iterator, T.bytes_iterator, T.bytearray_iterator, T.zip, T.reversed,
]);

/** object.__sizeof__, which generators' dict holds too: sys.getsizeof's answer without the pre-header. */
const sizeofMethod = (vm: VM, args: PyObject[]): PyObject => {
  const self = args[0];
  return newInt(self instanceof PyType ? typeObjectBasicSize(self) : sizeofWithoutPreHeader(vm, self));
};

export function installObjectSlots(): void {
  defineSlots(T.object, {
    __repr__: slot(0, (_vm, self) => newStr(defaultRepr(self))),
    __hash__: slot(0, (vm, self) => newInt(kindHash(vm, self))),
    __str__: slot(0, (vm, self) => newStrOf(self, repr(vm, self))),
    __getattribute__: getattributeSlot,
    __setattr__: slot([2, 2], (vm, self, [name, value]) => {
      if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', `attribute name must be string, not '${name.type.name}'`);
      const call = storeAttrGeneric(vm, self, name.value, value);
      if (call) vm.runSync(descriptorCallResumable(vm, call));
      return newNone();
    }),
    __delattr__: slot(1, (vm, self, [name]) => {
      if (!(name instanceof PyStr)) throw new NativeRaise('TypeError', `attribute name must be string, not '${name.type.name}'`);
      const call = delAttrGeneric(vm, self, name.value);
      if (call) vm.runSync(descriptorCallResumable(vm, call));
      return newNone();
    }),
    __lt__: objectCompare(CompareOpArg.LT),
    __le__: objectCompare(CompareOpArg.LE),
    __eq__: objectCompare(CompareOpArg.EQ),
    __ne__: objectCompare(CompareOpArg.NE),
    __gt__: objectCompare(CompareOpArg.GT),
    __ge__: objectCompare(CompareOpArg.GE),
    __init__: slot('any', objectInit, true),
  });
  defineNew(T.object, objectNew);
  for (const name of EXCEPTIONS_WITH_NEW) defineNew(E[name], exceptionNew(E[name]));
  objectEq = T.object.lookup('__eq__');
  defineMethods(T.object, {
    __reduce_ex__: [O, objectReduceEx],
    __reduce__: [NOARGS, objectReduceMethod],
    __getstate__: [NOARGS, (_vm, args) => objectGetState(args[0])],
    __format__: [O, (vm, args) => {
      const spec = args[1];
      if (!(spec instanceof PyStr)) throw new NativeRaise('TypeError', `__format__() argument must be str, not ${argTypeName(spec)}`);
      if (spec.value !== '') throw new NativeRaise('TypeError', `unsupported format string passed to ${args[0].type.name}.__format__`);
      return newStr(str(vm, args[0]));
    }],
    __sizeof__: [NOARGS, sizeofMethod],
    __dir__: [NOARGS, (_vm, args) => newList(listNames(args[0]).map((n) => newStr(n)))],
  });
  // __init_subclass__ and __subclasshook__ are classmethods: a hook that does nothing, and "no opinion".
  // object.__init_subclass__ is METH_NOARGS: keywords a subclass's hook passes on to it are an error.
  const initSubclass = (_vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    const cls = args[0];
    const where = `${cls instanceof PyType ? cls.qualname : cls.type.name}.__init_subclass__()`;
    if (kwargs !== null && kwargs.size > 0) throw new NativeRaise('TypeError', `${where} takes no keyword arguments`);
    if (args.length > 1) throw new NativeRaise('TypeError', `${where} takes no arguments (${args.length - 1} given)`);
    return newNone();
  };
  for (const [name, result] of [['__init_subclass__', initSubclass], ['__subclasshook__', () => notImplemented()]] as const) {
    const fn = makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, result));
    setTypeAttribute(T.object, name, makeShared(new PyDescriptorWrapper(T.classmethod, [fn])));
  }
  rememberObjectReduce(T.object.lookup('__reduce__'));
  defineGetSets(T.object, { __class__: (_vm, self) => incref(self.type) });

  defineSlots(T.NoneType, {
    __repr__: slot(0, () => newStr('None')),
    __bool__: slot(0, () => newBool(false)),
  });
  for (const type of ITERATOR_TYPES) {
    defineSlots(type, {
      __getattribute__: getattributeSlot,
      __iter__: slot(0, (_vm, self) => incref(self)),
      __next__: nextSlot(),
    });
    defineMethods(type, {
      ...(LENGTH_HINT_TYPES.has(type) ? { __length_hint__: [NOARGS, (_vm, args) => newInt(lengthHint(args[0]))] as const } : {}),
      __reduce__: [NOARGS, PICKLING],
      ...(SETSTATE_TYPES.has(type) ? { __setstate__: [O, PICKLING] as const } : {}),
    });
  }
  for (const type of [T.list, T.tuple, T.dict, T.set, T.frozenset, T.enumerate]) {
    setTypeAttribute(type, '__class_getitem__', genericAliasClassGetItem());
  }
  installBuiltinReductions();
  installIteratorReductions();
  defineSlots(T.generator, {
    __getattribute__: getattributeSlot,
    __iter__: slot(0, (_vm, self) => incref(self)),
    __next__: nextSlot(),
    __repr__: slot(0, (vm, self) => newStr(repr(vm, self))),
    // tp_finalize called directly: a generator suspended in its body is closed (what close() raises is unraisable).
    __del__: slot(0, (vm, self) => {
      closeForFinalizer(vm, self as PyGenerator, (e, where) => vm.reportUnraisable(e, where));
      return newNone();
    }),
  });
  defineMethods(T.generator, { __sizeof__: [NOARGS, sizeofMethod] });
  for (const type of [T.int, T.float, T.str, T.list, T.tuple, T.dict, T.set, T.frozenset, T.range, T.enumerate, T.zip,
    T.map, T.filter, T.reversed, T.bool, T.slice, T.NoneType, T.NotImplementedType, T.ellipsis, T.property, T.staticmethod,
    T.classmethod, T.super]) {
    if (type.nativeNew) defineNew(type, builtinNew(type));
  }
  // type.__new__ and type.__call__: what a metaclass's methods reach through super().
  defineNew(T.type, typeNewMethod);
  defineSlots(T.type, {
    __call__: slot('any', (vm, self, args, kwargs) => vm.callTypeDefault(self as PyType, args, kwargs), true),
    __or__: slot(1, (vm, self, [other]) => unionOr(vm, self, other) ?? notImplemented()),
    __ror__: slot(1, (vm, self, [other]) => unionOr(vm, other, self) ?? notImplemented()),
  });
}
