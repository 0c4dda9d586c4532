// str.format and str.format_map, parsed as CPython's stringlib/unicode_format.h does (same errors, same order).

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { decref, incref } from '../runtime/heap';
import { newInt, newStr } from '../runtime/factory';
import { getAttrResumable } from '../runtime/ops/attributes';
import { getItemResumable } from '../runtime/ops/items';
import { reprResumable, strResumable } from '../runtime/ops/repr';
import { escapeNonAscii, formatCallsPython, formatResumable, formatValueResumable, wholeFormatResult } from '../runtime/ops/formatting';
import { conversionCallsPython } from '../runtime/ops/textObjects';
import type { NativeOp } from '../vm/nativeOp';
import type { VM } from '../vm/vm';

/** Auto-numbering state shared by the nested format specs of one call. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

const valueError = (m: string): NativeRaise => new NativeRaise('ValueError', m);

/** A field name's integer part (`0`, `12`), or -1 when it is not all decimal digits. */
function integerOf(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  const n = Number(s);
  if (n > Number.MAX_SAFE_INTEGER) throw valueError('Too many decimal digits in format string');
  return n;
}

/** A replacement field as MarkupIterator_next finds it; conversion '' when there is none. */
export interface MarkupField {
  readonly name: string;
  readonly conversion: string;
  readonly spec: string;
  readonly specNeedsExpanding: boolean;
}

/**
 * MarkupIterator_next: from `i`, the literal text up to the next field (an escaped brace ends it) and that field,
 * with CPython's errors in CPython's order.
 */
