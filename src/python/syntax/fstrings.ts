// f-strings: splitting the body into literal text and {expression!conversion:spec} fields.

import type * as A from '../ast';
import { PySyntaxError, type SyntaxDiagnostic } from '../errors';
import { tokenize, decodeEscapes, type Token } from './tokenizer';
import { TokenStream } from './tokenStream';
import { ExpressionParser } from './expressionParser';

/**
 * An error of the f-string's own syntax: CPython parses f-strings after reading the token that follows the
 * literals, and reports there.
 */
function fstringError(message: string, after: Token, prefixed = true): PySyntaxError {
  // The carets underline that token (a NEWLINE's spans the comment before it); one caret when it spans nothing.
  const endColumn = after.endLine === after.line && after.endCol > after.col ? after.endCol + 1 : after.col + 1;
  return new PySyntaxError({ type: 'SyntaxError', message: prefixed ? `f-string: ${message}` : `f-string ${message}`, line: after.line, column: after.col + 1, endLine: after.line, endColumn });
}

/** A literal's escape error (decode_unicode_with_escapes), raised at the token after the literals as CPython does. */
export function escapeError(message: string, after: Token): PySyntaxError {
  return new PySyntaxError({ type: 'SyntaxError', message, line: after.line, column: after.col + 1, endLine: after.endLine, endColumn: after.endCol + 1 });
}

/**
 * Where a field's expression sits in the source, as fstring_find_expr_location places it: the line of its '{'
 * and, on the token's first line, the token's column plus the '{' offset (the parse of "(expr)" puts the
 * expression one past it); on a later line the column within that line; when only blanks follow the '{' on
 * its line, the column counts from 0 (the token's column on its first line).
 */
function fieldOrigin(t: Token, braceIndex: number): { line: number; col: number } {
  const before = t.value.slice(0, braceIndex);
  const lines = before.split('\n').length - 1;
  const newlineAfterBrace = /^[ \t\f]*(\n|$)/.test(t.value.slice(braceIndex + 1).split('}')[0]);
  const cols = newlineAfterBrace ? 0 : lines === 0 ? (t.bodyOffset ?? 0) + braceIndex : braceIndex - before.lastIndexOf('\n') - 1;
  return { line: t.line + lines, col: lines === 0 ? t.col + cols : cols };
}

/**
 * Parses an expression that appears inside an f-string field whose '{' is at `braceIndex` of the token's body;
 * `terminator` is the character that ended it.
 */
function parseEmbeddedExpression(text: string, at: Token, braceIndex: number, after: Token, terminator: string): A.Expr {
  // fstring_compile_expr skips the blanks the parser ignores: nothing else is no expression.
  if (/^[ \t\n\f]*$/.test(text)) {
    if (terminator === '!' || terminator === ':' || terminator === '=') throw fstringError(`expression required before '${terminator}'`, after);
    throw fstringError('empty expression not allowed', after);
  }
  const origin = fieldOrigin(at, braceIndex);
  // Tokens of "(expr)" moved to the source: the first line's by the field's column, all by its line.
  const place = (line: number, col: number) => ({ line: origin.line + line - 1, col: line === 1 ? origin.col + col : col });
  const parenthesized = '(' + text + ')';
  const copyLines = parenthesized.split('\n');
  // An error in the copy, at (line, column) of it: fstring_compile_expr's parser numbers its lines from the
  // field's, its columns and text are the copy's. An error from a nested f-string is already placed.
  const inCopy = (d: SyntaxDiagnostic, line: number, column: number, endLine: number | undefined, endColumn: number | undefined) => {
    if (d.text !== undefined) return new PySyntaxError(d);
    return new PySyntaxError({
      ...d, message: 'f-string: ' + d.message, line: origin.line + line - 1, column,
      endLine: endLine === undefined ? undefined : origin.line + endLine - 1, endColumn, text: (copyLines[line - 1] ?? '') + '\n',
    });
  };
  let tokens: Token[];
  try {
    tokens = tokenize(parenthesized).map((t) => {
      const start = place(t.line, t.col), end = place(t.endLine, t.endCol);
      return { ...t, line: start.line, col: start.col, endLine: end.line, endCol: end.col };
    });
  } catch (e) {
    if (e instanceof PySyntaxError) throw inCopy(e.diagnostic, e.diagnostic.line, e.diagnostic.column, e.diagnostic.endLine, e.diagnostic.endColumn);
    throw e;
  }
  const ts = new TokenStream(tokens);
  const parser = new ExpressionParser(ts);
  try {
    return parser.parseStarExpressions();
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // The parser's positions are the source's: back to the copy's (the inverse of place).
    const d = e.diagnostic;
    const copyColumn = (line: number, column: number) => (line === origin.line ? column - origin.col : column);
    const endLine = d.endLine ?? d.line;
    throw inCopy(d, d.line - origin.line + 1, copyColumn(d.line, d.column), d.endLine === undefined ? undefined : endLine - origin.line + 1,
      d.endColumn === undefined ? undefined : copyColumn(endLine, d.endColumn));
  }
}

/**
 * Where a field's expression ends (at its '!', ':' or '}'), as fstring_find_expr scans it, with its errors:
 * brackets matched on a stack, strings skipped, no backslash or '#' anywhere in it.
 */
