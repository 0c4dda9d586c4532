// f-strings: splitting the body into literal text and {expression!conversion:spec} fields.

import type * as A from '../ast';
import { PySyntaxError } from '../errors';
import { tokenize, decodeEscapes, type Token } from './tokenizer';
import { TokenStream } from './tokenStream';
import { ExpressionParser } from './expressionParser';

/** Parses an expression that appears inside an f-string field. */
function parseEmbeddedExpression(text: string, at: Token): A.Expr {
  if (text.trim() === '') {
    throw new PySyntaxError({ type: 'SyntaxError', message: "f-string: empty expression not allowed", line: at.line, column: at.col + 1 });
  }
  let tokens: Token[];
  try {
    tokens = tokenize('(' + text + ')').map((t) => ({ ...t, line: at.line, endLine: at.line, col: at.col, endCol: at.endCol }));
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PySyntaxError({ ...e.diagnostic, message: 'f-string: ' + e.diagnostic.message, line: at.line });
    throw e;
  }
  const ts = new TokenStream(tokens);
  const parser = new ExpressionParser(ts);
  const e = parser.parseStarExpressions();
  return e;
}

/** Splits an f-string body into literal text and `{expr!conv:spec}` fields. */
export function parseFString(t: Token, raw: boolean): (A.Constant | A.FormattedValue)[] {
  const body = t.value;
  const out: (A.Constant | A.FormattedValue)[] = [];
  const span = { line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
  let text = '';
  let i = 0;
  const pushText = () => {
    if (text) out.push({ kind: 'Constant', value: raw ? text : decodeEscapes(text), ...span });
    text = '';
  };
  while (i < body.length) {
    const c = body[i];
    if (c === '{' && body[i + 1] === '{') {
      text += '{';
      i += 2;
    } else if (c === '}' && body[i + 1] === '}') {
      text += '}';
      i += 2;
    } else if (c === '}') {
      throw new PySyntaxError({ type: 'SyntaxError', message: "f-string: single '}' is not allowed", line: t.line, column: t.col + 1 });
    } else if (c === '{') {
      pushText();
      // Find the end of the expression: depth-aware, skipping strings.
      let j = i + 1;
      let depth = 0;
      let quote: string | null = null;
      for (; j < body.length; j++) {
        const d = body[j];
        if (quote) {
          if (d === quote) quote = null;
          continue;
        }
        if (d === "'" || d === '"') quote = d;
        else if (d === '(' || d === '[' || d === '{') depth++;
        else if (d === ')' || d === ']' || (d === '}' && depth > 0)) depth--;
        else if (depth === 0 && (d === '}' || d === ':' || (d === '!' && body[j + 1] !== '='))) break;
      }
      let exprText = body.slice(i + 1, j);
      let debugText = '';
      if (/=\s*$/.test(exprText) && !/[=!<>]=\s*$/.test(exprText)) {
        debugText = exprText;
        exprText = exprText.replace(/=\s*$/, '');
      }
      const value = parseEmbeddedExpression(exprText, t);
      let conversion: 's' | 'r' | 'a' | null = null;
      if (body[j] === '!') {
        const conv = body[j + 1];
        if (conv !== 's' && conv !== 'r' && conv !== 'a') {
          throw new PySyntaxError({ type: 'SyntaxError', message: "f-string: invalid conversion character: expected 's', 'r', or 'a'", line: t.line, column: t.col + 1 });
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
        const specTok: Token = { ...t, value: body.slice(j + 1, k) };
        formatSpec = { kind: 'JoinedStr', values: parseFString(specTok, raw), ...span };
        j = k;
      }
      if (body[j] !== '}') throw new PySyntaxError({ type: 'SyntaxError', message: "f-string: expecting '}'", line: t.line, column: t.col + 1 });
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

