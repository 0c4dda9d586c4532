// Recursive-descent parsing of expressions, from lambda and ternaries down to primaries (calls, subscripts,
// attributes), plus parameters and targets; the atoms and displays below them are AtomParser's (atomParser.ts).

import { lastOfSlices } from './invalidExpression';
import type * as A from '../ast';
import { PySyntaxError } from '../errors';
import { Tok, type Token } from './tokenizer';
import { namedExpressionTargetName } from './targets';
import { KEYWORDS } from './tokenStream';
import { AtomParser } from './atomParser';
import { parseParameterList } from './parameterParser';

const COMPARE_OPS: Record<string, A.CompareOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};
const BIN_OPS: Record<string, A.BinaryOperator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd',
};
/** Precedence of the left-associative binary operators, bitwise_or (1) down to term (6). */
const BINARY_PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};

/** A call's arguments; `bareGenerator` is a generator expression written without its own parentheses. */
interface CallArguments {
  args: A.Expr[];
  keywords: A.Keyword[];
  bareGenerator: A.Expr | null;
  /** The `for` after a bare generator expression's element. */
  bareGeneratorFor: Token | null;
}

/** A keyword argument's name: a NAME token, or True/False/None, which invalid_kwarg reports by name. */
function isKeywordArgumentName(name: string): boolean {
  return !KEYWORDS.has(name) || name === 'True' || name === 'False' || name === 'None';
}

/** RAISE_SYNTAX_ERROR_KNOWN_RANGE's span: from the start of one node or token to the end of another. */
function spanFromTo(from: A.Span, to: A.Span): A.Span {
  return { line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol };
}

export class ExpressionParser extends AtomParser {
  // star_expressions: star_expression (',' star_expression)* [','] — a bare tuple when there is a comma
  parseStarExpressions(): A.Expr {
    const start = this.ts.current;
    this.enter(1);
    try {
      const first = this.parseStarExpression();
      if (!this.ts.isOp(',')) return first;
      const elts = [first];
      // Later items: a loop rule and a group rule deeper.
      this.enter(2);
      while (this.ts.eatOp(',')) {
        if (!this.startsExpression()) break;
        elts.push(this.parseStarExpression());
      }
      this.level -= 2;
      return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
    } finally {
      this.level -= 1;
    }
  }

  // star_expression: '*' bitwise_or | expression
  parseStarExpression(): A.Expr {
    const start = this.ts.current;
    this.enter(1);
    try {
      if (this.ts.eatOp('*')) {
        const value = this.parseBitOr();
        return { kind: 'Starred', value, ctx: 'load', ...this.span(start) };
      }
      return this.parseExpression();
    } finally {
      this.level -= 1;
    }
  }

  // star_named_expression: '*' bitwise_or | named_expression (at parseStarExpression's levels)
  parseStarNamedExpression(): A.Expr {
    if (this.ts.isOp('*')) return this.parseStarExpression();
    this.enter(1);
    try {
      return this.parseNamedExpression();
    } finally {
      this.level -= 1;
    }
  }

  /**
   * named_expression: assignment_expression | expression !':='. invalid_named_expression names a bad target of
   * ':=', and a `=` after it (in a condition, a display's item, a group, a decorator) is "Maybe you meant '==' or
   * ':='" from a name to the value, or "cannot assign to X here" for another target.
   */
  parseNamedExpression(): A.Expr {
    if (this.startsAssignmentExpression()) return this.parseAssignmentExpression();
    const e = this.parseExpression();
    if (this.ts.isOp(':=')) throw this.ts.errorAt(e, `cannot use assignment expressions with ${namedExpressionTargetName(e)}`);
    if (this.ts.isOp('=')) {
      const error = this.assignmentInNamedExpression(e);
      if (error) throw error;
    }
    return e;
  }

  /** An if/elif/while condition. */
  parseCondition(): A.Expr {
    return this.parseNamedExpression();
  }

