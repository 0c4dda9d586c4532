// The pieces of JavaScript RegExp source (flag 'v') the translator writes: escaped literals, Python's
// character categories, atomic groups, and the group sentinels numbered once the whole source is known.

import type { Node } from './backtrack';

/** A translated piece: its source, its width range (lookbehind must be fixed-width), what kind of item it is. */
export interface Item {
  src: string;
  min: number;
  max: number;
  /** 'at': an anchor (nothing to repeat); 'repeat': a repeat (a second one is "multiple repeat"). */
  kind: 'at' | 'repeat' | 'other';
  /** The same piece as a tree, for the backtracking matcher (backtrack.ts). */
  node: Node;
}

/** A piece that is one character, set, category or anchor: its own node is a leaf of the same source. */
export function leafItem(src: string, min: number, max: number, kind: 'at' | 'other' = 'other'): Item {
  return { src, min, max, kind, node: { t: 'leaf', src } };
}

/** A code point as RegExp source, safe inside and outside a 'v' set. */
export function literal(code: number): string {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return String.fromCharCode(code);
  return `\\u{${code.toString(16)}}`;
}

/** The code point and its other cases (for scoped IGNORECASE, which the JS engine cannot switch per group). */
export function caseVariants(code: number, asciiOnly: boolean, inSet = false): string {
  const ch = String.fromCodePoint(code);
  const found = new Set<number>([code]);
  for (const other of [ch.toLowerCase(), ch.toUpperCase()]) {
    const cps = Array.from(other);
    if (cps.length !== 1) continue;
    const c = cps[0].codePointAt(0)!;
    if (asciiOnly && (c > 127 || code > 127)) continue;
    found.add(c);
  }
  const parts = [...found].map(literal).join('');
  return found.size === 1 || inSet ? parts : `[${parts}]`;
}

const UNICODE_SPACE = '\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}';
const CATEGORIES: Record<string, [unicode: string, ascii: string]> = {
  d: ['\\p{Nd}', '[0-9]'],
  D: ['\\P{Nd}', '[^0-9]'],
  w: ['[\\p{L}\\p{N}_]', '[A-Za-z0-9_]'],
  W: ['[^\\p{L}\\p{N}_]', '[^A-Za-z0-9_]'],
  s: [`[${UNICODE_SPACE}]`, '[ \\t\\n\\r\\f\\v]'],
  S: [`[^${UNICODE_SPACE}]`, '[^ \\t\\n\\r\\f\\v]'],
};

/** \d \D \w \W \s \S as Python defines them for str patterns (Unicode unless ASCII): usable inside a set too. */
export function category(letter: string, ascii: boolean): string {
  return CATEGORIES[letter][ascii ? 1 : 0];
}

/** A group's place before numbering: C (Python group n opens), H (hidden group n opens), R/B (references). */
export function sentinel(kind: 'C' | 'H' | 'R' | 'B', n: number): string {
  return `\0${kind}${n}\0`;
}

/** `(?>X)`: the JS engine has no atomic groups; a lookahead capture then a backreference to it is one. */
export function atomic(src: string, hidden: number): string {
  return `(?=${sentinel('H', hidden)}${src}))(?:${sentinel('B', hidden)})`;
}

export interface NumberedSource {
  source: string;
  /** The JS group number of each Python group (index 0: the whole match). */
  jsGroup: number[];
}

/**
 * Replaces the sentinels with JS group parentheses and backreferences; `leadingGroups` capturing groups the
 * caller puts before the source shift every number.
 */
export function resolveGroups(src: string, leadingGroups: number): NumberedSource {
  const jsGroup = [0];
  const hidden: number[] = [];
  let count = leadingGroups;
  for (const m of src.matchAll(/\0([CH])(\d+)\0/g)) {
    count++;
    if (m[1] === 'C') jsGroup[Number(m[2])] = count;
    else hidden[Number(m[2])] = count;
  }
  const source = src.replace(/\0([CHRB])(\d+)\0/g, (_all, kind: string, n: string) => {
    if (kind === 'C' || kind === 'H') return '(';
    return `\\${kind === 'R' ? jsGroup[Number(n)] : hidden[Number(n)]}`;
  });
  return { source, jsGroup };
}
