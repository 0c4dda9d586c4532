// The position markers CPython 3.11 prints under a traceback's source line (Python/traceback.c):
// `^` under the failing expression, or `~` with `^` under the operator of a binary operation and the
// brackets of a subscript; nothing when the expression is the whole line.

import { Prop, hasProp } from '../runtime/unicode/charProps';
import { parseModule } from '../syntax/statementParser';
import type * as A from '../ast';
import { hostLimits } from '../runtime/hostLimits';

/** Source lines are shown with this indent after their own leading whitespace is removed. */
const SOURCE_INDENT = 4;

interface Anchors {
  left: number;
  right: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f';

/** extract_anchors_from_line: the operator of a BinOp or the `[...]` of a Subscript, offsets in `segment`. */
function anchorsOf(segment: string): Anchors | null {
  let module: A.Module;
  try {
    module = parseModule(segment);
  } catch (e) {
    if (e instanceof RangeError) hostLimits.hits++;
    return null;
  }
  if (module.body.length !== 1 || module.body[0].kind !== 'Expr') return null;
  const e = module.body[0].value;
  if (e.kind === 'BinOp') {
    for (let i = e.left.endCol; i < e.right.col; i++) {
      if (isSpace(segment[i])) continue;
      let right = i + 1;
      if (i + 1 < e.right.col && !isSpace(segment[i + 1])) right++;
      if (i + 1 < e.right.col && segment[i] === ')') continue;
      return { left: i, right };
    }
    return null;
  }
  if (e.kind === 'Subscript') {
    let left = e.value.endCol;
    let right = e.slice.endCol + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

/**
 * The marker line for `rawLine` (the whole source line) when the failing instruction covers
 * columns [col, endCol) of it (endLine > line: to the end of the line), or null when CPython prints none.
 */
export function caretLine(rawLine: string, line: number, col: number | undefined, endLine: number | undefined, endCol: number | undefined): string | null {
  if (col === undefined || endLine === undefined || endCol === undefined || col < 0 || endCol < 0) return null;
  const start = col;
  let end = endCol;
  let anchors: Anchors | null = null;
  if (endLine === line) anchors = anchorsOf(rawLine.slice(start, end));
  else end = rawLine.trimEnd().length;
  const lead = rawLine.length - rawLine.trimStart().length;
  const strippedLength = rawLine.length - lead;
  if (end - start === strippedLength && !anchors) return null;
  const primary = anchors ? '~' : '^';
  let out = ' '.repeat(SOURCE_INDENT);
  for (let i = lead; i < end; i++) {
    const mark = i < start ? ' ' : anchors && start + anchors.left <= i && i < start + anchors.right ? '^' : primary;
    // One mark per column the character takes on a terminal: East Asian wide characters take two.
    const cp = rawLine.codePointAt(i)!;
    out += hasProp(cp, Prop.WIDE) ? mark + mark : mark;
    if (cp > 0xffff) i++;
  }
  return out;
}
