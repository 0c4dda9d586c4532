// The special methods of str, list, tuple, dict, set, frozenset, range and the dict views, over the same
// operations the interpreter uses (so `[1].__eq__((1,))` is NotImplemented and `'a'.__add__(1)` raises).

import { NativeRaise } from '../errors';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyBool, PyDictView, PyInt, PyList, PyMappingProxy, PyRange, PySet, PySlice, PyStr, PyTuple, type NativeCall } from '../runtime/objects';
import { getAttr } from '../runtime/ops/attributes';
import { ODICT_VIEW_TYPES, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newInt, newNone, newStr, newTuple } from '../runtime/factory';
import { binaryOp, builtinKindBinary } from '../runtime/ops/arith';
import { richCompare, builtinTruth, builtinKindCompare, equals } from '../runtime/ops/compare';
import {
  contains, containsNow, delItem, delItemNow, getItem, getItemNow, length, lengthNow, rangeComputes, sequenceIterator, setItem, setItemNow,
} from '../runtime/ops/items';
import { builtinKindRepr, repr, str } from '../runtime/ops/repr';
import { kindHash } from '../runtime/hash';
import { sizeofWithoutPreHeader } from '../runtime/sizeof';
import { builtinFormatMethod } from '../runtime/ops/formatting';
import { listExtend } from '../runtime/containers';
import { setBinaryOp, setUpdate } from '../runtime/setObject';
import { viewBinaryOp } from '../runtime/dictViewOps';
import { defineGetSets, defineSlots, getattributeSlot, notImplemented, slot, type SlotDef } from './slotWrappers';
import { COMPARISONS, comparisonSlots } from './numberSlots';
import { NOARGS, O, defineMethods, fast } from './define';
import { indexOf } from '../runtime/ops/numbers';
import { dictFill, reversedBuiltinSequence } from './constructors';
import { reversedDictIterator } from '../runtime/dictViewOps';
import type { VM } from '../vm/vm';

/*
 * On an instance of a Python subclass (`self.attrs` set) each slot runs the builtin kind's own operation:
 * the generic ones would find the subclass's method again (`super().__len__()` inside its __len__).
 */
const common = {
  __repr__: slot(0, (vm, self) => newStr(self.attrs !== null ? vm.runSync(builtinKindRepr(vm, self)) : repr(vm, self))),
  __getattribute__: getattributeSlot,
};
const hashSlot = slot(0, (vm, self) => newInt(kindHash(vm, self)));
const lenSlot = slot(0, (vm, self) => newInt(self.attrs !== null ? lengthNow(vm, self) : length(vm, self)));
const iterSlot = slot(0, (vm, self) => (self.attrs !== null ? sequenceIterator(vm, self as PyList) : vm.getIter(self)));
const containsSlot = slot(1, (vm, self, [item]) => newBool(self.attrs !== null ? containsNow(vm, self, item) : contains(vm, self, item)));
const getitemSlot = slot(1, (vm, self, [key]) => (self.attrs !== null ? getItemNow(vm, self, key) : getItem(vm, self, key)));
const setitemSlot = slot([2, 2], (vm, self, [key, value]) => {
  if (self.attrs !== null) setItemNow(vm, self, key, value);
  else setItem(vm, self, key, value);
  return newNone();
});
const delitemSlot = slot(1, (vm, self, [key]) => {
  if (self.attrs !== null) delItemNow(vm, self, key);
  else delItem(vm, self, key);
  return newNone();
});
const concatSlot = slot(1, (vm, self, [other]) => binaryFor(vm, self, other, BinaryOpArg.ADD));

/** A binary operator for a container slot: the kind's own for a subclass instance (NotImplemented if it has none). */
function binaryFor(vm: VM, self: PyObject, other: PyObject, op: number): PyObject {
  if (self.attrs === null) return binaryOp(vm, self, other, op);
  const base = op >= BinaryOpArg.INPLACE_ADD ? op - BinaryOpArg.INPLACE_ADD : op;
  return builtinKindBinary(vm, self, other, base, op !== base) ?? notImplemented();
}

