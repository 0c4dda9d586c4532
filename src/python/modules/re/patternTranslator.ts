// Python's regular expression syntax parsed as CPython's re parser does (same errors, same positions) and
// written out as a JavaScript RegExp source with Python's meaning: its anchors, Unicode \d \w \s \b, `.`
// without DOTALL, scoped flags, atomic groups and possessive repeats.

import { ASCII_LETTERS, DIGITS, OCTDIGITS, PatternError, Tokenizer, isIdentifier, pyStrRepr } from './patternTokenizer';
import { ASCII_LIKE, BYTES, CATEGORY_LETTERS, ESCAPES, FLAG, INLINE_FLAGS, classEscape, inlineFlags, numericEscape, points } from './patternEscapes';

export { BYTES, FLAG };
import { atomic, caseVariants, category, leafItem, literal, sentinel, type Item } from './jsSyntax';
import { EMPTY_NODE, hasGroup, type Node } from './backtrack';

const MAXREPEAT = 4294967295;
const MAXGROUPS = 2147483647;
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
/** Doubled inside a set, these may one day be set operations (sre_parse warns). */
const SET_OPERATIONS = new Map([['-', 'difference'], ['&', 'intersection'], ['~', 'symmetric difference'], ['|', 'union']]);


/** Thrown when a scoped (?i:...) or (?-i:...) shows the pattern needs case variants written out: start again. */
export class NeedsCaseVariants extends Error {}

export class Parser {
  readonly source: Tokenizer;
  flags: number;
  groups = 1;
  readonly groupNames = new Map<string, number>();
  /** [min, max] width of each closed group, null while it is open. */
  readonly groupWidths: ([number, number] | null)[] = [[0, 0]];
  readonly parents: number[] = [0];
  private readonly openGroups: number[] = [];
  private lookbehindGroups: number | null = null;
  private hiddenGroups = 0;
  lookbehindNotFixed = false;
  /**
   * Whether the pattern needs the backtracking matcher: the JS engine cannot test a group (conditionals), matches
   * a reference to a group that took no part (sre fails it), and forgets a repeated group's value when a later
   * iteration skips it or keeps an earlier iteration's over a last empty one (sre keeps the last).
   */
  needsBacktracking = false;
  readonly groupRefPositions = new Map<number, number>();
  /** sre_parse's FutureWarnings, in order: sets that a future Python may read as nested sets or set operations. */
  readonly futureWarnings: string[] = [];

  constructor(pattern: string, flags: number, readonly caseByVariants: boolean) {
    this.source = new Tokenizer(pattern);
    this.flags = flags;
  }

  /** Alternatives separated by `|`. */
  parseSub(flags: number, nested: number): Item {
    const branches: Item[] = [];
    for (;;) {
      branches.push(this.parse(flags, nested + 1, nested === 0 && branches.length === 0));
      if (!this.source.match('|')) break;
      if (nested === 0) flags = this.flags;
    }
    if (branches.length === 1) return branches[0];
    return {
      src: `(?:${branches.map((b) => b.src).join('|')})`,
      min: Math.min(...branches.map((b) => b.min)),
      max: Math.max(...branches.map((b) => b.max)),
      kind: 'other',
      node: { t: 'alt', branches: branches.map((b) => b.node) },
    };
  }

