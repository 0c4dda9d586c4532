// BaseExceptionGroup and ExceptionGroup (PEP 654): construction checks, str, derive, split and subgroup,
// as Objects/exceptions.c has them in CPython 3.11.

import { NativeRaise, argTypeName } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyInstance, PyList, PySet, PyStr, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { E, T } from '../runtime/builtinTypes';
import { listAppend } from '../runtime/containers';
import { decref, incref } from '../runtime/heap';
import { newException, newList, newNone, newStr, newTuple } from '../runtime/factory';
import { setTraceback } from '../runtime/objects';
import { setExceptionMember } from '../runtime/exceptionMembers';
import { getAttr } from '../runtime/ops/attributes';
import { setAttr } from '../runtime/ops/attributeStores';
import { exceptionStr } from '../runtime/ops/repr';
import { listFromIterable } from './constructors';
import { isCallable } from './callingBuiltins';
import { defineMethods } from './define';
import type { VM } from '../vm/vm';

/** The group's `exceptions` tuple (a borrowed reference). */
export function groupExceptions(group: PyInstance): PyTuple {
  return group.exc!.members!.get('exceptions') as PyTuple;
}

export function isExceptionGroup(o: PyObject): o is PyInstance {
  return o instanceof PyInstance && o.exc !== null && o.type.isSubtypeOf(E.BaseExceptionGroup);
}

/** The items of the exceptions argument as a new list (PySequence_Tuple), or TypeError when it is no sequence. */
function exceptionItems(vm: VM, exceptions: PyObject): PyList {
  const sequence = exceptions instanceof PyList || exceptions instanceof PyTuple || exceptions instanceof PyStr
    || (!(exceptions instanceof PyDict) && !(exceptions instanceof PySet) && exceptions.type.lookup('__getitem__') !== undefined);
  if (!sequence) throw new NativeRaise('TypeError', 'second argument (exceptions) must be a sequence');
  return listFromIterable(vm, exceptions);
}

