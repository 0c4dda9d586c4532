// sys.modules: the interpreter's dict of imported modules, a real dict a program can read and change, as in CPython.

import { strKey } from '../runtime/mapKey';
import type { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyStr } from '../runtime/objects';
import { dictDelete, dictSetStr } from '../runtime/containers';

export class ModuleTable {
  /** The dict sys.modules is; the interpreter holds one reference to it. */
  constructor(readonly dict: PyDict) {}

  get(name: string): PyObject | undefined {
    return this.dict.getStr(name);
  }

  /** sys.modules[name] = module (the table takes its own reference). */
  set(name: string, module: PyObject): void {
    dictSetStr(this.dict, name, module);
  }

  delete(name: string): boolean {
    return dictDelete(this.dict, strKey(name));
  }

  /** The entries with str keys, in insertion order. */
  *entries(): IterableIterator<[string, PyObject]> {
    for (const e of this.dict.map.values()) if (e.key instanceof PyStr) yield [e.key.value, e.value];
  }
}