/** Rich comparison for a container slot: the kind's own for a subclass instance. */
function compareFor(vm: VM, self: PyObject, other: PyObject, op: number): PyObject {
  return self.attrs !== null ? vm.runSync(builtinKindCompare(vm, self, other, op)) : richCompare(vm, self, other, op);
}

/** sq_repeat: the count must be an index (`'a'.__mul__(1.5)` raises, unlike `'a' * 1.5`'s message). */
const repeatSlot = slot([1, 1], (vm, self, [n]) => {
  const count = indexOf(vm, n);
  const countObj = newInt(count);
  try {
    return binaryFor(vm, self, countObj, BinaryOpArg.MULTIPLY);
  } finally {
    decref(countObj);
  }
});

const isType = (type: typeof T.str) => (o: PyObject): boolean => o.type === type || o.type.isSubtypeOf(type);
const isAnySet = (o: PyObject): boolean => o instanceof PySet;

/** Equality only (dict, range, slice views of the values): orderings are NotImplemented. */
function equalitySlots(accepts: (o: PyObject) => boolean): Record<string, SlotDef> {
  const out: Record<string, SlotDef> = {};
  for (const [name, op] of COMPARISONS) {
    const ordering = op !== CompareOpArg.EQ && op !== CompareOpArg.NE;
    out[name] = slot(1, (vm, self, [other]) => (!ordering && accepts(other) ? compareFor(vm, self, other, op) : notImplemented()));
  }
  return out;
}

/** The set operators of sets (and, with `view`, of keys and items views), with their reflected forms. */
function setOperatorSlots(inplace: boolean, view: boolean): Record<string, SlotDef> {
  const out: Record<string, SlotDef> = {};
  for (const [stem, op] of [['sub', '-'], ['and', '&'], ['xor', '^'], ['or', '|']] as const) {
    const apply = (vm: VM, a: PyObject, b: PyObject): PyObject => {
      const r = view ? viewBinaryOp(vm, a, b, op) : a instanceof PySet ? setBinaryOp(vm, a, b, op, false) : null;
      return r ?? notImplemented();
    };
    out[`__${stem}__`] = slot(1, (vm, self, [other]) => apply(vm, self, other));
    out[`__r${stem}__`] = slot(1, (vm, self, [other]) => (view || other instanceof PySet ? apply(vm, other, self) : notImplemented()));
  }
  if (inplace) {
    for (const [stem, op] of [['sub', '-'], ['and', '&'], ['xor', '^'], ['or', '|']] as const) {
      out[`__i${stem}__`] = slot(1, (vm, self, [other]) => setBinaryOp(vm, self as PySet, other, op, true) ?? notImplemented());
    }
  }
  return out;
}

const sizeofMethod = [NOARGS, (vm: VM, args: PyObject[]) => newInt(sizeofWithoutPreHeader(vm, args[0]))] as const;

