// Methods of type itself: __subclasses__(), mro() and the class method __prepare__.

import { PyType } from '../runtime/types';
import { T } from '../runtime/builtinTypes';
import { activeHeap, incref } from '../runtime/heap';
import { newDict, newInt, newList, newNone } from '../runtime/factory';
import { sizeofWithoutPreHeader } from '../runtime/sizeof';
import { NativeRaise } from '../errors';
import { PyDescriptorWrapper } from '../runtime/objects';
import { makeShared } from '../runtime/builtinTypes';
import { CUSTOM, NOARGS, builtinFunction, defineMethods, setTypeAttribute } from './define';
import type { PyObject } from '../runtime/object';

/** The live classes directly derived from t: builtin ones first, then those the program made, in creation order. */
function subclassesOf(t: PyType): PyType[] {
  const made = activeHeap().subclasses.get(t)?.filter((c) => c.alive) ?? [];
  return [...t.builtinSubclasses, ...made];
}

export function installTypeMethods(): void {
  defineMethods(T.type, {
    __subclasses__: [NOARGS, (_vm, args) => newList(subclassesOf(args[0] as PyType).map((c) => incref(c)))],
    mro: [NOARGS, (_vm, args) => newList((args[0] as PyType).mro.map((c) => incref(c)))],
    // type.__sizeof__: the type object and a class's cached keys table, without the gc header.
    __sizeof__: [NOARGS, (vm, args) => newInt(sizeofWithoutPreHeader(vm, args[0]))],
    // type_init: what a metaclass's __init__ reaches through super(); it only checks the arguments.
    __init__: [CUSTOM, (_vm, args, kwargs) => {
      const n = args.length - 1;
      if (kwargs && kwargs.size > 0 && n === 1) throw new NativeRaise('TypeError', 'type.__init__() takes no keyword arguments');
      if (n !== 1 && n !== 3) throw new NativeRaise('TypeError', 'type.__init__() takes 1 or 3 arguments');
      return newNone();
    }],
  });
  // type.__prepare__(name, bases, **kwds): the namespace a class body starts with, a new empty dict.
  typePrepare = builtinFunction('__prepare__', () => newDict());
  setTypeAttribute(T.type, '__prepare__', makeShared(new PyDescriptorWrapper(T.classmethod, [typePrepare])));
}

/** type.__prepare__'s function: a metaclass that does not override it needs no call. */
export let typePrepare: PyObject | null = null;
