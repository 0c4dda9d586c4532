// A backtracking matcher with sre's semantics, for the patterns the JS engine cannot express: conditional groups
// `(?(1)yes|no)` test whether a group took part. It walks the translator's tree; each character, set, category or
// anchor is a sticky JS RegExp of its own, so those keep the translation's exact meaning.

import { NativeRaise } from '../../errors';
import { hostLimits } from '../../runtime/hostLimits';

/** The translator's tree of a pattern (leaves are JS RegExp source for one character or one anchor). */
export type Node =
  | { readonly t: 'leaf'; readonly src: string; re?: RegExp }
  | { readonly t: 'seq'; readonly items: Node[] }
  | { readonly t: 'alt'; readonly branches: Node[] }
  | { readonly t: 'group'; readonly g: number; readonly body: Node }
  | { readonly t: 'repeat'; readonly body: Node; readonly min: number; readonly max: number; readonly mode: 'greedy' | 'lazy' | 'possessive' }
  | { readonly t: 'look'; readonly body: Node; readonly behind: boolean; readonly negate: boolean; readonly width: number }
  | { readonly t: 'atomic'; readonly body: Node }
  | { readonly t: 'ref'; readonly g: number }
  | { readonly t: 'cond'; readonly g: number; readonly yes: Node; readonly no: Node };

export const EMPTY_NODE: Node = { t: 'seq', items: [] };

/** Whether `node` has a capturing group (a repeat around one needs sre's keeping of group values). */
export function hasGroup(node: Node): boolean {
  switch (node.t) {
    case 'group':
      return true;
    case 'seq':
      return node.items.some(hasGroup);
    case 'alt':
      return node.branches.some(hasGroup);
    case 'repeat':
    case 'atomic':
    case 'look':
      return hasGroup(node.body);
    case 'cond':
      return hasGroup(node.yes) || hasGroup(node.no);
    default:
      return false;
  }
}

type Next = (pos: number) => boolean;

/** How IGNORECASE compares a backreference: not at all, over all of Unicode, or ASCII letters only (re.A, bytes). */
export type CaseFolding = 'none' | 'unicode' | 'ascii';

const lower = (s: string, folding: CaseFolding): string => (folding === 'unicode' ? s.toLowerCase() : s.replace(/[A-Z]/g, (c) => c.toLowerCase()));

/** One match attempt's state: the subject, the JS flags of the leaves, and each group's [start, end) in UTF-16 units. */
class Matcher {
  readonly caps: number[];

  constructor(readonly subject: string, readonly flags: string, groups: number, readonly ignoreCase: CaseFolding) {
    this.caps = new Array(2 * groups + 2).fill(-1);
  }

  leafAt(leaf: Extract<Node, { t: 'leaf' }>, pos: number): number {
    const re = (leaf.re ??= new RegExp(leaf.src, this.flags + 'y'));
    re.lastIndex = pos;
    return re.test(this.subject) ? re.lastIndex : -1;
  }

  match(node: Node, pos: number, next: Next): boolean {
    switch (node.t) {
      case 'leaf': {
        const end = this.leafAt(node, pos);
        return end >= 0 && next(end);
      }
      case 'seq':
        return this.sequence(node.items, 0, pos, next);
      case 'alt':
        for (const branch of node.branches) if (this.match(branch, pos, next)) return true;
        return false;
      case 'group':
        return this.match(node.body, pos, (end) => {
          const caps = this.caps, i = 2 * node.g;
          const oldStart = caps[i], oldEnd = caps[i + 1];
          caps[i] = pos;
          caps[i + 1] = end;
          if (next(end)) return true;
          caps[i] = oldStart;
          caps[i + 1] = oldEnd;
          return false;
        });
      case 'repeat':
        if (node.mode === 'possessive') return this.atomically((done) => this.repeat(node, 0, pos, -1, done), pos, next);
        if (node.body.t === 'leaf' && node.mode === 'greedy') return this.repeatLeaf(node.body, node.min, node.max, pos, next);
        return this.repeat(node, 0, pos, -1, next);
      case 'atomic':
        return this.atomically((done) => this.match(node.body, pos, done), pos, next);
      case 'look':
        return this.look(node, pos, next);
      case 'ref': {
        const start = this.caps[2 * node.g], end = this.caps[2 * node.g + 1];
        // Unlike the JS engine's, sre's reference to a group that took no part fails.
        if (end < 0) return false;
        const text = this.subject.slice(start, end);
        const here = this.subject.slice(pos, pos + text.length);
        const same = here === text || (this.ignoreCase !== 'none' && lower(here, this.ignoreCase) === lower(text, this.ignoreCase));
        return here.length === text.length && same && next(pos + text.length);
      }
      case 'cond':
        return this.match(this.caps[2 * node.g + 1] >= 0 ? node.yes : node.no, pos, next);
    }
  }

