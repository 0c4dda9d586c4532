// Reading a Python regular expression token by token (a char, or a backslash and the char after it), with the
// positions CPython's re parser reports in its errors.

/** A re.error (or the OverflowError/ValueError CPython raises while compiling), with its position. */
export class PatternError extends Error {
  constructor(
    readonly msg: string,
    /** Code point offset into the pattern, or null for errors CPython raises without one. */
    readonly pos: number | null,
    readonly kind: 'error' | 'OverflowError' | 'ValueError' = 'error',
  ) {
    super(msg);
  }

  /** The FutureWarnings the parser gave before it failed (python3 shows them before the error). */
  futureWarnings: readonly string[] = [];
}

export const DIGITS = '0123456789';
export const OCTDIGITS = '01234567';
export const HEXDIGITS = '0123456789abcdefABCDEF';
export const ASCII_LETTERS = /^[A-Za-z]$/;

/** The pattern's tokens: `next` is the token ahead (null at the end), as in CPython's sre_parse.Tokenizer. */
export class Tokenizer {
  readonly chars: string[];
  /** Index just past the token ahead. */
  private index = 0;
  next: string | null = null;
  /** The token ahead's length in code points (an astral char is one, though two JS chars). */
  private nextLength = 0;

  constructor(pattern: string) {
    this.chars = Array.from(pattern);
    this.advance();
  }

  private advance(): void {
    const i = this.index;
    if (i >= this.chars.length) {
      this.next = null;
      this.nextLength = 0;
      return;
    }
    let c = this.chars[i];
    let length = 1;
    if (c === '\\') {
      if (i + 1 >= this.chars.length) throw new PatternError('bad escape (end of pattern)', this.chars.length - 1);
      c += this.chars[i + 1];
      length = 2;
    }
    this.index = i + length;
    this.next = c;
    this.nextLength = length;
  }

  match(c: string): boolean {
    if (c === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  /** Up to n tokens that are single chars from `set`. */
  getWhile(n: number, set: string): string {
    let result = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || c.length !== 1 || !set.includes(c)) break;
      result += c;
      this.advance();
    }
    return result;
  }

  /** The text up to `terminator` (consumed), for group names: "missing group name", "missing >, unterminated name". */
  getUntil(terminator: string, name: string): string {
    let result = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!result) throw this.error(`missing ${name}`);
        throw this.error(`missing ${terminator}, unterminated name`, Array.from(result).length);
      }
      if (c === terminator) {
        if (!result) throw this.error(`missing ${name}`, 1);
        break;
      }
      result += c;
    }
    return result;
  }

  /** Where the token ahead starts. */
  tell(): number {
    return this.index - this.nextLength;
  }

  seek(position: number): void {
    this.index = position;
    this.advance();
  }

  error(msg: string, offset = 0): PatternError {
    return new PatternError(msg, this.tell() - offset);
  }
}

/** str.isidentifier(), for group names. */
export function isIdentifier(name: string): boolean {
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name);
}

/** Python's repr of a str (group names in messages): single quotes unless the text has one and no double. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