export function parseMarkup(template: string, i: number): { literal: string; field: MarkupField | null; next: number } {
  const n = template.length;
  // Literal text up to a brace.
  const start = i;
  let c = '';
  let markup = false;
  while (i < n) {
    c = template[i++];
    if (c === '{' || c === '}') {
      markup = true;
      break;
    }
  }
  const atEnd = i >= n;
  let len = i - start;
  if (c === '}' && markup && (atEnd || template[i] !== '}')) throw valueError("Single '}' encountered in format string");
  if (atEnd && c === '{' && markup) throw valueError("Single '{' encountered in format string");
  if (markup && !atEnd) {
    if (template[i] === c) {
      i++;
      markup = false;
    } else len--;
  }
  const literal = template.slice(start, start + len);
  if (!markup) return { literal, field: null, next: i };

  // The field: name, then !conversion, then :spec (with nested fields).
  const nameStart = i;
  c = '';
  while (i < n) {
    c = template[i++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (i < n && template[i] !== ']') i++;
      c = '';
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = template.slice(nameStart, c ? i - 1 : i);
  let conversion = '';
  let spec = '';
  let specNeedsExpanding = false;
  if (c === '!' || c === ':') {
    let done = false;
    if (c === '!') {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conversion = String.fromCodePoint(template.codePointAt(i)!);
      i += conversion.length;
      if (i < n) {
        const d = template[i++];
        if (d === '}') done = true;
        else if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const specStart = i;
      let count = 1;
      for (;;) {
        if (i >= n) throw valueError("unmatched '{' in format spec");
        const d = template[i++];
        if (d === '{') {
          specNeedsExpanding = true;
          count++;
        } else if (d === '}' && --count === 0) break;
      }
      spec = template.slice(specStart, i - 1);
    }
  } else if (c !== '}') throw valueError("expected '}' before end of string");
  return { literal, field: { name, conversion, spec, specNeedsExpanding }, next: i };
}

/**
 * Formats `template` with positional `args` (null for format_map, where positional fields are an error)
 * and named values from `kwargs` or, for format_map, `mapping`.
 */
export function strFormat(vm: VM, template: string, args: PyObject[] | null, kwargs: Map<string, PyObject> | null, mapping?: PyObject): string {
  return vm.runSync(strFormatResumable(vm, template, args, kwargs, mapping));
}

/** strFormat with the objects' __format__, __str__, __repr__, __getattr__, __getitem__ running as frames. */
export function strFormatResumable(
  vm: VM, template: string, args: PyObject[] | null, kwargs: Map<string, PyObject> | null, mapping?: PyObject,
): NativeOp<string> {
  return buildString(vm, template, args, kwargs, mapping ?? null, 2, { state: 'init', next: 0 });
}

function* buildString(
  vm: VM, template: string, args: PyObject[] | null, kwargs: Map<string, PyObject> | null, mapping: PyObject | null,
  depth: number, auto: AutoNumber,
): NativeOp<string> {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < template.length) {
    const markup = parseMarkup(template, i);
    i = markup.next;
    out += markup.literal;
    const field = markup.field;
    if (!field) continue;
    const { name: fieldName, conversion, specNeedsExpanding } = field;
    let spec = field.spec;

    const obj = yield* fieldObject(vm, fieldName, args, kwargs, mapping, auto);
    let value: PyObject = obj;
    // The field's object (and its converted text) is held while its methods run as frames.
    const held = [obj];
    vm.holdTemporary(held);
    try {
      if (conversion) {
        let text: string;
        if (conversion === 'r') text = yield* reprResumable(vm, obj);
        else if (conversion === 's') text = yield* strResumable(vm, obj);
        else if (conversion === 'a') text = escapeNonAscii(yield* reprResumable(vm, obj));
        else {
          const cp = conversion.codePointAt(0)!;
          throw valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
        }
        value = newStr(text);
        held.push(value);
      }
      if (specNeedsExpanding) spec = yield* buildString(vm, spec, args, kwargs, mapping, depth - 1, auto);
      out += yield* formatResumable(vm, value, spec);
    } finally {
      vm.dropTemporary(held);
      if (value !== obj) decref(value);
      decref(obj);
    }
  }
  return out;
}

/** get_field_object: the first part (index or name), then `.attr` and `[key]` lookups; a new reference. */
function* fieldObject(
  vm: VM, fieldName: string, args: PyObject[] | null, kwargs: Map<string, PyObject> | null, mapping: PyObject | null, auto: AutoNumber,
): NativeOp<PyObject> {
  let firstEnd = 0;
  while (firstEnd < fieldName.length && fieldName[firstEnd] !== '.' && fieldName[firstEnd] !== '[') firstEnd++;
  const first = fieldName.slice(0, firstEnd);
  let index = integerOf(first);
  const empty = first === '';
  if (empty || index !== -1) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 'auto' && !empty) throw valueError('cannot switch from automatic field numbering to manual field specification');
    if (empty) index = auto.next++;
  }
  let obj: PyObject;
  if (index === -1) {
    if (mapping) {
      const key = newStr(first);
      vm.holdTemporary(key);
      try {
        obj = yield* getItemResumable(vm, mapping, key);
      } finally {
        vm.dropTemporary(key);
        decref(key);
      }
    } else {
      const v = kwargs?.get(first);
      if (!v) throw new NativeRaise('KeyError', first);
      obj = incref(v);
    }
  } else {
    if (args === null) throw valueError('Format string contains positional fields');
    if (index >= args.length) throw new NativeRaise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    obj = incref(args[index]);
  }
  let i = firstEnd;
  // The object reached so far is held while attribute and item lookups run as frames.
  const held = [obj];
  vm.holdTemporary(held);
  try {
    while (i < fieldName.length) {
      const c = fieldName[i++];
      let name: string;
      let next: PyObject;
      if (c === '.') {
        const s = i;
        while (i < fieldName.length && fieldName[i] !== '.' && fieldName[i] !== '[') i++;
        name = fieldName.slice(s, i);
        if (name === '') throw valueError('Empty attribute in format string');
        next = yield* getAttrResumable(vm, obj, name);
      } else if (c === '[') {
        const s = i;
        while (i < fieldName.length && fieldName[i] !== ']') i++;
        if (i >= fieldName.length) throw valueError("Missing ']' in format string");
        name = fieldName.slice(s, i++);
        if (name === '') throw valueError('Empty attribute in format string');
        const idx = integerOf(name);
        const key = idx === -1 ? newStr(name) : newInt(idx);
        held.push(key);
        try {
          next = yield* getItemResumable(vm, obj, key);
        } finally {
          held.pop();
          decref(key);
        }
      } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      decref(obj);
      obj = held[0] = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  } finally {
    vm.dropTemporary(held);
  }
  return obj;
}

const CONVERSIONS: Readonly<Record<string, number>> = { s: 1, r: 2, a: 3 };

/**
 * `'{}'.format(x)`, a template of one plain field: CPython's writer hands back the one str the field made, whole
 * (an exact str that formats to itself, a bool's static text, or what a Python __str__, __repr__ or __format__
 * returned). A new reference, or null when the field's text is a new str.
 */
export function* wholeFieldResumable(vm: VM, template: string, args: PyObject[], kwargs: Map<string, PyObject> | null): NativeOp<PyObject | null> {
  const field = /^\{(\d*|[A-Za-z_]\w*)(?:!([sra]))?(?::([^{}]*))?\}$/.exec(template);
  if (!field) return null;
  const [, name, conversionLetter, spec = ''] = field;
  const arg = name === '' ? args[1] : /^\d/.test(name) ? args[1 + Number(name)] : kwargs?.get(name);
  if (arg === undefined) return null;
  const conversion = conversionLetter === undefined ? 0 : CONVERSIONS[conversionLetter];
  if (conversion <= 1) {
    const existing = wholeFormatResult(arg, spec);
    if (existing) return incref(existing);
  }
  if (conversion === 0 ? !formatCallsPython(arg, spec) : !conversionCallsPython(arg, conversion)) return null;
  // As render_field: the field's object (a new reference from get_field_object) is held while it is formatted.
  const held: PyObject[] = [incref(arg)];
  vm.holdTemporary(held);
  try {
    return yield* formatValueResumable(vm, arg, conversion, spec);
  } finally {
    vm.dropTemporary(held);
    decref(arg);
  }
}
