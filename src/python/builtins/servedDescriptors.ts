// The descriptors CPython's function, builtin_function_or_method, method and BaseException types have in their
// dicts: `__call__` and the getsets and members behind `__name__`, `__code__`, `__self__`, `args`...
// (specialAttribute answers the lookups themselves; these make `dir()`, `vars(type(f))` and
// `hasattr(f, '__call__')` as CPython's).

import { E, T } from '../runtime/builtinTypes';
import type { PyType } from '../runtime/types';
import { servedAttribute } from '../runtime/ops/attributes';
import { defineGetSets, defineSlots, slot } from './slotWrappers';
import type { VM } from '../vm/vm';
import type { PyObject } from '../runtime/object';

function served(names: readonly string[]): Record<string, (vm: VM, self: PyObject) => PyObject> {
  return Object.fromEntries(names.map((name) => [name, (vm: VM, self: PyObject) => servedAttribute(vm, self, name)]));
}

function install(type: PyType, members: readonly string[], getsets: readonly string[]): void {
  defineGetSets(type, served(members), true);
  defineGetSets(type, served(getsets));
}

function installCallable(type: PyType, members: readonly string[], getsets: readonly string[]): void {
  defineSlots(type, { __call__: slot('any', (vm, self, args, kwargs) => vm.call(self, args, kwargs), true) });
  install(type, members, getsets);
}

export function installServedDescriptors(): void {
  installCallable(T.function, ['__closure__', '__globals__', '__module__', '__builtins__'],
    ['__code__', '__defaults__', '__kwdefaults__', '__annotations__', '__dict__', '__name__', '__qualname__']);
  installCallable(T.builtin_function_or_method, ['__module__'], ['__name__', '__qualname__', '__self__']);
  installCallable(T.method, ['__func__', '__self__'], []);
  install(T.cell, [], ['cell_contents']);
  install(T.generator, ['gi_code'], ['gi_frame', 'gi_running', 'gi_suspended', 'gi_yieldfrom', '__name__', '__qualname__']);
  install(T.coroutine, ['cr_code', 'cr_origin'], ['cr_await', 'cr_frame', 'cr_running', 'cr_suspended', '__name__', '__qualname__']);
  install(T.async_generator, ['ag_code'], ['ag_await', 'ag_frame', 'ag_running', '__name__', '__qualname__']);
  install(E.BaseException, ['__suppress_context__'], ['__dict__', 'args', '__traceback__', '__context__', '__cause__']);
}
