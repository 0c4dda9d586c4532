// Character names both ways (unicodedata.name, unicodedata.lookup and the \N{...} escape), from the generated
// table, which travels with the unicodedata chunk: it is decoded on first use.

import { HEX_NAMED_RANGES, NAME_ALIASES, NAME_ALPHABET, NAME_TERMINAL, NAME_WORDS, NAMES } from './nameTable';
import type { UnicodeNames } from './unicodeNamesApi';

// Hangul syllables are named from their jamo (unicodedata.c's hangul_syllables).
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = JAMO_L.length * JAMO_V.length * JAMO_T.length;

/** unicodedata.c's is_unified_ideograph (Unicode 14.0). */
const UNIFIED_IDEOGRAPHS = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d], [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a]];
const isUnifiedIdeograph = (cp: number) => UNIFIED_IDEOGRAPHS.some(([a, b]) => cp >= a && cp <= b);

interface Decoded {
  nameOf: Map<number, string>;
  /** Names and aliases -> code point. */
  codeOf: Map<string, number>;
  hexRanges: { prefix: string; runs: number[][] }[];
}

let decoded: Decoded | null = null;

function decode(): Decoded {
  if (decoded) return decoded;
  const words = NAME_WORDS.split(' ');
  const nameOf = new Map<number, string>();
  const codeOf = new Map<string, number>();
  let cp = -1;
  for (const entry of NAMES.split(' ')) {
    const numbers: number[] = [];
    let high = 0;
    for (const ch of entry) {
      const d = NAME_ALPHABET.indexOf(ch);
      if (d >= NAME_TERMINAL) high = high * 32 + d - NAME_TERMINAL;
      else {
        numbers.push(high * NAME_TERMINAL + d);
        high = 0;
      }
    }
    cp += numbers[0] + 1;
    const name = numbers.slice(1).map((n) => words[n]).join(' ');
    nameOf.set(cp, name);
    codeOf.set(name, cp);
  }
  for (const alias of NAME_ALIASES.split(';')) {
    const colon = alias.indexOf(':');
    codeOf.set(alias.slice(colon + 1), parseInt(alias.slice(0, colon), 16));
  }
  const hexRanges = HEX_NAMED_RANGES.split(';').map((range) => {
    const [prefix, ...runs] = range.split(',');
    return { prefix, runs: runs.map((run) => run.split('-').map((n) => parseInt(n, 16))) };
  });
  decoded = { nameOf, codeOf, hexRanges };
  return decoded;
}

function nameOf(cp: number): string | undefined {
  if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
    const s = cp - HANGUL_BASE;
    const t = s % JAMO_T.length, v = Math.floor(s / JAMO_T.length) % JAMO_V.length, l = Math.floor(s / (JAMO_T.length * JAMO_V.length));
    return `HANGUL SYLLABLE ${JAMO_L[l]}${JAMO_V[v]}${JAMO_T[t]}`;
  }
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  if (isUnifiedIdeograph(cp)) return `CJK UNIFIED IDEOGRAPH-${hex}`;
  const table = decode();
  for (const { prefix, runs } of table.hexRanges) {
    if (runs.some(([a, end]) => cp >= a && cp < end)) return prefix + hex;
  }
  return table.nameOf.get(cp);
}

/** find_syllable: the longest jamo of `column` that `s` starts with at `at` (the empty one always matches). */
function longestJamo(s: string, at: number, column: readonly string[]): number {
  let found = -1;
  for (let i = 0; i < column.length; i++) {
    if (s.startsWith(column[i], at) && (found < 0 || column[i].length > column[found].length)) found = i;
  }
  return found;
}

/** unicodedata.c's _getcode: the syllable and unified-ideograph forms exactly as written, other names in any ASCII case. */
function codeOf(name: string): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) {
    let at = 16;
    const l = longestJamo(name, at, JAMO_L);
    at += JAMO_L[l].length;
    const v = longestJamo(name, at, JAMO_V);
    if (v < 0) return undefined;
    at += JAMO_V[v].length;
    const t = longestJamo(name, at, JAMO_T);
    at += JAMO_T[t].length;
    return at === name.length ? HANGUL_BASE + (l * JAMO_V.length + v) * JAMO_T.length + t : undefined;
  }
  if (name.startsWith('CJK UNIFIED IDEOGRAPH-')) {
    const hex = name.slice(22);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return isUnifiedIdeograph(cp) ? cp : undefined;
  }
  const upper = name.replace(/[a-z]+/g, (s) => s.toUpperCase());
  const table = decode();
  for (const { prefix } of table.hexRanges) {
    if (!upper.startsWith(prefix)) continue;
    const cp = parseInt(upper.slice(prefix.length), 16);
    return /^[0-9A-F]{4,6}$/.test(upper.slice(prefix.length)) && nameOf(cp) === upper ? cp : undefined;
  }
  return table.codeOf.get(upper);
}

export const UNICODE_NAMES: UnicodeNames = { nameOf, codeOf };
