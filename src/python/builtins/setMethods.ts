// Methods of set and frozenset with CPython's signatures, over the set algorithms of runtime/setObject.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PySet } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newNone } from '../runtime/factory';
import {
  makeNewSet, setAddKey, setCopy, setDifference, setDifferenceUpdate, setDiscardKey, setIntersection,
  setIsDisjoint, setIsSubset, setIsSuperset, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setUpdate,
} from '../runtime/setObject';
import { NOARGS, O, VARARGS, defineMethods, type SignedCall } from './define';
import type { NativeCall } from '../runtime/objects';
import type { VM } from '../vm/vm';

const self = (args: PyObject[]): PySet => args[0] as PySet;

/** set.copy / frozenset.copy: an exact frozenset is its own copy. */
function copy(vm: VM, args: PyObject[]): PyObject {
  const so = self(args);
  if (so.type === T.frozenset) return incref(so);
  return setCopy(vm, so);
}

function union(vm: VM, args: PyObject[]): PyObject {
  const so = self(args);
  const result = makeNewSet(vm, so.frozen, so);
  try {
    for (const other of args.slice(1)) if (other !== so) setUpdate(vm, result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function intersectionMulti(vm: VM, args: PyObject[]): PySet {
  const so = self(args);
  if (args.length === 1) return setCopy(vm, so);
  let result = incref(so);
  for (const other of args.slice(1)) {
    let next: PySet;
    try {
      next = setIntersection(vm, result, other);
    } finally {
      decref(result);
    }
    result = next;
  }
  return result;
}

function differenceMulti(vm: VM, args: PyObject[]): PyObject {
  const so = self(args);
  if (args.length === 1) return setCopy(vm, so);
  const result = setDifference(vm, so, args[1]);
  try {
    for (const other of args.slice(2)) setDifferenceUpdate(vm, result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

const none = (fn: (vm: VM, args: PyObject[]) => void): NativeCall => (vm, args) => {
  fn(vm, args);
  return newNone();
};

/** The methods frozenset shares with set. */
function sharedMethods(): Record<string, SignedCall> {
  return {
    copy: [NOARGS, copy],
    difference: [VARARGS, differenceMulti],
    intersection: [VARARGS, intersectionMulti],
    isdisjoint: [O, (vm, args) => newBool(setIsDisjoint(vm, self(args), args[1]))],
    issubset: [O, (vm, args) => newBool(setIsSubset(vm, self(args), args[1]))],
    issuperset: [O, (vm, args) => newBool(setIsSuperset(vm, self(args), args[1]))],
    symmetric_difference: [O, (vm, args) => setSymmetricDifference(vm, self(args), args[1])],
    union: [VARARGS, union],
  };
}

export function installSetMethods(): void {
  defineMethods(T.set, {
    add: [O, none((vm, args) => setAddKey(vm, self(args), args[1]))],
    clear: [NOARGS, none((_vm, args) => {
      for (const e of self(args).table.clear()) decref(e.obj);
    })],
    ...sharedMethods(),
    difference_update: [VARARGS, none((vm, args) => {
      for (const other of args.slice(1)) setDifferenceUpdate(vm, self(args), other);
    })],
    discard: [O, none((vm, args) => {
      setDiscardKey(vm, self(args), args[1]);
    })],
    intersection_update: [VARARGS, none((vm, args) => {
      const tmp = intersectionMulti(vm, args);
      self(args).table.swap(tmp.table);
      decref(tmp);
    })],
    pop: [NOARGS, (_vm, args) => {
      const e = self(args).table.pop();
      if (!e) throw new NativeRaise('KeyError', 'pop from an empty set');
      return e.obj;
    }],
    remove: [O, none((vm, args) => {
      if (!setDiscardKey(vm, self(args), args[1])) throw vm.keyError(args[1]);
    })],
    symmetric_difference_update: [O, none((vm, args) => setSymmetricDifferenceUpdate(vm, self(args), args[1]))],
    update: [VARARGS, none((vm, args) => {
      for (const other of args.slice(1)) setUpdate(vm, self(args), other);
    })],
  });
  defineMethods(T.frozenset, sharedMethods());
}

