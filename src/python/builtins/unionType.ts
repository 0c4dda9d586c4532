// types.UnionType, what `int | str` makes (Objects/unionobject.c): the classes, None and generic aliases it
// joins, flattened and without repeats; a repr that reads like the annotation, order-free equality, and
// isinstance()/issubclass() against any of its members.

import { keyText, NON_STR, type MapKey } from '../runtime/mapKey';
import { PyObject } from '../runtime/object';
import { PyTuple } from '../runtime/objects';
import { PyNativeObject } from '../runtime/nativeObject';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { activeHeap, incref } from '../runtime/heap';
import { newBool, newTuple } from '../runtime/factory';
import { equals } from '../runtime/ops/compare';
import { hashKey } from '../runtime/ops/hashKey';
import { pyHash } from '../runtime/hash';
import { CompareOpArg } from '../bytecode/opcodes';
import { nativeType, once } from '../modules/nativeType';
import { defineSlots, notImplemented, slot } from './slotWrappers';
import { genericAliasItemRepr, isGenericAlias } from './genericAlias';
import type { VM } from '../vm/vm';

/** refs: [args tuple]. */
type Union = PyNativeObject<null>;

const argsOf = (o: PyObject) => (o as Union).refs[0] as PyTuple;

export function isUnion(o: PyObject): boolean {
  return o.type === unionType();
}

/** is_unionable: None, a class, a generic alias or a union. */
function isUnionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || isGenericAlias(o) || isUnion(o);
}

/** The union's members as isinstance() checks them (a tuple of its args). */
export function unionArgs(o: PyObject): PyTuple {
  return argsOf(o);
}

function unionRepr(vm: VM, o: PyObject): string {
  return argsOf(o).items.map((a) => (a === T.NoneType ? 'None' : genericAliasItemRepr(vm, a))).join(' | ');
}

/** The members as a set would hold them, for equality and hashing regardless of order. */
function memberKeys(vm: VM, o: PyObject): MapKey[] {
  return argsOf(o).items.map((a) => hashKey(vm, a)).sort();
}

export const unionType = once((): PyType => {
  const type = nativeType('UnionType', 'types', {
    slots: {
      repr: unionRepr,
      compare: (vm, a, b, op) => {
        if ((op !== CompareOpArg.EQ && op !== CompareOpArg.NE) || !isUnion(b)) return null;
        const x = memberKeys(vm, a), y = memberKeys(vm, b);
        const same = x.length === y.length && x.every((k, i) => k === y[i]);
        return newBool(same === (op === CompareOpArg.EQ));
      },
      // hash(frozenset(args)) in CPython: any order of the same members hashes alike.
      hash: (vm, o) => argsOf(o).items.reduce((h, a) => h ^ pyHash(vm, a), 0n),
      valueKey: (vm, o) => `${NON_STR}U(${memberKeys(vm, o).map(keyText).join(',')})`,
      attribute: (o, name) => {
        if (name === '__args__') return incref(argsOf(o));
        if (name === '__parameters__') return newTuple([]);
        return null;
      },
      sizeof: () => 48,
    },
  });
  defineSlots(type, {
    __or__: slot(1, (vm, self, [other]) => unionOr(vm, self, other) ?? notImplemented()),
    __ror__: slot(1, (vm, self, [other]) => unionOr(vm, other, self) ?? notImplemented()),
  });
  return type;
});

/** _Py_union_type_or: `a | b` for classes, None, aliases and unions; null (NotImplemented) for anything else. */
export function unionOr(vm: VM, a: PyObject, b: PyObject): PyObject | null {
  // Only type.__or__ and a union's make one: None has no `|` of its own (`None | None` is a TypeError).
  if (!isUnionable(a) || !isUnionable(b) || (a === None && b === None)) return null;
  const members: PyObject[] = [];
  for (const x of [a, b]) {
    for (const m of isUnion(x) ? argsOf(x).items : [x]) {
      const member = m === None ? T.NoneType : m;
      // dedup_and_flatten_args: the same object once; generic aliases once per equal alias.
      const seen = members.some((y) => (isGenericAlias(y) && isGenericAlias(member) ? equals(vm, y, member) : y === member));
      if (!seen) members.push(member);
    }
  }
  if (members.length === 1) return incref(members[0]);
  const heap = activeHeap();
  const u = heap.register(new PyNativeObject<null>(unionType(), [newTuple(members.map((m) => incref(m)))], null));
  heap.track(u);
  return u;
}
