// Recursive-descent parsing of expressions, from lambda and ternaries down to atoms, plus f-strings and targets.

import type * as A from '../ast';
import { PySyntaxError } from '../errors';
import { Tok, type Token } from './tokenizer';
import { parseFString } from './fstrings';
import { toTarget } from './targets';
import { KEYWORDS, TokenStream } from './tokenStream';

const COMPARE_OPS: Record<string, A.CompareOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};
const BIN_OPS: Record<string, A.BinaryOperator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd',
};


export class ExpressionParser {
  /** Brackets currently open: some constructs are valid only inside them. */
  nesting = 0;
  constructor(readonly ts: TokenStream) {}

  private span(start: Token | A.Span): A.Span {
    return this.ts.spanFrom(start);
  }

  // star_expressions: star_expression (',' star_expression)* [','] — a bare tuple when there is a comma
  parseStarExpressions(): A.Expr {
    const start = this.ts.current;
    const first = this.parseStarExpression();
    if (!this.ts.isOp(',')) return first;
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.parseStarExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
  }

  // star_expression: '*' bitwise_or | expression
  parseStarExpression(): A.Expr {
    const start = this.ts.current;
    if (this.ts.eatOp('*')) {
      const value = this.parseBitOr();
      return { kind: 'Starred', value, ctx: 'load', ...this.span(start) };
    }
    return this.parseExpression();
  }

  /** Whether the current token can begin an expression (used after trailing commas). */
  startsExpression(): boolean {
    const t = this.ts.current;
    if (t.kind === Tok.Name) return !KEYWORDS.has(t.value) || ['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'].includes(t.value);
    if (t.kind === Tok.Number || t.kind === Tok.String || t.kind === Tok.FString) return true;
    return t.kind === Tok.Op && ['(', '[', '{', '-', '+', '~', '*', '...'].includes(t.value);
  }

  // expression: lambdef | disjunction ['if' disjunction 'else' expression]
  parseExpression(): A.Expr {
    if (this.ts.isKeyword('lambda')) return this.parseLambda();
    const start = this.ts.current;
    const body = this.parseOr();
    if (this.ts.isKeyword('if')) {
      this.ts.next();
      const test = this.parseOr();
      if (!this.ts.eatKeyword('else')) throw this.ts.errorAt(start, "expected 'else' after 'if' expression");
      const orelse = this.parseExpression();
      return { kind: 'IfExp', test, body, orelse, ...this.span(start) };
    }
    if (this.ts.isOp(':=') && this.nesting > 0) {
      throw this.ts.errorAt(this.ts.current, 'assignment expressions (:=) are not supported in this playground');
    }
    return body;
  }

  // lambdef: 'lambda' [params] ':' expression
  private parseLambda(): A.Expr {
    const start = this.ts.next();
    const args = this.parseParameters(':', false);
    this.ts.expectOp(':');
    const body = this.parseExpression();
    return { kind: 'Lambda', args, body, ...this.span(start) };
  }

