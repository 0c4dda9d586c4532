// Turns source text into tokens: INDENT/DEDENT by an indent stack, implicit joining inside brackets, strings, numbers.

import { PySyntaxError } from '../errors';

export const enum Tok {
  Name, Number, String, FString, Op, Newline, Indent, Dedent, EndOfFile,
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
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=',
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '=',
];
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function syntaxError(message: string, line: number, col: number, type: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError', endCol?: number): PySyntaxError {
  return new PySyntaxError({ type, message, line, column: col + 1, endLine: line, endColumn: endCol !== undefined ? endCol + 1 : undefined });
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' };

/** Decodes backslash escapes of a non-raw string body. */
export function decodeEscapes(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[i + 1];
    if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (n === 'U' && /^[0-9a-fA-F]{8}$/.test(body.slice(i + 2, i + 10))) {
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16));
      i += 9;
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

const NAME_START = /[\p{L}\p{Nl}_]/u;
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;

/** Tokenizes a whole module. Throws PySyntaxError with CPython's message for the first lexical error. */
export function tokenize(source: string): Token[] {
  const src = source.replace(/\r\n?/g, '\n');
  const tokens: Token[] = [];
  const indents = [0];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  const n = src.length;
  const push = (kind: Tok, value: string, startPos: number, startLine: number, startLineStart: number, extra?: Partial<Token>) => {
    tokens.push({ kind, value, line: startLine, col: startPos - startLineStart, endLine: line, endCol: pos - lineStart, ...extra });
  };

  while (pos <= n) {
    if (atLineStart && brackets.length === 0) {
      // Measure indentation; blank and comment-only lines do not count.
      let col = 0;
      let p = pos;
      while (p < n && (src[p] === ' ' || src[p] === '\t' || src[p] === '\f')) {
        col = src[p] === '\t' ? (Math.floor(col / 8) + 1) * 8 : src[p] === '\f' ? 0 : col + 1;
        p++;
      }
      if (p >= n) {
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
      if (col > current) {
        indents.push(col);
        tokens.push({ kind: Tok.Indent, value: '', line, col: 0, endLine: line, endCol: p - lineStart });
      } else if (col < current) {
        while (indents.length > 1 && col < indents[indents.length - 1]) {
          indents.pop();
          tokens.push({ kind: Tok.Dedent, value: '', line, col: p - lineStart, endLine: line, endCol: p - lineStart });
        }
        if (col !== indents[indents.length - 1]) {
          // CPython reports it at the end of the line.
          const lineEnd = source.indexOf('\n', lineStart);
          const end = (lineEnd < 0 ? source.slice(lineStart) : source.slice(lineStart, lineEnd)).trimEnd().length;
          throw syntaxError('unindent does not match any outer indentation level', line, end, 'IndentationError');
        }
      }
      pos = p;
    }
    if (pos >= n) break;
    const c = src[pos];
    if (c === ' ' || c === '\t' || c === '\f') {
      pos++;
      continue;
    }
    if (c === '#') {
      while (pos < n && src[pos] !== '\n') pos++;
      continue;
    }
    if (c === '\\') {
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
        tokens.push({ kind: Tok.Newline, value: '', line, col: pos - lineStart, endLine: line, endCol: pos - lineStart + 1 });
        atLineStart = true;
      }
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
      if (prefix.includes('b')) throw syntaxError('bytes literals are not supported in this playground', line, pos - lineStart);
      pos += strMatch[0].length;
      const bodyStart = pos;
      const triple = quote.length === 3;
      for (;;) {
        if (pos >= n) {
          const lastLine = src.endsWith('\n') ? line - 1 : line;
          if (triple) throw syntaxError(`unterminated triple-quoted string literal (detected at line ${lastLine})`, startLine, startPos - startLineStart);
          throw syntaxError(`unterminated string literal (detected at line ${startLine})`, startLine, startPos - startLineStart);
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
        if (ch === '\n' && !triple) throw syntaxError(`unterminated string literal (detected at line ${startLine})`, startLine, startPos - startLineStart);
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
      if (prefix.includes('f')) push(Tok.FString, body, startPos, startLine, startLineStart, { prefix });
      else push(Tok.String, raw ? body : decodeEscapes(body), startPos, startLine, startLineStart, { prefix });
      continue;
    }
    if (NAME_START.test(c)) {
      while (pos < n && NAME_CHAR.test(src[pos])) pos++;
      push(Tok.Name, src.slice(startPos, pos).normalize('NFKC'), startPos, startLine, startLineStart);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[pos + 1] ?? ''))) {
      const m = /^(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:[0-9](?:_?[0-9])*)?\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*\.?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?)/.exec(src.slice(pos))!;
      pos += m[0].length;
      if (pos < n && (src[pos] === 'j' || src[pos] === 'J')) throw syntaxError('complex numbers are not supported in this playground', line, startPos - lineStart);
      if (pos < n && NAME_CHAR.test(src[pos])) {
        const kind = /^0[xX]/.test(m[0]) ? 'hexadecimal' : /^0[oO]/.test(m[0]) ? 'octal' : /^0[bB]/.test(m[0]) ? 'binary' : 'decimal';
        throw syntaxError(`invalid ${kind} literal`, line, pos - lineStart - 1);
      }
      if (/^0[0-9]+$/.test(m[0].replace(/_/g, '')) && /[1-9]/.test(m[0])) {
        throw syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', line, startPos - lineStart, 'SyntaxError', pos - lineStart);
      }
      push(Tok.Number, m[0], startPos, startLine, startLineStart);
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, pos));
    if (op) {
      pos += op.length;
      if (op === '(' || op === '[' || op === '{') brackets.push({ ch: op, line, col: startPos - lineStart });
      else if (op in CLOSING) {
        const open = brackets.pop();
        if (!open) throw syntaxError(`unmatched '${op}'`, line, startPos - lineStart);
        if (open.ch !== CLOSING[op]) {
          const names: Record<string, string> = { '(': 'parenthesis', '[': 'parenthesis', '{': 'parenthesis', ')': 'parenthesis', ']': 'parenthesis', '}': 'parenthesis' };
          const msg = open.line === line
            ? `closing ${names[op]} '${op}' does not match opening ${names[open.ch]} '${open.ch}'`
            : `closing ${names[op]} '${op}' does not match opening ${names[open.ch]} '${open.ch}' on line ${open.line}`;
          throw syntaxError(msg, line, startPos - lineStart);
        }
      }
      push(Tok.Op, op, startPos, startLine, startLineStart);
      continue;
    }
    if (c === '!' ) throw syntaxError('invalid syntax', line, pos - lineStart);
    const cp = src.codePointAt(pos)!;
    const ch = String.fromCodePoint(cp);
    throw syntaxError(`invalid character '${ch}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, line, pos - lineStart);
  }
  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1];
    throw syntaxError(`'${open.ch}' was never closed`, open.line, open.col);
  }
  const last = tokens[tokens.length - 1];
  if (last && last.kind !== Tok.Newline && last.kind !== Tok.Dedent) {
    tokens.push({ kind: Tok.Newline, value: '', line, col: pos - lineStart, endLine: line, endCol: pos - lineStart + 1 });
  }
  while (indents.length > 1) {
    indents.pop();
    tokens.push({ kind: Tok.Dedent, value: '', line, col: 0, endLine: line, endCol: 0 });
  }
  tokens.push({ kind: Tok.EndOfFile, value: '', line, col: 0, endLine: line, endCol: 0 });
  return tokens;
}
