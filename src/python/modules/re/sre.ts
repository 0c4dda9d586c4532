// The `_sre` module (CPython's C matching engine): compiles a str pattern through the translator into JS
// RegExps, and runs match/search/fullmatch giving spans in code points; re's Python part builds on it.

import { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import type { PyBytes } from '../../runtime/bytesObject';
import { decref } from '../../runtime/heap';
import { newDict, newInt, newNone, newStr, newTuple } from '../../runtime/factory';
import { dictSetStr } from '../../runtime/containers';
import { builtinFunction } from '../../builtins/define';
import { indexOf } from '../../runtime/ops/numbers';
import { defineSlotDunders, nativeType, once } from '../nativeType';
import { NativeRaise } from '../../errors';
import { PatternError } from './patternTokenizer';
import { BYTES, FLAG, translatePattern, type Translation } from './patternTranslation';
import { resolveGroups } from './jsSyntax';
import { backtrackSearch, type CaseFolding } from './backtrack';
import { ASCII_LIKE } from './patternEscapes';
import { findAll, split, substitute } from './sreLoops';
import { runMatch, setMatchType } from './sreMatch';
import type { VM } from '../../vm/vm';

/** One translated pattern and its RegExps (made on first use of each). */
export class Compiled {
  private searchRe: RegExp | null = null;
  private stickyRe: RegExp | null = null;
  private fullRe: RegExp | null = null;
  private nonEmptyRe: RegExp | null = null;
  readonly jsGroup: number[];
  private readonly nonEmptyGroup: number[];
  private readonly source: string;
  private readonly nonEmptySource: string;
  readonly jsFlags: string;
  /** How the backtracking matcher compares backreferences under the global IGNORECASE. */
  readonly caseFolding: CaseFolding;

  constructor(readonly translation: Translation) {
    const plain = resolveGroups(translation.source, 0);
    const shifted = resolveGroups(translation.source, 1);
    this.source = plain.source;
    this.jsGroup = plain.jsGroup;
    // Group 1 holds the rest of the string where the match starts: the end may not be followed by all of it.
    this.nonEmptySource = `(?=([\\s\\S]*))(?:${shifted.source})(?!\\1(?![\\s\\S]))`;
    this.nonEmptyGroup = shifted.jsGroup;
    this.jsFlags = translation.jsIgnoreCase ? 'dvi' : 'dv';
    const flags = translation.flags;
    this.caseFolding = !(flags & FLAG.IGNORECASE) ? 'none' : flags & ASCII_LIKE ? 'ascii' : 'unicode';
    // Compile now, so a construct the JS engine refuses is an error of re.compile.
    this.search(0);
  }

  search(mode: number): RegExp {
    if (mode === 0) return (this.searchRe ??= new RegExp(this.source, this.jsFlags + 'g'));
    if (mode === 1) return (this.stickyRe ??= new RegExp(this.source, this.jsFlags + 'y'));
    return (this.fullRe ??= new RegExp(`(?:${this.source})(?![\\s\\S])`, this.jsFlags + 'y'));
  }

  /** A match at `at` that is not empty (CPython's must_advance), with its group numbering. */
  nonEmptyAt(subject: string, at: number): [RegExpExecArray, number[]] | null {
    const re = (this.nonEmptyRe ??= new RegExp(this.nonEmptySource, this.jsFlags + 'y'));
    re.lastIndex = at;
    const m = re.exec(subject);
    return m ? [m, this.nonEmptyGroup] : null;
  }
}

const compiledCache = new Map<string, Compiled>();

export function compiled(pattern: string, flags: number): Compiled {
  const key = `${flags}:${pattern}`;
  let c = compiledCache.get(key);
  if (!c) {
    c = new Compiled(translatePattern(pattern, flags));
    compiledCache.set(key, c);
    // Pattern objects search with their final flags (UNICODE added): the same translation.
    compiledCache.set(`${c.translation.flags}:${pattern}`, c);
  }
  return c;
}

/** Code point offsets of a str and the UTF-16 offsets JS uses (the same unless it has astral characters). */
export class Offsets {
  private readonly unitOfPoint: number[] | null;
  private readonly pointOfUnit: number[] | null;
  readonly points: number;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      this.unitOfPoint = this.pointOfUnit = null;
      this.points = text.length;
      return;
    }
    this.unitOfPoint = [];
    this.pointOfUnit = [];
    let point = 0;
    for (let unit = 0; unit < text.length; point++) {
      this.unitOfPoint.push(unit);
      this.pointOfUnit[unit] = point;
      const c = text.charCodeAt(unit);
      const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      if (pair) this.pointOfUnit[unit + 1] = point;
      unit += pair ? 2 : 1;
    }
    this.unitOfPoint.push(text.length);
    this.pointOfUnit[text.length] = point;
    this.points = point;
  }

  unit(point: number): number {
    return this.unitOfPoint ? this.unitOfPoint[point] : point;
  }

  point(unit: number): number {
    return this.pointOfUnit ? this.pointOfUnit[unit] : unit;
  }
}

