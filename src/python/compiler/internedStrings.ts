// Which string constants CPython 3.11 finds already interned as another object when it makes a code object
// (intern_string_constants): the names the parser interned, and what start-up interned. A frozenset constant
// holding one is built once more, from its own iteration order, which can change the order its set prints in.

import { STARTUP_INTERNED, STARTUP_STATIC } from './startupInterned';
import { STARTUP_INTERNED_REFCOUNTS } from '../runtime/startupRefcounts';
import type { CodeConstant } from '../bytecode/code';
import { isConstFrozenset, isConstTuple } from '../bytecode/code';

let startup: ReadonlySet<string> | null = null;
let startupCounts: ReadonlyMap<string, number> | null = null;
let statics: ReadonlySet<string> | null = null;

/** all_name_chars: only ASCII letters, digits and underscores (the strings CPython interns in constants). */
function isNameLike(s: string): boolean {
  return /^[A-Za-z0-9_]+$/.test(s);
}

/** Whether CPython 3.11 has interned `s` by the time it compiles a program (site and all). */
export function internedAtStartup(s: string): boolean {
  startup ??= new Set(STARTUP_INTERNED.split(' '));
  return startup.has(s);
}

/**
 * The references CPython 3.11's start-up left to its interned str of `s` (999999999 and up for a static one), or
 * undefined when it interned none.
 */
export function startupInternedRefcount(s: string): number | undefined {
  if (!startupCounts) {
    const counts = STARTUP_INTERNED_REFCOUNTS.split(' ');
    startupCounts = new Map(STARTUP_INTERNED.split(' ').map((word, i) => [word, Number(counts[i])]));
  }
  return startupCounts.get(s);
}

/** Whether CPython 3.11's interned str of this text is a statically allocated object (any one character is). */
export function staticAtStartup(s: string): boolean {
  if (s.length === 1) return s.charCodeAt(0) < 256;
  statics ??= new Set(STARTUP_STATIC.split(' '));
  return statics.has(s);
}

function internedBefore(s: string, identifiers: ReadonlySet<string>): boolean {
  if (!isNameLike(s)) return false;
  if (internedAtStartup(s)) return true;
  // A one-character name is the Latin-1 singleton, the very object its constant is: interning finds itself.
  return s.length > 1 && identifiers.has(s);
}

/**
 * What each str first entered a file's constant cache as, in compile order: the parser's interned identifier
 * (a keyword argument's name, a class name, an annotated name, an imported name) or a literal's own str.
 */
export class CachedStrs {
  private readonly first = new Map<string, boolean>();

  note(c: CodeConstant, identifier: boolean): void {
    if (typeof c === 'string') {
      if (!this.first.has(c)) this.first.set(c, identifier);
    } else if (isConstTuple(c)) {
      for (const x of c.tuple) this.note(x, identifier);
    } else if (isConstFrozenset(c)) {
      for (const x of c.frozenset) this.note(x, identifier);
    }
  }

  /** Whether the cache's `s` is an interned identifier: an equal item of a frozenset merges into it. */
  isIdentifier(s: string): boolean {
    return this.first.get(s) === true;
  }
}

/**
 * The frozenset constant of a set display's items, marked when making the code object rebuilds it: an item
 * was interned before as another object, unless the constant cache merged it into that interned str already.
 */
export function frozensetConstant(items: CodeConstant[], identifiers: ReadonlySet<string>, cached: CachedStrs): CodeConstant {
  const reinterned = items.some((x) => typeof x === 'string' && internedBefore(x, identifiers) && !cached.isIdentifier(x));
  return reinterned ? { frozenset: items, reinterned } : { frozenset: items };
}
