// Turns source text into tokens: INDENT/DEDENT by an indent stack, implicit joining inside brackets, strings, numbers.

import { scanNumber, type NumberScanReport } from './numberLiteral';
import type { SyntaxWarningNote } from '../compiler/syntaxWarnings';
import { PySyntaxError } from '../errors';
import { unicodeNames } from '../modules/unicodedata/unicodeNamesApi';

export const enum Tok {
  Name, Number, String, FString, Op, Newline, Indent, Dedent, EndOfFile,
  /** A tokenizer error the parser meets only if it reads this far (CPython's ERRORTOKEN with tok->done set). */
  Error,
}

export interface Token {
  readonly kind: Tok;
  /** Operator text, name, or the decoded string value; for numbers the source text. */
  readonly value: string;
  readonly line: number;
  /** 0-based column. */
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** For strings: the prefix letters (lowercased) and whether it is an f-string (then value is the raw body). */
  readonly prefix?: string;
  /** For f-strings: how far the body starts from the token's start (the prefix and the opening quotes). */
  readonly bodyOffset?: number;
  /** For Tok.Error: the error raised when the parser reaches it. */
  readonly error?: PySyntaxError;
  /** For Tok.EndOfFile: the source's last line and its length, where CPython places an error met at the end. */
  readonly lastLine?: { readonly line: number; readonly length: number };
  /**
   * For strings: the escape decoder's complaint, raised when the parser joins the literal (CPython decodes them
   * there, and reports at the token after the literals).
   */
  readonly escapeError?: string;
  /** For the Tok.Error of a bracket still open at the end: the line it was opened on. */
  readonly unclosedBracketLine?: number;
}

/** CPython's MAXINDENT: the indentation stack holds 100 levels, the first being column 0. */
const MAX_INDENT = 100;
/** CPython's MAXLEVEL: brackets open at once. */
const MAX_BRACKETS = 200;

// '<>' is one token (NOTEQUAL) that the grammar refuses outside `from __future__ import barry_as_FLUFL`.
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '<>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '=',
];
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function syntaxError(message: string, line: number, col: number, type: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError', endCol?: number): PySyntaxError {
  return new PySyntaxError({ type, message, line, column: col + 1, endLine: line, endColumn: endCol !== undefined ? endCol + 1 : undefined });
}

/**
 * An error tokenizer.c raises itself (syntaxerror, not the parser's tokenizer_error): its text is the line
 * without the newline, and without a range the end is the start.
 */
