// functools.cmp_to_key as CPython's C code (_functools): a KeyWrapper holding the comparison function, whose
// call wraps an object, and whose comparisons call the function and compare its result with 0.

import { NativeRaise } from '../../errors';
import { PyObject, PyGcObject } from '../../runtime/object';
import { PyType } from '../../runtime/types';
import { None, T, makeShared } from '../../runtime/builtinTypes';
import { PyStr } from '../../runtime/objects';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newInt } from '../../runtime/factory';
import { tupleFreeList } from '../../runtime/freeLists';
import { richCompare } from '../../runtime/ops/compare';
import { builtinFunction, positionalOrKeyword, setTypeAttribute } from '../../builtins/define';
import { defineGetSets, defineSlots, slot } from '../../builtins/slotWrappers';
import { defineSlotDunders, nativeType, once } from '../nativeType';
import type { VM } from '../../vm/vm';

/** sizeof(keyobject) with its GC header: cmp and object. */
const KEY_WRAPPER_SIZE = 48;

export class PyKeyWrapper extends PyGcObject {
  constructor(type: PyType, public cmp: PyObject | null, public obj: PyObject | null) {
    super(type);
  }

  override get isGcType(): boolean {
    return true;
  }

  traverse(visit: (target: PyObject, label: string) => void): void {
    if (this.cmp) visit(this.cmp, 'cmp');
    if (this.obj) visit(this.obj, 'obj');
  }

  clear(release: (target: PyObject) => void): void {
    const { cmp, obj } = this;
    this.cmp = this.obj = null;
    if (cmp) release(cmp);
    if (obj) release(obj);
  }
}

function newKeyWrapper(cmp: PyObject, obj: PyObject | null): PyKeyWrapper {
  const heap = activeHeap();
  const k = heap.register(new PyKeyWrapper(keyWrapperType(), incref(cmp), obj ? incref(obj) : null));
  heap.track(k);
  return k;
}

/** keyobject_call: `K(obj)` (no vectorcall: _PyObject_MakeTpCall packs the argument into a tuple). */
function call(vm: VM, o: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const total = args.length + (kwargs?.size ?? 0);
  if (total > 1) throw new NativeRaise('TypeError', `K() takes at most 1 argument (${total} given)`);
  const obj = args[0] ?? kwargs?.get('obj');
  if (!obj) throw new NativeRaise('TypeError', "K() missing required argument 'obj' (pos 1)");
  const packed = args.length > 0 ? [vm.hidden.allocate(tupleFreeList(args.length))] : [];
  if (kwargs && kwargs.size > 0) packed.push(vm.hidden.allocate('dict'));
  try {
    return newKeyWrapper((o as PyKeyWrapper).cmp ?? None, obj);
  } finally {
    vm.hidden.release(packed);
  }
}

/** keyobject_richcompare: cmp(self.obj, other.obj) compared with 0 by the same operator. */
function compare(vm: VM, a: PyObject, b: PyObject, op: number): PyObject {
  if (b.type !== a.type) throw new NativeRaise('TypeError', 'other argument must be K instance');
  const self = a as PyKeyWrapper, other = b as PyKeyWrapper;
  if (!self.obj || !other.obj) throw new NativeRaise('AttributeError', 'object');
  const result = vm.call(self.cmp ?? None, [self.obj, other.obj]);
  const zero = newInt(0);
  try {
    return richCompare(vm, result, zero, op);
  } finally {
    decref(result);
    decref(zero);
  }
}

/** The writable `obj` member (T_OBJECT: None when unset, deletable). */
function setAttribute(_vm: VM, o: PyObject, name: string, value: PyObject | null): boolean {
  if (name !== 'obj') return false;
  const self = o as PyKeyWrapper;
  const old = self.obj;
  self.obj = value ? incref(value) : null;
  if (old) decref(old);
  return true;
}

export const keyWrapperType = once((): PyType => {
  const type = nativeType('KeyWrapper', 'functools', {
    packsArguments: true,
    slots: { sizeof: () => KEY_WRAPPER_SIZE, call, compare, unhashable: true, setAttribute },
  });
  defineSlotDunders(type);
  defineSlots(type, { __call__: slot('any', (vm, self, args, kwargs) => call(vm, self, args, kwargs), true) });
  type.nativeNew = () => {
    throw new NativeRaise('TypeError', "cannot create 'functools.KeyWrapper' instances");
  };
  setTypeAttribute(type, '__module__', makeShared(new PyStr(T.str, 'functools')));
  defineGetSets(type, { obj: (_vm, self) => incref((self as PyKeyWrapper).obj ?? None) }, true);
  return type;
});

/** _functools.cmp_to_key(mycmp). */
export const cmpToKeyFunction = once(() => builtinFunction('cmp_to_key', (_vm, args, kwargs) => {
  const [mycmp] = positionalOrKeyword('cmp_to_key', args, kwargs, ['mycmp'], 1) as PyObject[];
  return newKeyWrapper(mycmp, null);
}));
