// format() and f-string fields on Python objects, over the pure text formatters; ascii().

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyBool, PyFloat, PyInstance, PyInt, PyStr, PyMethodDescriptor } from '../objects';
import { decref } from '../heap';
import { newStr } from '../factory';
import { formatFloat, formatInt, formatStr } from '../../format';
import { repr, str } from './repr';
import type { VM } from '../../vm/vm';

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiRepr(vm: VM, o: PyObject): string {
  return repr(vm, o).replace(/[^\x00-\x7f]/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

/** format(value, spec) as a JS string. */
export function formatToString(vm: VM, v: PyObject, spec: string): string {
  if (v instanceof PyInstance) {
    const method = v.type.lookup('__format__');
    if (method && !(method instanceof PyMethodDescriptor)) {
      const specObj = newStr(spec);
      try {
        const r = vm.callMethod(method, v, [specObj]);
        const s = r instanceof PyStr ? r.value : null;
        decref(r);
        if (s === null) throw new NativeRaise('TypeError', `__format__ must return a str, not ${r.type.name}`);
        return s;
      } finally {
        decref(specObj);
      }
    }
  }
  if (spec === '') return str(vm, v);
  if (v instanceof PyBool) return formatInt(v.value ? 1 : 0, spec, 'bool');
  if (v instanceof PyInt) return formatInt(v.value, spec);
  if (v instanceof PyFloat) return formatFloat(v.value, spec);
  if (v instanceof PyStr) return formatStr(v.value, spec);
  throw new NativeRaise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`);
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; returns a new str. */
export function formatValue(vm: VM, v: PyObject, conversion: number, spec: string): PyObject {
  if (conversion === 0) {
    if (spec === '' && v instanceof PyStr) return newStr(v.value);
    return newStr(formatToString(vm, v, spec));
  }
  const text = conversion === 1 ? str(vm, v) : conversion === 2 ? repr(vm, v) : asciiRepr(vm, v);
  return newStr(spec === '' ? text : formatStr(text, spec));
}

