// Number literals scanned as CPython 3.11's tokenizer scans them (the number branch of tok_get): the same errors at
// the same columns, and a SyntaxWarning instead of an error for a literal run into a keyword that may follow a
// number in valid code (`1if x else 2`, `0x1for`: hex digits are taken greedily, then `or`).

/** Where a scan reports: `fail` throws the SyntaxError with the caret at `at` (to `end`, exclusive), `warn` warns. */
export interface NumberScanReport {
  fail(message: string, at: number, end?: number): never;
  warn(message: string): void;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHexDigit = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
/** CPython's is_potential_identifier_char as it acts here: a non-ASCII character ends the number silently. */
const isIdentifierChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || isDigit(c);

/** The end of the number literal starting at `start` (a digit, or a '.' before a digit). */
export function scanNumber(src: string, start: number, report: NumberScanReport): number {
  let cur = start;
  // tok_nextc and tok_backup: the end of input reads as '' and is never stepped back over.
  const next = (): string => (cur < src.length ? src[cur++] : '');
  const backup = (c: string): void => {
    if (c !== '') cur--;
  };
  // syntaxerror(): the caret under the character before the reading position.
  const fail = (message: string): never => report.fail(message, cur - 1);

  /** lookahead(): whether the rest of a keyword follows, and then no identifier character. */
  const lookahead = (rest: string): boolean => {
    const from = cur;
    let matched = true;
    for (const expected of rest) {
      if (next() !== expected) {
        matched = false;
        break;
      }
    }
    const found = matched && !isIdentifierChar(cur < src.length ? src[cur] : '');
    cur = from;
    return found;
  };

  /** verify_end_of_number: `c` (just read) may start a keyword (a warning) but no other name (an error). */
  const verifyEnd = (c: string, kind: string): void => {
    let keyword = false;
    if (c === 'a') keyword = lookahead('nd');
    else if (c === 'e') keyword = lookahead('lse');
    else if (c === 'f') keyword = lookahead('or');
    else if (c === 'i') keyword = cur < src.length && 'fns'.includes(src[cur]);
    else if (c === 'o') keyword = lookahead('r');
    else if (c === 'n') keyword = lookahead('ot');
    if (keyword) report.warn(`invalid ${kind} literal`);
    else if (isIdentifierChar(c)) {
      backup(c);
      fail(`invalid ${kind} literal`);
    }
  };

  /** tok_decimal_tail: digits with single underscores between them; returns the character after them. */
  const decimalTail = (): string => {
    for (;;) {
      let c: string;
      do c = next();
      while (isDigit(c));
      if (c !== '_') return c;
      c = next();
      if (!isDigit(c)) {
        backup(c);
        fail('invalid decimal literal');
      }
    }
  };

  /** Digits of a 0x, 0o or 0b literal, underscores between them; returns the character after them. */
  const radixDigits = (kind: string, isRadixDigit: (c: string) => boolean): string => {
    let c = next();
    do {
      if (c === '_') c = next();
      if (!isRadixDigit(c)) {
        if (kind !== 'hexadecimal' && isDigit(c)) fail(`invalid digit '${c}' in ${kind} literal`);
        backup(c);
        fail(`invalid ${kind} literal`);
      }
      do c = next();
      while (isRadixDigit(c));
    } while (c === '_');
    if (kind !== 'hexadecimal' && isDigit(c)) fail(`invalid digit '${c}' in ${kind} literal`);
    return c;
  };

  /** After the integer part: a fraction, an exponent, a 'j'; then the end check. Returns the end. */
  const floatTail = (c: string, afterPoint: boolean): number => {
    if (!afterPoint && c === '.') {
      c = next();
      afterPoint = true;
    }
    if (afterPoint && isDigit(c)) c = decimalTail();
    if (c === 'e' || c === 'E') {
      const e = c;
      c = next();
      if (c === '+' || c === '-') {
        c = next();
        if (!isDigit(c)) {
          backup(c);
          fail('invalid decimal literal');
        }
      } else if (!isDigit(c)) {
        // `1else`: the number ends before the 'e'.
        backup(c);
        verifyEnd(e, 'decimal');
        backup(e);
        return cur;
      }
      c = decimalTail();
    }
    if (c === 'j' || c === 'J') {
      c = next();
      verifyEnd(c, 'imaginary');
    } else verifyEnd(c, 'decimal');
    backup(c);
    return cur;
  };

  const first = next();
  if (first === '.') return floatTail(next(), true);
  if (first !== '0') return floatTail(decimalTail(), false);
  let c = next();
  if (c === 'x' || c === 'X') c = radixDigits('hexadecimal', isHexDigit);
  else if (c === 'o' || c === 'O') c = radixDigits('octal', (d) => d >= '0' && d <= '7');
  else if (c === 'b' || c === 'B') c = radixDigits('binary', (d) => d === '0' || d === '1');
  else {
    // Zeros, maybe an old-style octal (an error unless a fraction, exponent or 'j' makes it a float).
    for (;;) {
      if (c === '_') {
        c = next();
        if (!isDigit(c)) {
          backup(c);
          fail('invalid decimal literal');
        }
      }
      if (c !== '0') break;
      c = next();
    }
    const zerosEnd = cur;
    const nonzero = isDigit(c);
    if (nonzero) c = decimalTail();
    if (c === '.' || c === 'e' || c === 'E' || c === 'j' || c === 'J') return floatTail(c, false);
    if (nonzero) {
      backup(c);
      report.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start, zerosEnd - 1);
    }
    verifyEnd(c, 'decimal');
    backup(c);
    return cur;
  }
  const kind = src[start + 1] === 'x' || src[start + 1] === 'X' ? 'hexadecimal' : src[start + 1] === 'o' || src[start + 1] === 'O' ? 'octal' : 'binary';
  verifyEnd(c, kind);
  backup(c);
  return cur;
}
