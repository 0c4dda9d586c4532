// CPython's set_attribute_error_context: an AttributeError leaving an attribute lookup (raised by a property,
// an unset slot or __getattr__ as much as by the lookup itself) learns the name looked up and the object.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { E, None } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newStr } from '../runtime/factory';
import { exceptionMember, setExceptionMember } from '../runtime/exceptionMembers';
import { PyRaise } from './vm';

/** The error to throw on: e itself, its name and obj set unless it already had either. */
export function withAttributeErrorContext(e: unknown, o: PyObject, name: string): unknown {
  if (e instanceof NativeRaise) {
    if (e.pyType !== 'AttributeError' || e.members) return e;
    return new NativeRaise(e.pyType, e.pyMessage, { name, obj: o }, e.args);
  }
  if (!(e instanceof PyRaise) || !e.exc.type.isSubtypeOf(E.AttributeError)) return e;
  // Members unset read as None; an error already augmented (or made with name= or obj=) keeps its own.
  const oldName = exceptionMember(e.exc, 'name');
  const oldObj = exceptionMember(e.exc, 'obj');
  const unset = oldName === None && oldObj === None;
  if (oldName) decref(oldName);
  if (oldObj) decref(oldObj);
  if (!unset) return e;
  const nameObj = newStr(name);
  setExceptionMember(e.exc, 'name', nameObj);
  decref(nameObj);
  setExceptionMember(e.exc, 'obj', o);
  return e;
}