  private assignmentInNamedExpression(a: A.Expr): PySyntaxError | null {
    // The target must be a bitwise_or, and neither a list, tuple, generator nor True/False/None.
    if (['Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'List', 'Tuple', 'GeneratorExp'].includes(a.kind)) return null;
    if (a.kind === 'UnaryOp' && a.op === 'Not') return null;
    if (a.kind === 'Constant' && (a.value === null || typeof a.value === 'boolean')) return null;
    // When the rule does not match, the '=' is where the condition stops being valid.
    const equals = this.ts.next();
    let b: A.Expr;
    try {
      b = this.parseBitOr();
    } catch (e) {
      if (e instanceof PySyntaxError && !this.ts.isDeferredTokenizerError(e)) return this.ts.errorAt(equals, 'invalid syntax');
      throw e;
    }
    if (this.ts.isOp('=') || this.ts.isOp(':=')) return this.ts.errorAt(equals, 'invalid syntax');
    if (a.kind !== 'Name') return this.ts.errorAt(a, `cannot assign to ${namedExpressionTargetName(a)} here. Maybe you meant '==' instead of '='?`);
    return new PySyntaxError({ type: 'SyntaxError', message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: a.line, column: a.col + 1, endLine: b.endLine, endColumn: b.endCol + 1 });
  }

  /**
   * invalid_named_expression for `a = b`, where a (beginning at token `from`) is the expression before a
   * statement's first '=': the hint when a is a bitwise_or (nor a list, tuple, generator or True/False/None) and
   * b a bitwise_or followed by neither '=' nor ':='. Comparisons, `not`, boolean operators, conditionals, lambdas
   * and yields are a bitwise_or only in parentheses, which `from` then is.
   */
  assignmentHint(a: A.Expr, from: Token): PySyntaxError | null {
    if (['Starred', 'List', 'Tuple', 'GeneratorExp'].includes(a.kind)) return null;
    if (a.kind === 'Constant' && (a.value === null || typeof a.value === 'boolean')) return null;
    const parenthesized = a.line !== from.line || a.col !== from.col;
    const belowBitOr = ['Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Yield', 'YieldFrom'].includes(a.kind) || (a.kind === 'UnaryOp' && a.op === 'Not');
    if (belowBitOr && !parenthesized) return null;
    const saved = this.ts.pos;
    const level = this.level;
    let b: A.Expr | null;
    try {
      this.ts.next();
      b = this.bitOrPrefix();
      if (!b || this.ts.isOp('=') || this.ts.isOp(':=')) return null;
    } finally {
      this.ts.pos = saved;
      this.level = level;
    }
    if (a.kind === 'Name' && !parenthesized) {
      return new PySyntaxError({ type: 'SyntaxError', message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: a.line, column: a.col + 1, endLine: b.endLine, endColumn: b.endCol + 1 });
    }
    return this.ts.errorAt(a, `cannot assign to ${namedExpressionTargetName(a)} here. Maybe you meant '==' instead of '='?`);
  }

  /**
   * The longest bitwise_or here, as the PEG finds it: one failing to continue (`1 +`, `g(1 +)`) is still its valid
   * start, the unary operators and first atom. Null when there is none; the position is left after what was read.
   */
  private bitOrPrefix(): A.Expr | null {
    const start = this.ts.pos;
    const level = this.level;
    try {
      return this.parseBitOr();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || this.ts.isDeferredTokenizerError(e)) throw e;
    }
    this.ts.pos = start;
    this.level = level;
    while (this.ts.isOp('-') || this.ts.isOp('+') || this.ts.isOp('~')) this.ts.next();
    try {
      return this.parseAtom();
    } catch (e) {
      if (!(e instanceof PySyntaxError) || this.ts.isDeferredTokenizerError(e)) throw e;
      return null;
    }
  }

  startsAssignmentExpression(): boolean {
    const t = this.ts.current;
    if (t.kind !== Tok.Name || KEYWORDS.has(t.value)) return false;
    const next = this.ts.peek();
    return next.kind === Tok.Op && next.value === ':=';
  }

  // assignment_expression: NAME ':=' ~ expression
  parseAssignmentExpression(): A.Expr {
    const name = this.ts.next();
    this.ts.next();
    const value = this.parseExpression();
    const target: A.Name = { kind: 'Name', id: name.value, ctx: 'store', line: name.line, col: name.col, endLine: name.endLine, endCol: name.endCol };
    return { kind: 'NamedExpr', target, value, ...this.span(name) };
  }

  /** Whether the current token can begin an expression (used after trailing commas). */
  startsExpression(): boolean {
    const t = this.ts.current;
    if (t.kind === Tok.Name) return !KEYWORDS.has(t.value) || ['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'].includes(t.value);
    if (t.kind === Tok.Number || t.kind === Tok.String || t.kind === Tok.FString) return true;
    return t.kind === Tok.Op && ['(', '[', '{', '-', '+', '~', '*', '...'].includes(t.value);
  }

  // expression: lambdef | disjunction ['if' disjunction 'else' expression]
  // Chains of lambdas and conditional expressions nest to the right: parsed in a loop, built afterwards.
  parseExpression(): A.Expr {
    const base = this.level;
    const pending: ({ kind: 'lambda'; start: Token; args: A.Arguments } | { kind: 'if'; start: Token; body: A.Expr; test: A.Expr })[] = [];
    let result: A.Expr;
    try {
      for (;;) {
        this.enter(1);
        if (this.ts.isKeyword('lambda')) {
          // lambdef, then its body expression
          const start = this.ts.next();
          this.enter(1);
          const args = this.parseParameters(':');
          // lambdef's ':' is not a forced token: a missing one is plain invalid syntax.
          if (!this.ts.isOp(':')) throw this.ts.invalidSyntax();
          this.ts.next();
          pending.push({ kind: 'lambda', start, args });
          continue;
        }
        const start = this.ts.current;
        const body = this.parseOr();
        if (this.ts.isKeyword('if')) {
          this.ts.next();
          const test = this.parseOr();
          if (!this.ts.eatKeyword('else')) {
            // invalid_expression: `a if b` with neither `else` nor ':' after it, marked from a to b's end.
            if (this.ts.isOp(':')) throw this.ts.invalidSyntax();
            throw new PySyntaxError({ type: 'SyntaxError', message: "expected 'else' after 'if' expression", line: body.line, column: body.col + 1, endLine: test.endLine, endColumn: test.endCol + 1 });
          }
          pending.push({ kind: 'if', start, body, test });
          continue;
        }
        result = body;
        break;
      }
    } finally {
      this.level = base;
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i];
      result = p.kind === 'lambda'
        ? { kind: 'Lambda', args: p.args, body: result, ...this.span(p.start) }
        : { kind: 'IfExp', test: p.test, body: p.body, orelse: result, ...this.span(p.start) };
    }
    return result;
  }

