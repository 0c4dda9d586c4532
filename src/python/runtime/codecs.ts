// str.encode and bytes.decode for utf-8, ascii and latin-1 (UTF-16 and UTF-32: codecsWide.ts; unicode_escape and
// raw_unicode_escape: codecsEscape.ts) with the strict, ignore, replace, backslashreplace and xmlcharrefreplace
// handlers, raising CPython's UnicodeDecodeError / UnicodeEncodeError (five args); utf-8-sig is utf-8 after a BOM.

import { NativeRaise } from '../errors';
import { decodeWide, encodeWide, normalizeEncoding, wideCodec } from './codecsWide';
import { decodeEscapes, encodeEscapes, escapeCodec, type EscapesDecoded } from './codecsEscape';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

export const BOM_UTF8 = '\xef\xbb\xbf';

/**
 * Python's codec lookup for the names we have (files can use these; the UTF-16/32 and escape codecs are for
 * str.encode and bytes.decode only): normalized as encodings.normalize_encoding, then aliases.
 */
export function lookupCodec(name: string): Codec | 'utf-8-sig' {
  const n = normalizeEncoding(name);
  if (n === 'utf_8_sig') return 'utf-8-sig';
  if (n === 'utf_8' || n === 'utf8' || n === 'u8' || n === 'utf' || n === 'cp65001') return 'utf-8';
  if (n === 'ascii' || n === 'us_ascii' || n === '646' || n === 'us') return 'ascii';
  if (['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', 'iso_8859_1_1987', 'cp819', '8859', 'iso_ir_100'].includes(n)) return 'latin-1';
  throw new NativeRaise('LookupError', `unknown encoding: ${name}`);
}

const HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'];

function checkHandler(errors: string): void {
  if (!HANDLERS.includes(errors)) throw new NativeRaise('LookupError', `unknown error handler name '${errors}'`);
}

/**
 * A UTF-16/UTF-32 codec named otherwise than unicodeobject.c's fast paths (utf-16, UTF_32...) is found through the
 * codec registry, which wraps a LookupError of its error handler in one that names the codec as given.
 */
function throughRegistry<T>(encoding: string, operation: 'encoding' | 'decoding', run: () => T): T {
  if (/^utf_?(16|32)$/.test(encoding.toLowerCase().replace(/[^a-z0-9.]/g, '_'))) return run();
  try {
    return run();
  } catch (e) {
    if (!(e instanceof NativeRaise) || e.pyType !== 'LookupError') throw e;
    throw new NativeRaise('LookupError', `${operation} with '${encoding}' codec failed (LookupError: ${e.pyMessage})`);
  }
}

function hex2(b: number): string {
  return b.toString(16).padStart(2, '0');
}

function decodeError(codec: Codec, data: string, start: number, end: number, reason: string): never {
  throw new NativeRaise('UnicodeDecodeError', reason, undefined, [codec, { bytes: data }, start, end, reason]);
}

function encodeError(codec: Codec, text: string, start: number, end: number, reason: string): never {
  throw new NativeRaise('UnicodeEncodeError', reason, undefined, [codec, text, start, end, reason]);
}

/** The replacement for undecodable bytes data[start:end] under a non-strict handler. */
function decodeReplacement(errors: string, data: string, start: number, end: number): string {
  if (errors === 'ignore') return '';
  if (errors === 'replace') return '\ufffd';
  if (errors === 'surrogateescape') {
    let out = '';
    for (let i = start; i < end; i++) {
      const b = data.charCodeAt(i);
      if (b < 128) return '';
      out += String.fromCharCode(0xdc00 + b);
    }
    return out;
  }
  let out = '';
  for (let i = start; i < end; i++) out += '\\x' + hex2(data.charCodeAt(i));
  return out;
}

/** One UTF-8 sequence at i: [code point, length], or an error with its reason and the bad range's length. */
function utf8At(data: string, i: number): [number, number] | { reason: string; length: number } {
  const b0 = data.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  let need: number, min: number, max: number, cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp] = [1, b0 & 0x1f];
  else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp] = [2, b0 & 0x0f];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp] = [3, b0 & 0x07];
  else return { reason: 'invalid start byte', length: 1 };
  // The second byte's allowed range excludes overlongs, surrogates and values past U+10FFFF.
  [min, max] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return { reason: 'unexpected end of data', length: k };
    const b = data.charCodeAt(i + k);
    const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
    if (b < lo || b > hi) return { reason: 'invalid continuation byte', length: k };
    cp = (cp << 6) | (b & 0x3f);
  }
  return [cp, need + 1];
}

/** bytes.decode: `data` holds one byte per character. */
export function decodeBytes(data: string, encoding: string, errors: string): string {
  return decodeBytesWarning(data, encoding, errors).text;
}

