// format(), f-string fields and the % operator on Python objects, over the pure text formatters.

import { NativeRaise } from '../../errors';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import { PyBool, PyFloat, PyInstance, PyInt, PyStr, PyTuple, PyMethodDescriptor } from '../objects';
import { decref } from '../heap';
import { newStr } from '../factory';
import { formatFloat, formatInt, formatStr, percentFormat, type PercentArg } from '../../format';
import { repr, reprResumable, str, strResumable } from './repr';
import type { NativeOp } from '../../vm/nativeOp';
import { callMethodOp } from '../../vm/callOps';
import { WHILE_CALLING } from '../../vm/vm';
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
  if (v instanceof PyInstance) return vm.runSync(formatResumable(vm, v, spec));
  return formatBuiltin(vm, v, spec);
}

function formatBuiltin(vm: VM, v: PyObject, spec: string): string {
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

/** PyObject_Format with a user __format__ (or object.__format__'s str()) running as frames. */
export function* formatResumable(vm: VM, v: PyObject, spec: string): NativeOp<string> {
  if (!(v instanceof PyInstance)) {
    if (spec === '' && mayRunPythonForStr(v)) return yield* strResumable(vm, v);
    return formatBuiltin(vm, v, spec);
  }
  const method = v.type.lookup('__format__');
  if (method && !(method instanceof PyMethodDescriptor)) {
    const specObj = newStr(spec);
    vm.holdTemporary(specObj);
    try {
      const r = yield* callMethodOp(vm, method, v, [specObj]);
      const s = r instanceof PyStr ? r.value : null;
      decref(r);
      if (s === null) throw new NativeRaise('TypeError', `__format__ must return a str, not ${r.type.name}`);
      return s;
    } finally {
      vm.dropTemporary(specObj);
      decref(specObj);
    }
  }
  if (spec !== '') throw new NativeRaise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`);
  // object.__format__ is a builtin method call (a guard), which takes str() of the object.
  vm.enterRecursiveCall(WHILE_CALLING);
  try {
    return yield* strResumable(vm, v);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** Whether str(o) may run Python code (a user method anywhere in a container's items). */
function mayRunPythonForStr(o: PyObject): boolean {
  return !(o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool);
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

/** FORMAT_VALUE when it may run Python code: the conversion, then format(), as frames. */
export function* formatValueResumable(vm: VM, v: PyObject, conversion: number, spec: string): NativeOp<PyObject> {
  if (conversion === 0) return newStr(yield* formatResumable(vm, v, spec));
  let text: string;
  if (conversion === 1) text = yield* strResumable(vm, v);
  else {
    text = yield* reprResumable(vm, v);
    if (conversion === 3) text = escapeNonAscii(text);
  }
  return newStr(spec === '' ? text : formatStr(text, spec));
}

/** Whether FORMAT_VALUE of v can run without Python code. */
export function formatValueIsBuiltin(v: PyObject): boolean {
  return v instanceof PyStr || v instanceof PyInt || v instanceof PyFloat || v instanceof PyBool;
}

/** `template % args` for str templates. */
export function percentFormatObjects(vm: VM, template: string, args: PyObject): string {
  const [text, converted] = percentPieces(template, args);
  return percentFormat(text, converted, (p: PercentArg) => pieceText(vm, p, false), (p: PercentArg) => pieceText(vm, p, true));
}

/** The template (`%(name)s` fields made positional) and the arguments as percentFormat takes them. */
function percentPieces(template: string, args: PyObject): [string, PercentArg[]] {
  let items = args instanceof PyTuple ? args.items : [args];
  if (args instanceof PyDict && template.includes('%(')) {
    // `%(name)s` takes values from a mapping: rewrite to positional pieces in template order.
    const picked: PyObject[] = [];
    template = template.replace(/%\(([^)]*)\)/g, (_m, key: string) => {
      const v = args.getStr(key);
      if (!v) throw new NativeRaise('KeyError', `'${key}'`);
      picked.push(v);
      return '%';
    });
    items = picked;
  }
  const converted = items.map((a): PercentArg => {
    if (a instanceof PyBool) return { kind: 'int', value: a.value ? 1n : 0n };
    if (a instanceof PyInt) return { kind: 'int', value: BigInt(a.value) };
    if (a instanceof PyFloat) return { kind: 'float', value: a.value };
    if (a instanceof PyStr) return { kind: 'str', value: a.value };
    return { kind: 'other', value: a };
  });
  return [template, converted];
}

/** Whether `template % args` may run Python code (__str__ or __repr__ of an argument). */
export function percentFormatMayRunPython(args: PyObject): boolean {
  const items = args instanceof PyTuple ? args.items : args instanceof PyDict ? [...args.map.values()].map((e) => e.value) : [args];
  return items.some((a) => !(a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || a instanceof PyBool));
}

/** Thrown by a %s or %r piece whose text needs Python code: made, then the formatting starts over. */
const TEXT_NEEDED = new Error('text needed');

/**
 * `template % args` with the __str__ and __repr__ of its arguments running as frames: each piece that
 * needs one is made (in the order the formatting needs them), then the pure formatting runs again.
 */
export function* percentFormatResumable(vm: VM, template: string, args: PyObject): NativeOp<string> {
  const [text, converted] = percentPieces(template, args);
  const made = new Map<PercentArg, { str?: string; repr?: string }>();
  let wanted: { piece: PercentArg; asRepr: boolean } | null = null;
  const piece = (p: PercentArg, asRepr: boolean): string => {
    if (p.kind !== 'other') return pieceText(vm, p, asRepr);
    const known = made.get(p);
    const value = asRepr ? known?.repr : known?.str;
    if (value !== undefined) return value;
    wanted = { piece: p, asRepr };
    throw TEXT_NEEDED;
  };
  for (;;) {
    try {
      return percentFormat(text, converted, (p) => piece(p, false), (p) => piece(p, true));
    } catch (e) {
      if (e !== TEXT_NEEDED) throw e;
    }
    const { piece: p, asRepr } = wanted!;
    const o = p.value as PyObject;
    const entry = made.get(p) ?? {};
    if (asRepr) entry.repr = yield* reprResumable(vm, o);
    else entry.str = yield* strResumable(vm, o);
    made.set(p, entry);
  }
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
