// types.SimpleNamespace (Objects/namespaceobject.c): an object whose attributes live in a dict of its own,
// made from keyword arguments; sys.implementation is one, and the types module takes the class from it.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyInstance, PyStr } from '../runtime/objects';
import type { PyType } from '../runtime/types';
import { activeHeap, incref } from '../runtime/heap';
import { newDict, newTuple } from '../runtime/factory';
import { NOARGS, defineMethods } from '../builtins/define';
import { dictSetStr } from '../runtime/containers';
import { richCompare } from '../runtime/ops/compare';
import { repr } from '../runtime/ops/repr';
import type { VM } from '../vm/vm';
import { defineSlotDunders, nativeType, once } from './nativeType';
import { PyDict } from '../runtime/dict';
import { T } from '../runtime/builtinTypes';

/** Namespaces being printed right now: one inside itself prints as `namespace(...)`. */
const printing = new Set<PyObject>();

function namespaceRepr(vm: VM, o: PyObject): string {
  const name = o.type === simpleNamespaceType() ? 'namespace' : o.type.name;
  if (printing.has(o)) return `${name}(...)`;
  vm.hidden.reprEnter();
  printing.add(o);
  try {
    const parts: string[] = [];
    // Only str keys that are not empty are shown (namespace_repr).
    for (const e of (o as PyInstance).dict!.map.values()) {
      if (e.key instanceof PyStr && e.key.value.length > 0) parts.push(`${e.key.value}=${repr(vm, e.value)}`);
    }
    return `${name}(${parts.join(', ')})`;
  } finally {
    printing.delete(o);
  }
}

export const simpleNamespaceType = once((): PyType => {
  const type = nativeType('SimpleNamespace', 'types', {
    packsArguments: true,
    slots: {
      repr: namespaceRepr,
      // The object (a dict pointer after the header) and its gc header; the dict is an object of its own.
      sizeof: () => 40,
      compare: (vm, a, b, op) =>
        b.type === simpleNamespaceType() ? richCompare(vm, (a as PyInstance).dict!, (b as PyInstance).dict!, op) : null,
      unhashable: true,
      weakrefable: true,
    },
  });
  type.hasInstanceDict = true;
  defineSlotDunders(type);
  // namespace_reduce: (type, (), the dict), so that copy and pickle make a namespace with the same attributes.
  defineMethods(type, {
    __reduce__: [NOARGS, (_vm, [ns]) => newTuple([incref(ns.type), newTuple([]), incref((ns as PyInstance).dict!)])],
  });
  type.nativeNew = (_vm, args, kwargs) => {
    if (args.length > 0) throw new NativeRaise('TypeError', 'no positional arguments expected');
    const ns = newSimpleNamespace();
    if (kwargs) for (const [k, v] of kwargs) dictSetStr(ns.dict!, k, v);
    return ns;
  };
  return type;
});

/** A new, empty namespace: the object and its dict. */
export function newSimpleNamespace(): PyInstance {
  const heap = activeHeap();
  // namespace_new: the object first (a gc object, counted as one: an unregistered dict stands in), then its dict.
  const ns = heap.register(new PyInstance(simpleNamespaceType(), new PyDict(T.dict), 0));
  ns.dict = newDict();
  heap.track(ns);
  return ns;
}