/** BaseExceptionGroup.__new__: checks the arguments and picks ExceptionGroup when every member is an Exception. */
export function createExceptionGroup(vm: VM, type: PyType, args: PyObject[]): PyInstance {
  const [message, exceptions] = args;
  if (args.length < 2) {
    throw new NativeRaise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  if (!(message instanceof PyStr)) {
    throw new NativeRaise('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${argTypeName(message)}`);
  }
  if (args.length > 2) {
    throw new NativeRaise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const items = exceptionItems(vm, exceptions);
  try {
    if (items.items.length === 0) throw new NativeRaise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
    let nestsBaseExceptions = false;
    items.items.forEach((e, i) => {
      if (!(e instanceof PyInstance && e.exc)) throw new NativeRaise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
      if (!e.type.isSubtypeOf(E.Exception)) nestsBaseExceptions = true;
    });
    let cls = type;
    if (cls === E.ExceptionGroup) {
      if (nestsBaseExceptions) throw new NativeRaise('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === E.BaseExceptionGroup) {
      if (!nestsBaseExceptions) cls = E.ExceptionGroup;
    } else if (nestsBaseExceptions && cls.isSubtypeOf(E.Exception)) {
      throw new NativeRaise('TypeError', `Cannot nest BaseExceptions in '${cls.name}'`);
    }
    const group = newException(cls, args.map((a) => incref(a)));
    setExceptionMember(group, 'message', message);
    const tuple = newTuple(items.items.map((e) => incref(e)));
    setExceptionMember(group, 'exceptions', tuple);
    decref(tuple);
    return group;
  } finally {
    decref(items);
  }
}

type Matcher = (exc: PyInstance) => boolean;

/** get_matcher_type: a predicate (any callable but a class), an exception class, or a tuple of them. */
function matcherFor(vm: VM, condition: PyObject): Matcher {
  const isClass = (t: PyObject) => t instanceof PyType && t.isSubtypeOf(E.BaseException);
  if (isCallable(condition) && !(condition instanceof PyType)) {
    return (exc) => {
      const r = vm.call(condition, [exc]);
      try {
        return vm.isTrue(r);
      } finally {
        decref(r);
      }
    };
  }
  if (isClass(condition) || (condition instanceof PyTuple && condition.type === T.tuple && condition.items.every(isClass))) {
    const types = condition instanceof PyTuple ? (condition.items as PyType[]) : [condition as PyType];
    return (exc) => types.some((t) => exc.type.isSubtypeOf(t));
  }
  throw new NativeRaise('TypeError', 'expected a function, exception type or tuple of exception types');
}

/** exceptiongroup_subset: derive(parts) carrying over the traceback, cause, context and a copy of the notes. */
function subset(vm: VM, group: PyInstance, parts: PyObject[]): PyObject | null {
  if (parts.length === 0) return null;
  const list = newList(parts.map((p) => incref(p)));
  let derived: PyObject;
  try {
    const derive = getAttr(vm, group, 'derive');
    try {
      derived = vm.call(derive, [list]);
    } finally {
      decref(derive);
    }
  } finally {
    decref(list);
  }
  if (!isExceptionGroup(derived)) {
    decref(derived);
    throw new NativeRaise('TypeError', 'derive must return an instance of BaseExceptionGroup');
  }
  const from = group.exc!;
  const to = derived.exc!;
  setTraceback(to, from.tracebackHead);
  const oldContext = to.context, oldCause = to.cause;
  to.context = from.context ? incref(from.context) : null;
  to.cause = from.cause ? incref(from.cause) : null;
  if (oldContext) decref(oldContext);
  if (oldCause) decref(oldCause);
  // PyException_SetCause marks the context suppressed even when the cause is NULL.
  to.suppressContext = true;
  const notes = lookupNotes(vm, group);
  if (notes) {
    try {
      if (notes instanceof PyList || notes instanceof PyTuple) {
        const copy = newList(notes.items.map((n) => incref(n)));
        setAttr(vm, derived, '__notes__', copy);
        decref(copy);
      }
    } finally {
      decref(notes);
    }
  }
  return derived;
}

/** `exc.__notes__` as a new reference, or null when there is none (AttributeError is swallowed). */
export function lookupNotes(vm: VM, exc: PyInstance): PyObject | null {
  try {
    return getAttr(vm, exc, '__notes__');
  } catch (e) {
    if (vm.isAttributeError(e)) return null;
    throw e;
  }
}

/** exceptiongroup_split_recursive: [match, rest] (new references or null). */
function splitRecursive(vm: VM, exc: PyInstance, matches: Matcher, withRest: boolean): [PyObject | null, PyObject | null] {
  if (matches(exc)) return [incref(exc), null];
  if (!isExceptionGroup(exc)) return [null, withRest ? incref(exc) : null];
  const matched: PyObject[] = [];
  const rest: PyObject[] = [];
  try {
    for (const e of groupExceptions(exc).items) {
      const [m, r] = splitRecursive(vm, e as PyInstance, matches, withRest);
      if (m) matched.push(m);
      if (r) rest.push(r);
    }
    const match = subset(vm, exc, matched);
    try {
      return [match, withRest ? subset(vm, exc, rest) : null];
    } catch (e) {
      if (match) decref(match);
      throw e;
    }
  } finally {
    for (const o of matched) decref(o);
    for (const o of rest) decref(o);
  }
}

/** The part of `group` whose leaves satisfy `matches` (a new reference), or null (exception_group_projection). */
export function splitGroup(vm: VM, group: PyInstance, matches: (exc: PyInstance) => boolean): PyObject | null {
  return splitRecursive(vm, group, matches, false)[0];
}

export function installExceptionGroupMethods(): void {
  defineMethods(E.BaseExceptionGroup, {
    __str__: (vm, args) => newStr(exceptionStr(vm, args[0] as PyInstance)),
    derive: (vm, args) => {
      if (args.length !== 2) throw new NativeRaise('TypeError', `BaseExceptionGroup.derive() takes exactly one argument (${args.length - 1} given)`);
      const self = args[0] as PyInstance;
      return vm.call(E.BaseExceptionGroup, [self.exc!.members!.get('message')!, args[1]]);
    },
    split: (vm, args) => {
      if (args.length !== 2) throw new NativeRaise('TypeError', `BaseExceptionGroup.split() takes exactly one argument (${args.length - 1} given)`);
      const [match, rest] = splitRecursive(vm, args[0] as PyInstance, matcherFor(vm, args[1]), true);
      return newTuple([match ?? newNone(), rest ?? newNone()]);
    },
    subgroup: (vm, args) => {
      if (args.length !== 2) throw new NativeRaise('TypeError', `BaseExceptionGroup.subgroup() takes exactly one argument (${args.length - 1} given)`);
      const [match] = splitRecursive(vm, args[0] as PyInstance, matcherFor(vm, args[1]), false);
      return match ?? newNone();
    },
  });
}

/** BaseException.add_note: appends to `__notes__`, making the list on first use. */
export function addNote(vm: VM, exc: PyInstance, note: PyObject): PyObject {
  if (!(note instanceof PyStr)) throw new NativeRaise('TypeError', `note must be a str, not '${note.type.name}'`);
  let notes = lookupNotes(vm, exc);
  if (!notes) {
    notes = newList([]);
    try {
      setAttr(vm, exc, '__notes__', notes);
    } catch (e) {
      decref(notes);
      throw e;
    }
  }
  try {
    if (!(notes instanceof PyList)) throw new NativeRaise('TypeError', 'Cannot add note: __notes__ is not a list');
    listAppend(notes, note);
  } finally {
    decref(notes);
  }
  return newNone();
}