export function installContainerSlots(): void {
  defineSlots(T.str, {
    ...common,
    __hash__: hashSlot,
    __str__: slot(0, (_vm, self) => (self.type === T.str ? incref(self) : newStr((self as PyStr).value))),
    ...comparisonSlots(isType(T.str)),
    __iter__: iterSlot,
    __mod__: slot(1, (vm, self, [args]) => vm.percentFormat((self as PyStr).value, args)),
    __rmod__: slot(1, (vm, self, [other]) => (other instanceof PyStr ? vm.percentFormat(other.value, self) : notImplemented())),
    __len__: lenSlot,
    __getitem__: getitemSlot,
    __add__: concatSlot,
    __mul__: repeatSlot,
    __rmul__: repeatSlot,
    __contains__: containsSlot,
  });
  defineMethods(T.str, {
    __format__: [O, builtinFormatMethod],
    __sizeof__: sizeofMethod,
    __getnewargs__: [NOARGS, (_vm, args) => newTuple([newStr((args[0] as PyStr).value)])],
  });

  defineSlots(T.list, {
    ...common,
    ...comparisonSlots(isType(T.list), compareFor),
    __iter__: iterSlot,
    __init__: slot([0, 1], (vm, self, [iterable]) => {
      const l = self as PyList;
      const old = l.items;
      l.items = [];
      l.allocated = 0;
      for (let i = old.length - 1; i >= 0; i--) decref(old[i]);
      if (iterable !== undefined) listExtend(vm, l, iterable);
      return newNone();
    }),
    __len__: lenSlot,
    __setitem__: setitemSlot,
    __delitem__: delitemSlot,
    __add__: concatSlot,
    __mul__: repeatSlot,
    __rmul__: repeatSlot,
    __contains__: containsSlot,
    __iadd__: slot(1, (vm, self, [other]) => {
      listExtend(vm, self as PyList, other);
      return incref(self);
    }),
    __imul__: slot([1, 1], (vm, self, [n]) => {
      const countObj = newInt(indexOf(vm, n));
      try {
        return binaryFor(vm, self, countObj, BinaryOpArg.INPLACE_MULTIPLY);
      } finally {
        decref(countObj);
      }
    }),
    __hash__: null,
  });
  defineMethods(T.list, {
    __getitem__: [O, (vm, args) => (args[0].attrs !== null ? getItemNow(vm, args[0], args[1]) : getItem(vm, args[0], args[1]))],
    __reversed__: [NOARGS, (vm, args) => reversedBuiltinSequence(vm, args[0] as PyList)],
    __sizeof__: sizeofMethod,
  });

  defineSlots(T.tuple, {
    ...common,
    __hash__: hashSlot,
    ...comparisonSlots(isType(T.tuple), compareFor),
    __iter__: iterSlot,
    __len__: lenSlot,
    __getitem__: getitemSlot,
    __add__: concatSlot,
    __mul__: repeatSlot,
    __rmul__: repeatSlot,
    __contains__: containsSlot,
  });
  defineMethods(T.tuple, {
    __getnewargs__: [NOARGS, (_vm, args) => newTuple([newTuple((args[0] as PyTuple).items.map((x) => incref(x)))])],
  });

  defineSlots(T.dict, {
    ...common,
    ...equalitySlots((o) => o instanceof PyDict),
    __iter__: iterSlot,
    __init__: slot('any', (vm, self, args, kwargs) => {
      dictFill(vm, self as PyDict, args, kwargs, 'dict');
      return newNone();
    }, true),
    __or__: slot(1, (vm, self, [other]) => (other instanceof PyDict ? binaryOp(vm, self, other, BinaryOpArg.OR) : notImplemented())),
    __ror__: slot(1, (vm, self, [other]) => (other instanceof PyDict ? binaryOp(vm, other, self, BinaryOpArg.OR) : notImplemented())),
    __ior__: slot(1, (vm, self, [other]) => {
      dictFill(vm, self as PyDict, [other], null, 'update');
      return incref(self);
    }),
    __len__: lenSlot,
    __setitem__: setitemSlot,
    __delitem__: delitemSlot,
    __hash__: null,
  });
  defineMethods(T.dict, {
    __getitem__: [O, (vm, args) => (args[0].attrs !== null ? getItemNow(vm, args[0], args[1]) : getItem(vm, args[0], args[1]))],
    __contains__: [O, (vm, args) => newBool(args[0].attrs !== null ? containsNow(vm, args[0], args[1]) : contains(vm, args[0], args[1]))],
    __sizeof__: sizeofMethod,
    __reversed__: [NOARGS, (_vm, args) => reversedDictIterator(args[0] as PyDict, 'keys')],
  });

  for (const frozen of [false, true]) {
    const type = frozen ? T.frozenset : T.set;
    defineSlots(type, {
      ...common,
      ...(frozen ? { __hash__: hashSlot } : {}),
      ...comparisonSlots(isAnySet, compareFor),
      __iter__: iterSlot,
      ...(frozen ? {} : {
        __init__: slot([0, 1], (vm, self, [iterable]) => {
          const s = self as PySet;
          for (const e of s.table.clear()) decref(e.obj);
          if (iterable !== undefined) setUpdate(vm, s, iterable);
          return newNone();
        }),
      }),
      ...setOperatorSlots(!frozen, false),
      __len__: lenSlot,
      ...(frozen ? {} : { __hash__: null }),
    });
    defineMethods(type, {
      __contains__: [O, (vm, args) => newBool(args[0].attrs !== null ? containsNow(vm, args[0], args[1]) : contains(vm, args[0], args[1]))],
      __sizeof__: sizeofMethod,
    });
  }

  defineSlots(T.range, {
    ...common,
    __hash__: hashSlot,
    ...equalitySlots((o) => o instanceof PyRange),
    __iter__: iterSlot,
    __bool__: slot(0, (_vm, self) => newBool(builtinTruth(self)!)),
    __len__: lenSlot,
    __getitem__: getitemSlot,
    __contains__: containsSlot,
  });
  defineMethods(T.range, {
    __reversed__: [NOARGS, (vm, args) => reversedBuiltinSequence(vm, args[0] as PyRange)],
    count: [O, (vm, args) => {
      const x = args[1];
      if (rangeComputes(x)) return newInt(contains(vm, args[0], x) ? 1 : 0);
      return newInt(countByEquality(vm, args[0] as PyRange, x));
    }],
    index: [O, (vm, args) => rangeIndex(vm, args[0] as PyRange, args[1])],
  });
  defineGetSets(T.range, {
    start: (_vm, self) => incref((self as PyRange).parts[0]),
    stop: (_vm, self) => incref((self as PyRange).parts[1]),
    step: (_vm, self) => incref((self as PyRange).parts[2]),
  }, true);

  defineSlots(T.slice, { ...common, ...equalitySlots((o) => o instanceof PySlice), __hash__: null });
  defineMethods(T.slice, { indices: [O, (vm, args) => sliceIndicesTuple(vm, args[0] as PySlice, args[1])] });
  defineGetSets(T.slice, {
    start: (_vm, self) => incref((self as PySlice).start),
    stop: (_vm, self) => incref((self as PySlice).stop),
    step: (_vm, self) => incref((self as PySlice).step),
  }, true);

  defineSlots(T.mappingproxy, {
    ...common,
    __str__: slot(0, (vm, self) => newStr(str(vm, self))),
    ...equalitySlots(() => true),
    __iter__: iterSlot,
    __len__: lenSlot,
    __getitem__: getitemSlot,
    __contains__: containsSlot,
  });
  const delegate = (name: string): NativeCall => (vm, args) => {
    const m = (args[0] as PyMappingProxy).mapping!;
    const method = getAttr(vm, m, name);
    try {
      return vm.call(method, args.slice(1));
    } finally {
      decref(method);
    }
  };
  // mappingproxy_richcompare and mappingproxy_or compare and join the mapping itself; |= is refused; no hash.
  const mappingOf = (o: PyObject): PyObject => (o instanceof PyMappingProxy ? o.mapping! : o);
  const proxyOr = (vm: VM, left: PyObject, right: PyObject): PyObject => binaryOp(vm, mappingOf(left), mappingOf(right), BinaryOpArg.OR);
  const refuseInplaceOr = (): never => {
    throw new NativeRaise('TypeError', "'|=' is not supported by mappingproxy; use '|' instead");
  };
  T.mappingproxy.nativeSlots = {
    compare: (vm, self, other, op) => richCompare(vm, mappingOf(self), other, op),
    binary: (vm, self, other, op, inplace, reflected) => {
      if (op !== BinaryOpArg.OR) return null;
      if (inplace) refuseInplaceOr();
      return reflected ? proxyOr(vm, other, self) : proxyOr(vm, self, other);
    },
    unhashable: true,
  };
  defineSlots(T.mappingproxy, {
    __or__: slot(1, (vm, self, [other]) => proxyOr(vm, self, other)),
    __ror__: slot(1, (vm, self, [other]) => proxyOr(vm, other, self)),
    __ior__: slot(1, refuseInplaceOr),
  });
  defineMethods(T.mappingproxy, {
    __reversed__: [NOARGS, (vm, args) => vm.call(T.reversed, [(args[0] as PyMappingProxy).mapping!])],
    keys: [NOARGS, delegate('keys')],
    values: [NOARGS, delegate('values')],
    items: [NOARGS, delegate('items')],
    get: [fast(1, 2), delegate('get')],
    copy: [NOARGS, delegate('copy')],
  });
  for (const type of [T.dict_keys, T.dict_items, T.dict_values, ...Object.values(ODICT_VIEW_TYPES)]) {
    const setLike = type !== T.dict_values && type !== ODICT_VIEW_TYPES.values;
    defineGetSets(type, {
      mapping: (vm, self) => {
        const proxy = vm.heap.register(new PyMappingProxy(T.mappingproxy, incref((self as PyDictView).dict!)));
        vm.heap.track(proxy);
        return proxy;
      },
    });
    defineSlots(type, {
      ...common,
      ...(setLike ? comparisonSlots((o) => o instanceof PySet || (o instanceof PyDictView && o.kind !== 'values')) : {}),
      __iter__: iterSlot,
      ...(setLike ? setOperatorSlots(false, true) : {}),
      __len__: lenSlot,
      ...(setLike ? { __contains__: containsSlot, __hash__: null } : {}),
    });
  }
}

