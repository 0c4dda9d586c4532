// Code objects as JSON and back (the CLI keeps the library's compiled modules in a cache made when it is
// bundled): every field is kept exactly, so a module's code read back runs as the code compiled from source.

import type { CodeConstant, CodeObject } from './code';
import { isBytesConstant, isCodeObject, isConstFrozenset, isConstTuple, isImaginaryConstant, newCodeObject } from './code';

/** A constant in JSON: strings, finite numbers (not -0), booleans and null as themselves; the rest tagged. */
type Encoded = string | number | boolean | null | { [tag: string]: unknown };

/** A float JSON cannot write as a number: NaN, the infinities and -0.0. */
function encodeFloat(x: number): number | { f: string } {
  if (Number.isFinite(x) && !Object.is(x, -0)) return x;
  return { f: Object.is(x, -0) ? '-0' : String(x) };
}

function decodeFloat(x: unknown): number {
  if (typeof x === 'number') return x;
  const text = (x as { f: string }).f;
  return text === '-0' ? -0 : Number(text);
}

function encodeConstant(c: CodeConstant): Encoded {
  if (typeof c === 'string' || typeof c === 'boolean' || c === null) return c;
  if (typeof c === 'number') return encodeFloat(c);
  if (typeof c === 'bigint') return { i: c.toString() };
  if (isCodeObject(c)) return { c: encodeCode(c) };
  if (isConstTuple(c)) return c.byCompiler ? { t: c.tuple.map(encodeConstant), m: 1 } : { t: c.tuple.map(encodeConstant) };
  if (isConstFrozenset(c)) return c.reinterned ? { s: c.frozenset.map(encodeConstant), r: 1 } : { s: c.frozenset.map(encodeConstant) };
  if (isBytesConstant(c)) return { b: c.bytes };
  if (isImaginaryConstant(c)) return { j: [encodeFloat(c.real), encodeFloat(c.imag)] };
  if ((c as { ellipsis?: unknown }).ellipsis === true) return { e: 1 };
  throw new Error(`internal error: a code constant that cannot be written: ${String(c)}`);
}

function decodeConstant(x: Encoded): CodeConstant {
  if (x === null || typeof x !== 'object') return x;
  if ('f' in x) return decodeFloat(x);
  if ('i' in x) return BigInt(x.i as string);
  if ('c' in x) return decodeCode(x.c as Record<string, unknown>);
  if ('t' in x) {
    const tuple = (x.t as Encoded[]).map(decodeConstant);
    return x.m === 1 ? { tuple, byCompiler: true } : { tuple };
  }
  if ('s' in x) {
    const frozenset = (x.s as Encoded[]).map(decodeConstant);
    return x.r === 1 ? { frozenset, reinterned: true } : { frozenset };
  }
  if ('b' in x) return { bytes: x.b as string };
  if ('j' in x) {
    const [real, imag] = x.j as unknown[];
    return { real: decodeFloat(real), imag: decodeFloat(imag) };
  }
  if ('e' in x) return { ellipsis: true };
  throw new Error('internal error: an unknown constant in a code cache');
}

/**
 * A code object as plain JSON data. Fields are written by kind, not by name, so a field added to CodeObject is
 * kept too: typed arrays, sets and maps tagged, everything else as it is (consts by encodeConstant).
 */
export function encodeCode(code: CodeObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(code)) {
    if (key === 'consts') out[key] = code.consts.map(encodeConstant);
    else if (value instanceof Int32Array) out[key] = { i32: Array.from(value) };
    else if (value instanceof Set) out[key] = { set: [...value] };
    else if (value instanceof Map) out[key] = { map: [...value] };
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value) || Array.isArray(value)) out[key] = value;
    else throw new Error(`internal error: code field '${key}' cannot be written`);
  }
  return out;
}

export function decodeCode(data: Record<string, unknown>): CodeObject {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'consts') out[key] = (value as Encoded[]).map(decodeConstant);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as { i32?: number[]; set?: unknown[]; map?: [unknown, unknown][] };
      if (tagged.i32) out[key] = Int32Array.from(tagged.i32);
      else if (tagged.set) out[key] = new Set(tagged.set);
      else if (tagged.map) out[key] = new Map(tagged.map);
      else throw new Error(`internal error: code field '${key}' in a code cache is unknown`);
    } else out[key] = value;
  }
  return newCodeObject(out as unknown as CodeObject);
}
