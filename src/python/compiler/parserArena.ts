// The references CPython's parser arena keeps to the shared objects a program spells (small ints, '' and one-character
// strs and bytes). The arena of `python3 FILE.py` lives until the program has run, and holds every object the parser
// made, once for each time it made it: such a literal is one shared object, so each time adds to its count (`x = 5`
// leaves three, not one). The number of times follows the PEG parser of 3.11 (Grammar/python.gram):
//  - `primary` is left-recursive: its loop reads the atom once more after the first, so a number read as an
//    expression is made twice (the `expression` rule is memoized: a second reading of the same expression is free);
//  - the targets an assignment tries at the statement's start and after each `=` (star_targets, t_primary) read
//    the atom there directly: a number where a target could start is made once more;
//  - a literal pattern (`case 5:`) is made once, and so is a str or bytes literal (the `strings` rule is memoized);
//  - the AST optimizer adds each constant it folds (`-5`, `2 + 3`) to the arena, a folded tuple display too: each
//    such tuple holds its items, and the compiler keeps one tuple per value (merge_consts), so the items of the
//    others (a second `(1, 2)`, the operands of `(1, 2) * 2`) have one more reference each.

import type * as A from '../ast';
import { constantValue } from './expressions';
import { constantKey, isConstTuple, type CodeConstant, type ConstTuple } from '../bytecode/code';

/** A literal CPython makes as one shared object whatever token spells it: a small int, '' or a latin-1 character, b''
 * or one byte. */
export type SharedLiteral = bigint | string | A.BytesConstant;

/** A shared literal and the references the arena holds to it. */
export interface ArenaEntry {
  readonly value: SharedLiteral;
  references: number;
}

/** By the literal's kind and value. */
export type ArenaCounts = Map<string, ArenaEntry>;

function isSharedLiteral(v: A.ConstantValue | CodeConstant | undefined): v is SharedLiteral {
  if (typeof v === 'bigint') return v >= -5n && v <= 256n;
  if (typeof v === 'string') return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256);
  return typeof v === 'object' && v !== null && 'bytes' in v && v.bytes.length <= 1;
}

function literalKey(v: SharedLiteral): string {
  return typeof v === 'bigint' ? `int ${v}` : typeof v === 'string' ? `str ${v}` : `bytes ${v.bytes}`;
}

function isSmallInt(v: A.ConstantValue): v is bigint {
  return typeof v === 'bigint' && isSharedLiteral(v);
}

const FOLDED_KINDS = new Set(['UnaryOp', 'BinOp', 'Subscript']);

/** The shared objects the parser and optimizer of `module` leave in its arena. */
export function parserArenaShared(module: A.Module): ArenaCounts {
  const counts: ArenaCounts = new Map();
  const add = (value: SharedLiteral, n: number) => {
    const key = literalKey(value);
    const entry = counts.get(key);
    if (entry) entry.references += n;
    else counts.set(key, { value, references: n });
  };
  const tuples = new ArenaTuples();
  // Every node, iteratively (nesting is as deep as the program's). `inFolded`: below a node the optimizer folded.
  const stack: { node: unknown; inPattern: boolean; inFolded: boolean }[] = [{ node: module, inPattern: false, inFolded: false }];
  while (stack.length > 0) {
    const { node, inPattern, inFolded } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, inPattern, inFolded });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const kind = (node as { kind?: string }).kind;
    if (kind === 'Constant') {
      const value = (node as A.Constant).value;
      if (isSharedLiteral(value)) add(value, typeof value === 'bigint' && !inPattern ? 2 : 1);
      continue;
    }
    let folded: CodeConstant | undefined;
    if (kind !== undefined && (FOLDED_KINDS.has(kind) || kind === 'Tuple')) {
      folded = constantValue(node as A.Expr);
      if (kind !== 'Tuple' && isSharedLiteral(folded)) add(folded, 1);
      if (folded !== undefined && isConstTuple(folded)) tuples.made(folded, kind !== 'Subscript', !inFolded);
    }
    if (kind === 'Assign') for (const segment of [...(node as A.Assign).targets, (node as A.Assign).value]) triedAsTarget(segment, add);
    if (kind === 'Expr') triedAsTarget((node as A.ExprStmt).value, add);
    const isPattern = kind !== undefined && kind.startsWith('Match') && kind !== 'Match';
    for (const [field, value] of Object.entries(node)) {
      if (value === null || typeof value !== 'object') continue;
      // A case's pattern is one; its guard and body are expressions and statements again.
      stack.push({ node: value, inPattern: kind === 'match_case' ? field === 'pattern' : inPattern || isPattern, inFolded: inFolded || folded !== undefined });
    }
  }
  tuples.addExtraReferences(add);
  return counts;
}

/**
 * The folded tuples of the arena: each holds its items, and the code keeps one of each value (the compiler's merged
 * constants, whose references the heap has already), so the items of every other one count once more.
 */
class ArenaTuples {
  private readonly held = new Map<string, { value: SharedLiteral; references: number }>();
  private readonly kept = new Set<string>();

  /**
   * A tuple the optimizer folded: `isNew` when it made the object (a display, an operation; a subscript returns
   * one that exists), `isEmitted` when the compiler loads it as a constant (nothing folded it further).
   */
  made(tuple: ConstTuple, isNew: boolean, isEmitted: boolean): void {
    if (isNew) this.hold(tuple, 1);
    if (!isEmitted) return;
    // The constant and every tuple in it are the code's, one object per value.
    const pending: ConstTuple[] = [tuple];
    while (pending.length > 0) {
      const t = pending.pop()!;
      const key = constantKey(t);
      if (key === null || this.kept.has(key)) continue;
      this.kept.add(key);
      this.hold(t, -1);
      for (const item of t.tuple) if (isConstTuple(item)) pending.push(item);
    }
  }

  private hold(tuple: ConstTuple, n: number): void {
    for (const item of tuple.tuple) {
      if (!isSharedLiteral(item)) continue;
      const key = literalKey(item);
      const entry = this.held.get(key);
      if (entry) entry.references += n;
      else this.held.set(key, { value: item, references: n });
    }
  }

  addExtraReferences(add: (value: SharedLiteral, n: number) => void): void {
    for (const { value, references } of this.held.values()) if (references > 0) add(value, references);
  }
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