  /** A def's parameters up to ')', a lambda's up to ':' (see parseParameterList). */
  parseParameters(closer: ')' | ':'): A.Arguments {
    return closer === ')' ? this.insideBrackets(() => parseParameterList(this, closer)) : parseParameterList(this, closer);
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  protected parseOr(): A.Expr {
    const start = this.ts.current;
    this.enter(1);
    try {
      const first = this.parseAnd();
      if (!this.ts.isKeyword('or')) return first;
      const values = [first];
      // ('or' conjunction)+ : a loop rule and a group rule
      this.enter(2);
      while (this.ts.eatKeyword('or')) values.push(this.parseAnd());
      this.level -= 2;
      return { kind: 'BoolOp', op: 'Or', values, ...this.span(start) };
    } finally {
      this.level -= 1;
    }
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  private parseAnd(): A.Expr {
    const start = this.ts.current;
    this.enter(1);
    try {
      const first = this.parseNot();
      if (!this.ts.isKeyword('and')) return first;
      const values = [first];
      this.enter(2);
      while (this.ts.eatKeyword('and')) values.push(this.parseNot());
      this.level -= 2;
      return { kind: 'BoolOp', op: 'And', values, ...this.span(start) };
    } finally {
      this.level -= 1;
    }
  }

  // inversion: 'not' inversion | comparison (a chain of `not` in a loop)
  private parseNot(): A.Expr {
    const base = this.level;
    const starts: Token[] = [];
    let operand: A.Expr;
    try {
      this.enter(1);
      while (this.ts.isKeyword('not')) {
        starts.push(this.ts.next());
        this.enter(1);
      }
      operand = this.parseComparison();
    } finally {
      this.level = base;
    }
    for (let i = starts.length - 1; i >= 0; i--) operand = { kind: 'UnaryOp', op: 'Not', operand, ...this.span(starts[i]) };
    return operand;
  }

  // comparison: bitwise_or (compare_op bitwise_or)*
  private parseComparison(): A.Expr {
    const start = this.ts.current;
    this.enter(1);
    const left = this.parseBitOr();
    const ops: A.CompareOperator[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.ts.current;
      let op: A.CompareOperator | null = null;
      if (t.kind === Tok.Op && COMPARE_OPS[t.value]) {
        op = COMPARE_OPS[t.value];
        this.ts.next();
      } else if (this.ts.isKeyword('in')) {
        op = 'In';
        this.ts.next();
      } else if (this.ts.isKeyword('not') && this.ts.peek().kind === Tok.Name && this.ts.peek().value === 'in') {
        op = 'NotIn';
        this.ts.next();
        this.ts.next();
      } else if (this.ts.isKeyword('is')) {
        this.ts.next();
        op = this.ts.eatKeyword('not') ? 'IsNot' : 'Is';
      }
      if (!op) break;
      ops.push(op);
      // a loop rule, compare_op_bitwise_or_pair and the operator's rule
      this.enter(3);
      comparators.push(this.parseBitOr());
      this.level -= 3;
    }
    this.level -= 1;
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, ...this.span(start) };
  }

  /**
   * bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor, and so on down to term: six left-recursive rules
   * (each a rule and its _raw helper: two levels), parsed by precedence climbing in one loop.
   */
  parseBitOr(): A.Expr {
    this.enter(12);
    try {
      return this.parseBinaryOperands();
    } finally {
      this.level -= 12;
    }
  }

  private parseBinaryOperands(): A.Expr {
    // Each operand with the tokens it spans: a parenthesized operand's node starts inside its brackets.
    const operands: { node: A.Expr; first: Token; last: Token }[] = [];
    const operators: Token[] = [];

    const reduce = () => {
      const right = operands.pop()!;
      const left = operands.pop()!;
      const op = operators.pop()!;
      const node: A.Expr = {
        kind: 'BinOp', left: left.node, op: BIN_OPS[op.value], right: right.node,
        line: left.first.line, col: left.first.col, endLine: right.last.endLine, endCol: right.last.endCol,
      };
      operands.push({ node, first: left.first, last: right.last });
    };
    let first = this.ts.current;
    operands.push({ node: this.parseFactor(), first, last: this.ts.previous });
    for (;;) {
      const t = this.ts.current;
      const precedence = t.kind === Tok.Op ? BINARY_PRECEDENCE[t.value] : undefined;
      if (precedence === undefined) break;
      while (operators.length > 0 && BINARY_PRECEDENCE[operators[operators.length - 1].value] >= precedence) reduce();
      this.ts.next();
      operators.push(t);
      first = this.ts.current;
      operands.push({ node: this.parseFactor(), first, last: this.ts.previous });
    }
    while (operators.length > 0) reduce();
    return operands[0].node;
  }

  /**
   * factor: ('+' | '-' | '~') factor | power, and power: primary ['**' factor]. Unary operators and `**`
   * nest to the right: parsed in a loop, built afterwards.
   */
  private parseFactor(): A.Expr {
    const base = this.level;
    const pending: ({ unary: A.UnaryOperator; start: Token } | { powerOf: A.Expr; start: Token })[] = [];
    let result: A.Expr;
    try {
      for (;;) {
        const start = this.ts.current;
        this.enter(1); // factor
        if (start.kind === Tok.Op && (start.value === '+' || start.value === '-' || start.value === '~')) {
          this.ts.next();
          pending.push({ unary: start.value === '+' ? 'UAdd' : start.value === '-' ? 'USub' : 'Invert', start });
          continue;
        }
        this.enter(1); // power
        // await_primary: 'await' primary
        let primary: A.Expr;
        if (this.ts.isKeyword('await')) {
          this.ts.next();
          const value = this.parsePrimary();
          primary = { kind: 'Await', value, ...this.ts.spanFrom(start) };
        } else primary = this.parsePrimary();
        if (this.ts.eatOp('**')) {
          pending.push({ powerOf: primary, start });
          continue;
        }
        result = primary;
        break;
      }
    } finally {
      this.level = base;
    }
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i];
      result = 'unary' in p
        ? { kind: 'UnaryOp', op: p.unary, operand: result, ...this.span(p.start) }
        : { kind: 'BinOp', left: p.powerOf, op: 'Pow', right: result, ...this.span(p.start) };
    }
    return result;
  }

  // primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')* (await_primary, primary and its _raw helper)
  parsePrimary(): A.Expr {
    const start = this.ts.current;
    const outer = this.level;
    if (this.ts.pos === this.shallowPrimaryAt) this.level = this.shallowPrimaryLevel - 3;
    this.shallowPrimaryAt = -1;
    this.enter(3);
    let e = this.parseAtom();
    for (;;) {
      if (this.ts.eatOp('.')) {
        const name = this.ts.current;
        if (name.kind !== Tok.Name || KEYWORDS.has(name.value)) throw this.ts.invalidSyntax();
        this.ts.next();
        e = { kind: 'Attribute', value: e, attr: name.value, ctx: 'load', ...this.span(start) };
      } else if (this.ts.isOp('(')) {
        const open = this.ts.next();
        const { args, keywords, bareGenerator } = this.parseCallArguments();
        const close = this.ts.expectOp(')');
        // The call's parentheses are the generator expression's own (CPython's span covers them).
        if (bareGenerator) args[0] = { ...bareGenerator, line: open.line, col: open.col, endLine: close.endLine, endCol: close.endCol };
        e = { kind: 'Call', func: e, args, keywords, ...this.span(start) };
      } else if (this.ts.isOp('[')) {
        // Inside brackets `x[]` is no subscript: the element ends at `x`, and `[]` is the expression after it that
        // invalid_expression finds ("Perhaps you forgot a comma?"); a statement's `x[]` stays invalid syntax at `]`.
        if (this.nesting > 0 && this.ts.peek().kind === Tok.Op && this.ts.peek().value === ']') {
          this.level = outer;
          return e;
        }
        this.ts.next();
        this.enter(1); // slices
        const slice = this.insideBrackets(() => this.parseSlices());
        this.level -= 1;
        if (!this.ts.isOp(']') && this.startsExpression()) throw this.missingCommaOrInvalid(lastOfSlices(slice));
        this.ts.expectOp(']');
        e = { kind: 'Subscript', value: e, slice, ctx: 'load', ...this.span(start) };
      } else {
        this.level = outer;
        return e;
      }
    }
  }

  /** '(' arguments ')' for class bases. */
  parsePrimaryCallArgs(): { args: A.Expr[]; keywords: A.Keyword[] } {
    this.ts.expectOp('(');
    const r = this.parseCallArguments();
    // Class bases have no genexp alternative, and invalid_arguments lets a lone bare generator pass: the
    // first pass's "invalid syntax" stands, at the `for` it stopped on.
    if (r.bareGeneratorFor) throw this.ts.errorAt(r.bareGeneratorFor, 'invalid syntax');
    this.ts.expectOp(')');
    return r;
  }

  // arguments: (starred_expression | expression | NAME '=' expression | '**' expression) (',' ...)* [',']
  private parseCallArguments(): CallArguments {
    return this.insideBrackets(() => this.parseCallArgumentsInner());
  }

  /**
   * The rules between primary_raw and an argument's expression: the first positional argument is read by the
   * genexp alternative (genexp, its group: 2 rules); later ones through arguments, args, the gather, its loop
   * and two groups (6); a first keyword or starred argument through arguments, args, kwargs (or a group), the
   * gather and kwarg_or_starred (5), later ones also through the gather's loop (6).
   */
  private argumentRules(index: number, kind: 'positional' | 'starred' | 'keyword'): number {
    if (kind === 'positional' && index === 0) return 2;
    return index === 0 ? 5 : 6;
  }

  private parseCallArgumentsInner(): CallArguments {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const argumentExpression = (index: number, kind: 'positional' | 'starred' | 'keyword'): A.Expr => {
      const rules = this.argumentRules(index, kind);
      this.enter(rules);
      const value = this.parseExpression();
      this.level -= rules;
      return value;
    };
    // A generator expression without its own parentheses: it must be the only argument.
    let bareGenerator: A.Expr | null = null;
    let bareGeneratorFor: Token | null = null;
    let misplaced: string | null = null;
    while (!this.ts.isOp(')')) {
      if (bareGenerator) throw this.ts.errorAt(bareGenerator, 'Generator expression must be parenthesized');
      const start = this.ts.current;
      const index = args.length + keywords.length;
      if (this.ts.eatOp('**')) {
        const value = argumentExpression(index, 'keyword');
        keywords.push({ kind: 'keyword', arg: null, value, ...this.span(start) });
      } else if (this.ts.isOp('*')) {
        if (misplaced === null && keywords.some((k) => k.arg === null)) throw this.ts.errorAt(start, 'iterable argument unpacking follows keyword argument unpacking');
        this.ts.next();
        const value = argumentExpression(index, 'starred');
        args.push({ kind: 'Starred', value, ctx: 'load', ...this.span(start) });
      } else if (start.kind === Tok.Name && this.ts.peek().kind === Tok.Op && this.ts.peek().value === '=' && isKeywordArgumentName(start.value)) {
        this.ts.next();
        const equals = this.ts.next();
        // invalid_kwarg: True, False and None are keywords, named from the name through the '='.
        if (KEYWORDS.has(start.value)) throw this.ts.errorAt(spanFromTo(start, equals), `cannot assign to ${start.value}`);
        const value = argumentExpression(index, 'keyword');
        if (this.atComprehensionFor()) {
          throw this.ts.errorAt(spanFromTo(start, equals), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        keywords.push({ kind: 'keyword', arg: start.value, value, ...this.span(start) });
      } else {
        const value = this.startsAssignmentExpression() ? this.parseAssignmentExpression() : argumentExpression(index, 'positional');
        if (this.ts.isOp('=')) {
          throw this.ts.errorAt(spanFromTo(value, this.ts.current), 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        if (this.atComprehensionFor()) {
          const forToken = this.ts.current;
          const gen = this.parseComprehensionTail('GeneratorExp', value, start);
          if (bareGenerator || index > 0 || this.ts.isOp(',')) {
            // invalid_arguments reads the argument after the comma before it raises.
            if (this.ts.isOp(',')) this.readOnForDeferredError(() => {
              this.ts.next();
              this.parseExpression();
            });
            throw this.ts.errorAt(gen, 'Generator expression must be parenthesized');
          }
          bareGenerator = gen;
          bareGeneratorFor = forToken;
          args.push(gen);
        } else {
          if (keywords.length > 0) {
            misplaced ??= `positional argument follows keyword argument${keywords.some((k) => k.arg === null) ? ' unpacking' : ''}`;
          }
          args.push(value);
        }
      }
      if (!this.ts.eatOp(',')) break;
    }
    const lastArgument = [...args, ...keywords.map((k) => k.value)].sort((x, y) => x.line - y.line || x.col - y.col).pop() ?? null;
    if (!this.ts.isOp(')') && this.startsExpression()) throw this.missingCommaOrInvalid(lastArgument, true);
    // CPython's rule for this matches all the arguments first: its caret is on the ')' after them.
    if (misplaced !== null && this.ts.isOp(')')) throw this.ts.errorAt(this.ts.current, misplaced);
    return { args, keywords, bareGenerator, bareGeneratorFor };
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private parseSlices(): A.Expr {
    const start = this.ts.current;
    const first = this.parseSlice();
    // A starred item is no slice: alone it still makes the index a tuple (PEP 646, `x[*a]`).
    if (!this.ts.isOp(',') && first.kind !== 'Starred') return first;
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(']')) break;
      elts.push(this.parseSlice());
    }
    return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  // slice: its rule is the level parseStarExpression enters for the lower bound
  private parseSlice(): A.Expr {
    const start = this.ts.current;
    let lower: A.Expr | null = null;
    if (!this.ts.isOp(':')) {
      if (this.startsAssignmentExpression()) return this.parseAssignmentExpression();
      lower = this.parseStarExpression();
      if (!this.ts.isOp(':')) return lower;
    }
    this.ts.expectOp(':');
    const upper = this.ts.isOp(':') || this.ts.isOp(']') || this.ts.isOp(',') ? null : this.parseExpression();
    let step: A.Expr | null = null;
    if (this.ts.eatOp(':')) step = this.ts.isOp(']') || this.ts.isOp(',') ? null : this.parseExpression();
    return { kind: 'Slice', lower, upper, step, ...this.span(start) };
  }

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list | listcomp | dict | set | '...'

  /** A for-loop or comprehension target list: star_targets up to 'in'. */
  parseTargetList(): A.Expr {
    const start = this.ts.current;
    const first = this.parseTargetAtom();
    if (!this.ts.isOp(',')) return first;
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isKeyword('in') || this.ts.isOp('=')) break;
      elts.push(this.parseTargetAtom());
    }
    return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
  }

  private parseTargetAtom(): A.Expr {
    const start = this.ts.current;
    if (this.ts.eatOp('*')) {
      const value = this.parseBitOr();
      return { kind: 'Starred', value, ctx: 'load', ...this.span(start) };
    }
    return this.parseBitOr();
  }

}

export { toTarget, describeExpression } from './targets';
