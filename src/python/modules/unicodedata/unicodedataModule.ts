// The unicodedata module: character names (name, lookup), category, east_asian_width, the numeric values
// (decimal, digit, numeric), normalize and is_normalized, and unidata_version. Combining classes and
// bidirectional data are not here.

import { NativeRaise, argTypeName } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { PyBytes } from '../../runtime/bytesObject';
import { incref } from '../../runtime/heap';
import { newBool, newFloat, newInt, newStr } from '../../runtime/factory';
import { Prop, hasProp } from '../../runtime/unicode/charProps';
import { bidirectionalOf, categoryOf, combiningOf, eastAsianWidthOf, mirroredOf, numericOf } from './unicodeProperties';
import { builtinFunction, noKeywords } from '../../builtins/define';
import { once, ownedBy } from '../nativeType';
import { UNIDATA_VERSION } from './nameTable';
import { UNICODE_NAMES } from './unicodeNames';
import type { VM } from '../../vm/vm';

/** unicodedata.c's NAME_MAXLEN: lookup refuses longer names (in UTF-8 bytes). */
const NAME_MAXLEN = 256;

const functions = once(() => ownedBy('unicodedata', {
  name: builtinFunction('name', (_vm: VM, args: PyObject[], kwargs) => {
    noKeywords('unicodedata.name', kwargs);
    if (args.length < 1) throw new NativeRaise('TypeError', `name expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw new NativeRaise('TypeError', `name expected at most 2 arguments, got ${args.length}`);
    const chr = args[0];
    if (!(chr instanceof PyStr) || chr.codePointLength !== 1) {
      throw new NativeRaise('TypeError', `name() argument 1 must be a unicode character, not ${argTypeName(chr)}`);
    }
    const name = UNICODE_NAMES.nameOf(chr.value.codePointAt(0)!);
    if (name !== undefined) return newStr(name);
    if (args.length === 2) return incref(args[1]);
    throw new NativeRaise('ValueError', 'no such name');
  }),
  lookup: builtinFunction('lookup', (_vm: VM, args: PyObject[], kwargs) => {
    noKeywords('unicodedata.lookup', kwargs);
    if (args.length !== 1) throw new NativeRaise('TypeError', `unicodedata.lookup() takes exactly one argument (${args.length} given)`);
    const arg = args[0];
    let name: string;
    if (arg instanceof PyStr) name = arg.value;
    else if (arg instanceof PyBytes) name = new TextDecoder().decode(Uint8Array.from(arg.value, (c) => c.charCodeAt(0)));
    else throw new NativeRaise('TypeError', `a bytes-like object is required, not '${arg.type.name}'`);
    if (new TextEncoder().encode(name).length > NAME_MAXLEN) throw new NativeRaise('KeyError', 'name too long');
    const code = UNICODE_NAMES.codeOf(name);
    // The message is formatted from the C string: it stops at a null character.
    if (code === undefined) throw new NativeRaise('KeyError', `undefined character name '${name.split('\0')[0]}'`);
    return newStr(String.fromCodePoint(code));
  }),
  category: characterProperty('category', (cp) => newStr(categoryOf(cp))),
  east_asian_width: characterProperty('east_asian_width', (cp) => newStr(eastAsianWidthOf(cp))),
  bidirectional: characterProperty('bidirectional', (cp) => newStr(bidirectionalOf(cp))),
  combining: characterProperty('combining', (cp) => newInt(combiningOf(cp))),
  mirrored: characterProperty('mirrored', (cp) => newInt(mirroredOf(cp))),
  normalize: builtinFunction('normalize', (_vm: VM, args: PyObject[], kwargs) => {
    const [form, text] = normalizationArguments('normalize', args, kwargs);
    const normalized = normalizedAs14(text.value, form);
    return normalized === text.value ? incref(text) : newStr(normalized);
  }),
  decimal: numericProperty('decimal', 'not a decimal', (cp, v) => (hasProp(cp, Prop.DECIMAL) ? newInt(v) : null)),
  digit: numericProperty('digit', 'not a digit', (cp, v) => (hasProp(cp, Prop.DIGIT) ? newInt(v) : null)),
  numeric: numericProperty('numeric', 'not a numeric character', (_cp, v) => newFloat(v)),
  is_normalized: builtinFunction('is_normalized', (_vm: VM, args: PyObject[], kwargs) => {
    const [form, text] = normalizationArguments('is_normalized', args, kwargs);
    return newBool(normalizedAs14(text.value, form) === text.value);
  }),
}));

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

/**
 * String.prototype.normalize is the JS engine's Unicode, newer than 14.0: a character unassigned in 14.0 has no
 * decomposition there and blocks composition, so the text is normalized in pieces around such characters.
 * (Decompositions of assigned characters never change: Unicode's stability policy.)
 */
function normalizedAs14(text: string, form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0x300 && categoryOf(cp) === 'Cn') {
      out += text.slice(start, i).normalize(form) + text.slice(i, i + width);
      start = i + width;
    }
    i += width;
  }
  return start === 0 ? text.normalize(form) : out + text.slice(start).normalize(form);
}

/** normalize(form, unistr) and is_normalized(form, unistr): Argument Clinic's checks, then the form's. */
function normalizationArguments(name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): ['NFC' | 'NFD' | 'NFKC' | 'NFKD', PyStr] {
  noKeywords(name, kwargs);
  if (args.length !== 2) throw new NativeRaise('TypeError', `${name} expected 2 arguments, got ${args.length}`);
  const [form, text] = args;
  if (!(form instanceof PyStr)) throw new NativeRaise('TypeError', `${name}() argument 1 must be str, not ${argTypeName(form)}`);
  if (!(text instanceof PyStr)) throw new NativeRaise('TypeError', `${name}() argument 2 must be str, not ${argTypeName(text)}`);
  if (!FORMS.has(form.value)) throw new NativeRaise('ValueError', 'invalid normalization form');
  return [form.value as 'NFC' | 'NFD' | 'NFKC' | 'NFKD', text];
}

/** decimal(chr[, default]), digit and numeric: the character's value, else the default, else ValueError. */
function numericProperty(name: string, missing: string, valueOf: (cp: number, value: number) => PyObject | null): PyObject {
  return builtinFunction(name, (_vm: VM, args: PyObject[], kwargs) => {
    noKeywords(name, kwargs);
    if (args.length < 1 || args.length > 2) {
      throw new NativeRaise('TypeError', `${name} expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
    }
    const chr = args[0];
    if (!(chr instanceof PyStr) || chr.codePointLength !== 1) {
      throw new NativeRaise('TypeError', `${name}() argument 1 must be a unicode character, not ${argTypeName(chr)}`);
    }
    const cp = chr.value.codePointAt(0)!;
    const value = numericOf(cp);
    const result = value === undefined ? null : valueOf(cp, value);
    if (result !== null) return result;
    if (args.length === 2) return incref(args[1]);
    throw new NativeRaise('ValueError', missing);
  });
}

/** A function of one character (Argument Clinic's `int(accept={str})` character converter). */
function characterProperty(name: string, of: (cp: number) => PyObject): PyObject {
  return builtinFunction(name, (_vm: VM, args: PyObject[], kwargs) => {
    noKeywords(`unicodedata.${name}`, kwargs);
    if (args.length !== 1) throw new NativeRaise('TypeError', `unicodedata.${name}() takes exactly one argument (${args.length} given)`);
    const chr = args[0];
    if (!(chr instanceof PyStr) || chr.codePointLength !== 1) {
      throw new NativeRaise('TypeError', `${name}() argument must be a unicode character, not ${argTypeName(chr)}`);
    }
    return of(chr.value.codePointAt(0)!);
  });
}

export function unicodedataModuleContents(_vm: VM): Record<string, PyObject> {
  const f = functions();
  return {
    name: incref(f.name), lookup: incref(f.lookup), category: incref(f.category), east_asian_width: incref(f.east_asian_width),
    bidirectional: incref(f.bidirectional), combining: incref(f.combining), mirrored: incref(f.mirrored),
    normalize: incref(f.normalize), is_normalized: incref(f.is_normalized), decimal: incref(f.decimal), digit: incref(f.digit),
    numeric: incref(f.numeric), unidata_version: newStr(UNIDATA_VERSION),
  };
}
