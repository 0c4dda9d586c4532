// The descriptors CPython's function, builtin_function_or_method and method types have in their dicts: `__call__`
// and the getsets and members behind `__name__`, `__code__`, `__self__`... (specialAttribute answers the lookups
// themselves; these make `dir()`, `vars(type(f))` and `hasattr(f, '__call__')` as CPython's).

import { T } from '../runtime/builtinTypes';
import type { PyType } from '../runtime/types';
import { servedAttribute } from '../runtime/ops/attributes';
import { defineGetSets, defineSlots, slot } from './slotWrappers';
import type { VM } from '../vm/vm';
import type { PyObject } from '../runtime/object';

function served(names: readonly string[]): Record<string, (vm: VM, self: PyObject) => PyObject> {
  return Object.fromEntries(names.map((name) => [name, (vm: VM, self: PyObject) => servedAttribute(vm, self, name)]));
}

function install(type: PyType, members: readonly string[], getsets: readonly string[]): void {
  defineSlots(type, { __call__: slot('any', (vm, self, args, kwargs) => vm.call(self, args, kwargs), true) });
  defineGetSets(type, served(members), true);
  defineGetSets(type, served(getsets));
}

export function installCallableAttributes(): void {
  install(T.function, ['__closure__', '__globals__', '__module__', '__builtins__'],
    ['__code__', '__defaults__', '__kwdefaults__', '__annotations__', '__dict__', '__name__', '__qualname__']);
  install(T.builtin_function_or_method, ['__module__'], ['__name__', '__qualname__', '__self__']);
  install(T.method, ['__func__', '__self__'], []);
}
