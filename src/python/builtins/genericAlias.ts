// types.GenericAlias, what `list[int]` makes (Objects/genericaliasobject.c): the origin class and its
// arguments, a repr that reads like the annotation, calls that make the origin, equality and hash from both.

import { keyText, NON_STR } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyEllipsis, PyList, PyTuple } from '../runtime/objects';
import { PyNativeObject } from '../runtime/nativeObject';
import { PyType } from '../runtime/types';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newTuple } from '../runtime/factory';
import { equals } from '../runtime/ops/compare';
import { hashKey } from '../runtime/ops/hashKey';
import { pyHash } from '../runtime/hash';
import { repr } from '../runtime/ops/repr';
import { CompareOpArg } from '../bytecode/opcodes';
import { nativeType, once } from '../modules/nativeType';
import { builtinFunction } from './define';
import type { VM } from '../vm/vm';

/** refs: [origin, args tuple]; data: whether it is collections.abc.Callable's form (_CallableGenericAlias). */
type GenericAlias = PyNativeObject<CallableForm | null>;
interface CallableForm { readonly callable: true }
const CALLABLE_FORM: CallableForm = Object.freeze({ callable: true });

const originOf = (o: PyObject) => (o as GenericAlias).refs[0];
const argsOf = (o: PyObject) => (o as GenericAlias).refs[1] as PyTuple;

/** ga_repr_item: a class by its qualified name (no module for builtins), `...`, else repr(). */
export function genericAliasItemRepr(vm: VM, item: PyObject): string {
  if (item instanceof PyEllipsis) return '...';
  if (item instanceof PyType) return item.module === 'builtins' || !item.module ? item.qualname : `${item.module}.${item.qualname}`;
  return repr(vm, item);
}

function aliasRepr(vm: VM, o: PyObject): string {
  const args = argsOf(o).items;
  // _CallableGenericAlias.__repr__: the parameters in brackets, unless they are `...`.
  if ((o as GenericAlias).data && !(args.length === 2 && args[0] instanceof PyEllipsis)) {
    const params = args.slice(0, -1).map((a) => genericAliasItemRepr(vm, a)).join(', ');
    return `collections.abc.Callable[[${params}], ${genericAliasItemRepr(vm, args[args.length - 1])}]`;
  }
  const inner = args.length === 0 ? '()' : args.map((a) => genericAliasItemRepr(vm, a)).join(', ');
  return `${genericAliasItemRepr(vm, originOf(o))}[${inner}]`;
}

/** ga_getattro's attr_exceptions: names a generic alias answers itself. */
const OWN_ATTRIBUTES = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

export const genericAliasType = once((): PyType => {
  const type = nativeType('GenericAlias', 'types', {
    slots: {
      repr: aliasRepr,
      // ga_call: the origin called with the arguments (setting __orig_class__ fails quietly on builtins).
      call: (vm, o, args, kwargs) => vm.call(originOf(o), args, kwargs),
      compare: (vm, a, b, op) => {
        if ((op !== CompareOpArg.EQ && op !== CompareOpArg.NE) || b.type !== a.type) return null;
        const same = originOf(a) === originOf(b) && equals(vm, argsOf(a), argsOf(b));
        return newBool(same === (op === CompareOpArg.EQ));
      },
      hash: (vm, o) => pyHash(vm, originOf(o)) ^ pyHash(vm, argsOf(o)),
      valueKey: (vm, o) => `${NON_STR}G${originOf(o).id}[${keyText(hashKey(vm, argsOf(o)))}]`,
      attribute: (o, name) => {
        if (name === '__origin__') return incref(originOf(o));
        if (name === '__args__') return incref(argsOf(o));
        if (name === '__parameters__') return newTuple([]);
        return null;
      },
      // ga_getattro: every other name but a few of the alias's own is the origin's (`list[int].__name__`).
      attributeOwner: (o, name) => (OWN_ATTRIBUTES.has(name) ? null : originOf(o)),
      sizeof: () => 80,
    },
  });
  // ga_new: types.GenericAlias(origin, args), as a class's __class_getitem__ makes one.
  type.nativeNew = (_vm, args, kwargs) => {
    if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'GenericAlias() takes no keyword arguments');
    if (args.length !== 2) throw new NativeRaise('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
    return newGenericAlias(args[0], args[1]);
  };
  return type;
});

/** origin[key]: the alias, its arguments a tuple (a single argument packed into one). */
export function newGenericAlias(origin: PyObject, key: PyObject, form: CallableForm | null = null): PyObject {
  const args = key instanceof PyTuple ? incref(key) : newTuple([incref(key)]);
  const o = activeHeap().register(new PyNativeObject<CallableForm | null>(genericAliasType(), [incref(origin), args], form));
  activeHeap().track(o);
  return o;
}

/**
 * `_callable_alias(origin, item)`: collections.abc.Callable[[int, str], bool] (_CallableGenericAlias.__new__), its
 * parameters and result flattened into the arguments; a GenericAlias that keeps the bracketed repr.
 */
export const callableAliasFunction = once(() => builtinFunction('_callable_alias', (vm, args) => {
  const [origin, item] = args;
  if (!(item instanceof PyTuple) || item.items.length !== 2) throw new NativeRaise('TypeError', 'Callable must be used as Callable[[arg, ...], result].');
  const [params, result] = item.items;
  if (params instanceof PyTuple || params instanceof PyList) {
    const flat = newTuple([...params.items, result].map((a) => incref(a)));
    try {
      return newGenericAlias(origin, flat, CALLABLE_FORM);
    } finally {
      decref(flat);
    }
  }
  if (!(params instanceof PyEllipsis)) throw new NativeRaise('TypeError', `Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got ${repr(vm, params)}`);
  return newGenericAlias(origin, item, CALLABLE_FORM);
}));

export function isGenericAlias(o: PyObject): boolean {
  return o.type === genericAliasType();
}

/** isinstance()/issubclass() refuse a parameterized generic as their class argument. */
export function refuseGenericAliasClass(cls: PyObject, fname: string): void {
  if (isGenericAlias(cls)) throw new NativeRaise('TypeError', `${fname}() argument 2 cannot be a parameterized generic`);
}
