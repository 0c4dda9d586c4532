// The references CPython's parser arena keeps to the small ints a program spells. The arena of `python3 FILE.py`
// lives until the program has run, and holds every object the parser made, once for each time it made it: a
// small int is one shared object, so each time adds to its count (`x = 5` leaves three, not one). The number of
// times follows the PEG parser of 3.11 (Grammar/python.gram):
//  - `primary` is left-recursive: its loop reads the atom once more after the first, so a number read as an
//    expression is made twice (the `expression` rule is memoized: a second reading of the same expression is free);
//  - the targets an assignment tries at the statement's start and after each `=` (star_targets, t_primary) read
//    the atom there directly: a number where a target could start is made once more;
//  - a literal pattern (`case 5:`) is made once;
//  - the AST optimizer adds each constant it folds (`-5`, `2 + 3`) to the arena.

import type * as A from '../ast';
import { constantValue } from './expressions';

// CPython's small int cache (smallInts in builtinTypes.ts): the ints that are one shared object each.
const SMALL_INT_MIN = -5n;
const SMALL_INT_MAX = 256n;

/** References the main program's parser arena holds, by small int. */
export type ArenaCounts = Map<bigint, number>;

function isSmallInt(v: unknown): v is bigint {
  return typeof v === 'bigint' && v >= SMALL_INT_MIN && v <= SMALL_INT_MAX;
}

const FOLDED_KINDS = new Set(['UnaryOp', 'BinOp', 'Subscript']);

/** The small ints the parser and optimizer of `module` leave in its arena. */
export function parserArenaSmallInts(module: A.Module): ArenaCounts {
  const counts: ArenaCounts = new Map();
  const add = (v: bigint, n: number) => counts.set(v, (counts.get(v) ?? 0) + n);
  // Every node, iteratively (nesting is as deep as the program's).
  const stack: { node: unknown; inPattern: boolean }[] = [{ node: module, inPattern: false }];
  while (stack.length > 0) {
    const { node, inPattern } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, inPattern });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const kind = (node as { kind?: string }).kind;
    if (kind === 'Constant') {
      const value = (node as A.Constant).value;
      if (isSmallInt(value)) add(value, inPattern ? 1 : 2);
      continue;
    }
    if (kind !== undefined && FOLDED_KINDS.has(kind)) {
      const folded = constantValue(node as A.Expr);
      if (isSmallInt(folded)) add(folded, 1);
    }
    if (kind === 'Assign') for (const segment of [...(node as A.Assign).targets, (node as A.Assign).value]) triedAsTarget(segment, add);
    if (kind === 'Expr') triedAsTarget((node as A.ExprStmt).value, add);
    const isPattern = kind !== undefined && kind.startsWith('Match') && kind !== 'Match';
    for (const [field, value] of Object.entries(node)) {
      if (value === null || typeof value !== 'object') continue;
      // A case's pattern is one; its guard and body are expressions and statements again.
      stack.push({ node: value, inPattern: kind === 'match_case' ? field === 'pattern' : inPattern || isPattern });
    }
  }
  return counts;
}

/**
 * star_targets at an assignment's target position: t_primary reads the atom the expression starts with, and a
 * parenthesized or bracketed display is read as a sequence of targets, element by element while they are targets.
 */
function triedAsTarget(e: A.Expr, add: (v: bigint, n: number) => void): void {
  for (;;) {
    switch (e.kind) {
      case 'Constant':
        if (isSmallInt(e.value)) add(e.value, 1);
        return;
      case 'Tuple':
      case 'List':
        for (const element of e.elts) {
          if (!isTarget(element)) {
            triedAsTarget(element, add);
            return;
          }
        }
        return;
      case 'Starred': e = e.value; break;
      case 'BinOp': e = e.left; break;
      case 'Compare': e = e.left; break;
      case 'BoolOp': e = e.values[0]; break;
      case 'IfExp': e = e.body; break;
      case 'Call': e = e.func; break;
      case 'Attribute':
      case 'Subscript':
        // A valid target already (t_primary ending in `.name` or `[...]`): no display is read as targets. Its atom
        // was read directly.
        while (e.kind === 'Attribute' || e.kind === 'Subscript' || e.kind === 'Call') e = e.kind === 'Call' ? e.func : e.value;
        if (e.kind === 'Constant' && isSmallInt(e.value)) add(e.value, 1);
        return;
      default: return;
    }
  }
}

/** A name or a starred name: star_target reads it, and the sequence goes on. */
function isTarget(e: A.Expr): boolean {
  return e.kind === 'Name' || (e.kind === 'Starred' && e.value.kind === 'Name');
}
