// super's own slots (super_init, super_repr, super_getattro, super_descr_get) and members, so that `super.__init__(x)`
// (the parentheses forgotten) is refused as CPython refuses it, not run as object.__init__ on x.
import { PySuper } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { PyType } from '../runtime/types';
import { decref, incref } from '../runtime/heap';
import { newNone, newStr } from '../runtime/factory';
import { superGetAttr } from '../runtime/ops/attributes';
import { repr } from '../runtime/ops/repr';
import { NativeRaise } from '../errors';
import { superFrom } from './constructors';
import { attributeName } from './callingBuiltins';
import { defineGetSets, defineSlots, descrGetSlot, slot } from './slotWrappers';

export function installSuperSlots(): void {
  defineSlots(T.super, {
    // super_init on a made super object: the arguments are checked as super() checks them (the object keeps its own).
    __init__: slot('any', (vm, _self, args, kwargs) => {
      if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'super() takes no keyword arguments');
      if (args.length > 2) throw new NativeRaise('TypeError', `super() takes at most 2 arguments (${args.length} given)`);
      // PyArg_ParseTuple's "O!" words it without the article super()'s vectorcall has.
      if (args.length > 0 && !(args[0] instanceof PyType)) throw new NativeRaise('TypeError', `super() argument 1 must be type, not ${args[0].type.name}`);
      decref(superFrom(vm, args));
      return newNone();
    }, true),
    __repr__: slot(0, (vm, self) => newStr(repr(vm, self))),
    __getattribute__: slot(1, (vm, self, [name]) => superGetAttr(vm, self as PySuper, attributeName(name))),
    // super_descr_get: a super object already bound to an object stays itself.
    __get__: descrGetSlot((_vm, [self]) => incref(self)),
  });
  defineGetSets(T.super, {
    __thisclass__: (_vm, self) => incref((self as PySuper).thisType),
    __self__: (_vm, self) => incref((self as PySuper).obj),
    __self_class__: (_vm, self) => {
      const { obj, thisType } = self as PySuper;
      return incref(obj instanceof PyType && obj.isSubtypeOf(thisType) ? obj : obj.type);
    },
  }, true);
}
