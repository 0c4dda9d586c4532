// The parts of Python's regex syntax read without the parser's group state: inline flags, numeric escapes
// (\x41, \u00e9, octal, \N{name}) and escapes inside a set, with CPython's errors.

import { ASCII_LETTERS, DIGITS, HEXDIGITS, OCTDIGITS, Tokenizer, pyStrRepr } from './patternTokenizer';
import { unicodeNames } from '../unicodedata/unicodeNamesApi';
import { category } from './jsSyntax';

export const FLAG = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 };
/** Not a Python flag: the pattern was bytes (read as latin-1), so ASCII classes and no \\u escapes. */
export const BYTES = 1 << 20;
/** The flags under which \\w \\d \\s \\b and case folding are ASCII only. */
export const ASCII_LIKE = FLAG.ASCII | FLAG.LOCALE | BYTES;
export const INLINE_FLAGS: Record<string, number> = { i: 2, L: 4, m: 8, s: 16, x: 64, a: 256, t: 1, u: 32 };
const TYPE_FLAGS = FLAG.ASCII | FLAG.LOCALE | FLAG.UNICODE;
const GLOBAL_FLAGS = FLAG.DEBUG | FLAG.TEMPLATE;
export const ESCAPES: Record<string, number> = { '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92 };
export const CATEGORY_LETTERS = 'dDsSwW';

/** A token's length in code points, as CPython's offsets count. */
export const points = (token: string) => (token.length === 1 ? 1 : Array.from(token).length);

/** `(?aiLmsux)` (a number: global flags turned on) or `(?aiLmsux-imsx:` (the flags turned on and off). */
export function inlineFlags(source: Tokenizer, first: string, isBytes: boolean): [number, number] | number {
  let char: string | null = first;
  let addFlags = 0;
  let delFlags = 0;
  if (char !== '-') {
    for (;;) {
      const flag = INLINE_FLAGS[char];
      if (char === 'L' && !isBytes) throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (char === 'u' && isBytes) throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      addFlags |= flag;
      if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      char = source.get();
      if (char === null) throw source.error('missing -, : or )');
      if (')-:'.includes(char)) break;
      if (!(char in INLINE_FLAGS)) throw source.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing -, : or )', points(char));
    }
  }
  if (char === ')') return addFlags;
  if (addFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (char === '-') {
    char = source.get();
    if (char === null) throw source.error('missing flag');
    if (!(char in INLINE_FLAGS)) throw source.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing flag', points(char));
    for (;;) {
      const flag = INLINE_FLAGS[char];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      char = source.get();
      if (char === null) throw source.error('missing :');
      if (char === ':') break;
      if (!(char in INLINE_FLAGS)) throw source.error(/^\p{L}$/u.test(char) ? 'unknown flag' : 'missing :', points(char));
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

/** `\x41`, `\u00e9`, `\U0001f600`, `\0`, octal: a code point (shared by escapes inside and outside sets). */
export function numericEscape(source: Tokenizer, escape: string, isBytes: boolean): number | null {
  const c = escape[1];
  const hexDigits = c === 'x' ? 2 : isBytes ? 0 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hexDigits) {
    escape += source.getWhile(hexDigits, HEXDIGITS);
    if (escape.length !== hexDigits + 2) throw source.error(`incomplete escape ${escape}`, escape.length);
    const code = parseInt(escape.slice(2), 16);
    if (code > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return code;
  }
  if (c === 'N' && !isBytes) {
    if (!source.match('{')) throw source.error('missing {');
    const charName = source.getUntil('}', 'character name');
    // unicodedata.lookup's limit on the name's UTF-8 length (its KeyError) gives the same error.
    const code = new TextEncoder().encode(charName).length > 256 ? undefined : unicodeNames().codeOf(charName);
    if (code === undefined) throw source.error(`undefined character name ${pyStrRepr(charName)}`, Array.from(charName).length + 4);
    return code;
  }
  return null;
}

/** An escape inside a set: a code point, or a category's class text. */
export function classEscape(source: Tokenizer, escape: string, flags: number): number | string {
  const c = escape[1];
  if (escape in ESCAPES) return ESCAPES[escape];
  if (CATEGORY_LETTERS.includes(c)) return category(c, (flags & ASCII_LIKE) !== 0);
  const code = numericEscape(source, escape, (flags & BYTES) !== 0);
  if (code !== null) return code;
  if (OCTDIGITS.includes(c)) {
    escape += source.getWhile(2, OCTDIGITS);
    const value = parseInt(escape.slice(1), 8);
    if (value > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return value;
  }
  if (DIGITS.includes(c) || ASCII_LETTERS.test(c)) throw source.error(`bad escape ${escape}`, escape.length);
  return escape.codePointAt(1)!;
}