  /** One alternative: a sequence of items. */
  private parse(flags: number, nested: number, first: boolean): Item {
    const source = this.source;
    const items: Item[] = [];
    for (;;) {
      const self = source.next;
      if (self === null || self === '|' || self === ')') break;
      // ASCII-only case folding (re.A, bytes): the JS engine's 'i' folds all of Unicode.
      if (flags & FLAG.IGNORECASE && flags & ASCII_LIKE && !this.caseByVariants) throw new NeedsCaseVariants();
      source.get();
      if (flags & FLAG.VERBOSE) {
        if (WHITESPACE.includes(self)) continue;
        if (self === '#') {
          for (;;) {
            const c = source.get();
            if (c === null || c === '\n') break;
          }
          continue;
        }
      }
      if (self[0] === '\\') items.push(this.escape(self, flags));
      else if (!SPECIAL_CHARS.includes(self)) items.push(this.literalItem(self.codePointAt(0)!, flags));
      else if (self === '[') items.push(this.charClass(flags));
      else if ('*+?{'.includes(self)) {
        const repeated = this.repeat(self, items);
        if (repeated) items[items.length - 1] = repeated;
        else items.push(this.literalItem(self.codePointAt(0)!, flags));
      } else if (self === '.') items.push(leafItem(flags & FLAG.DOTALL ? '[\\s\\S]' : '[^\\n]', 1, 1));
      else if (self === '(') {
        const group = this.group(flags, nested, first && items.length === 0);
        if (group === 'global') {
          flags = this.flags;
          continue;
        }
        if (group) items.push(group);
      } else if (self === '^') items.push(leafItem(flags & FLAG.MULTILINE ? '(?<![^\\n])' : '(?<![\\s\\S])', 0, 0, 'at'));
      else items.push(leafItem(flags & FLAG.MULTILINE ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))', 0, 0, 'at'));
    }
    let min = 0;
    let max = 0;
    for (const item of items) {
      min += item.min;
      max += item.max;
    }
    const node = items.length === 1 ? items[0].node : { t: 'seq' as const, items: items.map((i) => i.node) };
    return { src: items.map((i) => i.src).join(''), min, max, kind: items.length === 1 ? items[0].kind : 'other', node };
  }

  private literalItem(code: number, flags: number): Item {
    const ascii = (flags & ASCII_LIKE) !== 0;
    const src = this.caseByVariants && flags & FLAG.IGNORECASE ? caseVariants(code, ascii) : literal(code);
    return leafItem(src, 1, 1);
  }

  /** `*`, `+`, `?`, `{m,n}` on the last item: null when `{` is a literal brace. */
  private repeat(self: string, items: Item[]): Item | null {
    const source = this.source;
    const here = source.tell();
    let min = 0;
    let max = MAXREPEAT;
    if (self === '?') max = 1;
    else if (self === '+') min = 1;
    else if (self === '{') {
      if (source.next === '}') return null;
      const lo = source.getWhile(Infinity, DIGITS);
      const hi = source.match(',') ? source.getWhile(Infinity, DIGITS) : lo;
      if (!source.match('}')) {
        source.seek(here);
        return null;
      }
      if (lo) {
        min = Number(lo);
        if (min >= MAXREPEAT) throw new PatternError('the repetition number is too large', null, 'OverflowError');
      }
      if (hi) {
        max = Number(hi);
        if (max >= MAXREPEAT) throw new PatternError('the repetition number is too large', null, 'OverflowError');
        if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
      }
    }
    const item = items[items.length - 1];
    if (!item || item.kind === 'at') throw source.error('nothing to repeat', source.tell() - here + 1);
    if (item.kind === 'repeat') throw source.error('multiple repeat', source.tell() - here + 1);
    if (hasGroup(item.node)) this.needsBacktracking = true;
    const bounds = max === MAXREPEAT ? (min === 0 ? '*' : min === 1 ? '+' : `{${min},}`) : min === 0 && max === 1 ? '?' : min === max ? `{${min}}` : `{${min},${max}}`;
    const widthMax = max === MAXREPEAT ? (item.max === 0 ? 0 : Infinity) : item.max * max;
    const repeated = (src: string, mode: 'greedy' | 'lazy' | 'possessive'): Item => ({
      src, min: item.min * min, max: widthMax, kind: 'repeat', node: { t: 'repeat', body: item.node, min, max, mode },
    });
    if (source.match('?')) return repeated(`(?:${item.src})${bounds}?`, 'lazy');
    if (source.match('+')) return repeated(atomic(`(?:${item.src})${bounds}`, ++this.hiddenGroups), 'possessive');
    return repeated(`(?:${item.src})${bounds}`, 'greedy');
  }

