// _collections._tuplegetter, the C descriptor CPython gives each namedtuple field: `p.x` reads item 0 of the
// tuple at once (a descriptor written in Python ran a frame per read: 95 times python3's time). Read-only, with
// a writable __doc__ member.

import { NativeRaise } from '../../errors';
import { PyObject, PyGcObject } from '../../runtime/object';
import { PyType } from '../../runtime/types';
import { PyTuple } from '../../runtime/objects';
import { None } from '../../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newInt, newTuple } from '../../runtime/factory';
import { indexOf } from '../../runtime/ops/numbers';
import { repr } from '../../runtime/ops/repr';
import { defineMethods, NOARGS } from '../../builtins/define';
import { defineGetSets, defineSlots, descrGetSlot, descrSetSlots } from '../../builtins/slotWrappers';
import { defineSlotDunders, nativeType, once } from '../nativeType';
import type { VM } from '../../vm/vm';

/** sizeof(_tuplegetterobject) with its GC header: the index and the doc. */
const TUPLE_GETTER_SIZE = 48;

export class PyTupleGetter extends PyGcObject {
  constructor(type: PyType, readonly index: number, public doc: PyObject | null) {
    super(type);
  }

  override get isGcType(): boolean {
    return true;
  }

  traverse(visit: (target: PyObject, label: string) => void): void {
    if (this.doc) visit(this.doc, '__doc__');
  }

  clear(release: (target: PyObject) => void): void {
    const doc = this.doc;
    this.doc = null;
    if (doc) release(doc);
  }
}

/** tuplegetter_new: `_tuplegetter(index, doc, /)`. */
function newTupleGetter(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', '_tuplegetter() takes no keyword arguments');
  if (args.length !== 2) throw new NativeRaise('TypeError', `_tuplegetter expected 2 arguments, got ${args.length}`);
  const index = indexOf(vm, args[0]);
  if (typeof index !== 'number' || !Number.isSafeInteger(index)) {
    throw new NativeRaise('OverflowError', `Python int too large to convert to C ssize_t`);
  }
  const heap = activeHeap();
  const getter = heap.register(new PyTupleGetter(tupleGetterType(), index, incref(args[1])));
  heap.track(getter);
  return getter;
}

/** tuplegetter_descr_get: the item of a tuple (or of an instance of a tuple subclass); itself through the class. */
function descrGet(_vm: VM, descr: PyObject, obj: PyObject): PyObject {
  const getter = descr as PyTupleGetter;
  if (!(obj instanceof PyTuple)) {
    if (obj === None) return incref(descr);
    throw new NativeRaise('TypeError', `descriptor for index '${getter.index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
  }
  const item = getter.index >= 0 ? obj.items[getter.index] : undefined;
  if (item === undefined) throw new NativeRaise('IndexError', 'tuple index out of range');
  return incref(item);
}

/** tuplegetter_descr_set: every store and delete is refused. */
function readOnly(_descr: PyObject, _obj: PyObject, value: PyObject | null): never {
  throw new NativeRaise('AttributeError', value ? "can't set attribute" : "can't delete attribute");
}

/** The __doc__ member (T_OBJECT): None when deleted. */
function setAttribute(_vm: VM, o: PyObject, name: string, value: PyObject | null): boolean {
  if (name !== '__doc__') return false;
  const self = o as PyTupleGetter;
  const old = self.doc;
  self.doc = value ? incref(value) : null;
  if (old) decref(old);
  return true;
}

export const tupleGetterType = once((): PyType => {
  const type = nativeType('_tuplegetter', '_collections', {
    slots: {
      sizeof: () => TUPLE_GETTER_SIZE,
      // %R of a deleted doc (NULL) prints <NULL>.
      repr: (vm, o) => {
        const { index, doc } = o as PyTupleGetter;
        return `_tuplegetter(${index}, ${doc ? repr(vm, doc) : '<NULL>'})`;
      },
      descrGet,
      readOnlyDescriptor: readOnly,
      setAttribute,
    },
  });
  type.nativeNew = newTupleGetter;
  // No Py_TPFLAGS_BASETYPE.
  type.refusesSubclass = true;
  defineSlotDunders(type);
  defineSlots(type, {
    __get__: descrGetSlot((vm, [self, obj]) => descrGet(vm, self, obj)),
    ...descrSetSlots((_vm, [self, obj, value]) => readOnly(self, obj, value), (_vm, [self, obj]) => readOnly(self, obj, null)),
  });
  defineMethods(type, {
    // tuplegetter_reduce: (type, (index, doc)).
    __reduce__: [NOARGS, (_vm: VM, args: PyObject[]) => {
      const self = args[0] as PyTupleGetter;
      return newTuple([incref(self.type), newTuple([newInt(self.index), incref(self.doc ?? None)])]);
    }],
  });
  defineGetSets(type, { __doc__: (_vm, self) => incref((self as PyTupleGetter).doc ?? None) }, true);
  return type;
});
