// `from m import *` (import_all_from): the names in m.__all__, or else every name in m.__dict__ without a
// leading underscore, copied into the importing namespace.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyList, PyStr, PyTuple } from '../runtime/objects';
import { decref } from '../runtime/heap';
import { dictSetStr } from '../runtime/containers';
import { getAttr } from '../runtime/ops/attributes';
import { str } from '../runtime/ops/repr';
import { listFromIterable } from '../builtins/constructors';
import type { VM } from '../vm/vm';

function lookup(vm: VM, o: PyObject, name: string): PyObject | null {
  try {
    return getAttr(vm, o, name);
  } catch (e) {
    if (vm.isAttributeError(e)) return null;
    throw e;
  }
}

export function importAllFrom(vm: VM, locals: PyDict, module: PyObject): void {
  let names = lookup(vm, module, '__all__');
  const publicOnly = names === null;
  if (names === null) {
    const dict = lookup(vm, module, '__dict__');
    if (!dict) throw new NativeRaise('ImportError', 'from-import-* object has no __dict__ and no __all__');
    try {
      if (!(dict instanceof PyDict)) throw new NativeRaise('TypeError', 'from-import-* needs a dict as __dict__');
      names = listFromIterable(vm, dict);
    } finally {
      decref(dict);
    }
  }
  try {
    const items = names instanceof PyList || names instanceof PyTuple ? names.items.slice() : null;
    if (!items) throw new NativeRaise('TypeError', `'${names.type.name}' object is not subscriptable`);
    for (const name of items) {
      if (!(name instanceof PyStr)) {
        const modname = getAttr(vm, module, '__name__');
        try {
          if (!(modname instanceof PyStr)) throw new NativeRaise('TypeError', `module __name__ must be a string, not ${modname.type.name}`);
          const where = publicOnly ? 'Key' : 'Item';
          throw new NativeRaise('TypeError', `${where} in ${str(vm, modname)}.${publicOnly ? '__dict__' : '__all__'} must be str, not ${name.type.name}`);
        } finally {
          decref(modname);
        }
      }
      if (publicOnly && name.value.startsWith('_')) continue;
      const value = getAttr(vm, module, name.value);
      dictSetStr(locals, name.value, value);
      decref(value);
    }
  } finally {
    decref(names);
  }
}