/** slice.indices(length): the normalized (start, stop, step) for a sequence of that length. */
function sliceIndicesTuple(vm: VM, s: PySlice, lengthObj: PyObject): PyObject {
  const length = Number(indexOf(vm, lengthObj));
  const num = (o: PyObject, dflt: number): number => (o.type === T.NoneType ? dflt : Number(indexOf(vm, o)));
  const step = num(s.step, 1);
  if (step === 0) throw new NativeRaise('ValueError', 'slice step cannot be zero');
  if (length < 0) throw new NativeRaise('ValueError', 'length should not be negative');
  const [lower, upper] = step < 0 ? [-1, length - 1] : [0, length];
  const clamp = (o: PyObject, dflt: number): number => {
    if (o.type === T.NoneType) return dflt;
    let v = num(o, 0);
    if (v < 0) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clamp(s.start, step < 0 ? upper : lower);
  const stop = clamp(s.stop, step < 0 ? lower : upper);
  return newTuple([newInt(start), newInt(stop), newInt(step)]);
}

/** range.count for values that are not ints: counted by equality, as the sequence protocol does. */
function countByEquality(vm: VM, r: PyRange, x: PyObject): number {
  let n = 0;
  for (let i = 0n; i < r.length; i++) if (rangeItemEquals(vm, r, i, x)) n++;
  return n;
}

function rangeItemEquals(vm: VM, r: PyRange, i: bigint, x: PyObject): boolean {
  const v = newInt(r.start + i * r.step);
  try {
    return equals(vm, v, x);
  } finally {
    decref(v);
  }
}

function rangeIndex(vm: VM, r: PyRange, x: PyObject): PyObject {
  // range_index answers exact ints and bools by arithmetic, anything else by searching (as sequence.index).
  if (rangeComputes(x)) {
    if (!contains(vm, r, x)) throw new NativeRaise('ValueError', `${repr(vm, x)} is not in range`);
    const v = x instanceof PyBool ? (x.value ? 1n : 0n) : BigInt((x as PyInt).value);
    return newInt((v - r.start) / r.step);
  }
  for (let i = 0n; i < r.length; i++) if (rangeItemEquals(vm, r, i, x)) return newInt(i);
  throw new NativeRaise('ValueError', 'sequence.index(x): x not in sequence');
}