  private checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }

  private checkLookbehindGroup(gid: number): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroup(gid)) throw this.source.error('cannot refer to an open group');
    if (gid >= this.lookbehindGroups) throw this.source.error('cannot refer to group defined in the same lookbehind subpattern');
  }

  private groupRef(gid: number): Item {
    const [min, max] = this.groupWidths[gid]!;
    this.needsBacktracking = true;
    return { src: `(?:${sentinel('R', gid)})`, min, max, kind: 'other', node: { t: 'ref', g: gid } };
  }

  /** After `(`: a group, an assertion, a comment (null), or inline global flags ('global'). */
  private group(flags: number, nested: number, first: boolean): Item | null | 'global' {
    const source = this.source;
    const start = source.tell() - 1;
    let capture = true;
    let isAtomic = false;
    let name: string | null = null;
    let addFlags = 0;
    let delFlags = 0;
    if (source.match('?')) {
      const char = source.get();
      if (char === null) throw source.error('unexpected end of pattern');
      if (char === 'P') {
        if (source.match('<')) {
          name = source.getUntil('>', 'group name');
          if (!isIdentifier(name)) throw source.error(`bad character in group name ${pyStrRepr(name)}`, Array.from(name).length + 1);
        } else if (source.match('=')) {
          const ref = source.getUntil(')', 'group name');
          const offset = Array.from(ref).length + 1;
          if (!isIdentifier(ref)) throw source.error(`bad character in group name ${pyStrRepr(ref)}`, offset);
          const gid = this.groupNames.get(ref);
          if (gid === undefined) throw source.error(`unknown group name ${pyStrRepr(ref)}`, offset);
          if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group', offset);
          this.checkLookbehindGroup(gid);
          return this.groupRef(gid);
        } else {
          const next = source.get();
          if (next === null) throw source.error('unexpected end of pattern');
          throw source.error(`unknown extension ?P${next}`, points(next) + 2);
        }
      } else if (char === ':') capture = false;
      else if (char === '#') {
        for (;;) {
          if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
          if (source.get() === ')') break;
        }
        return null;
      } else if ('=!<'.includes(char)) {
        return this.lookaround(char, flags, nested, start);
      } else if (char === '(') {
        return this.conditional(flags, nested, start);
      } else if (char === '>') {
        capture = false;
        isAtomic = true;
      } else if (char in INLINE_FLAGS || char === '-') {
        const scoped = inlineFlags(source, char, (flags & BYTES) !== 0);
        if (typeof scoped === 'number') {
          this.flags |= scoped;
          if (!first) throw source.error('global flags not at the start of the expression', source.tell() - start);
          return 'global';
        }
        [addFlags, delFlags] = scoped;
        capture = false;
        if ((addFlags | delFlags) & FLAG.IGNORECASE && !this.caseByVariants) throw new NeedsCaseVariants();
      } else throw source.error(`unknown extension ?${char}`, points(char) + 1);
    }
    let gid = 0;
    if (capture) gid = this.openGroup(name);
    const inner = this.parseSub((flags | addFlags) & ~delFlags, nested + 1);
    if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
    if (gid) {
      this.groupWidths[gid] = [inner.min, inner.max];
      this.openGroups.pop();
      return { src: `${sentinel('C', gid)}${inner.src})`, min: inner.min, max: inner.max, kind: 'other', node: { t: 'group', g: gid, body: inner.node } };
    }
    if (isAtomic) return { src: atomic(inner.src, ++this.hiddenGroups), min: inner.min, max: inner.max, kind: 'other', node: { t: 'atomic', body: inner.node } };
    return { src: `(?:${inner.src})`, min: inner.min, max: inner.max, kind: 'other', node: inner.node };
  }

  /**
   * `(?(group)yes|no)`, parsed as CPython does for its errors; the JS engine cannot test whether a group took
   * part, so a pattern that has one runs on the backtracking matcher.
   */
  private conditional(flags: number, nested: number, start: number): Item {
    const source = this.source;
    const condName = source.getUntil(')', 'group name');
    const offset = Array.from(condName).length + 1;
    let condGroup: number;
    if (isIdentifier(condName)) {
      const gid = this.groupNames.get(condName);
      if (gid === undefined) throw source.error(`unknown group name ${pyStrRepr(condName)}`, offset);
      condGroup = gid;
    } else {
      if (!/^\s*\+?[0-9]+(_[0-9]+)*\s*$/.test(condName)) throw source.error(`bad character in group name ${pyStrRepr(condName)}`, offset);
      condGroup = Number(condName.replace(/[_\s+]/g, ''));
      if (!condGroup) throw source.error('bad group number', offset);
      if (condGroup >= MAXGROUPS) throw source.error(`invalid group reference ${condGroup}`, offset);
      if (!this.groupRefPositions.has(condGroup)) this.groupRefPositions.set(condGroup, source.tell() - offset);
    }
    this.checkLookbehindGroup(condGroup);
    const yes = this.parse(flags, nested + 1, false);
    let no: Item | null = null;
    if (source.match('|')) {
      no = this.parse(flags, nested + 1, false);
      if (source.next === '|') throw source.error('conditional backref with more than two branches');
    }
    if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
    this.needsBacktracking = true;
    // sre_parse's getwidth: without a no-branch the conditional may match nothing.
    const min = no ? Math.min(yes.min, no.min) : 0;
    const max = Math.max(yes.max, no ? no.max : 0);
    const node: Node = { t: 'cond', g: condGroup, yes: yes.node, no: no ? no.node : EMPTY_NODE };
    return { src: `(?:${yes.src}|${no ? no.src : ''})`, min, max, kind: 'other', node };
  }

  private openGroup(name: string | null): number {
    const gid = this.groups++;
    this.groupWidths.push(null);
    this.parents.push(this.openGroups.length ? this.openGroups[this.openGroups.length - 1] : 0);
    this.openGroups.push(gid);
    if (name !== null) {
      const old = this.groupNames.get(name);
      if (old !== undefined) {
        throw this.source.error(`redefinition of group name ${pyStrRepr(name)} as group ${gid}; was group ${old}`, Array.from(name).length + 1);
      }
      this.groupNames.set(name, gid);
    }
    return gid;
  }

  private lookaround(char: string, flags: number, nested: number, start: number): Item {
    const source = this.source;
    let behind = false;
    let kind = char;
    if (char === '<') {
      const next = source.get();
      if (next === null) throw source.error('unexpected end of pattern');
      if (next !== '=' && next !== '!') throw source.error(`unknown extension ?<${next}`, points(next) + 2);
      kind = next;
      behind = true;
    }
    const outerLookbehind = this.lookbehindGroups;
    if (behind && outerLookbehind === null) this.lookbehindGroups = this.groups;
    const inner = this.parseSub(flags, nested + 1);
    if (behind && outerLookbehind === null) this.lookbehindGroups = null;
    if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
    if (behind && inner.min !== inner.max) this.lookbehindNotFixed = true;
    const node = { t: 'look' as const, body: inner.node, behind, negate: kind === '!', width: inner.min };
    return { src: `(?${behind ? '<' : ''}${kind}${inner.src})`, min: 0, max: 0, kind: 'other', node };
  }

  /** An escape outside a set. */
  private escape(escape: string, flags: number): Item {
    const source = this.source;
    const c = escape[1];
    const ascii = (flags & ASCII_LIKE) !== 0;
    if (c === 'A') return leafItem('(?<![\\s\\S])', 0, 0, 'at');
    if (c === 'Z') return leafItem('(?![\\s\\S])', 0, 0, 'at');
    if (c === 'b' || c === 'B') {
      const w = category('w', ascii);
      const src = c === 'b' ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=[\\s\\S])|(?=[\\s\\S]))(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
      return leafItem(src, 0, 0, 'at');
    }
    if (CATEGORY_LETTERS.includes(c)) return leafItem(category(c, ascii), 1, 1);
    if (escape in ESCAPES) return this.literalItem(ESCAPES[escape], flags);
    const code = numericEscape(source, escape, (flags & BYTES) !== 0);
    if (code !== null) return this.literalItem(code, flags);
    if (c === '0') return this.literalItem(parseInt(escape.slice(1) + source.getWhile(2, OCTDIGITS), 8), flags);
    if (DIGITS.includes(c)) {
      // An octal escape (three octal digits) or a group reference.
      if (source.next !== null && DIGITS.includes(source.next)) {
        escape += source.get();
        if (OCTDIGITS.includes(escape[1]) && OCTDIGITS.includes(escape[2]) && source.next !== null && OCTDIGITS.includes(source.next)) {
          escape += source.get();
          const value = parseInt(escape.slice(1), 8);
          if (value > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
          return this.literalItem(value, flags);
        }
      }
      const gid = Number(escape.slice(1));
      if (gid < this.groups) {
        if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group', escape.length);
        this.checkLookbehindGroup(gid);
        return this.groupRef(gid);
      }
      throw source.error(`invalid group reference ${gid}`, escape.length - 1);
    }
    if (ASCII_LETTERS.test(c)) throw source.error(`bad escape ${escape}`, escape.length);
    return this.literalItem(escape.codePointAt(1)!, flags);
  }

  /** After `[`: a set. */
  private charClass(flags: number): Item {
    const source = this.source;
    const here = source.tell() - 1;
    if (source.next === '[') this.futureWarnings.push(`Possible nested set at position ${source.tell()}`);
    const negate = source.match('^');
    const parts: string[] = [];
    const variants = this.caseByVariants && (flags & FLAG.IGNORECASE) !== 0;
    const ascii = (flags & ASCII_LIKE) !== 0;
    const member = (code: number) => (variants ? caseVariants(code, ascii, true) : literal(code));
    let empty = true;
    for (;;) {
      const self = source.get();
      if (self === null) throw source.error('unterminated character set', source.tell() - here);
      if (self === ']' && !empty) break;
      empty = false;
      if (parts.length > 0 && SET_OPERATIONS.has(self) && source.next === self) {
        this.futureWarnings.push(`Possible set ${SET_OPERATIONS.get(self)} at position ${source.tell() - 1}`);
      }
      const code1 = self[0] === '\\' ? classEscape(source, self, flags) : self.codePointAt(0)!;
      if (source.match('-')) {
        const that = source.get();
        if (that === null) throw source.error('unterminated character set', source.tell() - here);
        if (that === ']') {
          parts.push(typeof code1 === 'number' ? member(code1) : code1, literal(45));
          break;
        }
        if (that === '-') this.futureWarnings.push(`Possible set difference at position ${source.tell() - 2}`);
        const code2 = that[0] === '\\' ? classEscape(source, that, flags) : that.codePointAt(0)!;
        if (typeof code1 !== 'number' || typeof code2 !== 'number' || code2 < code1) {
          throw source.error(`bad character range ${self}-${that}`, points(self) + 1 + points(that));
        }
        if (variants && code2 - code1 <= 2000) for (let c = code1; c <= code2; c++) parts.push(member(c));
        else parts.push(`${literal(code1)}-${literal(code2)}`);
      } else parts.push(typeof code1 === 'number' ? member(code1) : code1);
    }
    return leafItem(`[${negate ? '^' : ''}${parts.join('')}]`, 1, 1);
  }
}
