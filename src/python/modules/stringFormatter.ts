// The _string module string.Formatter is built on: formatter_parser and formatter_field_name_split, lazy
// iterators over the same markup str.format parses, raising CPython's errors when reached.

import { NativeRaise, argTypeName } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { PyNativeIterator } from '../runtime/iterators';
import { None } from '../runtime/builtinTypes';
import type { PyType } from '../runtime/types';
import { activeHeap, incref } from '../runtime/heap';
import { newBool, newInt, newStr, newTuple } from '../runtime/factory';
import { builtinFunction, expectArgs } from '../builtins/define';
import { parseMarkup } from '../builtins/strFormat';
import { nativeType, once } from './nativeType';
import type { VM } from '../vm/vm';

/** A type CPython names without a module (tp_name 'formatteriterator'). */
function builtinIteratorType(name: string): PyType {
  const type = nativeType(name, 'builtins');
  type.name = name;
  return type;
}

const formatterIteratorType = once(() => builtinIteratorType('formatteriterator'));
const fieldNameIteratorType = once(() => builtinIteratorType('fieldnameiterator'));

function strArgument(o: PyObject, fn: string): string {
  if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `${fn}() argument must be str, not ${argTypeName(o)}`);
  return o.value;
}

/** An all-digits part of a field name is an int (`'01'` is 1); anything else stays a str. */
function fieldKey(s: string): PyObject {
  return s !== '' && /^[0-9]+$/.test(s) ? newInt(BigInt(s)) : newStr(s);
}

function iterator(type: () => PyType, source: PyStr, start: number, step: (it: PyNativeIterator, text: string) => PyObject | null): PyNativeIterator {
  const heap = activeHeap();
  const it = heap.register(new PyNativeIterator(type(), [incref(source)], (_vm, self) => {
    const text = self.held[0] as PyStr | undefined;
    if (!text) return null;
    const item = step(self, text.value);
    if (item === null) self.exhaust();
    return item;
  }, start));
  heap.track(it);
  return it;
}

/** formatter_parser(s): (literal, field_name, format_spec, conversion) for each piece of the markup. */
function formatterParser(source: PyStr): PyNativeIterator {
  return iterator(formatterIteratorType, source, 0, (it, text) => {
    if (it.state >= text.length) return null;
    const { literal, field, next } = parseMarkup(text, it.state);
    it.state = next;
    if (!field) return newTuple([newStr(literal), incref(None), incref(None), incref(None)]);
    const conversion = field.conversion === '' ? incref(None) : newStr(field.conversion);
    return newTuple([newStr(literal), newStr(field.name), newStr(field.spec), conversion]);
  });
}

/** The end of a field name's first part: the first '.' or '['. */
function firstPartEnd(name: string): number {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  return i;
}

/** FieldNameIterator_next: (True, attribute) for `.name`, (False, key) for `[key]`. */
function fieldNameRest(source: PyStr, start: number): PyNativeIterator {
  return iterator(fieldNameIteratorType, source, start, (it, name) => {
    let i = it.state;
    if (i >= name.length) return null;
    const c = name[i++];
    let part: string;
    let isAttribute: boolean;
    if (c === '.') {
      const s = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      part = name.slice(s, i);
      isAttribute = true;
    } else if (c === '[') {
      const s = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw new NativeRaise('ValueError', "Missing ']' in format string");
      part = name.slice(s, i++);
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        throw new NativeRaise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
      isAttribute = false;
    } else {
      throw new NativeRaise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part === '') throw new NativeRaise('ValueError', 'Empty attribute in format string');
    it.state = i;
    return newTuple([newBool(isAttribute), isAttribute ? newStr(part) : fieldKey(part)]);
  });
}

export function stringHelperContents(_vm: VM): Record<string, PyObject> {
  return {
    formatter_parser: builtinFunction('formatter_parser', (_vm2, args) => {
      expectArgs('formatter_parser', args, 1);
      strArgument(args[0], 'formatter_parser');
      return formatterParser(args[0] as PyStr);
    }),
    formatter_field_name_split: builtinFunction('formatter_field_name_split', (_vm2, args) => {
      expectArgs('formatter_field_name_split', args, 1);
      const name = strArgument(args[0], 'formatter_field_name_split');
      const end = firstPartEnd(name);
      return newTuple([fieldKey(name.slice(0, end)), fieldNameRest(args[0] as PyStr, end)]);
    }),
  };
}
