// The unicode_escape and raw_unicode_escape codecs for str.encode and bytes.decode, as unicodeobject.c's
// PyUnicode_AsUnicodeEscapeString / _PyUnicode_DecodeUnicodeEscapeInternal and their raw variants: the same
// escapes as a str literal's, decoded from bytes (other bytes are Latin-1), with the codec's error ranges.

import { NativeRaise } from '../errors';
import { unicodeNames } from '../modules/unicodedata/unicodeNamesApi';

export type EscapeCodec = 'unicode-escape' | 'raw-unicode-escape';

export function escapeCodec(normalized: string): EscapeCodec | null {
  if (normalized === 'unicode_escape') return 'unicode-escape';
  if (normalized === 'raw_unicode_escape') return 'raw-unicode-escape';
  return null;
}

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

/** str.encode: one byte per character of the result. */
export function encodeEscapes(text: string, codec: EscapeCodec): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x10000) out += '\\U' + hex(c, 8);
    else if (c >= 0x100) out += '\\u' + hex(c, 4);
    else if (codec === 'raw-unicode-escape') out += ch;
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else out += '\\x' + hex(c, 2);
  }
  return out;
}

const SIMPLE: Readonly<Record<string, string>> = { '\n': '', '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07' };

export interface EscapesDecoded {
  text: string;
  /** The DeprecationWarning of the first escape the codec does not know (`\q`, `\777`), or null. */
  warning: string | null;
}

/**
 * bytes.decode: `data` holds one byte per character. An error names the codec as CPython's C code does
 * ('unicodeescape', 'rawunicodeescape'); `handle(start, end)` gives an error handler's replacement.
 */
export function decodeEscapes(data: string, codec: EscapeCodec, errors: string, encodingAsGiven: string): EscapesDecoded {
  const name = codec === 'unicode-escape' ? 'unicodeescape' : 'rawunicodeescape';
  let out = '';
  let warning: string | null = null;
  const n = data.length;
  let i = 0;
  /** The error for data[start:end]: raised, or the handler's text and decoding goes on at `end`. */
  const error = (start: number, end: number, reason: string): void => {
    if (errors === 'strict' || errors === 'surrogateescape' || errors === 'surrogatepass') {
      throw new NativeRaise('UnicodeDecodeError', reason, undefined, [name, { bytes: data }, start, end, reason]);
    }
    if (errors === 'ignore') {}
    else if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = start; k < end; k++) out += '\\x' + hex(data.charCodeAt(k), 2);
    else if (errors === 'xmlcharrefreplace' || errors === 'namereplace') {
      throw new NativeRaise('TypeError', `decoding with '${encodingAsGiven}' codec failed (TypeError: don't know how to handle UnicodeDecodeError in error callback)`);
    } else throw new NativeRaise('LookupError', `decoding with '${encodingAsGiven}' codec failed (LookupError: unknown error handler name '${errors}')`);
    i = end;
  };
  /** `digits` hex digits after data[start]'s escape letter, or the error for those there are. */
  const hexEscape = (start: number, digits: number, reason: string): void => {
    let j = start + 2;
    let value = 0;
    for (; j < start + 2 + digits; j++) {
      const d = j < n ? parseInt(data[j], 16) : NaN;
      if (Number.isNaN(d) || !/[0-9a-fA-F]/.test(data[j])) return error(start, j, reason);
      value = value * 16 + d;
    }
    if (value > 0x10ffff) return error(start, j, codec === 'unicode-escape' ? 'illegal Unicode character' : '\\Uxxxxxxxx out of range');
    out += String.fromCodePoint(value);
    i = j;
  };
  while (i < n) {
    const c = data[i];
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= n) {
      // unicode_escape: a lone backslash at the end is an error; raw_unicode_escape keeps it.
      if (codec === 'raw-unicode-escape') out += c;
      else error(start, n, '\\ at end of string');
      i = n;
      continue;
    }
    const e = data[i + 1];
    if (e === 'u' || e === 'U') {
      hexEscape(start, e === 'u' ? 4 : 8, e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
      continue;
    }
    if (codec === 'raw-unicode-escape') {
      out += c + e;
      i += 2;
      continue;
    }
    if (Object.hasOwn(SIMPLE, e)) {
      out += SIMPLE[e];
      i += 2;
    } else if (e >= '0' && e <= '7') {
      const digits = /^[0-7]{1,3}/.exec(data.slice(i + 1, i + 4))![0];
      const value = parseInt(digits, 8);
      if (value > 0o377 && warning === null) warning = `invalid octal escape sequence '\\${digits}'`;
      out += String.fromCharCode(value);
      i += 1 + digits.length;
    } else if (e === 'x') {
      hexEscape(start, 2, 'truncated \\xXX escape');
    } else if (e === 'N') {
      namedEscape(start);
    } else {
      if (warning === null) warning = `invalid escape sequence '\\${e}'`;
      out += c + e;
      i += 2;
    }
  }
  return { text: out, warning };

  /** \N{name}: the ranges of its errors are the codec's (up to what stopped it, the '}' of an unknown name). */
  function namedEscape(start: number): void {
    const malformed = 'malformed \\N character escape';
    if (data[start + 2] !== '{') return error(start, start + 2, malformed);
    const close = data.indexOf('}', start + 3);
    if (close < 0) return error(start, n, malformed);
    if (close === start + 3) return error(start, close, malformed);
    const code = unicodeNames().codeOf(data.slice(start + 3, close));
    if (code === undefined) return error(start, close + 1, 'unknown Unicode character name');
    out += String.fromCodePoint(code);
    i = close + 1;
  }
}
