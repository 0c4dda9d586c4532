// Python's regular expression syntax to a JavaScript RegExp source (patternTranslator.ts parses): the pattern's
// final flags checked as CPython's re checks them, and its tree kept for the backtracking matcher when needed.

import { PatternError } from './patternTokenizer';
import { BYTES, FLAG } from './patternEscapes';
import { NeedsCaseVariants, Parser } from './patternTranslator';
import type { Node } from './backtrack';

export { BYTES, FLAG };

export interface Translation {
  /** The JS source with group sentinels (see jsSyntax.resolveGroups). */
  source: string;
  flags: number;
  /** Capturing groups (group 0 not counted). */
  groups: number;
  groupNames: Map<string, number>;
  /** The enclosing capturing group of each group (0 for none): lastindex needs it. */
  parents: number[];
  /** Whether the JS engine's own `i` flag gives the case-insensitivity (else literals carry their cases). */
  jsIgnoreCase: boolean;
  /** The pattern's tree when it needs the backtracking matcher (see Parser.needsBacktracking), else null. */
  tree: Node | null;
  /** What re.compile warns about the pattern (FutureWarning messages), each time it compiles it. */
  futureWarnings: readonly string[];
}

function parseWith(pattern: string, flags: number, caseByVariants: boolean): Translation {
  const parser = new Parser(pattern, flags, caseByVariants);
  try {
    return parseAll(parser, flags, caseByVariants);
  } catch (e) {
    if (e instanceof PatternError) e.futureWarnings = parser.futureWarnings;
    throw e;
  }
}

function parseAll(parser: Parser, flags: number, caseByVariants: boolean): Translation {
  const item = parser.parseSub(flags, 0);
  let finalFlags = parser.flags;
  if (finalFlags & BYTES) {
    if (finalFlags & FLAG.UNICODE) throw new PatternError('cannot use UNICODE flag with a bytes pattern', null, 'ValueError');
    if (finalFlags & FLAG.LOCALE && finalFlags & FLAG.ASCII) throw new PatternError('ASCII and LOCALE flags are incompatible', null, 'ValueError');
  } else {
    if (finalFlags & FLAG.LOCALE) throw new PatternError('cannot use LOCALE flag with a str pattern', null, 'ValueError');
    if (!(finalFlags & FLAG.ASCII)) finalFlags |= FLAG.UNICODE;
    else if (finalFlags & FLAG.UNICODE) throw new PatternError('ASCII and UNICODE flags are incompatible', null, 'ValueError');
  }
  if (parser.source.next !== null) throw parser.source.error('unbalanced parenthesis');
  for (const [gid, position] of parser.groupRefPositions) {
    if (gid >= parser.groups) throw new PatternError(`invalid group reference ${gid}`, position);
  }
  if (parser.lookbehindNotFixed) throw new PatternError('look-behind requires fixed-width pattern', null);
  return {
    source: item.src,
    tree: parser.needsBacktracking ? item.node : null,
    flags: finalFlags,
    groups: parser.groups - 1,
    groupNames: parser.groupNames,
    parents: parser.parents,
    jsIgnoreCase: !caseByVariants && (finalFlags & FLAG.IGNORECASE) !== 0,
    futureWarnings: parser.futureWarnings,
  };
}

/** Parses a str pattern with the compile-time flags; throws PatternError as CPython's re.compile would. */
export function translatePattern(pattern: string, flags: number): Translation {
  try {
    return parseWith(pattern, flags, false);
  } catch (e) {
    if (e instanceof NeedsCaseVariants) return parseWith(pattern, flags, true);
    throw e;
  }
}