function tokenizerError(message: string, line: number, col: number, endCol = col): PySyntaxError {
  return new PySyntaxError({ type: 'SyntaxError', message, line, column: col + 1, endLine: line, endColumn: endCol + 1, textWithoutNewline: true });
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' };

/** Decodes backslash escapes of a non-raw string body. */
export function decodeEscapes(body: string, error: ((message: string) => Error) | null = null): string {
  let out = '';
  // The unicode_escape codec's complaint, positions counted as it counts them (a non-ASCII character before
  // the escape is 10 bytes: the parser hands it over as a \U escape).
  const fail = (start: number, end: number, what: string): never => {
    const at = (k: number) => [...body.slice(0, k)].reduce((n, ch) => n + (ch.codePointAt(0)! < 128 ? 1 : 10), 0);
    const message = `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at(start)}-${at(end)}: ${what}`;
    throw error ? error(message) : new Error(message);
  };
  const hexEscape = (i: number, digits: number, what: string): number => {
    const m = new RegExp(`^[0-9a-fA-F]{0,${digits}}`).exec(body.slice(i + 2, i + 2 + digits))![0];
    if (m.length < digits && error) fail(i, i + 1 + m.length, what);
    return m.length === digits ? parseInt(m, 16) : -1;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1];
    const digits = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
    if (digits > 0) {
      const code = hexEscape(i, digits, `truncated \\${n}${'X'.repeat(digits)} escape`);
      if (code < 0) {
        out += c;
        continue;
      }
      if (code > 0x10ffff) fail(i, i + 1 + digits, 'illegal Unicode character');
      out += String.fromCodePoint(code);
      i += 1 + digits;
    } else if (n === 'N') {
      // The codec's error ranges: up to the character that stopped it, the '}' of a name it does not know.
      const malformed = 'malformed \\N character escape';
      if (body[i + 2] !== '{') fail(i, i + 1, malformed);
      const close = body.indexOf('}', i + 3);
      if (close < 0) fail(i, body.length - 1, malformed);
      if (close === i + 3) fail(i, close - 1, malformed);
      const code = unicodeNames().codeOf(body.slice(i + 3, close));
      if (code === undefined) fail(i, close, 'unknown Unicode character name');
      out += String.fromCodePoint(code!);
      i = close;
    } else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 8));
      i += m.length;
    } else if (n in ESCAPES) {
      out += ESCAPES[n];
      i++;
    } else if (n === '\r' && body[i + 2] === '\n') {
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

/** Decodes the escapes of a non-raw bytes literal (no \u, \U or \N: those stay as written); octal wraps to a byte. */
export function decodeBytesEscapes(body: string, error: (message: string) => Error): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1];
    if (n === 'x') {
      if (!/^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) throw error(`(value error) invalid \\x escape at position ${i}`);
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 8) & 0xff);
      i += m.length;
    } else if (n in ESCAPES) {
      out += ESCAPES[n];
      i++;
    } else if (n === '\r' && body[i + 2] === '\n') {
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

class EscapeError extends Error {}

/** A literal's value, or the decoder's complaint to raise when the parser reaches it. */
function decodeLiteral(decode: () => string): { value: string; escapeError?: string } {
  try {
    return { value: decode() };
  } catch (e) {
    if (e instanceof EscapeError) return { value: '', escapeError: e.message };
    throw e;
  }
}

const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;

/** A non-printable character is reported by code point alone (str.isprintable is false for these categories). */
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/**
 * Tokenizes a whole module. Throws PySyntaxError with CPython's message for the first lexical error that
 * CPython raises wherever it is found (it tokenizes the rest of the file after a parse error and reports these);
 * errors CPython only reports when the parser reaches them (tabs, indentation) end the list as a Tok.Error token.
 * `unreadableFrom` is an error CPython raises on reading a line (an undecodable one): the source given stops
 * before that line and the error is raised when the tokenizer needs more. A number run into a keyword (`1if`)
 * adds a SyntaxWarning to `warnings`.
 */
export function tokenize(source: string, unreadableFrom?: PySyntaxError, warnings?: SyntaxWarningNote[]): Token[] {
  let src = source.replace(/\r\n?/g, '\n');
  // A line with a null byte cannot be read: everything before it tokenizes, then the error.
  const nul = src.indexOf('\0');
  if (nul >= 0) {
    const lineStartAt = src.lastIndexOf('\n', nul) + 1;
    const nulLine = src.slice(0, lineStartAt).split('\n').length;
    unreadableFrom = new PySyntaxError({ type: 'SyntaxError', message: 'source code cannot contain null bytes', line: nulLine, column: 0 });
    src = src.slice(0, lineStartAt);
  }
  const endOfInput = (): void => {
    if (unreadableFrom) throw unreadableFrom;
  };
  const tokens: Token[] = [];
  const indents = [0];
  /** The same stack measured with tabs as one column: the two disagree when tabs and spaces mix inconsistently. */
  const altIndents = [0];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  const n = src.length;
  const push = (kind: Tok, value: string, startPos: number, startLine: number, startLineStart: number, extra?: Partial<Token>) => {
    tokens.push({ kind, value, line: startLine, col: startPos - startLineStart, endLine: line, endCol: pos - lineStart, ...extra });
  };

  // A number's errors are on its line; its warnings (SyntaxWarning, as the tokenizer's parser_warn) go to `warnings`.
  const numberReport: NumberScanReport = {
    fail: (message, at, end) => {
      throw tokenizerError(message, line, at - lineStart, end === undefined ? undefined : end - lineStart);
    },
    warn: (message) => warnings?.push({ line, message }),
  };

  /** Where a comment on the current line starts (-1: none). */
  let commentStart = -1;
  /**
   * NEWLINE: CPython's token starts at the line's comment and spans it, else it is empty at the line's end (the
   * '\n' is left out of both).
   */
  const newlineToken = (): Token => {
    const col = (commentStart >= 0 ? commentStart : pos) - lineStart;
    const endCol = pos - lineStart;
    return { kind: Tok.Newline, value: '', line, col, endLine: line, endCol };
  };

  /** An error CPython's parser reports only on reaching it: the token list ends there. */
  const stopWith = (error: PySyntaxError): Token[] => {
    tokens.push({ kind: Tok.Error, value: '', line, col: 0, endLine: line, endCol: 0, error });
    return tokens;
  };

  while (pos <= n) {
    if (atLineStart && brackets.length === 0) {
      // Measure indentation; blank and comment-only lines do not count.
      let col = 0;
      let altCol = 0;
      let p = pos;
      while (p < n && (src[p] === ' ' || src[p] === '\t' || src[p] === '\f')) {
        if (src[p] === '\t') {
          col = (Math.floor(col / 8) + 1) * 8;
          altCol++;
        } else if (src[p] === '\f') col = altCol = 0;
        else {
          col++;
          altCol++;
        }
        p++;
      }
      if (p >= n) {
        endOfInput();
        pos = p;
        break;
      }
      if (src[p] === '\n' || src[p] === '#' || (src[p] === '\\' && src[p + 1] === '\n')) {
        if (src[p] === '#') while (p < n && src[p] !== '\n') p++;
        if (src[p] === '\\') p++;
        pos = p + 1;
        line++;
        lineStart = pos;
        continue;
      }
      atLineStart = false;
      const current = indents[indents.length - 1];
      // CPython gives these errors offset 1 and end_offset 0 (the indentation is stripped: no marker under the line).
      const tabError = () => stopWith(syntaxError('inconsistent use of tabs and spaces in indentation', line, 0, 'TabError', -1));
      if (col === current) {
        if (altCol !== altIndents[altIndents.length - 1]) return tabError();
      } else if (col > current) {
        if (indents.length >= MAX_INDENT) return stopWith(syntaxError('too many levels of indentation', line, 0, 'IndentationError', -1));
        if (altCol <= altIndents[altIndents.length - 1]) return tabError();
        indents.push(col);
        altIndents.push(altCol);
        tokens.push({ kind: Tok.Indent, value: '', line, col: 0, endLine: line, endCol: p - lineStart });
      } else {
        while (indents.length > 1 && col < indents[indents.length - 1]) {
          indents.pop();
          altIndents.pop();
          tokens.push({ kind: Tok.Dedent, value: '', line, col: p - lineStart, endLine: line, endCol: p - lineStart });
        }
        if (col !== indents[indents.length - 1]) {
          // CPython reports it at the end of the line.
          const lineEnd = src.indexOf('\n', lineStart);
          const end = (lineEnd < 0 ? src.slice(lineStart) : src.slice(lineStart, lineEnd)).trimEnd().length;
          return stopWith(syntaxError('unindent does not match any outer indentation level', line, end, 'IndentationError'));
        }
        if (altCol !== altIndents[altIndents.length - 1]) return tabError();
      }
      pos = p;
    }
    if (pos >= n) {
      endOfInput();
      break;
    }
    const c = src[pos];
    if (c === ' ' || c === '\t' || c === '\f') {
      pos++;
      continue;
    }
    if (c === '#') {
      commentStart = pos;
      while (pos < n && src[pos] !== '\n') pos++;
      continue;
    }
    if (c === '\\') {
      // tokenizer.c's E_EOF: the input ends right after the continuation (a file's last newline is implied).
      if (pos + 2 >= n && brackets.length === 0 && (pos + 1 === n || src[pos + 1] === '\n')) {
        // Reported after the whole line, newline included, with no end (tok->cur past the line's start).
        throw syntaxError('unexpected EOF while parsing', line, pos + 1 - lineStart, 'SyntaxError', -2);
      }
      if (src[pos + 1] === '\n') {
        pos += 2;
        line++;
        lineStart = pos;
        continue;
      }
      throw syntaxError('unexpected character after line continuation character', line, pos - lineStart + 1);
    }
    if (c === '\n') {
      if (brackets.length === 0) {
        tokens.push(newlineToken());
        atLineStart = true;
      }
      commentStart = -1;
      pos++;
      line++;
      lineStart = pos;
      continue;
    }
    const startPos = pos, startLine = line, startLineStart = lineStart;
    // Strings, with optional prefixes.
    const strMatch = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src.slice(pos, pos + 5));
    if (strMatch && (strMatch[1] === '' || /^(r|b|u|f|rb|br|fr|rf)$/i.test(strMatch[1]))) {
      const prefix = strMatch[1].toLowerCase();
      const quote = strMatch[2];
      pos += strMatch[0].length;
      const bodyStart = pos;
      const triple = quote.length === 3;
      for (;;) {
        if (pos >= n) {
          endOfInput();
          const lastLine = src.endsWith('\n') ? line - 1 : line;
          if (triple) throw tokenizerError(`unterminated triple-quoted string literal (detected at line ${lastLine})`, startLine, startPos - startLineStart);
          throw tokenizerError(`unterminated string literal (detected at line ${startLine})`, startLine, startPos - startLineStart);
        }
        const ch = src[pos];
        if (ch === '\\') {
          if (src[pos + 1] === '\n') {
            line++;
            lineStart = pos + 2;
          }
          pos += 2;
          continue;
        }
        if (ch === '\n' && !triple) throw tokenizerError(`unterminated string literal (detected at line ${startLine})`, startLine, startPos - startLineStart);
        if (src.startsWith(quote, pos)) break;
        if (ch === '\n') {
          line++;
          lineStart = pos + 1;
        }
        pos++;
      }
      const body = src.slice(bodyStart, pos);
      pos += quote.length;
      const raw = prefix.includes('r');
      if (prefix.includes('b')) {
        if (/[^\x00-\x7f]/.test(body)) {
          // (A file's report counts the columns in UTF-8 bytes: formatSyntaxError.)
          throw syntaxError('bytes can only contain ASCII literal characters', startLine, startPos - startLineStart, 'SyntaxError', pos - lineStart);
        }
        const decoded = raw ? { value: body } : decodeLiteral(() => decodeBytesEscapes(body, (message) => new EscapeError(message)));
        push(Tok.String, decoded.value, startPos, startLine, startLineStart, { prefix, escapeError: decoded.escapeError });
      } else if (prefix.includes('f')) push(Tok.FString, body, startPos, startLine, startLineStart, { prefix, bodyOffset: bodyStart - startPos });
      else {
        const decoded = raw ? { value: body } : decodeLiteral(() => decodeEscapes(body, (message) => new EscapeError(message)));
        push(Tok.String, decoded.value, startPos, startLine, startLineStart, { prefix, escapeError: decoded.escapeError });
      }
      continue;
    }
    if (NAME_START.test(c)) {
      while (pos < n && NAME_CHAR.test(src[pos])) pos++;
      push(Tok.Name, src.slice(startPos, pos).normalize('NFKC'), startPos, startLine, startLineStart);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[pos + 1] ?? ''))) {
      pos = scanNumber(src, startPos, numberReport);
      push(Tok.Number, src.slice(startPos, pos), startPos, startLine, startLineStart);
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, pos));
    if (op) {
      pos += op.length;
      if (op === '(' || op === '[' || op === '{') {
        if (brackets.length >= MAX_BRACKETS) throw tokenizerError('too many nested parentheses', line, startPos - lineStart);
        brackets.push({ ch: op, line, col: startPos - lineStart });
      }
      else if (op in CLOSING) {
        const open = brackets.pop();
        if (!open) throw tokenizerError(`unmatched '${op}'`, line, startPos - lineStart);
        if (open.ch !== CLOSING[op]) {
          const names: Record<string, string> = { '(': 'parenthesis', '[': 'parenthesis', '{': 'parenthesis', ')': 'parenthesis', ']': 'parenthesis', '}': 'parenthesis' };
          const msg = open.line === line
            ? `closing ${names[op]} '${op}' does not match opening ${names[open.ch]} '${open.ch}'`
            : `closing ${names[op]} '${op}' does not match opening ${names[open.ch]} '${open.ch}' on line ${open.line}`;
          throw tokenizerError(msg, line, startPos - lineStart);
        }
      }
      push(Tok.Op, op, startPos, startLine, startLineStart);
      continue;
    }
    // ASCII punctuation Python does not use is a one-character operator token the parser rejects ("invalid syntax").
    if (c === '!' || c === '$' || c === '?' || c === '`') {
      pos++;
      push(Tok.Op, c, startPos, startLine, startLineStart);
      continue;
    }
    const cp = src.codePointAt(pos)!;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    if (NON_PRINTABLE.test(ch)) throw tokenizerError(`invalid non-printable character U+${hex}`, line, pos - lineStart);
    throw tokenizerError(`invalid character '${ch}' (U+${hex})`, line, pos - lineStart);
  }
  if (brackets.length > 0) {
    // The parser meets it at the end, unless it fails before (see unclosedBracketFirst).
    const open = brackets[brackets.length - 1];
    // raise_unclosed_parentheses_error has no end. Its text is the tokenizer's buffer, newline included, when
    // the bracket is on the last line read, else the line cut from the buffers without it.
    const lastLineRead = src.split('\n').length - (src.endsWith('\n') ? 1 : 0);
    const error = new PySyntaxError({
      type: 'SyntaxError', message: `'${open.ch}' was never closed`, line: open.line, column: open.col + 1, endLine: open.line,
      textWithoutNewline: lastLineRead > open.line,
    });
    tokens.push({ kind: Tok.Error, value: '', line, col: pos - lineStart, endLine: line, endCol: pos - lineStart, error, unclosedBracketLine: open.line });
    return tokens;
  }
  const last = tokens[tokens.length - 1];
  if (last && last.kind !== Tok.Newline && last.kind !== Tok.Dedent) tokens.push(newlineToken());
  while (indents.length > 1) {
    indents.pop();
    tokens.push({ kind: Tok.Dedent, value: '', line, col: 0, endLine: line, endCol: 0 });
  }
  const sourceLines = (src.endsWith('\n') ? src.slice(0, -1) : src).split('\n');
  const lastLine = { line: sourceLines.length, length: [...sourceLines[sourceLines.length - 1]].length };
  tokens.push({ kind: Tok.EndOfFile, value: '', line, col: 0, endLine: line, endCol: 0, lastLine });
  return tokens;
}
