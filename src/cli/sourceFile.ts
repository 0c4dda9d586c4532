// Decodes a script's bytes as CPython's file tokenizer does: BOM, PEP 263 coding cookie, strict UTF-8 by line.

import { unlocatedDiagnostic, type SyntaxDiagnostic } from '../python/errors';

export interface DecodedSource {
  /** The text of the lines that could be read. */
  text: string;
  /** Why reading stopped before the end (raised when the tokenizer needs the next line). */
  unreadableFrom?: SyntaxDiagnostic;
}

/** Byte ranges of physical lines, each with its terminator (\n, \r\n or a lone \r, as universal newlines). */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * The first byte of the first invalid UTF-8 sequence, or -1 (Parser/tokenizer.c valid_utf8: overlong forms,
 * surrogates and code points past U+10FFFF are invalid). Like ensure_utf8, the check stops at a null byte.
 */
export function firstInvalidUtf8(line: Uint8Array): number {
  let i = 0;
  while (i < line.length && line[i] !== 0) {
    const b = line[i];
    let expected: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b < 0xe0) {
      if (b < 0xc2) return i;
      expected = 1;
    } else if (b < 0xf0) {
      const next = line[i + 1] ?? 0;
      if ((b === 0xe0 && next < 0xa0) || (b === 0xed && next >= 0xa0)) return i;
      expected = 2;
    } else if (b < 0xf5) {
      const next = line[i + 1] ?? 0;
      if (next < 0x90 ? b === 0xf0 : b === 0xf4) return i;
      expected = 3;
    } else return i;
    for (let k = 1; k <= expected; k++) {
      const c = line[i + k];
      if (c === undefined || c < 0x80 || c >= 0xc0) return i;
    }
    i += expected + 1;
  }
  return -1;
}

/** tokenizer.c get_coding_spec: `coding[:=]name` in a line that is only a comment; the name as get_normal_name gives it. */
function codingSpec(line: Uint8Array): string | null {
  const text = latin1(line);
  const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(text);
  if (!m) return null;
  const name = m[1];
  const folded = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (folded === 'utf-8' || folded.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(folded) || /^(latin-1-|iso-8859-1-|iso-latin-1-)/.test(folded)) return 'iso-8859-1';
  return name;
}

/** Whether a line holds nothing but blanks and a comment (only then may the cookie be on line 2). */
function onlyComment(line: Uint8Array): boolean {
  return /^[ \t\f]*(#|\r|\n|$)/.test(latin1(line));
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** cp1252's 0x80-0x9F (0: undefined, which Python's codec refuses); the rest is latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

function cp1252(line: Uint8Array): string | null {
  let s = '';
  for (const b of line) {
    const cp = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
    if (cp === 0) return null;
    s += String.fromCharCode(cp);
  }
  return s;
}

/**
 * A line decoder for a codec named in a cookie; null for codecs not modelled (reported as CPython reports an
 * unknown codec). Node's TextDecoder is not used: its legacy single-byte decoders differ from Python's codecs.
 */
function lineDecoder(codec: string): ((line: Uint8Array) => string | null) | null {
  const key = codec.toLowerCase().replace(/[-_ ]/g, '');
  if (key === 'iso88591') return latin1;
  if (key === 'ascii' || key === 'usascii') return (line) => (line.every((b) => b < 0x80) ? latin1(line) : null);
  if (key === 'cp1252' || key === 'windows1252') return cp1252;
  return null;
}

/**
 * What `python3 FILE` reads from the file's bytes. `path` is the name errors print (CPython: the absolute path).
 * Example: `decodePythonSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]), '/x.py').text === '1'`.
 */
export function decodePythonSource(bytes: Uint8Array, path: string): DecodedSource {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const lines = splitLines(bom ? bytes.subarray(3) : bytes);
  let codec: string | null = bom ? 'utf-8' : null;
  let decode: ((line: Uint8Array) => string | null) | null = null;
  let text = '';
  let cookieFound = false;
  // Each line decodes on its own: a BOM starting a later line is text (a non-printable character), not a mark.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const stop = (message: string): DecodedSource => ({ text, unreadableFrom: unlocatedDiagnostic('SyntaxError', message) });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cookieLine = i === 0 || (i === 1 && onlyComment(lines[0]));
    const spec = cookieLine && !cookieFound ? codingSpec(line) : null;
    if (spec) {
      cookieFound = true;
      if (bom && spec !== 'utf-8') return stop(`encoding problem: ${spec} with BOM`);
      if (spec !== 'utf-8') {
        decode = lineDecoder(spec);
        if (!decode) return stop(`encoding problem: ${spec}`);
      }
      codec = spec;
    }
    if (decode) {
      const decoded = decode(line);
      if (decoded === null) return stop(`encoding problem: ${codec}`);
      text += decoded;
      continue;
    }
    if (codec === null) {
      const bad = firstInvalidUtf8(line);
      if (bad >= 0) {
        const hex = line[bad].toString(16).padStart(2, '0');
        return stop(`Non-UTF-8 code starting with '\\x${hex}' in file ${path} on line ${i + 1}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`);
      }
    }
    // A declared UTF-8 file is not checked line by line: CPython fails later, in the literal (not modelled).
    text += utf8.decode(line);
  }
  return { text };
}
