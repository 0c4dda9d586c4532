// Helpers of the parser's "Perhaps you forgot a comma?" (CPython's invalid_expression): which expression of an
// element the hint starts from.

import type * as A from '../ast';

/**
 * The disjunction an element ends with (the expression invalid_expression sees last), or null when CPython's
 * rules give no hint there: after a `*` element unless it is a call's argument or a display's first element
 * (invalid_comprehension reads that one as starred_expression).
 */
export function trailingDisjunction(e: A.Expr, starredSeen: boolean): A.Expr | null {
  switch (e.kind) {
    case 'IfExp': return trailingDisjunction(e.orelse, false);
    case 'Lambda': return trailingDisjunction(e.body, false);
    case 'NamedExpr': return trailingDisjunction(e.value, false);
    case 'Starred': return starredSeen ? trailingDisjunction(e.value, false) : null;
    case 'Slice': return e.step ?? e.upper ?? e.lower;
    default: return e;
  }
}

/** The last element of a subscript's slices (a tuple's last item). */
export function lastOfSlices(slice: A.Expr): A.Expr {
  return slice.kind === 'Tuple' && slice.elts.length > 0 ? slice.elts[slice.elts.length - 1] : slice;
}

export const SOFT_KEYWORDS = new Set(['match', 'case', '_']);