  /**
   * Parameters up to `closer` (')' for def, ':' for lambda):
   * [posonly '/'] args ['*' [vararg] kwonly] ['**' kwarg], defaults, annotations when allowed.
   */
  parseParameters(closer: string, annotations: boolean): A.Arguments {
    const posonly: A.Arg[] = [];
    let args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    const kwonly: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let vararg: A.Arg | null = null;
    let kwarg: A.Arg | null = null;
    let seenStar = false;
    const names = new Set<string>();
    const parseArg = (): A.Arg => {
      const t = this.ts.current;
      if (t.kind !== Tok.Name || KEYWORDS.has(t.value)) throw this.ts.invalidSyntax();
      this.ts.next();
      if (names.has(t.value)) throw this.ts.errorAt(t, `duplicate argument '${t.value}' in function definition`);
      names.add(t.value);
      if (annotations && this.ts.eatOp(':')) this.parseExpression();
      return { kind: 'arg', arg: t.value, ...this.span(t) };
    };
    while (!this.ts.isOp(closer)) {
      if (this.ts.isOp('/')) {
        if (seenStar || posonly.length > 0 || args.length === 0) throw this.ts.invalidSyntax();
        this.ts.next();
        posonly.push(...args);
        args = [];
      } else if (this.ts.isOp('**')) {
        this.ts.next();
        kwarg = parseArg();
      } else if (this.ts.isOp('*')) {
        this.ts.next();
        if (seenStar) throw this.ts.invalidSyntax();
        seenStar = true;
        if (!this.ts.isOp(',') && !this.ts.isOp(closer)) vararg = parseArg();
      } else {
        const a = parseArg();
        let dflt: A.Expr | null = null;
        if (this.ts.eatOp('=')) dflt = this.parseExpression();
        if (seenStar) {
          kwonly.push(a);
          kwDefaults.push(dflt);
        } else {
          args.push(a);
          if (dflt) defaults.push(dflt);
          else if (defaults.length > 0) throw this.ts.errorAt(a, 'non-default argument follows default argument');
        }
      }
      if (!this.ts.eatOp(',')) break;
      if (kwarg && !this.ts.isOp(closer)) throw this.ts.invalidSyntax();
    }
    if (posonly.length > 0 && defaults.length > args.length) {
      // Defaults may start inside the positional-only group.
    }
    return { posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kwDefaults, kwarg, defaults };
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  private parseOr(): A.Expr {
    const start = this.ts.current;
    const first = this.parseAnd();
    if (!this.ts.isKeyword('or')) return first;
    const values = [first];
    while (this.ts.eatKeyword('or')) values.push(this.parseAnd());
    return { kind: 'BoolOp', op: 'Or', values, ...this.span(start) };
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  private parseAnd(): A.Expr {
    const start = this.ts.current;
    const first = this.parseNot();
    if (!this.ts.isKeyword('and')) return first;
    const values = [first];
    while (this.ts.eatKeyword('and')) values.push(this.parseNot());
    return { kind: 'BoolOp', op: 'And', values, ...this.span(start) };
  }

  // inversion: 'not' inversion | comparison
  private parseNot(): A.Expr {
    const start = this.ts.current;
    if (this.ts.eatKeyword('not')) {
      const operand = this.parseNot();
      return { kind: 'UnaryOp', op: 'Not', operand, ...this.span(start) };
    }
    return this.parseComparison();
  }

  // comparison: bitwise_or (compare_op bitwise_or)*
  private parseComparison(): A.Expr {
    const start = this.ts.current;
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
      comparators.push(this.parseBitOr());
    }
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, ...this.span(start) };
  }