/** bytes.decode, with the DeprecationWarning unicode_escape gives for an escape it does not know. */
export function decodeBytesWarning(data: string, encoding: string, errors: string): EscapesDecoded {
  const escape = escapeCodec(normalizeEncoding(encoding));
  if (escape) return decodeEscapes(data, escape, errors, encoding);
  return { text: decodeBytesText(data, encoding, errors), warning: null };
}

function decodeBytesText(data: string, encoding: string, errors: string): string {
  const wide = wideCodec(encoding);
  if (wide) {
    return throughRegistry(encoding, 'decoding', () => decodeWide(data, wide, errors, (start, end) => {
      checkHandler(errors);
      return decodeReplacement(errors, data, start, end);
    }));
  }
  const codec = lookupCodec(encoding);
  if (codec === 'utf-8-sig') {
    // encodings.utf_8_sig: the mark is dropped, then utf-8 decodes the rest (its errors count from there).
    return throughRegistry(encoding, 'decoding', () => decodeBytesText(data.startsWith(BOM_UTF8) ? data.slice(3) : data, 'utf-8', errors));
  }
  if (codec === 'latin-1') return data;
  let out = '';
  let i = 0;
  const n = data.length;
  while (i < n) {
    let start = i;
    // Runs of ASCII in one step.
    while (i < n && data.charCodeAt(i) < 0x80) i++;
    if (i > start) out += data.slice(start, i);
    if (i >= n) break;
    start = i;
    if (codec === 'ascii') {
      if (errors === 'strict' || errors === 'surrogatepass') decodeError(codec, data, i, i + 1, 'ordinal not in range(128)');
      checkHandler(errors);
      out += decodeReplacement(errors, data, i, i + 1);
      i++;
      continue;
    }
    const r = utf8At(data, i);
    // surrogatepass: an encoded surrogate (ED A0..BF xx) decodes to the surrogate itself.
    if (!Array.isArray(r) && errors === 'surrogatepass' && data.charCodeAt(i) === 0xed && i + 2 < n
      && (data.charCodeAt(i + 1) & 0xe0) === 0xa0 && (data.charCodeAt(i + 2) & 0xc0) === 0x80) {
      out += String.fromCharCode(0xd000 | ((data.charCodeAt(i + 1) & 0x3f) << 6) | (data.charCodeAt(i + 2) & 0x3f));
      i += 3;
      continue;
    }
    if (Array.isArray(r)) {
      out += String.fromCodePoint(r[0]);
      i += r[1];
      continue;
    }
    if (errors === 'strict' || errors === 'surrogatepass') decodeError(codec, data, start, start + r.length, r.reason);
    checkHandler(errors);
    out += decodeReplacement(errors, data, start, start + r.length);
    i = start + r.length;
  }
  return out;
}

/** str.encode: the result holds one byte per character. */
export function encodeStr(text: string, encoding: string, errors: string): string {
  const wide = wideCodec(encoding);
  if (wide) return throughRegistry(encoding, 'encoding', () => encodeWide(text, wide, errors, checkHandler));
  const escape = escapeCodec(normalizeEncoding(encoding));
  if (escape) return encodeEscapes(text, escape);
  const codec = lookupCodec(encoding);
  if (codec === 'utf-8-sig') return BOM_UTF8 + throughRegistry(encoding, 'encoding', () => encodeStr(text, 'utf-8', errors));
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const cps = Array.from(text, (c) => c.codePointAt(0)!);
  let out = '';
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (c < limit && !(codec === 'utf-8' && surrogate)) {
      out += codec === 'utf-8' ? utf8Bytes(c) : String.fromCharCode(c);
      i++;
      continue;
    }
    // The run of unencodable characters the error (or the handler) covers.
    let end = i + 1;
    const bad = (x: number) => (codec === 'utf-8' ? x >= 0xd800 && x <= 0xdfff : x >= limit);
    while (end < cps.length && bad(cps[end])) end++;
    const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
    if (errors === 'strict') encodeError(codec, text, i, end, reason);
    checkHandler(errors);
    for (let k = i; k < end; k++) out += encodeReplacement(errors, cps[k], codec, () => encodeError(codec, text, i, end, reason));
    i = end;
  }
  return out;
}

function encodeReplacement(errors: string, c: number, codec: Codec, fail: () => never): string {
  if (errors === 'surrogatepass') {
    if (codec !== 'utf-8' || c < 0xd800 || c > 0xdfff) return fail();
    return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  if (errors === 'ignore') return '';
  if (errors === 'replace') return '?';
  if (errors === 'xmlcharrefreplace') return `&#${c};`;
  if (errors === 'surrogateescape') {
    if (c >= 0xdc80 && c <= 0xdcff) return String.fromCharCode(c - 0xdc00);
    return fail();
  }
  if (codec === 'utf-8' && errors === 'backslashreplace') return '\\u' + c.toString(16).padStart(4, '0');
  return c <= 0xff ? '\\x' + hex2(c) : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}

function utf8Bytes(c: number): string {
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  if (c < 0x10000) return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  return String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}
