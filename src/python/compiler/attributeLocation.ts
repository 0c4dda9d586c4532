// Where CPython 3.11 places an attribute's instructions (compile.c's update_start_location_to_match_attr): when the
// attribute's name ends on a later line than where `loc` starts (a method chain split over lines), the instruction
// starts at the name, so a traceback shows the line `.nothing` is on rather than its object's.

import type * as A from '../ast';

export function matchAttributeStart(loc: A.Span, attr: A.Attribute): A.Span {
  if (loc.line === attr.endLine) return loc;
  const line = attr.endLine;
  const col = attr.endCol - attr.attr.length;
  const endLine = Math.max(line, loc.endLine);
  const endCol = line === endLine ? Math.max(col, loc.endCol) : loc.endCol;
  return { line, col, endLine, endCol };
}
