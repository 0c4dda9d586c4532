// CPython 3.11's character properties and case mappings (Unicode 14.0), decoded from the generated tables.

import * as tables from './tables';

/** One bit per property, in a 16-bit flag word per code point. */
export const enum Prop {
  ALPHA = 1 << 0,
  DECIMAL = 1 << 1,
  DIGIT = 1 << 2,
  NUMERIC = 1 << 3,
  SPACE = 1 << 4,
  PRINTABLE = 1 << 5,
  XID_START = 1 << 6,
  XID_CONTINUE = 1 << 7,
  LOWER = 1 << 8,
  UPPER = 1 << 9,
  TITLE = 1 << 10,
  CASED = 1 << 11,
  CASE_IGNORABLE = 1 << 12,
  LINEBREAK = 1 << 13,
  WIDE = 1 << 14,
}

const SETS: [Prop, string][] = [
  [Prop.ALPHA, tables.ALPHA], [Prop.DECIMAL, tables.DECIMAL], [Prop.DIGIT, tables.DIGIT],
  [Prop.NUMERIC, tables.NUMERIC], [Prop.SPACE, tables.SPACE], [Prop.PRINTABLE, tables.PRINTABLE],
  [Prop.XID_START, tables.XID_START], [Prop.XID_CONTINUE, tables.XID_CONTINUE], [Prop.LOWER, tables.LOWER],
  [Prop.UPPER, tables.UPPER], [Prop.TITLE, tables.TITLE], [Prop.CASED, tables.CASED],
  [Prop.CASE_IGNORABLE, tables.CASE_IGNORABLE], [Prop.LINEBREAK, tables.LINEBREAK], [Prop.WIDE, tables.WIDE],
];

function numbers(text: string): number[] {
  return text === '' ? [] : text.split(',').map((n) => parseInt(n, 36));
}

/** Flags of the Basic Multilingual Plane, indexed by code point; astral code points use `astral` ranges. */
let bmp: Uint16Array | null = null;
/** [start, end, flag] triples for code points above 0xFFFF. */
let astral: number[] = [];

function build(): Uint16Array {
  const flags = new Uint16Array(0x10000);
  const far: number[] = [];
  for (const [flag, text] of SETS) {
    const runs = numbers(text);
    let pos = 0;
    for (let i = 0; i < runs.length; i += 2) {
      const start = pos + runs[i];
      const end = start + runs[i + 1];
      pos = end;
      for (let cp = start; cp < Math.min(end, 0x10000); cp++) flags[cp] |= flag;
      if (end > 0x10000) far.push(Math.max(start, 0x10000), end, flag);
    }
  }
  astral = far;
  bmp = flags;
  return flags;
}

/**
 * Flags of the ASCII range, read from the start of each table only: decoding the whole tables takes tens of ms,
 * which `import collections` (namedtuple checks its field names) paid on its first identifier.
 */
let ascii: Uint16Array | null = null;

function buildAscii(): Uint16Array {
  const flags = new Uint16Array(0x80);
  for (const [flag, text] of SETS) {
    let at = 0;
    const next = () => {
      const comma = text.indexOf(',', at);
      const digits = comma < 0 ? text.slice(at) : text.slice(at, comma);
      at = comma < 0 ? text.length : comma + 1;
      return parseInt(digits, 36);
    };
    let pos = 0;
    while (at < text.length && pos < 0x80) {
      const start = pos + next();
      const end = start + next();
      pos = end;
      for (let cp = start; cp < Math.min(end, 0x80); cp++) flags[cp] |= flag;
    }
  }
  ascii = flags;
  return flags;
}

/** The property flags of a code point. */
export function charFlags(cp: number): number {
  if (cp < 0x80) return (ascii ?? buildAscii())[cp];
  const flags = bmp ?? build();
  if (cp < 0x10000) return flags[cp];
  let f = 0;
  const a = astral;
  for (let i = 0; i < a.length; i += 3) if (cp >= a[i] && cp < a[i + 1]) f |= a[i + 2];
  return f;
}

export function hasProp(cp: number, prop: Prop): boolean {
  return (charFlags(cp) & prop) !== 0;
}

type CaseMap = Map<number, number | string>;
const caseMaps = new Map<string, CaseMap>();

function decodeMapping(single: string, multi: string): CaseMap {
  const map: CaseMap = new Map();
  const runs = numbers(single);
  let pos = 0;
  for (let i = 0; i < runs.length; i += 4) {
    const start = pos + runs[i];
    const count = runs[i + 1], stride = runs[i + 2], code = runs[i + 3];
    const delta = code & 1 ? -(code >> 1) : code >> 1;
    for (let k = 0; k < count; k++) map.set(start + k * stride, start + k * stride + delta);
    pos = start + (count - 1) * stride + 1;
  }
  if (multi !== '') {
    for (const entry of multi.split(',')) {
      const [cp, chars] = entry.split(':');
      map.set(parseInt(cp, 36), String.fromCodePoint(...chars.split('.').map((c) => parseInt(c, 36))));
    }
  }
  return map;
}

function mapping(name: 'UPPER' | 'LOWER' | 'TITLE' | 'FOLD'): CaseMap {
  let m = caseMaps.get(name);
  if (!m) {
    const t = tables as unknown as Record<string, string>;
    m = decodeMapping(t[`${name}_MAP`], t[`${name}_MAP_MULTI`]);
    caseMaps.set(name, m);
  }
  return m;
}

function mapped(m: CaseMap, cp: number): string {
  const r = m.get(cp);
  if (r === undefined) return String.fromCodePoint(cp);
  return typeof r === 'number' ? String.fromCodePoint(r) : r;
}

/** _PyUnicode_ToUpperFull and friends: the full (possibly multi-character) mapping of one code point. */
export const toUpperFull = (cp: number): string => mapped(mapping('UPPER'), cp);
export const toLowerFull = (cp: number): string => mapped(mapping('LOWER'), cp);
export const toTitleFull = (cp: number): string => mapped(mapping('TITLE'), cp);
export const toFoldedFull = (cp: number): string => mapped(mapping('FOLD'), cp);