function fieldExpressionEnd(body: string, start: number, after: Token): number {
  const open: string[] = [];
  let quote: string | null = null;
  let j = start;
  for (; j < body.length; j++) {
    const d = body[j];
    if (d === '\\') throw fstringError('expression part cannot include a backslash', after, false);
    if (quote !== null) {
      if (body.startsWith(quote, j)) {
        j += quote.length - 1;
        quote = null;
      }
      continue;
    }
    if (d === "'" || d === '"') {
      quote = body.startsWith(d.repeat(3), j) ? d.repeat(3) : d;
      j += quote.length - 1;
    } else if (d === '(' || d === '[' || d === '{') open.push(d);
    else if (d === '#') throw fstringError("expression part cannot include '#'", after, false);
    else if (open.length === 0 && (d === '!' || d === ':' || d === '}' || d === '=' || d === '<' || d === '>')) {
      // !=, ==, <= and >= are operators; a lone < or > does not end the expression, a lone = does (the `{x=}`
      // specifier, read after the expression is parsed).
      if (body[j + 1] === '=' && d !== ':' && d !== '}') j++;
      else if (d !== '<' && d !== '>') break;
    } else if (d === ')' || d === ']' || d === '}') {
      const opening = open.pop();
      if (opening === undefined) throw fstringError(`unmatched '${d}'`, after);
      if (CLOSER[opening] !== d) throw fstringError(`closing parenthesis '${d}' does not match opening parenthesis '${opening}'`, after);
    }
  }
  if (quote !== null) throw fstringError('unterminated string', after);
  if (open.length > 0) throw fstringError(`unmatched '${open[open.length - 1]}'`, after);
  if (j >= body.length) throw fstringError("expecting '}'", after);
  return j;
}

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * Splits an f-string body into literal text and `{expr!conv:spec}` fields; `after` is the token after the literals.
 * `specDepth` counts the format specs around this body: a field two specs deep is refused (fstring_find_expr).
 */
export function parseFString(t: Token, raw: boolean, after: Token, bodyStart = 0, specDepth = 0): (A.Constant | A.FormattedValue)[] {
  // A format spec's fields are parsed from its slice of the body: `bodyStart` is where that slice starts.
  const body = t.value.slice(bodyStart);
  const out: (A.Constant | A.FormattedValue)[] = [];
  const span = { line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
  let text = '';
  let i = 0;
  const pushText = () => {
    if (text) out.push({ kind: 'Constant', value: raw ? text : decodeEscapes(text, (message) => escapeError(message, after)), ...span });
    text = '';
  };
  while (i < body.length) {
    const c = body[i];
    if (!raw && c === '\\' && (body[i + 1] === '\\' || body[i + 1] === 'N')) {
      // fstring_find_literal: an escaped backslash is no escape of what follows; the braces of \N{...} are the name's.
      const end = body[i + 1] === 'N' && body[i + 2] === '{' ? body.indexOf('}', i + 3) + 1 || body.length : i + 2;
      text += body.slice(i, end);
      i = end;
      continue;
    }
    // Doubled braces are literal only at the top level (in a spec, f'{0:{3}}' ends with two closing braces).
    if (c === '{' && body[i + 1] === '{' && specDepth === 0) {
      text += '{';
      i += 2;
    } else if (c === '}' && body[i + 1] === '}' && specDepth === 0) {
      text += '}';
      i += 2;
    } else if (c === '}') {
      throw fstringError("single '}' is not allowed", after);
    } else if (c === '{') {
      if (specDepth >= 2) throw fstringError('expressions nested too deeply', after);
      pushText();
      let j = fieldExpressionEnd(body, i + 1, after);
      const value = parseEmbeddedExpression(body.slice(i + 1, j), t, bodyStart + i, after, body[j]);
      // fstring_find_expr: after the expression, '=' and the blanks after it are the text a debug field shows.
      let debugText = '';
      if (body[j] === '=') {
        j++;
        while (j < body.length && /\s/.test(body[j])) j++;
        debugText = body.slice(i + 1, j);
      }
      let conversion: 's' | 'r' | 'a' | null = null;
      if (body[j] === '!') {
        const conv = body[j + 1];
        if (conv !== 's' && conv !== 'r' && conv !== 'a') {
          throw fstringError("invalid conversion character: expected 's', 'r', or 'a'", after);
        }
        conversion = conv;
        j += 2;
      }
      let formatSpec: A.JoinedStr | null = null;
      if (body[j] === ':') {
        let k = j + 1;
        let d2 = 0;
        for (; k < body.length; k++) {
          if (body[k] === '{') d2++;
          else if (body[k] === '}') {
            if (d2 === 0) break;
            d2--;
          }
        }
        const specTok: Token = { ...t, value: t.value.slice(0, bodyStart + k) };
        formatSpec = { kind: 'JoinedStr', values: parseFString(specTok, raw, after, bodyStart + j + 1, specDepth + 1), ...span };
        j = k;
      }
      if (body[j] !== '}') throw fstringError("expecting '}'", after);
      if (debugText) {
        out.push({ kind: 'Constant', value: debugText, ...span });
        if (!conversion && !formatSpec) conversion = 'r';
      }
      out.push({ kind: 'FormattedValue', value, conversion, formatSpec, ...span });
      i = j + 1;
    } else {
      text += c;
      i++;
    }
  }
  pushText();
  return out;
}