let lastOffsets: Offsets | null = null;

/** The text matched: a str's, or a bytes object's bytes as latin-1 (the Python part passes no other kind). */
export function textOf(o: PyObject): string {
  return (o as PyStr | PyBytes).value;
}

export function offsetsOf(text: string): Offsets {
  if (lastOffsets === null || lastOffsets.text !== text) lastOffsets = new Offsets(text);
  return lastOffsets;
}

/**
 * `compile(pattern, flags)`: (flags, groups, groupindex, warnings) or, for a bad pattern, (None, kind, message, pos,
 * warnings); warnings are the FutureWarning messages re.compile gives first.
 */
function compileInfo(_vm: VM, args: PyObject[]): PyObject {
  const pattern = (args[0] as PyStr).value;
  const flags = Number(indexOf(_vm, args[1]));
  let c: Compiled;
  try {
    c = compiled(pattern, flags);
  } catch (e) {
    if (e instanceof PatternError) {
      return newTuple([newNone(), newStr(e.kind), newStr(e.msg), e.pos === null ? newNone() : newInt(e.pos), strTuple(e.futureWarnings)]);
    }
    if (e instanceof SyntaxError) return newTuple([newNone(), newStr('error'), newStr(`this pattern cannot be translated to the JS engine: ${e.message}`), newNone(), strTuple([])]);
    throw e;
  }
  const t = c.translation;
  const warnings = strTuple(t.futureWarnings);
  if (t.groupNames.size === 0) return newTuple([newInt(t.flags), newInt(t.groups), newNone(), warnings]);
  const groupIndex = newDict();
  for (const [name, gid] of t.groupNames) {
    const n = newInt(gid);
    dictSetStr(groupIndex, name, n);
    decref(n);
  }
  return newTuple([newInt(t.flags), newInt(t.groups), groupIndex, warnings]);
}

const strTuple = (texts: readonly string[]): PyObject => newTuple(texts.map((text) => newStr(text)));

/**
 * A match's numbers (lastindex, pos, endpos, then each group's start and end), read by index: CPython keeps them in the
 * Match's own memory, so this is no gc object (a tuple would count in gc.get_count()).
 */
export class PySpans extends PyObject {
  constructor(readonly values: number[]) {
    super(spansType());
  }
  traverse(): void {}
  clear(): void {}
}

const spansType = once(() => {
  const type = nativeType('SRE_Spans', '_sre', {
    slots: {
      length: (_vm, o) => (o as PySpans).values.length,
      getItem: (vm, o, key) => {
        const values = (o as PySpans).values;
        const i = Number(indexOf(vm, key));
        const v = values[i < 0 ? i + values.length : i];
        if (v === undefined) throw new NativeRaise('IndexError', 'index out of range');
        return newInt(v);
      },
      sizeof: (o) => 16 + 8 * (o as PySpans).values.length,
    },
  });
  defineSlotDunders(type);
  return type;
});

/**
 * `_model_match_size(Match)`: sys.getsizeof of a Match as CPython's C struct, 120 bytes and 16 per group (its
 * marks), not the size of our Python object with slots.
 */
