// Parsing of match statement patterns (PEP 634), following CPython 3.11's grammar rules for patterns.

import type * as A from '../ast';
import { Tok, type Token } from './tokenizer';
import { KEYWORDS, type TokenStream } from './tokenStream';
import type { ExpressionParser } from './expressionParser';

export class PatternParser {
  constructor(readonly ts: TokenStream, readonly expr: ExpressionParser) {}

  private span(start: Token | A.Span): A.Span {
    return this.ts.spanFrom(start);
  }

  // patterns: open_sequence_pattern | pattern
  parsePatterns(): A.Pattern {
    const start = this.ts.current;
    const first = this.parseMaybeStarPattern();
    if (!this.ts.isOp(',')) {
      if (first.kind === 'MatchStar') return { kind: 'MatchSequence', patterns: [first], ...this.span(start) };
      return first;
    }
    const patterns = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(':') || this.ts.isKeyword('if')) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return { kind: 'MatchSequence', patterns, ...this.span(start) };
  }

  // maybe_star_pattern: star_pattern | pattern
  private parseMaybeStarPattern(): A.Pattern {
    const start = this.ts.current;
    if (this.ts.eatOp('*')) {
      const name = this.parseCaptureName();
      return { kind: 'MatchStar', name: name === '_' ? null : name, ...this.span(start) };
    }
    return this.parsePattern();
  }

  // pattern: or_pattern ['as' pattern_capture_target]
  parsePattern(): A.Pattern {
    const start = this.ts.current;
    const or = this.parseOrPattern();
    if (!this.ts.eatKeyword('as')) return or;
    const t = this.ts.current;
    const name = this.parseCaptureName();
    if (name === '_') throw this.ts.errorAt(t, "cannot use '_' as a target");
    return { kind: 'MatchAs', pattern: or, name, ...this.span(start) };
  }

  // or_pattern: '|'.closed_pattern+
  private parseOrPattern(): A.Pattern {
    const start = this.ts.current;
    const first = this.parseClosedPattern();
    if (!this.ts.isOp('|')) return first;
    const patterns = [first];
    while (this.ts.eatOp('|')) patterns.push(this.parseClosedPattern());
    return { kind: 'MatchOr', patterns, ...this.span(start) };
  }

  private parseCaptureName(): string {
    const t = this.ts.current;
    if (t.kind !== Tok.Name || KEYWORDS.has(t.value)) throw this.ts.invalidSyntax();
    this.ts.next();
    return t.value;
  }

  // closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
  private parseClosedPattern(): A.Pattern {
    const t = this.ts.current;
    if (t.kind === Tok.Number || t.kind === Tok.String || t.kind === Tok.FString || (t.kind === Tok.Op && t.value === '-')) {
      return this.parseLiteralPattern();
    }
    if (t.kind === Tok.Op) {
      if (t.value === '(') return this.parseGroupOrSequence(')');
      if (t.value === '[') return this.parseGroupOrSequence(']');
      if (t.value === '{') return this.parseMappingPattern();
      throw this.ts.invalidSyntax();
    }
    if (t.kind !== Tok.Name) throw this.ts.invalidSyntax();
    if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
      this.ts.next();
      return { kind: 'MatchSingleton', value: t.value === 'None' ? null : t.value === 'True', ...this.span(t) };
    }
    if (KEYWORDS.has(t.value)) throw this.ts.invalidSyntax();
    // name_or_attr, then a class pattern, a value pattern (dotted) or a capture.
    let target: A.Expr = this.nameAt(t);
    this.ts.next();
    while (this.ts.eatOp('.')) {
      const attr = this.ts.current;
      if (attr.kind !== Tok.Name || KEYWORDS.has(attr.value)) throw this.ts.invalidSyntax();
      this.ts.next();
      target = { kind: 'Attribute', value: target, attr: attr.value, ctx: 'load', ...this.span(t) };
    }
    if (this.ts.isOp('(')) return this.parseClassPattern(target, t);
    if (target.kind === 'Attribute') return { kind: 'MatchValue', value: target, ...this.span(t) };
    return { kind: 'MatchAs', pattern: null, name: t.value === '_' ? null : t.value, ...this.span(t) };
  }

  private nameAt(t: Token): A.Name {
    return { kind: 'Name', id: t.value, ctx: 'load', line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
  }

  // literal_pattern: signed_number | complex_number | strings
  private parseLiteralPattern(): A.Pattern {
    const start = this.ts.current;
    const value = this.parseLiteralExpr();
    return { kind: 'MatchValue', value, ...this.span(start) };
  }

  /** signed_number | strings, as an expression (mapping keys use it too). */
  private parseLiteralExpr(): A.Expr {
    const t = this.ts.current;
    if (t.kind === Tok.String || t.kind === Tok.FString) {
      const e = this.expr.parsePrimary();
      if (e.kind !== 'Constant') throw this.ts.errorAt(e, 'patterns may only match literals and attribute lookups');
      return e;
    }
    const negative = this.ts.eatOp('-');
    if (this.ts.current.kind !== Tok.Number) throw this.ts.invalidSyntax();
    // The number alone: `case 5():` is invalid syntax at the bracket, as in CPython's grammar.
    const value = this.expr.parseAtom();
    if (value.kind !== 'Constant') throw this.ts.errorAt(value, 'patterns may only match literals and attribute lookups');
    const signed: A.Expr = negative ? { kind: 'UnaryOp', op: 'USub', operand: value, ...this.span(t) } : value;
    if (!this.ts.isOp('+') && !this.ts.isOp('-')) return signed;
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    if (isImaginary(value)) throw this.ts.errorAt(value, 'real number required in complex literal');
    const op = this.ts.next().value === '+' ? 'Add' : 'Sub';
    if (this.ts.current.kind !== Tok.Number) throw this.ts.invalidSyntax();
    const imaginary = this.expr.parseAtom();
    if (imaginary.kind !== 'Constant') throw this.ts.errorAt(imaginary, 'patterns may only match literals and attribute lookups');
    if (!isImaginary(imaginary)) throw this.ts.errorAt(imaginary, 'imaginary number required in complex literal');
    return { kind: 'BinOp', left: signed, op, right: imaginary, line: t.line, col: t.col, endLine: imaginary.endLine, endCol: imaginary.endCol };
  }

  // group_pattern: '(' pattern ')' | sequence_pattern: '[' ... ']' | '(' open_sequence_pattern? ')'
  private parseGroupOrSequence(close: ')' | ']'): A.Pattern {
    const start = this.ts.next();
    const patterns: A.Pattern[] = [];
    let sawComma = false;
    while (!this.ts.isOp(close)) {
      patterns.push(this.parseMaybeStarPattern());
      if (!this.ts.eatOp(',')) break;
      sawComma = true;
    }
    this.ts.expectOp(close);
    if (close === ')' && patterns.length === 1 && !sawComma && patterns[0].kind !== 'MatchStar') {
      return patterns[0];
    }
    return { kind: 'MatchSequence', patterns, ...this.span(start) };
  }

  // mapping_pattern: '{' [items_pattern] [',' '**' pattern_capture_target] [','] '}'
  private parseMappingPattern(): A.Pattern {
    const start = this.ts.next();
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.ts.isOp('}')) {
      if (this.ts.eatOp('**')) {
        rest = this.parseCaptureName();
        this.ts.eatOp(',');
        break;
      }
      keys.push(this.parseMappingKey());
      if (!this.ts.eatOp(':')) throw this.ts.invalidSyntax();
      patterns.push(this.parsePattern());
      if (!this.ts.eatOp(',')) break;
    }
    this.ts.expectOp('}');
    return { kind: 'MatchMapping', keys, patterns, rest, ...this.span(start) };
  }

  // key_value_pattern's key: literal_expr | attr (None/True/False are literals here)
  private parseMappingKey(): A.Expr {
    const t = this.ts.current;
    if (t.kind === Tok.Name) {
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        this.ts.next();
        return { kind: 'Constant', value: t.value === 'None' ? null : t.value === 'True', ...this.span(t) };
      }
      let target: A.Expr = this.nameAt(t);
      this.ts.next();
      if (!this.ts.isOp('.')) throw this.ts.invalidSyntax();
      while (this.ts.eatOp('.')) {
        const attr = this.ts.current;
        if (attr.kind !== Tok.Name || KEYWORDS.has(attr.value)) throw this.ts.invalidSyntax();
        this.ts.next();
        target = { kind: 'Attribute', value: target, attr: attr.value, ctx: 'load', ...this.span(t) };
      }
      return target;
    }
    return this.parseLiteralExpr();
  }

  // class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
  private parseClassPattern(cls: A.Expr, start: Token): A.Pattern {
    this.ts.next();
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    while (!this.ts.isOp(')')) {
      const t = this.ts.current;
      const next = this.ts.peek();
      if (t.kind === Tok.Name && !KEYWORDS.has(t.value) && next.kind === Tok.Op && next.value === '=') {
        this.ts.next();
        this.ts.next();
        kwdAttrs.push(t.value);
        kwdPatterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwdAttrs.length > 0) throw this.ts.errorAt(p, 'positional patterns follow keyword patterns');
        patterns.push(p);
      }
      if (!this.ts.eatOp(',')) break;
    }
    this.ts.expectOp(')');
    return { kind: 'MatchClass', cls, patterns, kwdAttrs, kwdPatterns, ...this.span(start) };
  }
}

const isImaginary = (e: A.Constant): boolean => typeof e.value === 'object' && e.value !== null && 'imag' in e.value;
