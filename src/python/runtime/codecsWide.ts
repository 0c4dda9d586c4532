// UTF-16 and UTF-32 for str.encode and bytes.decode, as CPython 3.11's codecs: `utf-16` and `utf-32` write a
// byte order mark (little-endian, this machine's order) and read one if present, the -le and -be variants neither.
// Files keep rejecting them (open() checks with lookupCodec): a file's encoder writes its mark once, not per write.

import { NativeRaise } from '../errors';

export interface WideCodec {
  /** As CPython names the codec in its errors: 'utf-16', 'utf-32-le'... */
  readonly name: string;
  readonly unitBytes: 2 | 4;
  /** null: with a byte order mark. */
  readonly littleEndian: boolean | null;
}

const CODECS: Readonly<Record<string, WideCodec>> = {};
for (const unitBytes of [2, 4] as const) {
  const bits = unitBytes * 8;
  const entries: Array<[string[], string, boolean | null]> = [
    [[`utf_${bits}`, `utf${bits}`, `u${bits}`], `utf-${bits}`, null],
    [[`utf_${bits}_le`, `utf_${bits}le`], `utf-${bits}-le`, true],
    [[`utf_${bits}_be`, `utf_${bits}be`], `utf-${bits}-be`, false],
  ];
  for (const [aliases, name, littleEndian] of entries) {
    for (const alias of aliases) (CODECS as Record<string, WideCodec>)[alias] = { name, unitBytes, littleEndian };
  }
}

/** An encoding name as encodings.normalize_encoding makes it, lowercased: what codec aliases are keyed by. */
export function normalizeEncoding(encoding: string): string {
  return encoding.toLowerCase().replace(/[^a-z0-9.]+/g, '_').replace(/^_|_$/g, '');
}

/** The UTF-16/UTF-32 codec an encoding name means, or null. */
export function wideCodec(encoding: string): WideCodec | null {
  const n = normalizeEncoding(encoding);
  return Object.hasOwn(CODECS, n) ? CODECS[n] : null;
}

/** One code unit's bytes (one character per byte). */
function unitBytes(value: number, size: 2 | 4, littleEndian: boolean): string {
  let out = '';
  for (let k = 0; k < size; k++) {
    const shift = 8 * (littleEndian ? k : size - 1 - k);
    out += String.fromCharCode((value >>> shift) & 0xff);
  }
  return out;
}

function encodeCodePoint(cp: number, codec: WideCodec, littleEndian: boolean): string {
  if (codec.unitBytes === 4 || cp < 0x10000) return unitBytes(cp, codec.unitBytes, littleEndian);
  const v = cp - 0x10000;
  return unitBytes(0xd800 | (v >> 10), 2, littleEndian) + unitBytes(0xdc00 | (v & 0x3ff), 2, littleEndian);
}

/** str.encode with a UTF-16/UTF-32 codec: the result holds one byte per character. */
/** `checkHandler`: raises LookupError for an unknown handler name, looked up only when an error needs it. */
export function encodeWide(text: string, codec: WideCodec, errors: string, checkHandler: (errors: string) => void): string {
  const littleEndian = codec.littleEndian ?? true;
  let out = codec.littleEndian === null ? encodeCodePoint(0xfeff, codec, true) : '';
  const cps = Array.from(text, (c) => c.codePointAt(0)!);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c < 0xd800 || c > 0xdfff) {
      out += encodeCodePoint(c, codec, littleEndian);
      continue;
    }
    if (errors !== 'strict') checkHandler(errors);
    if (errors === 'ignore') continue;
    if (errors === 'surrogatepass') out += unitBytes(c, codec.unitBytes, littleEndian);
    else if (errors === 'replace') out += encodeCodePoint(0x3f, codec, littleEndian);
    else if (errors === 'backslashreplace' || errors === 'xmlcharrefreplace') {
      const replacement = errors === 'backslashreplace' ? '\\u' + c.toString(16).padStart(4, '0') : `&#${c};`;
      for (const ch of replacement) out += encodeCodePoint(ch.charCodeAt(0), codec, littleEndian);
    } else {
      let end = i + 1;
      while (end < cps.length && cps[end] >= 0xd800 && cps[end] <= 0xdfff) end++;
      throw new NativeRaise('UnicodeEncodeError', 'surrogates not allowed', undefined, [codec.name, text, i, end, 'surrogates not allowed']);
    }
  }
  return out;
}

function readUnit(data: string, at: number, size: 2 | 4, littleEndian: boolean): number {
  let value = 0;
  for (let k = 0; k < size; k++) value += data.charCodeAt(at + k) * 2 ** (8 * (littleEndian ? k : size - 1 - k));
  return value;
}

/**
 * bytes.decode with a UTF-16/UTF-32 codec (`data` one byte per character). `replace(start, end)` gives what the
 * error handler puts for the undecodable bytes (codecs.ts's handlers); it is called only when errors is not strict.
 */
export function decodeWide(data: string, codec: WideCodec, errors: string, replace: (start: number, end: number) => string): string {
  const size = codec.unitBytes;
  let littleEndian = codec.littleEndian ?? true;
  let i = 0;
  if (codec.littleEndian === null && data.length >= size) {
    const mark = readUnit(data, 0, size, true);
    if (mark === 0xfeff) i = size;
    else if (mark === (size === 2 ? 0xfffe : 0xfffe0000)) [i, littleEndian] = [size, false];
  }
  let out = '';
  const fail = (start: number, end: number, reason: string): void => {
    // surrogatepass handles surrogates only (below): any other error raises as under strict.
    if (errors === 'strict' || errors === 'surrogatepass') {
      // Named by the byte order read, as PyUnicode_DecodeUTF16Stateful names it, even for `utf-16` itself.
      const name = `utf-${size * 8}-${littleEndian ? 'le' : 'be'}`;
      throw new NativeRaise('UnicodeDecodeError', reason, undefined, [name, { bytes: data }, start, end, reason]);
    }
    out += replace(start, end);
  };
  while (i < data.length) {
    if (data.length - i < size) {
      fail(i, data.length, 'truncated data');
      break;
    }
    const unit = readUnit(data, i, size, littleEndian);
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    if (size === 4) {
      if (unit > 0x10ffff) fail(i, i + 4, 'code point not in range(0x110000)');
      else if (surrogate && errors !== 'surrogatepass') fail(i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)');
      else out += String.fromCodePoint(unit);
      i += 4;
      continue;
    }
    if (!surrogate) out += String.fromCharCode(unit);
    else if (unit <= 0xdbff && data.length - i >= 4 && (readUnit(data, i + 2, 2, littleEndian) & 0xfc00) === 0xdc00) {
      out += String.fromCharCode(unit, readUnit(data, i + 2, 2, littleEndian));
      i += 4;
      continue;
    } else if (errors === 'surrogatepass') out += String.fromCharCode(unit);
    else if (unit >= 0xdc00) fail(i, i + 2, 'illegal encoding');
    else if (data.length - i < 4) {
      fail(i, data.length, 'unexpected end of data');
      break;
    } else fail(i, i + 2, 'illegal UTF-16 surrogate');
    i += 2;
  }
  return out;
}