  private binaryLevel(next: () => A.Expr, operators: string[]): A.Expr {
    const start = this.ts.current;
    let left = next();
    for (;;) {
      const t = this.ts.current;
      if (t.kind !== Tok.Op || !operators.includes(t.value)) return left;
      this.ts.next();
      const right = next();
      left = { kind: 'BinOp', left, op: BIN_OPS[t.value], right, ...this.span(start) };
    }
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor (and so on down to term)
  parseBitOr(): A.Expr {
    return this.binaryLevel(() => this.parseBitXor(), ['|']);
  }
  private parseBitXor(): A.Expr {
    return this.binaryLevel(() => this.parseBitAnd(), ['^']);
  }
  private parseBitAnd(): A.Expr {
    return this.binaryLevel(() => this.parseShift(), ['&']);
  }
  private parseShift(): A.Expr {
    return this.binaryLevel(() => this.parseSum(), ['<<', '>>']);
  }
  private parseSum(): A.Expr {
    return this.binaryLevel(() => this.parseTerm(), ['+', '-']);
  }
  private parseTerm(): A.Expr {
    return this.binaryLevel(() => this.parseFactor(), ['*', '/', '//', '%', '@']);
  }

  // factor: ('+' | '-' | '~') factor | power
  private parseFactor(): A.Expr {
    const start = this.ts.current;
    if (start.kind === Tok.Op && (start.value === '+' || start.value === '-' || start.value === '~')) {
      this.ts.next();
      const operand = this.parseFactor();
      const op: A.UnaryOperator = start.value === '+' ? 'UAdd' : start.value === '-' ? 'USub' : 'Invert';
      return { kind: 'UnaryOp', op, operand, ...this.span(start) };
    }
    return this.parsePower();
  }

  // power: primary ['**' factor]
  private parsePower(): A.Expr {
    const start = this.ts.current;
    if (this.ts.isKeyword('await')) throw this.ts.errorAt(start, "'await' is not supported in this playground");
    const base = this.parsePrimary();
    if (this.ts.eatOp('**')) {
      const right = this.parseFactor();
      return { kind: 'BinOp', left: base, op: 'Pow', right, ...this.span(start) };
    }
    return base;
  }

  // primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
  parsePrimary(): A.Expr {
    const start = this.ts.current;
    let e = this.parseAtom();
    for (;;) {
      if (this.ts.eatOp('.')) {
        const name = this.ts.current;
        if (name.kind !== Tok.Name) throw this.ts.invalidSyntax();
        this.ts.next();
        e = { kind: 'Attribute', value: e, attr: name.value, ctx: 'load', ...this.span(start) };
      } else if (this.ts.isOp('(')) {
        this.ts.next();
        const { args, keywords } = this.parseCallArguments();
        this.ts.expectOp(')');
        e = { kind: 'Call', func: e, args, keywords, ...this.span(start) };
      } else if (this.ts.isOp('[')) {
        this.ts.next();
        const slice = this.parseSlices();
        this.ts.expectOp(']');
        e = { kind: 'Subscript', value: e, slice, ctx: 'load', ...this.span(start) };
      } else return e;
    }
  }

  /** '(' arguments ')' for class bases. */
  parsePrimaryCallArgs(): { args: A.Expr[]; keywords: A.Keyword[] } {
    this.ts.expectOp('(');
    const r = this.parseCallArguments();
    this.ts.expectOp(')');
    return r;
  }

  // arguments: (starred_expression | expression | NAME '=' expression | '**' expression) (',' ...)* [',']
  private parseCallArguments(): { args: A.Expr[]; keywords: A.Keyword[] } {
    this.nesting++;
    try {
      return this.parseCallArgumentsInner();
    } finally {
      this.nesting--;
    }
  }

  private parseCallArgumentsInner(): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    while (!this.ts.isOp(')')) {
      const start = this.ts.current;
      if (this.ts.eatOp('**')) {
        const value = this.parseExpression();
        keywords.push({ kind: 'keyword', arg: null, value, ...this.span(start) });
      } else if (this.ts.isOp('*')) {
        this.ts.next();
        const value = this.parseExpression();
        args.push({ kind: 'Starred', value, ctx: 'load', ...this.span(start) });
      } else if (start.kind === Tok.Name && this.ts.peek().kind === Tok.Op && this.ts.peek().value === '=') {
        this.ts.next();
        this.ts.next();
        const value = this.parseExpression();
        keywords.push({ kind: 'keyword', arg: start.value, value, ...this.span(start) });
      } else {
        const value = this.parseExpression();
        if (this.ts.isOp('=')) {
          throw this.ts.errorAt(value, 'expression cannot contain assignment, perhaps you meant "=="?');
        }
        if (this.ts.isKeyword('for')) {
          const gen = this.parseComprehensionTail('GeneratorExp', value, start);
          args.push(gen);
        } else {
          if (keywords.some((k) => k.arg !== null)) throw this.ts.errorAt(value, 'positional argument follows keyword argument');
          if (keywords.length > 0) throw this.ts.errorAt(value, 'positional argument follows keyword argument unpacking');
          args.push(value);
        }
      }
      if (!this.ts.eatOp(',')) break;
    }
    return { args, keywords };
  }

