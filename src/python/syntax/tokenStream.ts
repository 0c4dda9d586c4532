// A cursor over tokens with the small helpers both parser halves use (peek, expect, error positions).

import { PySyntaxError } from '../errors';
import { Tok, type Token } from './tokenizer';
import type { Span } from '../ast';

export class TokenStream {
  pos = 0;
  /** The furthest token the parser has looked at, lookaheads and abandoned alternatives included. */
  furthest = 0;
  /**
   * compile() and import read the source as one string, the main script is read from its file: at the end of
   * input CPython's string tokenizer stands at the last line's end, the file one at its start.
   */
  constructor(readonly tokens: Token[], readonly fromString = false) {
    this.raiseIfError(tokens[0]);
  }

  /** The parser has reached a deferred tokenizer error: CPython raises it when the token is fetched. */
  private raiseIfError(t: Token): void {
    if (t.kind === Tok.Error) throw t.error!;
  }

  /**
   * The tokenizer's deferred error (the Tok.Error ending the list): a lookahead that reaches it raises it in
   * CPython too, so speculative parses must not swallow it.
   */
  isDeferredTokenizerError(e: unknown): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return last.kind === Tok.Error && last.error === e;
  }

  /** Whether e is one of the tokenizer's errors (CPython raises those without a second parser pass). */
  isTokenizerError(e: unknown): boolean {
    return this.tokens.some((t) => t.kind === Tok.Error && t.error === e);
  }

  get current(): Token {
    return this.tokens[this.pos];
  }

  peek(offset = 1): Token {
    const at = Math.min(this.pos + offset, this.tokens.length - 1);
    if (at > this.furthest) this.furthest = at;
    return this.tokens[at];
  }

  get previous(): Token {
    return this.tokens[this.pos - 1];
  }

  next(): Token {
    const t = this.tokens[this.pos];
    if (this.pos < this.tokens.length - 1) {
      this.pos++;
      if (this.pos > this.furthest) this.furthest = this.pos;
      this.raiseIfError(this.tokens[this.pos]);
    }
    return t;
  }

  isOp(value: string): boolean {
    const t = this.current;
    return t.kind === Tok.Op && t.value === value;
  }

  isKeyword(value: string): boolean {
    const t = this.current;
    return t.kind === Tok.Name && t.value === value;
  }

  eatOp(value: string): boolean {
    if (this.isOp(value)) {
      this.next();
      return true;
    }
    return false;
  }

  eatKeyword(value: string): boolean {
    if (this.isKeyword(value)) {
      this.next();
      return true;
    }
    return false;
  }

  expectOp(value: string): Token {
    if (!this.isOp(value)) {
      // At a NEWLINE the invalid_ rules raise there (after trailing blanks, over a comment).
      if (value === ':') throw this.current.kind === Tok.Newline ? this.errorAt(this.current, "expected ':'") : this.errorAtPrevEnd("expected ':'");
      throw this.invalidSyntax();
    }
    return this.next();
  }

  /** `invalid syntax` at the current token, as CPython reports an unexpected token. */
  invalidSyntax(message = 'invalid syntax'): PySyntaxError {
    const t = this.current;
    if (t.kind === Tok.EndOfFile || (t.kind === Tok.Newline && message === 'invalid syntax' && this.previous)) {
      return this.errorAt(t, message);
    }
    return this.errorAt(t, message);
  }

  errorAt(t: Token | Span, message: string, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    const col = 'col' in t ? t.col : 0;
    return new PySyntaxError({ type, message, line: t.line, column: col + 1, endLine: t.endLine, endColumn: t.endCol + 1 });
  }

  /** An error positioned just after the previous token (CPython's caret for a missing ':'). */
  errorAtPrevEnd(message: string): PySyntaxError {
    const p = this.lastRealToken();
    return new PySyntaxError({ type: 'SyntaxError', message, line: p.endLine, column: p.endCol + 1, endLine: p.endLine, endColumn: p.endCol + 1 });
  }

  /**
   * RAISE_SYNTAX_ERROR: CPython places it at the last token fetched, here the current one. A DEDENT has no
   * columns of its own (the offset is the next line's indentation, with no marker); at the end of input the
   * source's last line is shown, marked at its end when read from a string.
   */
  errorAtLookahead(message: string, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): PySyntaxError {
    const t = this.current;
    if (t.kind !== Tok.Dedent && t.kind !== Tok.EndOfFile) return this.errorAt(t, message, type);
    const rest = this.tokens.slice(this.pos);
    if (rest.some((x) => x.kind !== Tok.Dedent && x.kind !== Tok.EndOfFile)) {
      return new PySyntaxError({ type, message, line: t.line, column: t.col, endLine: t.line, endColumn: -1 });
    }
    const last = rest[rest.length - 1].lastLine ?? { line: t.line, length: 0 };
    const column = this.fromString ? last.length + 1 : 0;
    return new PySyntaxError({ type, message, line: last.line, column, endLine: last.line, endColumn: -1 });
  }

  /**
   * "expected an indented block" where the current token is not the INDENT: at the token that came instead (a
   * report shows one caret, as IndentationError's end is not read); a DEDENT or the end of the source is placed
   * as RAISE_SYNTAX_ERROR places them (no caret).
   */
  missingBlock(message: string): PySyntaxError {
    const t = this.current;
    if (t.kind === Tok.Dedent || t.kind === Tok.EndOfFile) return this.errorAtLookahead(message, 'IndentationError');
    return this.errorAt(t, message, 'IndentationError');
  }

  /**
   * "unexpected indent" at the INDENT token: CPython's offset is the indentation's width, with no end (a report
   * shows the line and no caret).
   */
  /**
   * An error at the furthest token read (_PyPegen_raise_error's p->tokens[p->fill-1]); at an INDENT, which has no
   * column of its own, CPython gives the tokenizer's position after it and no end.
   */
  errorAtFurthest(message: string): PySyntaxError {
    const t = this.tokens[this.furthest];
    if (t.kind !== Tok.Indent) return this.errorAt(t, message);
    return new PySyntaxError({ type: 'SyntaxError', message, line: t.line, column: t.endCol, endLine: t.line, endColumn: -1 });
  }

  unexpectedIndent(): PySyntaxError {
    const t = this.current;
    return new PySyntaxError({ type: 'IndentationError', message: 'unexpected indent', line: t.line, column: t.endCol, endLine: t.line, endColumn: -1 });
  }

  /** The previous token that is not NEWLINE/INDENT/DEDENT: where a statement's text really ends. */
  private lastRealToken(): Token {
    let i = this.pos - 1;
    while (i > 0 && (this.tokens[i].kind === Tok.Newline || this.tokens[i].kind === Tok.Dedent || this.tokens[i].kind === Tok.Indent)) i--;
    return this.tokens[Math.max(i, 0)];
  }

  /** From `start` to the end of the last real token: a compound statement's one-line body ends before its NEWLINE. */
  spanFrom(start: Token | Span): Span {
    const end = this.lastRealToken();
    return { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol };
  }
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
