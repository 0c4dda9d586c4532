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

/** An instance: sys's struct sequences have static types in CPython 3.11, so instances hold no reference to them. */
export class PyStructSeq extends PyTuple {
  /** structseq_dealloc frees the object itself: no tuple free list. */
  override get freeListKind(): FreeListKind {
    return '';
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
  return activeHeap().register(new PyStructSeq(type, items));
}
