// format() and f-string fields on Python objects, over the pure text formatters; ascii().

import { PyType } from '../types';
import { NativeRaise, argTypeName } from '../../errors';
import { PyObject } from '../object';
import { PyBool, PyFloat, PyInstance, PyInt, PyStr, PyMethodDescriptor } from '../objects';
import { decref, incref } from '../heap';
import { boolText, newStr, newStrOf } from '../factory';
import { T } from '../builtinTypes';
import { formatComplex, formatFloat, formatInt, formatStr } from '../../format';
import { PyComplex } from '../complexObject';
import { repr, reprResumable, str, strMethodOf, strResumable } from './repr';
import { conversionCallsPython, convertedObjectResumable, strObjectResumable } from './textObjects';
import type { NativeOp } from '../../vm/nativeOp';
import { callSpecialOp, holdReferences, releaseReferences } from '../../vm/callOps';
import { WHILE_CALLING } from '../../vm/vm';
import { specialMethod } from './attributeHooks';
import type { VM } from '../../vm/vm';

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiRepr(vm: VM, o: PyObject): string {
  return escapeNonAscii(repr(vm, o));
}

/** ascii()'s escaping of a repr: non-ASCII characters as \\x, \\u or \\U escapes. */
export function escapeNonAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

/** format(value, spec) as a JS string. */
export function formatToString(vm: VM, v: PyObject, spec: string): string {
  if (v.attrs !== null) return vm.runSync(formatResumable(vm, v, spec));
  return formatBuiltin(vm, v, spec);
}

/** int, float, str and complex's `__format__(self, spec)`: the text their own formatter gives, as a new str. */
export function builtinFormatMethod(vm: VM, args: PyObject[]): PyObject {
  const spec = args[1];
  if (spec.type !== T.str) throw new NativeRaise('TypeError', `__format__() argument must be str, not ${argTypeName(spec)}`);
  return newStr(formatBuiltin(vm, args[0], (spec as PyStr).value));
}

/**
 * The text of int, float, str and complex's own __format__, whatever a subclass overrides: str(v) for an empty spec
 * (format_obj), else the kind's formatter.
 */
