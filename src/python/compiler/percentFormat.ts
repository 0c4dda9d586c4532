// CPython 3.11's AST optimizer (Python/ast_opt.c: optimize_format) rewrites `'...%s...' % (a, b)`, a constant
// format with only %s, %r and %a units applied to a tuple display, into the f-string `f'...{a!s}...{b!s}...'`: no
// tuple is built, which shows in refcounts, gc.get_count() and where a traceback's caret points.

import type * as A from '../ast';

/** simple_format_arg_parse's limit: a width or precision of MAXDIGITS digits or more is not rewritten. */
const MAXDIGITS = 3;

/** The constant text up to the next unit, `%%` read as `%` (parse_literal). */
function readLiteral(fmt: string, start: number): { text: string; end: number } {
  let pos = start;
  while (pos < fmt.length) {
    if (fmt[pos] !== '%') pos++;
    else if (fmt[pos + 1] === '%') pos += 2;
    else break;
  }
  return { text: fmt.slice(start, pos).replaceAll('%%', '%'), end: pos };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * One unit after its `%` (simple_format_arg_parse, then parse_format): flags, a width and a precision of at most
 * two digits, and the conversion; null for any other unit (`%d`, `%(name)s`, `%*s`, a unit cut off by the end).
 */
function readUnit(fmt: string, start: number): { conversion: 's' | 'r' | 'a'; spec: string; end: number } | null {
  let pos = start;
  let leftJustify = false;
  while ('-+ #0'.includes(fmt[pos] ?? 'end')) {
    if (fmt[pos] === '-') leftJustify = true;
    pos++;
  }
  const readNumber = (): number | null => {
    let value = 0;
    let digits = 0;
    while (isDigit(fmt[pos])) {
      value = value * 10 + Number(fmt[pos]);
      pos++;
      if (++digits >= MAXDIGITS) return null;
    }
    return value;
  };
  let width = -1;
  if (isDigit(fmt[pos])) {
    const w = readNumber();
    if (w === null) return null;
    width = w;
  }
  let precision = -1;
  if (fmt[pos] === '.') {
    pos++;
    const p = readNumber();
    if (p === null) return null;
    precision = p;
  }
  const conversion = fmt[pos];
  if (conversion !== 's' && conversion !== 'r' && conversion !== 'a') return null;
  let spec = !leftJustify && width > 0 ? '>' : '';
  if (width >= 0) spec += String(width);
  if (precision >= 0) spec += `.${precision}`;
  return { conversion, spec, end: pos + 1 };
}

/**
 * The f-string CPython compiles `fmt % (items)` as, or null when it keeps the `%` operation (another kind of unit,
 * more units than items or more items than units). The caller checks the tuple display has no `*item` and is not
 * a constant.
 */
export function percentFormatAsFString(fmt: string, items: readonly A.Expr[], whole: A.Span): A.JoinedStr | null {
  const values: (A.Constant | A.FormattedValue)[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    const literal = readLiteral(fmt, pos);
    if (literal.end > pos) values.push({ kind: 'Constant', value: literal.text, ...spanOf(whole) });
    pos = literal.end;
    if (pos >= fmt.length) break;
    if (used >= items.length) return null;
    const unit = readUnit(fmt, pos + 1);
    if (unit === null) return null;
    const item = items[used++]!;
    // The formatted value is placed at its item, as _PyAST_FormattedValue is given the item's position.
    const formatSpec: A.JoinedStr | null = unit.spec === '' ? null
      : { kind: 'JoinedStr', values: [{ kind: 'Constant', value: unit.spec, ...spanOf(item) }], ...spanOf(item) };
    values.push({ kind: 'FormattedValue', value: item, conversion: unit.conversion, formatSpec, ...spanOf(item) });
    pos = unit.end;
  }
  if (used < items.length) return null;
  return { kind: 'JoinedStr', values, ...spanOf(whole) };
}

const spanOf = (s: A.Span): A.Span => ({ line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol });
