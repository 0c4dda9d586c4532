// The atoms of expressions: names, numbers, strings and f-strings, and the bracketed displays (groups, tuples,
// lists, dicts, sets, comprehensions), with the parser's shared state. ExpressionParser adds the operators above them.

import type * as A from '../ast';
import { PySyntaxError, unlocatedDiagnostic } from '../errors';
import { Tok, type Token } from './tokenizer';
import { escapeError, parseFString } from './fstrings';
import { SOFT_KEYWORDS, trailingDisjunction } from './invalidExpression';
import { toTarget } from './targets';
import { KEYWORDS, TokenStream } from './tokenStream';

/**
 * CPython's PEG parser counts nested rule calls (p->level) and fails with a bare MemoryError past MAXSTACK.
 * The parser here follows the grammar's rule nesting closely enough to count the same levels for expressions
 * (each function notes the rules it stands for), while keeping chains of operators in loops: its own
 * JavaScript stack stays far shallower than the levels it counts.
 */
const MAX_PARSER_LEVEL = 6000;

export abstract class AtomParser {
  /**
   * Brackets currently open around the expression being read (a comprehension's `in` and `if` parts count none:
   * they are disjunctions, without invalid_expression). Inside them `x[]` ends the element at `x` (see parsePrimary).
   */
  nesting = 0;
  /** The PEG rule nesting CPython's parser would be at (see MAX_PARSER_LEVEL). */
  level = 0;
  /**
   * An assignment's target positions (the statement start, after each `=`) are first tried as targets:
   * CPython's t_primary rules read the primary there, much higher up than the expression rules later do (those
   * then find its parts memoized). `shallowPrimaryAt` is that token's index, `shallowPrimaryLevel` the level
   * of t_primary_raw there.
   */
  shallowPrimaryAt = -1;
  shallowPrimaryLevel = 0;
  constructor(readonly ts: TokenStream) {}

  /** Enters `rules` nested grammar rules. */
  enter(rules: number): void {
    if ((this.level += rules) > MAX_PARSER_LEVEL) throw new PySyntaxError(unlocatedDiagnostic('MemoryError', ''));
  }

  protected span(start: Token | A.Span): A.Span {
    return this.ts.spanFrom(start);
  }

  // The expression rules above the atoms (ExpressionParser): displays hold expressions.
  abstract parseExpression(): A.Expr;
  abstract parseStarExpressions(): A.Expr;
  abstract parseStarNamedExpression(): A.Expr;
  abstract parseNamedExpression(): A.Expr;
  abstract parseBitOr(): A.Expr;
  abstract startsExpression(): boolean;
  abstract parseTargetList(): A.Expr;
  protected abstract parseOr(): A.Expr;

  /**
   * Runs `read` as a lookahead, then goes back: one of CPython's invalid_ rules reads on before raising its
   * error, and a deferred tokenizer error it meets (a bracket never closed) is raised instead.
   */
  protected readOnForDeferredError(read: () => unknown): void {
    const { pos } = this.ts;
    const { level, nesting } = this;
    try {
      read();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || this.ts.isDeferredTokenizerError(e)) throw e;
    } finally {
      this.ts.pos = pos;
      this.level = level;
      this.nesting = nesting;
    }
  }

  /**
   * `for x if y`: star_expressions read on into a conditional expression. Without its `else` that is
   * invalid_expression's "expected 'else' after 'if' expression" (from the target to the condition); with it,
   * an assignment to a conditional expression. A condition that does not parse leaves the plain error.
   */
  private throwIfConditionalTarget(target: A.Expr): void {
    const pos = this.ts.pos;
    this.ts.next();
    const test = this.parsedOrNull(() => this.parseOr());
    let message = "expected 'else' after 'if' expression";
    let end = test;
    if (test && this.ts.eatKeyword('else')) {
      end = this.parsedOrNull(() => this.parseExpression());
      message = 'cannot assign to conditional expression';
    } else if (this.ts.isOp(':')) {
      end = null;
    }
    if (!end) {
      this.ts.pos = pos;
      return;
    }
    throw new PySyntaxError({ type: 'SyntaxError', message, line: target.line, column: target.col + 1, endLine: end.endLine, endColumn: end.endCol + 1 });
  }

  /** What `read` parses outside brackets, or null if it meets a syntax error (a tokenizer's deferred one is raised). */
  private parsedOrNull(read: () => A.Expr): A.Expr | null {
    try {
      return this.outsideBrackets(read);
    } catch (e) {
      if (e instanceof PySyntaxError && !this.ts.isDeferredTokenizerError(e)) return null;
      throw e;
    }
  }

  /** Reads a disjunction or bitwise_or, which has no invalid_expression: an `x[]` in it is read as a subscript. */
  protected outsideBrackets<T>(read: () => T): T {
    const nesting = this.nesting;
    this.nesting = 0;
    try {
      return read();
    } finally {
      this.nesting = nesting;
    }
  }

  /**
   * After a parameter's default or annotation inside brackets, an expression where ',' belongs: the "Perhaps you
   * forgot a comma?" of invalid_expression (null when none follows).
   */
  missingCommaAfter(e: A.Expr): PySyntaxError | null {
    return this.nesting > 0 && this.startsExpression() ? this.missingCommaOrInvalid(e) : null;
  }

  /** Reads what a bracket just opened holds. */
  protected insideBrackets<T>(read: () => T): T {
    this.nesting++;
    try {
      return read();
    } finally {
      this.nesting--;
    }
  }

  parseAtom(): A.Expr {
    const t = this.ts.current;
    // The atom rule's level (the displays count it in the levels they add for their items).
    this.enter(1);
    this.level -= 1;
    switch (t.kind) {
      case Tok.Name: {
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          this.ts.next();
          return { kind: 'Constant', value: t.value === 'None' ? null : t.value === 'True', ...this.span(t) };
        }
        if (KEYWORDS.has(t.value)) throw this.ts.invalidSyntax();
        this.ts.next();
        return { kind: 'Name', id: t.value, ctx: 'load', ...this.span(t) };
      }
      case Tok.Number:
        this.ts.next();
        checkLiteralDigits(t);
        return { kind: 'Constant', value: parseNumber(t.value), ...this.span(t) };
      case Tok.String:
      case Tok.FString:
        return this.parseStrings();
      case Tok.Op:
        if (t.value === '(') return this.parseParenthesized();
        if (t.value === '[') return this.parseListDisplay();
        if (t.value === '{') return this.parseBraceDisplay();
        if (t.value === '...') {
          this.ts.next();
          return { kind: 'Constant', value: { ellipsis: true }, ...this.span(t) };
        }
        break;
      case Tok.Newline:
      case Tok.EndOfFile:
        throw this.ts.invalidSyntax();
    }
    throw this.ts.invalidSyntax();
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  parseYield(): A.Expr {
    const start = this.ts.next();
    if (this.ts.eatKeyword('from')) {
      const value = this.parseExpression();
      return { kind: 'YieldFrom', value, ...this.span(start) };
    }
    const value = this.startsExpression() ? this.parseStarExpressions() : null;
    return { kind: 'Yield', value, ...this.span(start) };
  }

  // group | tuple | genexp
  private parseParenthesized(): A.Expr {
    return this.insideBrackets(() => this.parseParenthesizedInner());
  }

  private parseParenthesizedInner(): A.Expr {
    const start = this.ts.next();
    if (this.ts.isOp(')')) {
      this.ts.next();
      return { kind: 'Tuple', elts: [], ctx: 'load', ...this.span(start) };
    }
    if (this.ts.isKeyword('yield')) {
      const y = this.parseYield() as A.Yield | A.YieldFrom;
      if (!this.ts.isOp(')') && y.value) throw this.missingCommaOrInvalid(lastElement(y.value));
      this.ts.expectOp(')');
      return y;
    }
    // Levels below primary_raw: atom, (tuple|group|genexp), tuple, its group, star_named_expression (5), then
    // named_expression (parseStarExpression stands for both); a generator's clauses: atom, the group, genexp (3).
    this.enter(5);
    const first = this.parseStarNamedExpression();
    this.level -= 5;
    if (this.atComprehensionFor()) {
      this.enter(3);
      const gen = this.parseComprehensionTail('GeneratorExp', first, start);
      this.level -= 3;
      this.ts.expectOp(')');
      return { ...gen, ...this.span(start) } as A.Expr;
    }
    if (this.ts.isOp(')')) {
      this.ts.next();
      if (first.kind === 'Starred') throw this.ts.errorAt(first, 'cannot use starred expression here');
      return first;
    }
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(')')) break;
      // star_named_expressions, its gather and (after the second item) the gather's loop
      const rules = elts.length === 1 ? 7 : 8;
      this.enter(rules);
      elts.push(this.parseStarNamedExpression());
      this.level -= rules;
    }
    if (!this.ts.isOp(')')) throw this.missingCommaOrInvalid(elts[elts.length - 1], elts.length === 1);
    this.ts.next();
    return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
  }

  /**
   * Inside brackets, an element followed directly by an expression (invalid_expression): "Perhaps you forgot a
   * comma?" from the start of the disjunction ending the element to the end of that expression; a bare `print`
   * or `exec` before one is invalid_legacy_expression's "Missing parentheses"; anything else invalid syntax.
   */
  protected missingCommaOrInvalid(last: A.Expr | null, starredSeen = false): PySyntaxError {
    const plain = this.ts.invalidSyntax();
    const a = last && trailingDisjunction(last, starredSeen);
    if (!a || !this.startsExpression()) return plain;
    const first = this.ts.tokens.find((t) => t.line === a.line && t.col === a.col);
    const legacy = a.kind === 'Name' && (a.id === 'print' || a.id === 'exec');
    // !(NAME STRING | SOFT_KEYWORD): `x "a"` and `match x` are left to the plain error.
    if (!legacy && a.kind === 'Name' && (this.ts.current.kind === Tok.String || this.ts.current.kind === Tok.FString)) return plain;
    if (first?.kind === Tok.Name && SOFT_KEYWORDS.has(first.value)) return plain;
    let b: A.Expr;
    try {
      b = legacy ? this.parseStarExpressions() : this.parseExpression();
    } catch (e) {
      if (e instanceof PySyntaxError && !this.ts.isDeferredTokenizerError(e)) return plain;
      throw e;
    }
    const message = legacy ? `Missing parentheses in call to '${(a as A.Name).id}'. Did you mean ${(a as A.Name).id}(...)?` : 'invalid syntax. Perhaps you forgot a comma?';
    return new PySyntaxError({ type: 'SyntaxError', message, line: a.line, column: a.col + 1, endLine: b.endLine, endColumn: b.endCol + 1 });
  }

  // list: '[' [star_named_expressions] ']' | listcomp
  private parseListDisplay(): A.Expr {
    return this.insideBrackets(() => this.parseListDisplayInner());
  }

  private parseListDisplayInner(): A.Expr {
    const start = this.ts.next();
    if (this.ts.eatOp(']')) return { kind: 'List', elts: [], ctx: 'load', ...this.span(start) };
    // atom, (list|listcomp), list, star_named_expressions, its gather, star_named_expression (6); clauses: 3
    this.enter(6);
    const first = this.parseStarNamedExpression();
    this.level -= 6;
    if (this.atComprehensionFor()) {
      this.enter(3);
      const comp = this.parseComprehensionTail('ListComp', first, start);
      this.level -= 3;
      this.ts.expectOp(']');
      return { ...comp, ...this.span(start) } as A.Expr;
    }
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(']') || this.atComprehensionFor()) break;
      this.enter(7);
      elts.push(this.parseStarNamedExpression());
      this.level -= 7;
    }
    if (this.atComprehensionFor()) this.throwIfUnparenthesizedTarget(elts);
    if (!this.ts.isOp(']')) throw this.missingCommaOrInvalid(elts[elts.length - 1], elts.length === 1);
    this.ts.next();
    return { kind: 'List', elts, ctx: 'load', ...this.span(start) };
  }

  // dict | set | dictcomp | setcomp
  private parseBraceDisplay(): A.Expr {
    return this.insideBrackets(() => this.parseBraceDisplayInner());
  }

  private parseBraceDisplayInner(): A.Expr {
    const start = this.ts.next();
    if (this.ts.eatOp('}')) return { kind: 'Dict', keys: [], values: [], ...this.span(start) };
    if (this.ts.isOp('**')) return this.parseDictRest(start, null, null);
    // atom, (dict|set|...), dict, double_starred_kvpairs, its gather, double_starred_kvpair (6), kvpair; clauses: 3
    this.enter(6);
    const first = this.parseStarNamedExpression();
    this.level -= 6;
    if (first.kind === 'NamedExpr' && this.ts.isOp(':')) throw this.ts.invalidSyntax();
    if (this.ts.isOp(':')) {
      const value = this.parseDictValue(7);
      if (this.atComprehensionFor()) {
        this.enter(3);
        const generators = this.parseComprehensionClauses();
        this.level -= 3;
        this.ts.expectOp('}');
        return { kind: 'DictComp', key: first, value, generators, ...this.span(start) };
      }
      return this.parseDictRest(start, first, value);
    }
    if (this.atComprehensionFor()) {
      this.enter(3);
      const comp = this.parseComprehensionTail('SetComp', first, start);
      this.level -= 3;
      this.ts.expectOp('}');
      return { ...comp, ...this.span(start) } as A.Expr;
    }
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp('}') || this.atComprehensionFor()) break;
      this.enter(7);
      elts.push(this.parseStarNamedExpression());
      this.level -= 7;
    }
    if (this.atComprehensionFor()) this.throwIfUnparenthesizedTarget(elts);
    if (!this.ts.isOp('}')) throw this.missingCommaOrInvalid(elts[elts.length - 1], elts.length === 1);
    this.ts.next();
    return { kind: 'Set', elts, ...this.span(start) };
  }

  private parseDictRest(start: Token, firstKey: A.Expr | null, firstValue: A.Expr | null): A.Expr {
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    if (firstValue) {
      keys.push(firstKey);
      values.push(firstValue);
      if (!this.ts.eatOp(',')) {
        if (!this.ts.isOp('}')) throw this.missingCommaOrInvalid(firstValue);
      }
    }
    while (!this.ts.isOp('}')) {
      // atom included; later pairs: one loop rule deeper than the first
      const rules = keys.length === 0 ? 7 : 8;
      const stars = this.ts.current;
      if (this.ts.eatOp('**')) {
        keys.push(null);
        this.enter(rules);
        values.push(this.outsideBrackets(() => this.parseBitOr()));
        this.level -= rules;
        // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}', marked at the '**'.
        if (keys.length === 1 && this.atComprehensionFor()) {
          throw new PySyntaxError({
            type: 'SyntaxError', message: 'dict unpacking cannot be used in dict comprehension',
            line: stars.line, column: stars.col + 1, endLine: stars.endLine, endColumn: stars.endCol + 1,
          });
        }
      } else {
        this.enter(rules);
        const key = this.parseExpression();
        this.level -= rules;
        // invalid_kvpair, after a first pair and a comma; the caret on the key's last character.
        if (!this.ts.isOp(':')) throw new PySyntaxError({ type: 'SyntaxError', message: "':' expected after dictionary key", line: key.line, column: key.endCol, endLine: key.endLine, endColumn: 0 });
        keys.push(key);
        values.push(this.parseDictValue(rules));
      }
      if (!this.ts.eatOp(',')) break;
    }
    if (!this.ts.isOp('}')) throw this.missingCommaOrInvalid(keys[keys.length - 1] === null ? null : values[values.length - 1] ?? null);
    this.ts.next();
    return { kind: 'Dict', keys, values, ...this.span(start) };
  }

  /** A dict pair's ':' and value (`rules`: the grammar rules above the value), with invalid_kvpair's errors. */
  private parseDictValue(rules: number): A.Expr {
    const colon = this.ts.next();
    if (this.ts.isOp('}') || this.ts.isOp(',')) throw this.ts.errorAt(colon, "expression expected after dictionary key and ':'");
    if (this.ts.isOp('*')) {
      const star = this.ts.next();
      this.parseBitOr();
      // From the '*' to the token after its operand.
      const after = this.ts.current;
      throw new PySyntaxError({
        type: 'SyntaxError', message: 'cannot use a starred expression in a dictionary value',
        line: star.line, column: star.col + 1, endLine: after.line, endColumn: after.col + 1,
      });
    }
    this.enter(rules);
    const value = this.parseExpression();
    this.level -= rules;
    return value;
  }

  /**
   * invalid_comprehension, at a `for` after a list or set display's elements: when the clauses parse, `[a, b for ...]`
   * is marked from the first element to the last, `[a, for ...]` from the element to its comma. Otherwise the parser
   * goes back to the `for`, which is then the plain error.
   */
  private throwIfUnparenthesizedTarget(elts: A.Expr[]): void {
    const comma = this.ts.previous;
    const end: A.Span = elts.length === 1 ? comma : elts[elts.length - 1];
    const { pos, furthest } = this.ts;
    try {
      this.parseComprehensionClauses();
    } catch (e) {
      if (e instanceof PySyntaxError && !this.ts.isDeferredTokenizerError(e)) {
        this.ts.pos = pos;
        this.ts.furthest = furthest;
        return;
      }
      throw e;
    }
    const a = elts[0];
    throw new PySyntaxError({
      type: 'SyntaxError', message: 'did you forget parentheses around the comprehension target?',
      line: a.line, column: a.col + 1, endLine: end.endLine, endColumn: end.endCol + 1,
    });
  }

  protected parseComprehensionTail(kind: 'ListComp' | 'SetComp' | 'GeneratorExp', elt: A.Expr, start: Token): A.Expr {
    if (elt.kind === 'Starred') throw this.ts.errorAt(elt, 'iterable unpacking cannot be used in comprehension');
    const generators = this.parseComprehensionClauses();
    return { kind, elt, generators, ...this.span(start) } as A.Expr;
  }

  /** At a comprehension's `for` or `async for`. */
  protected atComprehensionFor(): boolean {
    if (this.ts.isKeyword('for')) return true;
    // peek() only after `async`: looking ahead may meet a tokenizer error the parser must report later.
    if (!this.ts.isKeyword('async')) return false;
    const next = this.ts.peek();
    return next.kind === Tok.Name && next.value === 'for';
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  protected parseComprehensionClauses(): A.Comprehension[] {
    const generators: A.Comprehension[] = [];
    while (this.atComprehensionFor()) {
      const isAsync = this.ts.isKeyword('async');
      if (isAsync) this.ts.next();
      this.ts.next();
      const targets = this.parseTargetList();
      // invalid_for_target reads the targets as star_expressions: `for x range(3)` is a missing comma there.
      const lastTarget = targets.kind === 'Tuple' ? targets.elts[targets.elts.length - 1] ?? null : targets;
      if (!this.ts.isKeyword('in') && this.startsExpression()) throw this.missingCommaOrInvalid(lastTarget);
      if (lastTarget && this.ts.isKeyword('if')) this.throwIfConditionalTarget(lastTarget);
      const target = toTarget(targets, 'store', this.ts);
      if (!this.ts.eatKeyword('in')) throw this.ts.invalidSyntax();
      // for_if_clauses, its loop and for_if_clause; the conditions a loop and a group deeper
      this.enter(3);
      const iter = this.outsideBrackets(() => this.parseOr());
      this.level -= 3;
      const ifs: A.Expr[] = [];
      while (this.ts.eatKeyword('if')) {
        this.enter(5);
        ifs.push(this.outsideBrackets(() => this.parseOr()));
        this.level -= 5;
      }
      generators.push(isAsync ? { kind: 'comprehension', target, iter, ifs, isAsync } : { kind: 'comprehension', target, iter, ifs });
    }
    return generators;
  }

  // STRING+ : adjacent literals concatenate; any f-string makes the whole a JoinedStr
  private parseStrings(): A.Expr {
    const start = this.ts.current;
    const parts: (A.Constant | A.FormattedValue)[] = [];
    let hasF = false;
    let text = '';
    const flush = (t: Token) => {
      if (text !== '') parts.push({ kind: 'Constant', value: text, ...this.span(t) });
      text = '';
    };
    const isBytes = this.ts.current.prefix?.includes('b') ?? false;
    const literals: Token[] = [];
    while (this.ts.current.kind === Tok.String || this.ts.current.kind === Tok.FString) literals.push(this.ts.next());
    // CPython joins the literals (and parses f-strings) after reading the token that follows, and reports there.
    const next = this.ts.current;
    for (const t of literals) {
      // Checked literal by literal: an f-string before the first bytes literal has its errors reported first.
      if ((t.prefix?.includes('b') ?? false) !== isBytes) {
        throw new PySyntaxError({ type: 'SyntaxError', message: 'cannot mix bytes and nonbytes literals', line: next.line, column: next.col + 1, endLine: next.line, endColumn: next.col + 1 });
      }
      if (t.kind === Tok.String) {
        if (t.escapeError !== undefined) throw escapeError(t.escapeError, next);
        text += t.value;
        continue;
      }
      hasF = true;
      for (const piece of parseFString(t, t.prefix?.includes('r') ?? false, next)) {
        if (piece.kind === 'Constant') text += piece.value as string;
        else {
          flush(t);
          parts.push(piece);
        }
      }
    }
    if (isBytes) return { kind: 'Constant', value: { bytes: text }, ...this.span(start) };
    if (!hasF) return { kind: 'Constant', value: text, ...this.span(start) };
    flush(start);
    return { kind: 'JoinedStr', values: parts, ...this.span(start) };
  }
}