function modelMatchSize(_vm: VM, args: PyObject[]): PyObject {
  const type = args[0];
  if (type instanceof PyType && type.isHeapType) {
    type.nativeSlots = {
      sizeof: (o) => {
        const spans = o.attrs?.slotValues?.find((v) => v instanceof PySpans) as PySpans | undefined;
        return 120 + (spans ? 16 * ((spans.values.length - 5) / 2) : 0);
      },
    };
  }
  return newNone();
}

/** Python's lastindex: the group that closed last (an enclosing group closes after the groups inside it). */
export function lastIndex(spans: number[], parents: number[]): number {
  let best = 0;
  let bestEnd = -1;
  for (let g = 1; g < parents.length; g++) {
    const end = spans[2 * g + 1];
    if (end < 0) continue;
    if (end > bestEnd || (end === bestEnd && !encloses(best, g, parents))) {
      best = g;
      bestEnd = end;
    }
  }
  return best;
}

function encloses(outer: number, inner: number, parents: number[]): boolean {
  for (let g = parents[inner]; g !== 0; g = parents[g]) if (g === outer) return true;
  return false;
}

/**
 * One match from `pos` (mode 0 search, 1 match, 2 fullmatch) before `endpos`: each group's start and end in
 * code points (-1 for a group that took no part), or null.
 */
export function runSearch(c: Compiled, offsets: Offsets, pos: number, endpos: number, mode: number, mustAdvance: boolean): number[] | null {
  const text = offsets.text;
  const start = offsets.unit(pos);
  const end = offsets.unit(endpos);
  const subject = end < text.length ? text.slice(0, end) : text;
  const tree = c.translation.tree;
  if (tree) {
    const found = backtrackSearch(tree, c.translation.groups, c.jsFlags, c.caseFolding, subject, start, mode, mustAdvance);
    return found && spansOf(found, offsets);
  }
  const re = c.search(mode);
  re.lastIndex = start;
  let m = re.exec(subject);
  let jsGroup = c.jsGroup;
  if (m && mustAdvance && m.index === start && m[0].length === 0) {
    const nonEmpty = c.nonEmptyAt(subject, start);
    if (nonEmpty) [m, jsGroup] = nonEmpty;
    else if (mode !== 0 || start >= subject.length) m = null;
    else {
      re.lastIndex = offsets.unit(pos + 1);
      m = re.exec(subject);
    }
  }
  if (!m) return null;
  const indices = m.indices!;
  const groups = c.translation.groups;
  const spans: number[] = new Array(2 * groups + 2);
  for (let g = 0; g <= groups; g++) {
    const span = indices[jsGroup[g]];
    spans[2 * g] = span ? offsets.point(span[0]) : -1;
    spans[2 * g + 1] = span ? offsets.point(span[1]) : -1;
  }
  return spans;
}

/** The backtracking matcher's UTF-16 spans as each group's start and end in code points (-1: took no part). */
function spansOf(units: readonly ([number, number] | undefined)[], offsets: Offsets): number[] {
  const spans: number[] = new Array(2 * units.length);
  units.forEach((span, g) => {
    spans[2 * g] = span ? offsets.point(span[0]) : -1;
    spans[2 * g + 1] = span ? offsets.point(span[1]) : -1;
  });
  return spans;
}

/** `length(string)`: len() without a Python call (code points). */
function codePointLength(_vm: VM, args: PyObject[]): PyObject {
  return newInt(offsetsOf(textOf(args[0])).points);
}

const functions = once(() => ({
  compile: builtinFunction('compile', compileInfo),
  _run: builtinFunction('_run', runMatch),
  _set_match_type: builtinFunction('_set_match_type', setMatchType),
  length: builtinFunction('length', codePointLength),
  findall: builtinFunction('findall', findAll),
  split: builtinFunction('split', split),
  subn: builtinFunction('subn', substitute),
  _model_match_size: builtinFunction('_model_match_size', modelMatchSize),
}));

export function sreModuleContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  // The flag bit marking a bytes pattern (read as latin-1) for compile and search.
  out.BYTES = newInt(BYTES);
  return out;
}
