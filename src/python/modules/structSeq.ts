// Read-only struct sequences of constants (sys.int_info, sys.float_info): tuples with named fields.

import { PyObject } from '../runtime/object';
import { PyTuple } from '../runtime/objects';
import type { FreeListKind } from '../runtime/freeLists';
import { PyType } from '../runtime/types';
import { T } from '../runtime/builtinTypes';
import { activeHeap, incref } from '../runtime/heap';
import { newInt } from '../runtime/factory';
import { repr } from '../runtime/ops/repr';
import { setTypeAttribute } from '../builtins/define';
import { defineGetSets } from '../builtins/slotWrappers';
import { nativeType } from './nativeType';
import type { VM } from '../vm/vm';

/** An instance: its type is a heap type in CPython, so each instance holds a reference to it. */
export class PyStructSeq extends PyTuple {
  /** structseq_dealloc frees the object itself: no tuple free list. */
  override get freeListKind(): FreeListKind {
    return '';
  }
  private holdsType = true;
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.holdsType) visit(this.type, '__class__');
    super.traverse(visit);
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    if (this.holdsType) visit(this.type);
    super.forEachReference(visit);
  }
  override clear(release: (t: PyObject) => void): void {
    super.clear(release);
    if (this.holdsType) {
      this.holdsType = false;
      release(this.type);
    }
  }
}

/** The type `module.name` with one read-only member per field and `module.name(field=value, ...)` as repr. */
export function structSeqType(name: string, module: string, fields: readonly string[]): PyType {
  const type = nativeType(name, module, {
    base: T.tuple,
    slots: {
      repr: (vm: VM, o: PyObject) => {
        const items = (o as PyStructSeq).items;
        return `${module}.${name}(${fields.map((f, i) => `${f}=${repr(vm, items[i])}`).join(', ')})`;
      },
    },
  });
  const members: Record<string, (vm: VM, self: PyObject) => PyObject> = {};
  fields.forEach((field, i) => (members[field] = (_vm, self) => incref((self as PyStructSeq).items[i])));
  defineGetSets(type, members, true);
  setTypeAttribute(type, 'n_fields', newInt(fields.length));
  setTypeAttribute(type, 'n_sequence_fields', newInt(fields.length));
  setTypeAttribute(type, 'n_unnamed_fields', newInt(0));
  return type;
}

/** A new instance owning `items`. */
export function newStructSeq(type: PyType, items: PyObject[]): PyStructSeq {
  return activeHeap().register(new PyStructSeq(incref(type), items));
}
