// Which string constants CPython 3.11 finds already interned as another object when it makes a code object
// (intern_string_constants): the names the parser interned, and what start-up interned. A frozenset constant
// holding one is built once more, from its own iteration order, which can change the order its set prints in.

import { STARTUP_INTERNED } from './startupInterned';
import type { CodeConstant } from '../bytecode/code';

let startup: ReadonlySet<string> | null = null;

/** all_name_chars: only ASCII letters, digits and underscores (the strings CPython interns in constants). */
function isNameLike(s: string): boolean {
  return /^[A-Za-z0-9_]+$/.test(s);
}

/** Whether CPython 3.11 has interned `s` by the time it compiles a program (site and all). */
export function internedAtStartup(s: string): boolean {
  startup ??= new Set(STARTUP_INTERNED.split(' '));
  return startup.has(s);
}

function internedBefore(s: string, identifiers: ReadonlySet<string>): boolean {
  if (!isNameLike(s)) return false;
  if (internedAtStartup(s)) return true;
  // A one-character name is the Latin-1 singleton, the very object its constant is: interning finds itself.
  return s.length > 1 && identifiers.has(s);
}

/** The frozenset constant of a set display's items, marked when making the code object rebuilds it. */
export function frozensetConstant(items: CodeConstant[], identifiers: ReadonlySet<string>): CodeConstant {
  const reinterned = items.some((x) => typeof x === 'string' && internedBefore(x, identifiers));
  return reinterned ? { frozenset: items, reinterned } : { frozenset: items };
}