  private sequence(items: Node[], index: number, pos: number, next: Next): boolean {
    if (index === items.length) return next(pos);
    return this.match(items[index], pos, (end) => this.sequence(items, index + 1, end, next));
  }

  /** sre's MAX_UNTIL/MIN_UNTIL: no new iteration where the last one started (an empty one ends the loop). */
  private repeat(node: Extract<Node, { t: 'repeat' }>, count: number, pos: number, lastStart: number, next: Next): boolean {
    const iterate = (): boolean => this.match(node.body, pos, (end) => this.repeat(node, count + 1, end, pos, next));
    if (count < node.min) return iterate();
    const more = count < node.max && pos !== lastStart;
    if (node.mode === 'lazy') return next(pos) || (more && iterate());
    return (more && iterate()) || next(pos);
  }

  /** sre's REPEAT_ONE: a single character repeated, positions collected without recursion. */
  private repeatLeaf(leaf: Extract<Node, { t: 'leaf' }>, min: number, max: number, pos: number, next: Next): boolean {
    const ends = [pos];
    let at = pos;
    while (ends.length - 1 < max) {
      const end = this.leafAt(leaf, at);
      if (end < 0 || end === at) break;
      ends.push((at = end));
    }
    for (let n = ends.length - 1; n >= min; n--) if (next(ends[n])) return true;
    return false;
  }

  /** Runs `body` to its first success only (atomic groups, possessive repeats), then the rest of the pattern. */
  private atomically(body: (done: Next) => boolean, _pos: number, next: Next): boolean {
    const saved = this.caps.slice();
    let end = -1;
    if (!body((e) => ((end = e), true))) return false;
    if (next(end)) return true;
    this.restore(saved);
    return false;
  }

  /** Puts the groups back in place (the group closures hold this very array). */
  private restore(saved: number[]): void {
    for (let i = 0; i < saved.length; i++) this.caps[i] = saved[i];
  }

  private look(node: Extract<Node, { t: 'look' }>, pos: number, next: Next): boolean {
    const saved = this.caps.slice();
    let matched: boolean;
    if (node.behind) {
      const start = this.unitsBack(pos, node.width);
      matched = start >= 0 && this.match(node.body, start, (end) => end === pos);
    } else matched = this.match(node.body, pos, () => true);
    if (node.negate) {
      this.restore(saved);
      return !matched && next(pos);
    }
    if (!matched) return false;
    if (next(pos)) return true;
    this.restore(saved);
    return false;
  }

  /** The position `points` code points before `pos`, or -1 before the start. */
  private unitsBack(pos: number, points: number): number {
    const s = this.subject;
    for (let n = 0; n < points; n++) {
      if (pos <= 0) return -1;
      pos--;
      if (pos > 0 && (s.charCodeAt(pos) & 0xfc00) === 0xdc00 && (s.charCodeAt(pos - 1) & 0xfc00) === 0xd800) pos--;
    }
    return pos;
  }
}

/**
 * One match as the JS engine's `exec` with the `d` flag would give it: each group's [start, end) in UTF-16 units
 * (undefined for a group that took no part), or null. Mode 0 searches from `start`, 1 matches there, 2 fullmatches;
 * `mustAdvance` refuses an empty match at `start`.
 */
export function backtrackSearch(
  root: Node, groups: number, flags: string, ignoreCase: CaseFolding, subject: string, start: number, mode: number, mustAdvance: boolean,
): ([number, number] | undefined)[] | null {
  for (let from = start; from <= subject.length; ) {
    const matcher = new Matcher(subject, flags, groups, ignoreCase);
    let end = -1;
    const accept = (pos: number): boolean => {
      if (mode === 2 && pos !== subject.length) return false;
      if (mustAdvance && from === start && pos === start) return false;
      end = pos;
      return true;
    };
    let found: boolean;
    try {
      found = matcher.match(root, from, accept);
    } catch (e) {
      // The matcher recurses per step of a repeat: a very long match runs out of JS stack.
      if (e instanceof RangeError) {
        hostLimits.hits++;
        throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded');
      }
      throw e;
    }
    if (found) {
      const caps = matcher.caps;
      const spans: ([number, number] | undefined)[] = [[from, end]];
      for (let g = 1; g <= groups; g++) spans.push(caps[2 * g + 1] >= 0 ? [caps[2 * g], caps[2 * g + 1]] : undefined);
      return spans;
    }
    if (mode !== 0) return null;
    const c = subject.charCodeAt(from);
    from += c >= 0xd800 && c <= 0xdbff && (subject.charCodeAt(from + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return null;
}
