// A def's or lambda's parameter list, with the errors of CPython's invalid_parameters, invalid_star_etc,
// invalid_kwds and invalid_default rules (and their lambda twins). A repeated name is the symbol table's error.

import type * as A from '../ast';
import { PySyntaxError } from '../errors';
import { Tok, type Token } from './tokenizer';
import { KEYWORDS, type TokenStream } from './tokenStream';

/** What the parameter list needs from the expression parser. */
export interface ParameterHost {
  readonly ts: TokenStream;
  level: number;
  enter(rules: number): void;
  parseExpression(): A.Expr;
  missingCommaAfter(e: A.Expr): PySyntaxError | null;
}

/**
 * Parameters up to `closer` (')' for def, ':' for lambda):
 * [posonly '/'] args ['*' [vararg] kwonly] ['**' kwarg], defaults, annotations for a def.
 */
export function parseParameterList(host: ParameterHost, closer: ')' | ':'): A.Arguments {
  const { ts } = host;
  const isDef = closer === ')';
  const posonly: A.Arg[] = [];
  let args: A.Arg[] = [];
  const defaults: A.Expr[] = [];
  const kwonly: A.Arg[] = [];
  const kwDefaults: (A.Expr | null)[] = [];
  let vararg: A.Arg | null = null;
  let kwarg: A.Arg | null = null;
  let star: Token | null = null;
  let slashSeen = false;
  const isName = (t: Token) => t.kind === Tok.Name && !KEYWORDS.has(t.value);
  const parseArg = (): A.Arg => {
    const t = ts.current;
    if (!isName(t)) throw ts.invalidSyntax();
    ts.next();
    const annotation = isDef && ts.eatOp(':') ? host.parseExpression() : null;
    const hint = annotation && host.missingCommaAfter(annotation);
    if (hint) throw hint;
    return { kind: 'arg', arg: t.value, annotation, ...ts.spanFrom(t) };
  };
  while (!ts.isOp(closer)) {
    const t = ts.current;
    if (ts.isOp('(') && !star && !slashSeen && defaults.length === 0) {
      const error = parenthesizedParameters(host, isDef);
      if (error) throw error;
    }
    if (ts.isOp('/')) {
      if (star) throw ts.errorAt(t, '/ must be ahead of *');
      if (slashSeen) throw ts.errorAt(t, '/ may appear only once');
      if (args.length === 0) {
        if (ts.peek().kind === Tok.Op && ts.peek().value === ',') throw ts.errorAt(t, 'at least one argument must precede /');
        throw ts.invalidSyntax();
      }
      ts.next();
      if (ts.isOp('*')) throw ts.errorAt(ts.current, 'expected comma between / and *');
      slashSeen = true;
      for (const a of args) posonly.push(a);
      args = [];
    } else if (ts.isOp('**')) {
      ts.next();
      kwarg = parseArg();
      if (ts.isOp('=')) throw ts.errorAt(ts.current, 'var-keyword argument cannot have default value');
      if (ts.eatOp(',') && !ts.isOp(closer)) {
        const next = ts.current;
        if (isName(next)) throw ts.errorAt(parseArg(), 'arguments cannot follow var-keyword argument');
        if (ts.isOp('*') || ts.isOp('**') || ts.isOp('/')) throw ts.errorAt(next, 'arguments cannot follow var-keyword argument');
        throw ts.invalidSyntax();
      }
      break;
    } else if (ts.isOp('*')) {
      const next = ts.peek();
      if (star) {
        // Followed by ',' or a parameter without a default (ended by ',' or the closer, or annotated).
        const after = ts.peek(2);
        const plainParam = isName(next) && after.kind === Tok.Op && (after.value === ',' || after.value === closer || (isDef && after.value === ':'));
        if ((next.kind === Tok.Op && next.value === ',') || plainParam) throw ts.errorAt(t, '* argument may appear only once');
        throw ts.invalidSyntax();
      }
      star = ts.next();
      if (ts.isOp(closer) || (ts.isOp(',') && bareStarEnds(ts, closer))) {
        // The lambda rule raises at the last token read: the closer or the '**'.
        throw ts.errorAt(isDef ? star : ts.current.kind === Tok.Op && ts.current.value === ',' ? ts.peek() : ts.current, 'named arguments must follow bare *');
      }
      if (!ts.isOp(',')) {
        vararg = parseArg();
        if (ts.isOp('=')) throw ts.errorAt(ts.current, 'var-positional argument cannot have default value');
      }
    } else {
      const a = parseArg();
      let dflt: A.Expr | null = null;
      if (ts.isOp('=')) {
        const equals = ts.next();
        if (ts.isOp(')') || ts.isOp(',')) throw ts.errorAt(equals, 'expected default value expression');
        // parameters, a parameter list rule, the parameter and its default sit between
        host.enter(5);
        dflt = host.parseExpression();
        host.level -= 5;
        const hint = host.missingCommaAfter(dflt);
        if (hint) throw hint;
      }
      if (star) {
        kwonly.push(a);
        kwDefaults.push(dflt);
      } else {
        args.push(a);
        if (dflt) defaults.push(dflt);
        else if (defaults.length > 0) throw ts.errorAt(a, 'non-default argument follows default argument');
      }
    }
    if (!ts.eatOp(',')) break;
  }
  return { posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kwDefaults, kwarg, defaults };
}

/** After `*` at a ',': whether the bare star is followed by nothing named (the closer or `**`). */
function bareStarEnds(ts: TokenStream, closer: string): boolean {
  const after = ts.peek();
  return after.kind === Tok.Op && (after.value === closer || after.value === '**');
}

/**
 * invalid_parameters' "Function parameters cannot be parenthesized" (lambda: "Lambda expression parameters"):
 * a group of plain names (a def's with annotations) in parentheses, read ahead from the current '('.
 */
function parenthesizedParameters(host: ParameterHost, isDef: boolean): PySyntaxError | null {
  const { ts } = host;
  const saved = ts.pos;
  const level = host.level;
  const open = ts.next();
  try {
    let count = 0;
    for (;;) {
      const t = ts.current;
      if (t.kind !== Tok.Name || KEYWORDS.has(t.value)) break;
      ts.next();
      if (isDef && ts.eatOp(':')) host.parseExpression();
      count++;
      // A def's param_no_default ends at ',' or before ')'; the lambda's names are separated by ','.
      if (!ts.eatOp(',')) break;
    }
    if (count === 0 || !ts.isOp(')')) return null;
    const close = ts.current;
    const what = isDef ? 'Function parameters' : 'Lambda expression parameters';
    return ts.errorAt({ line: open.line, col: open.col, endLine: close.endLine, endCol: close.endCol }, `${what} cannot be parenthesized`);
  } catch (e) {
    if (e instanceof PySyntaxError && !ts.isDeferredTokenizerError(e)) return null;
    throw e;
  } finally {
    ts.pos = saved;
    host.level = level;
  }
}
