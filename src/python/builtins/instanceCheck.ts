// isinstance() and issubclass() (object_recursive_isinstance and object_issubclass): also what a match statement's
// class pattern asks of its subject.

import { isUnion, unionArgs } from './unionType';
import { refuseGenericAliasClass } from './genericAlias';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyTuple, PyWeakProxy } from '../runtime/objects';
import { None } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { builtinTruth } from '../runtime/ops/compare';
import { PyType } from '../runtime/types';
import { getAttr } from '../runtime/ops/attributes';
import type { VM } from '../vm/vm';

export function isinstanceCheck(vm: VM, o: PyObject, cls: PyObject, fname: string): boolean {
  // object_recursive_isinstance: an object of exactly that class is an instance, whatever __instancecheck__ says.
  if (fname === 'isinstance' && o.type === cls) return true;
  if (isUnion(cls)) cls = unionArgs(cls);
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceCheck(vm, o, c, fname));
  // __instancecheck__ / __subclasscheck__ of a Python class's object (typing's aliases) or of a metaclass.
  const hook = cls.type.isHeapType ? cls.type.lookup(fname === 'isinstance' ? '__instancecheck__' : '__subclasscheck__') : undefined;
  if (hook && hook !== None) {
    const result = vm.callMethod(hook, cls, [o]);
    const truth = builtinTruth(result) ?? true;
    decref(result);
    return truth;
  }
  if (!(cls instanceof PyType)) {
    refuseGenericAliasClass(cls, fname);
    if (fname === 'isinstance') throw new NativeRaise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    // recursive_issubclass checks the first argument first.
    if (!(o instanceof PyType)) throw new NativeRaise('TypeError', 'issubclass() arg 1 must be a class');
    throw new NativeRaise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  if (fname === 'issubclass') {
    if (!(o instanceof PyType)) throw new NativeRaise('TypeError', 'issubclass() arg 1 must be a class');
    return o.isSubtypeOf(cls);
  }
  if (o.type.isSubtypeOf(cls)) return true;
  // object_isinstance falls back on __class__ (a proxy reports its referent's class).
  if (o instanceof PyWeakProxy) {
    const reported = getAttr(vm, o, '__class__');
    decref(reported);
    return reported instanceof PyType && reported !== o.type && reported.isSubtypeOf(cls);
  }
  return false;
}
