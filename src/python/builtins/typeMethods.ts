// Methods of type itself: __subclasses__() and mro().

import { PyType } from '../runtime/types';
import { T } from '../runtime/builtinTypes';
import { activeHeap, incref } from '../runtime/heap';
import { newList } from '../runtime/factory';
import { NOARGS, defineMethods } from './define';

/** The live classes directly derived from t: builtin ones first, then those the program made, in creation order. */
function subclassesOf(t: PyType): PyType[] {
  const made = activeHeap().subclasses.get(t)?.filter((c) => c.alive) ?? [];
  return [...t.builtinSubclasses, ...made];
}

export function installTypeMethods(): void {
  defineMethods(T.type, {
    __subclasses__: [NOARGS, (_vm, args) => newList(subclassesOf(args[0] as PyType).map((c) => incref(c)))],
    mro: [NOARGS, (_vm, args) => newList((args[0] as PyType).mro.map((c) => incref(c)))],
  });
}