export function formatBuiltin(vm: VM, v: PyObject, spec: string): string {
  if (spec === '') return str(vm, v);
  if (v instanceof PyBool) return formatInt(v.value ? 1 : 0, spec, 'bool');
  // Errors name the object's own class (a subclass's), as tp_name does.
  if (v instanceof PyInt) return formatInt(v.value, spec, v.type.name);
  if (v instanceof PyFloat) return formatFloat(v.value, spec, v.type.name);
  if (v instanceof PyStr) return formatStr(v.value, spec, v.type.name);
  if (v instanceof PyComplex) return formatComplex(v.real, v.imag, spec);
  throw new NativeRaise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`);
}

/** PyObject_Format with a user __format__ (or object.__format__'s str()) running as frames. */
export function* formatResumable(vm: VM, v: PyObject, spec: string): NativeOp<string> {
  const r = yield* formatCore(vm, v, spec, false);
  return typeof r === 'string' ? r : takeText(r);
}

/**
 * format(v, spec) as an object: an exact str it leaves as it is, and the str a Python __format__ (or the __str__
 * object.__format__ calls) returned, are handed back themselves, as PyObject_Format does; otherwise a new str.
 */
export function* formatObjectResumable(vm: VM, v: PyObject, spec: string): NativeOp<PyStr> {
  if (formatsToItself(v, spec)) return incref(v);
  const r = yield* formatCore(vm, v, spec, true);
  if (typeof r !== 'string') return r;
  // Without a spec, PyObject_Format gives an int's str().
  return spec === '' ? newStrOf(v, r) : newStr(r);
}

/** Whether format(v, spec) calls a Python method (__format__, or the __str__ object.__format__ calls), whose str it hands back. */
export function formatCallsPython(v: PyObject, spec: string): boolean {
  return formatMethodOf(v) !== null || (spec === '' && strMethodOf(v) !== null);
}

/** A Python class's __format__ for v (a builtin kind's own __format__ put on a class, as IntEnum's, is none). */
function formatMethodOf(v: PyObject): PyObject | null {
  // An int, str... of a Python class formats as its kind unless the class defines __format__.
  let own = v.attrs !== null && !(v instanceof PyInstance) ? specialMethod(v, '__format__') : undefined;
  if (own instanceof PyMethodDescriptor) own = undefined;
  if (!(v instanceof PyInstance) && !own && !(v instanceof PyType && v.type.isHeapType)) return null;
  const method = own ?? v.type.lookup('__format__');
  return method && !(method instanceof PyMethodDescriptor) ? method : null;
}

/** PyObject_Format's work: the text, or (asked for an object) the str a Python method returned, a new reference. */
function* formatCore(vm: VM, v: PyObject, spec: string, asObject: boolean): NativeOp<string | PyStr> {
  const method = formatMethodOf(v);
  if (method !== null) {
    const specObj = newStr(spec);
    vm.holdTemporary(specObj);
    try {
      const r = yield* callSpecialOp(vm, method, v, [specObj]);
      if (r instanceof PyStr) return asObject ? r : takeText(r);
      decref(r);
      throw new NativeRaise('TypeError', `__format__ must return a str, not ${r.type.name}`);
    } finally {
      vm.dropTemporary(specObj);
      decref(specObj);
    }
  }
  if (!(v instanceof PyInstance)) {
    if (spec === '' && (mayRunPythonForStr(v) || v.attrs !== null)) return yield* boundFormatStr(vm, v, asObject);
    return formatBuiltin(vm, v, spec);
  }
  if (spec !== '') throw new NativeRaise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`);
  // object.__format__ is a builtin method call (a guard), which takes str() of the object.
  vm.enterRecursiveCall(WHILE_CALLING);
  try {
    return yield* boundFormatStr(vm, v, asObject);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** The text of a str whose reference the caller drops. */
function takeText(s: PyStr): string {
  const text = s.value;
  decref(s);
  return text;
}

/** str(v) for a builtin __format__ with an empty spec: bound by _PyObject_LookupSpecial, the method holds v meanwhile. */
function* boundFormatStr(vm: VM, v: PyObject, asObject: boolean): NativeOp<string | PyStr> {
  const bound = holdReferences(vm, [v]);
  try {
    return asObject ? yield* strObjectResumable(vm, v) : yield* strResumable(vm, v);
  } finally {
    releaseReferences(vm, bound);
  }
}

/** Whether str(o) may run Python code (a user method anywhere in a container's items). */
function mayRunPythonForStr(o: PyObject): boolean {
  return !(o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool);
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; returns a new str. */
export function formatValue(vm: VM, v: PyObject, conversion: number, spec: string): PyObject {
  if ((conversion === 0 || conversion === 1) && formatsToItself(v, spec)) return incref(v);
  if (conversion === 0) {
    if (spec === '' && v instanceof PyStr && v.attrs === null) return newStr(v.value);
    // Without a spec, PyObject_Format gives an int's str().
    return spec === '' ? newStrOf(v, formatToString(vm, v, spec)) : newStr(formatToString(vm, v, spec));
  }
  const text = conversion === 1 ? str(vm, v) : conversion === 2 ? repr(vm, v) : asciiRepr(vm, v);
  return spec === '' ? newStrOf(v, text) : newStr(formatStr(text, spec));
}

/**
 * Whether formatting `v` with `spec` gives `v` itself: an exact str that the spec leaves as it is (no spec, or a
 * width and precision it already fits), which CPython's FORMAT_VALUE, format() and writer hand back unchanged.
 */
export function formatsToItself(v: PyObject, spec: string): v is PyStr {
  return v.type === T.str && (spec === '' || formatStr((v as PyStr).value, spec) === (v as PyStr).value);
}

/**
 * The existing str that formatting `v` alone gives, which CPython's writer hands back whole: an exact str that
 * formats to itself, or a bool's static 'True' or 'False'. Null when the text is a new str.
 */
export function wholeFormatResult(v: PyObject, spec: string): PyStr | null {
  if (formatsToItself(v, spec)) return v;
  return v instanceof PyBool && spec === '' ? boolText(v.value) : null;
}

/** FORMAT_VALUE when it may run Python code: the conversion, then format(), as frames. */
export function* formatValueResumable(vm: VM, v: PyObject, conversion: number, spec: string): NativeOp<PyObject> {
  if (conversion === 0) return yield* formatObjectResumable(vm, v, spec);
  if (conversionCallsPython(v, conversion)) {
    // The conversion's str, then PyObject_Format of it unless it is an exact str and there is no spec.
    const converted = yield* convertedObjectResumable(vm, v, conversion);
    if (spec === '' && converted.type === T.str) return converted;
    try {
      return yield* formatObjectResumable(vm, converted, spec);
    } finally {
      decref(converted);
    }
  }
  let text: string;
  if (conversion === 1) text = yield* strResumable(vm, v);
  else {
    text = yield* reprResumable(vm, v);
    if (conversion === 3) text = escapeNonAscii(text);
  }
  return spec === '' ? newStrOf(v, text) : newStr(formatStr(text, spec));
}

/** Whether FORMAT_VALUE of v can run without Python code. */
export function formatValueIsBuiltin(v: PyObject): boolean {
  return v.attrs === null && (v instanceof PyStr || v instanceof PyInt || v instanceof PyFloat || v instanceof PyBool);
}