/** sys.get_int_max_str_digits() while parsing: compile() and exec() set it from the running interpreter. */
let literalDigitLimit = 4300;

export function withLiteralDigitLimit<T>(limit: number, parse: () => T): T {
  const saved = literalDigitLimit;
  literalDigitLimit = limit;
  try {
    return parse();
  } finally {
    literalDigitLimit = saved;
  }
}

/** A decimal int literal longer than the limit is a SyntaxError (reported without a column, as CPython does). */
function checkLiteralDigits(t: Token): void {
  if (literalDigitLimit <= 0 || !/^[0-9][0-9_]*$/.test(t.value)) return;
  const digits = t.value.replace(/_/g, '').length;
  if (digits <= Math.max(literalDigitLimit, 640)) return;
  throw new PySyntaxError({
    type: 'SyntaxError', line: t.line, column: 0, endLine: t.line, endColumn: 0,
    message: `Exceeds the limit (${literalDigitLimit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
  });
}

function parseNumber(text: string): A.ConstantValue {
  const s = text.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return { imag: Number(s.slice(0, -1)), real: 0 };
  if (/^0[xX]/.test(s)) return BigInt(s);
  if (/^0[oO]/.test(s)) return BigInt('0o' + s.slice(2));
  if (/^0[bB]/.test(s)) return BigInt('0b' + s.slice(2));
  if (/[.eE]/.test(s)) return Number(s);
  return BigInt(s);
}

/** A tuple's last item (a yield's values), or the expression itself. */
function lastElement(e: A.Expr): A.Expr {
  return e.kind === 'Tuple' && e.elts.length > 0 ? e.elts[e.elts.length - 1] : e;
}