  // slices: slice | slice (',' slice)* [',']
  private parseSlices(): A.Expr {
    const start = this.ts.current;
    const first = this.parseSlice();
    if (!this.ts.isOp(',')) return first;
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(']')) break;
      elts.push(this.parseSlice());
    }
    return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  private parseSlice(): A.Expr {
    const start = this.ts.current;
    let lower: A.Expr | null = null;
    if (!this.ts.isOp(':')) {
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
  private parseAtom(): A.Expr {
    const t = this.ts.current;
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
    this.nesting++;
    try {
      return this.parseParenthesizedInner();
    } finally {
      this.nesting--;
    }
  }

  private parseParenthesizedInner(): A.Expr {
    const start = this.ts.next();
    if (this.ts.isOp(')')) {
      this.ts.next();
      return { kind: 'Tuple', elts: [], ctx: 'load', ...this.span(start) };
    }
    if (this.ts.isKeyword('yield')) {
      const y = this.parseYield();
      this.ts.expectOp(')');
      return y;
    }
    const first = this.parseStarExpression();
    if (this.ts.isKeyword('for')) {
      const gen = this.parseComprehensionTail('GeneratorExp', first, start);
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
      elts.push(this.parseStarExpression());
    }
    if (!this.ts.isOp(')')) throw this.missingCommaOrInvalid(start);
    this.ts.next();
    return { kind: 'Tuple', elts, ctx: 'load', ...this.span(start) };
  }

  private missingCommaOrInvalid(_open: Token): PySyntaxError {
    const t = this.ts.current;
    if (this.startsExpression()) {
      const prev = this.ts.previous;
      return new PySyntaxError({ type: 'SyntaxError', message: 'invalid syntax. Perhaps you forgot a comma?', line: prev.line, column: prev.col + 1, endLine: t.endLine, endColumn: t.endCol + 1 });
    }
    return this.ts.invalidSyntax();
  }

  // list: '[' [star_named_expressions] ']' | listcomp
  private parseListDisplay(): A.Expr {
    const start = this.ts.next();
    if (this.ts.eatOp(']')) return { kind: 'List', elts: [], ctx: 'load', ...this.span(start) };
    const first = this.parseStarExpression();
    if (this.ts.isKeyword('for')) {
      const comp = this.parseComprehensionTail('ListComp', first, start);
      this.ts.expectOp(']');
      return { ...comp, ...this.span(start) } as A.Expr;
    }
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(']')) break;
      elts.push(this.parseStarExpression());
    }
    if (!this.ts.isOp(']')) throw this.missingCommaOrInvalid(start);
    this.ts.next();
    return { kind: 'List', elts, ctx: 'load', ...this.span(start) };
  }

  // dict | set | dictcomp | setcomp
  private parseBraceDisplay(): A.Expr {
    const start = this.ts.next();
    if (this.ts.eatOp('}')) return { kind: 'Dict', keys: [], values: [], ...this.span(start) };
    if (this.ts.isOp('**')) return this.parseDictRest(start, null, null);
    const first = this.parseStarExpression();
    if (this.ts.eatOp(':')) {
      const value = this.parseExpression();
      if (this.ts.isKeyword('for')) {
        const generators = this.parseComprehensionClauses();
        this.ts.expectOp('}');
        return { kind: 'DictComp', key: first, value, generators, ...this.span(start) };
      }
      return this.parseDictRest(start, first, value);
    }
    if (this.ts.isKeyword('for')) {
      const comp = this.parseComprehensionTail('SetComp', first, start);
      this.ts.expectOp('}');
      return { ...comp, ...this.span(start) } as A.Expr;
    }
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp('}')) break;
      elts.push(this.parseStarExpression());
    }
    if (!this.ts.isOp('}')) throw this.missingCommaOrInvalid(start);
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
        if (!this.ts.isOp('}')) throw this.missingCommaOrInvalid(start);
      }
    }
    while (!this.ts.isOp('}')) {
      if (this.ts.eatOp('**')) {
        keys.push(null);
        values.push(this.parseBitOr());
      } else {
        keys.push(this.parseExpression());
        this.ts.expectOp(':');
        values.push(this.parseExpression());
      }
      if (!this.ts.eatOp(',')) break;
    }
    if (!this.ts.isOp('}')) throw this.missingCommaOrInvalid(start);
    this.ts.next();
    return { kind: 'Dict', keys, values, ...this.span(start) };
  }

  private parseComprehensionTail(kind: 'ListComp' | 'SetComp' | 'GeneratorExp', elt: A.Expr, start: Token): A.Expr {
    if (elt.kind === 'Starred') throw this.ts.errorAt(elt, 'iterable unpacking cannot be used in comprehension');
    const generators = this.parseComprehensionClauses();
    return { kind, elt, generators, ...this.span(start) } as A.Expr;
  }

  // for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
  private parseComprehensionClauses(): A.Comprehension[] {
    const generators: A.Comprehension[] = [];
    while (this.ts.isKeyword('for')) {
      this.ts.next();
      const target = toTarget(this.parseTargetList(), 'store', this.ts);
      if (!this.ts.eatKeyword('in')) throw this.ts.invalidSyntax();
      const iter = this.parseOr();
      const ifs: A.Expr[] = [];
      while (this.ts.eatKeyword('if')) ifs.push(this.parseOr());
      generators.push({ kind: 'comprehension', target, iter, ifs });
    }
    return generators;
  }

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
    while (this.ts.current.kind === Tok.String || this.ts.current.kind === Tok.FString) {
      const t = this.ts.next();
      if (t.kind === Tok.String) {
        text += t.value;
        continue;
      }
      hasF = true;
      for (const piece of parseFString(t, t.prefix?.includes('r') ?? false)) {
        if (piece.kind === 'Constant') text += piece.value as string;
        else {
          flush(t);
          parts.push(piece);
        }
      }
    }
    if (!hasF) return { kind: 'Constant', value: text, ...this.span(start) };
    flush(start);
    return { kind: 'JoinedStr', values: parts, ...this.span(start) };
  }
}

function parseNumber(text: string): bigint | number {
  const s = text.replace(/_/g, '');
  if (/^0[xX]/.test(s)) return BigInt(s);
  if (/^0[oO]/.test(s)) return BigInt('0o' + s.slice(2));
  if (/^0[bB]/.test(s)) return BigInt('0b' + s.slice(2));
  if (/[.eE]/.test(s)) return Number(s);
  return BigInt(s);
}

export { toTarget, describeExpression } from './targets';
