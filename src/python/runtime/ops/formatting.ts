// format(), f-string fields and the % operator on Python objects, over the pure text formatters.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyBool, PyFloat, PyInstance, PyInt, PyStr, PyTuple, PyMethodDescriptor } from '../objects';
import { decref } from '../heap';
import { newStr } from '../factory';
import { formatFloat, formatInt, formatStr, percentFormat, type PercentArg } from '../../format';
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
  if (v instanceof PyBool) return formatInt(v.value ? 1n : 0n, spec);
  if (v instanceof PyInt) {
    if (/[eEfFgG%]$/.test(spec)) return formatFloat(Number(v.value), spec);
    return formatInt(BigInt(v.value), spec);
  }
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

/** `template % args` for str templates. */
export function percentFormatObjects(vm: VM, template: string, args: PyObject): string {
  let items = args instanceof PyTuple ? args.items : [args];
  if (args instanceof PyDict && template.includes('%(')) {
    // `%(name)s` takes values from a mapping: rewrite to positional pieces in template order.
    const picked: PyObject[] = [];
    template = template.replace(/%\(([^)]*)\)/g, (_m, key: string) => {
      const v = args.getStr(key);
      if (!v) throw new NativeRaise('KeyError', key);
      picked.push(v);
      return '%';
    });
    items = picked;
  }
  const converted: PercentArg[] = items.map((a): PercentArg => {
    if (a instanceof PyBool) return { kind: 'int', value: a.value ? 1n : 0n };
    if (a instanceof PyInt) return { kind: 'int', value: BigInt(a.value) };
    if (a instanceof PyFloat) return { kind: 'float', value: a.value };
    if (a instanceof PyStr) return { kind: 'str', value: a.value };
    return { kind: 'other', value: a };
  });
  return percentFormat(template, converted, (p: PercentArg) => pieceText(vm, p, false), (p: PercentArg) => pieceText(vm, p, true));
}

function pieceText(vm: VM, p: PercentArg, asRepr: boolean): string {
  if (p.kind === 'other') return asRepr ? repr(vm, p.value as PyObject) : str(vm, p.value as PyObject);
  if (p.kind === 'str') return asRepr ? repr(vm, newStrTemp(p.value)) : p.value;
  if (p.kind === 'float') return str(vm, new PyFloat(vmFloatType(), p.value));
  return p.value.toString();
}

import { T } from '../builtinTypes';
function vmFloatType() {
  return T.float;
}
function newStrTemp(s: string): PyStr {
  return new PyStr(T.str, s);
}
