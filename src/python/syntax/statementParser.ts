// Recursive-descent parsing of statements and blocks; the entry point parseModule.

import type * as A from '../ast';
import { Tok, tokenize, type Token } from './tokenizer';
import { TokenStream } from './tokenStream';
import type { PySyntaxError } from '../errors';
import { ExpressionParser, toTarget, describeExpression } from './expressionParser';

const AUG_OPS: Record<string, A.BinaryOperator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd',
};

const COMPOUND_NAMES: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  def: 'function definition', class: 'class definition',
};

class StatementParser {
  readonly expr: ExpressionParser;
  constructor(readonly ts: TokenStream) {
    this.expr = new ExpressionParser(ts);
  }

  // file: statements ENDMARKER
  parseFile(): A.Module {
    const body: A.Stmt[] = [];
    while (this.ts.current.kind !== Tok.EndOfFile) {
      if (this.ts.current.kind === Tok.Newline) {
        this.ts.next();
        continue;
      }
      if (this.ts.current.kind === Tok.Indent) throw this.ts.errorAt(this.ts.current, 'unexpected indent', 'IndentationError');
      body.push(...this.parseStatement());
    }
    return { kind: 'Module', body };
  }

  // statement: compound_stmt | simple_stmts
  private parseStatement(): A.Stmt[] {
    const t = this.ts.current;
    if (t.kind === Tok.Name) {
      switch (t.value) {
        case 'if': return [this.parseIf()];
        case 'while': return [this.parseWhile()];
        case 'for': return [this.parseFor()];
        case 'try': return [this.parseTry()];
        case 'def': return [this.parseFunctionDef([], t)];
        case 'class': return [this.parseClassDef([], t)];
        case 'with': throw this.ts.errorAt(t, "'with' statements are not supported in this playground");
        case 'async': throw this.ts.errorAt(t, "'async' is not supported in this playground");
        case 'match':
          if (this.ts.peek().kind === Tok.Name || this.ts.peek().kind === Tok.Number) {
            if (this.looksLikeMatch()) throw this.ts.errorAt(t, "'match' statements are not supported in this playground");
          }
          break;
      }
    }
    if (t.kind === Tok.Op && t.value === '@') return [this.parseDecorated()];
    return this.parseSimpleStatements();
  }

  private looksLikeMatch(): boolean {
    for (let i = this.ts.pos + 1; i < this.ts.tokens.length; i++) {
      const t = this.ts.tokens[i];
      if (t.kind === Tok.Newline) return this.ts.tokens[i - 1].kind === Tok.Op && this.ts.tokens[i - 1].value === ':';
    }
    return false;
  }

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  private parseSimpleStatements(): A.Stmt[] {
    const out: A.Stmt[] = [this.parseSimpleStatement()];
    while (this.ts.eatOp(';')) {
      if (this.ts.current.kind === Tok.Newline) break;
      out.push(this.parseSimpleStatement());
    }
    if (this.ts.current.kind !== Tok.Newline && this.ts.current.kind !== Tok.EndOfFile) throw this.unexpectedAfterStatement();
    if (this.ts.current.kind === Tok.Newline) this.ts.next();
    return out;
  }

  private unexpectedAfterStatement() {
    const prev = this.ts.previous;
    const t = this.ts.current;
    if (prev.kind === Tok.Name && prev.value === 'print' && (t.kind === Tok.String || t.kind === Tok.Name || t.kind === Tok.Number)) {
      return this.ts.errorAt(prev, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    }
    if (this.expr.startsExpression() && t.kind !== Tok.Op) {
      return this.ts.errorAt(t, 'invalid syntax');
    }
    return this.ts.invalidSyntax();
  }

  // simple_stmt: assignment | star_expressions | return | import | raise | pass | del | yield | assert | break | continue | global | nonlocal
  private parseSimpleStatement(): A.Stmt {
    const t = this.ts.current;
    if (t.kind === Tok.Name) {
      switch (t.value) {
        case 'pass': this.ts.next(); return { kind: 'Pass', ...this.ts.spanFrom(t) };
        case 'break': this.ts.next(); return { kind: 'Break', ...this.ts.spanFrom(t) };
        case 'continue': this.ts.next(); return { kind: 'Continue', ...this.ts.spanFrom(t) };
        case 'return': {
          this.ts.next();
          const value = this.expr.startsExpression() ? this.expr.parseStarExpressions() : null;
          return { kind: 'Return', value, ...this.ts.spanFrom(t) };
        }
        case 'raise': {
          this.ts.next();
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (this.expr.startsExpression()) {
            exc = this.expr.parseExpression();
            if (this.ts.eatKeyword('from')) cause = this.expr.parseExpression();
          }
          return { kind: 'Raise', exc, cause, ...this.ts.spanFrom(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.ts.next();
          const names: string[] = [];
          do {
            const n = this.ts.current;
            if (n.kind !== Tok.Name) throw this.ts.invalidSyntax();
            names.push(n.value);
            this.ts.next();
          } while (this.ts.eatOp(','));
          return { kind: t.value === 'global' ? 'Global' : 'Nonlocal', names, ...this.ts.spanFrom(t) } as A.Stmt;
        }
        case 'del': {
          this.ts.next();
          const targets: A.Expr[] = [];
          do {
            if (this.ts.current.kind === Tok.Newline) break;
            targets.push(toTarget(this.expr.parseBitOr(), 'del', this.ts, 'delete'));
          } while (this.ts.eatOp(','));
          return { kind: 'Delete', targets, ...this.ts.spanFrom(t) };
        }
        case 'assert': {
          this.ts.next();
          const test = this.expr.parseExpression();
          const msg = this.ts.eatOp(',') ? this.expr.parseExpression() : null;
          return { kind: 'Assert', test, msg, ...this.ts.spanFrom(t) };
        }
        case 'import': return this.parseImport();
        case 'from': return this.parseFromImport();
      }
    }
    return this.parseExpressionStatement();
  }

  // assignment | augassign | annotated | expression statement
  private parseExpressionStatement(): A.Stmt {
    const start = this.ts.current;
    const first = this.ts.isKeyword('yield') ? this.expr.parseYield() : this.expr.parseStarExpressions();
    const t = this.ts.current;
    if (t.kind === Tok.Op && AUG_OPS[t.value]) {
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        throw this.ts.errorAt(first, `'${describeExpression(first) === 'literal' ? 'literal' : describeExpression(first)}' is an illegal expression for augmented assignment`);
      }
      this.ts.next();
      const value = this.ts.isKeyword('yield') ? this.expr.parseYield() : this.expr.parseStarExpressions();
      const target = toTarget(first, 'store', this.ts) as A.Name | A.Attribute | A.Subscript;
      return { kind: 'AugAssign', target, op: AUG_OPS[t.value], value, ...this.ts.spanFrom(start) };
    }
    if (this.ts.isOp(':') && (first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')) {
      this.ts.next();
      const annotation = this.expr.parseExpression();
      const value = this.ts.eatOp('=') ? this.expr.parseStarExpressions() : null;
      return { kind: 'AnnAssign', target: toTarget(first, 'store', this.ts), annotation, value, ...this.ts.spanFrom(start) };
    }
    if (this.ts.isOp('=')) {
      const targets: A.Expr[] = [first];
      let value: A.Expr = first;
      while (this.ts.eatOp('=')) {
        value = this.ts.isKeyword('yield') ? this.expr.parseYield() : this.expr.parseStarExpressions();
        targets.push(value);
      }
      targets.pop();
      const stored = targets.map((x) => toTarget(x, 'store', this.ts));
      return { kind: 'Assign', targets: stored, value, ...this.ts.spanFrom(start) };
    }
    if (first.kind === 'Starred') throw this.ts.errorAt(first, "can't use starred expression here");
    return { kind: 'Expr', value: first, ...this.ts.spanFrom(start) };
  }

  // import_name: 'import' dotted_as_names
  private parseImport(): A.Stmt {
    const start = this.ts.next();
    const names: A.Alias[] = [];
    do {
      const t = this.ts.current;
      const name = this.parseDottedName();
      let asname: string | null = null;
      if (this.ts.eatKeyword('as')) asname = this.parseName();
      names.push({ kind: 'alias', name, asname, ...this.ts.spanFrom(t) });
    } while (this.ts.eatOp(','));
    return { kind: 'Import', names, ...this.ts.spanFrom(start) };
  }

  // import_from: 'from' ('.'* dotted_name | '.'+) 'import' ('*' | '(' import_from_as_names ')' | import_from_as_names)
  private parseFromImport(): A.Stmt {
    const start = this.ts.next();
    let level = 0;
    while (this.ts.isOp('.') || this.ts.isOp('...')) level += this.ts.next().value.length;
    const module = this.ts.current.kind === Tok.Name && this.ts.current.value !== 'import' ? this.parseDottedName() : null;
    if (!this.ts.eatKeyword('import')) throw this.ts.invalidSyntax();
    const names: A.Alias[] = [];
    if (this.ts.isOp('*')) {
      const t = this.ts.next();
      names.push({ kind: 'alias', name: '*', asname: null, ...this.ts.spanFrom(t) });
    } else {
      const paren = this.ts.eatOp('(');
      do {
        if (paren && this.ts.isOp(')')) break;
        const t = this.ts.current;
        const name = this.parseName();
        const asname = this.ts.eatKeyword('as') ? this.parseName() : null;
        names.push({ kind: 'alias', name, asname, ...this.ts.spanFrom(t) });
      } while (this.ts.eatOp(','));
      if (paren) this.ts.expectOp(')');
    }
    return { kind: 'ImportFrom', module, names, level, ...this.ts.spanFrom(start) };
  }

  private parseName(): string {
    const t = this.ts.current;
    if (t.kind !== Tok.Name) throw this.ts.invalidSyntax();
    this.ts.next();
    return t.value;
  }

  private parseDottedName(): string {
    let name = this.parseName();
    while (this.ts.eatOp('.')) name += '.' + this.parseName();
    return name;
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  private parseBlock(owner: string, ownerToken: Token): A.Stmt[] {
    if (this.ts.current.kind !== Tok.Newline) return this.parseSimpleStatements();
    this.ts.next();
    if ((this.ts.current.kind as Tok) !== Tok.Indent) {
      const what = COMPOUND_NAMES[owner] ?? `'${owner}' statement`;
      // Marked with a single caret at the start of the unindented statement, as CPython does.
      const at = this.ts.current;
      throw this.ts.errorAt({ line: at.line, col: at.col, endLine: at.line, endCol: at.col }, `expected an indented block after ${what} on line ${ownerToken.line}`, 'IndentationError');
    }
    this.ts.next();
    const body: A.Stmt[] = [];
    const kind = (): Tok => this.ts.current.kind;
    while (kind() !== Tok.Dedent && kind() !== Tok.EndOfFile) {
      if (kind() === Tok.Newline) {
        this.ts.next();
        continue;
      }
      if (kind() === Tok.Indent) throw this.ts.errorAt(this.ts.current, 'unexpected indent', 'IndentationError');
      body.push(...this.parseStatement());
    }
    if (kind() === Tok.Dedent) this.ts.next();
    return body;
  }

  private colonThenBlock(owner: string, ownerToken: Token): A.Stmt[] {
    if (!this.ts.isOp(':')) throw this.ts.errorAtPrevEnd("expected ':'");
    this.ts.next();
    return this.parseBlock(owner, ownerToken);
  }

  // if_stmt: 'if' named_expression ':' block elif_stmt | ['else' ':' block]
  private parseIf(): A.Stmt {
    const start = this.ts.next();
    const test = this.expr.parseExpression();
    const body = this.colonThenBlock(start.value, start);
    let orelse: A.Stmt[] = [];
    const t = this.ts.current;
    if (this.ts.isKeyword('elif')) orelse = [this.parseIf()];
    else if (this.ts.isKeyword('else')) {
      this.ts.next();
      orelse = this.colonThenBlock('else', t);
    }
    return { kind: 'If', test, body, orelse, ...this.ts.spanFrom(start) };
  }

  // while_stmt: 'while' named_expression ':' block ['else' ':' block]
  private parseWhile(): A.Stmt {
    const start = this.ts.next();
    const test = this.expr.parseExpression();
    const body = this.colonThenBlock('while', start);
    const t = this.ts.current;
    const orelse = this.ts.eatKeyword('else') ? this.colonThenBlock('else', t) : [];
    return { kind: 'While', test, body, orelse, ...this.ts.spanFrom(start) };
  }

  // for_stmt: 'for' star_targets 'in' star_expressions ':' block ['else' ':' block]
  private parseFor(): A.Stmt {
    const start = this.ts.next();
    const target = toTarget(this.expr.parseTargetList(), 'store', this.ts, 'for');
    if (!this.ts.eatKeyword('in')) throw this.ts.invalidSyntax();
    const iter = this.expr.parseStarExpressions();
    const body = this.colonThenBlock('for', start);
    const t = this.ts.current;
    const orelse = this.ts.eatKeyword('else') ? this.colonThenBlock('else', t) : [];
    return { kind: 'For', target, iter, body, orelse, ...this.ts.spanFrom(start) };
  }

  // try_stmt: 'try' ':' block (except_block+ [else] [finally] | finally)
  private parseTry(): A.Stmt {
    const start = this.ts.next();
    const body = this.colonThenBlock('try', start);
    const handlers: A.ExceptHandler[] = [];
    while (this.ts.isKeyword('except')) {
      const h = this.ts.next();
      if (this.ts.isOp('*')) throw this.ts.errorAt(this.ts.current, "'except*' is not supported in this playground");
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.ts.isOp(':')) {
        type = this.expr.parseExpression();
        if (this.ts.isOp(',')) {
          throw this.ts.errorAt(type, 'multiple exception types must be parenthesized');
        }
        if (this.ts.eatKeyword('as')) name = this.parseName();
      }
      const hbody = this.colonThenBlock('except', h);
      handlers.push({ kind: 'ExceptHandler', type, name, body: hbody, ...this.ts.spanFrom(h) });
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    const e = this.ts.current;
    if (handlers.length > 0 && this.ts.eatKeyword('else')) orelse = this.colonThenBlock('else', e);
    const f = this.ts.current;
    if (this.ts.eatKeyword('finally')) finalbody = this.colonThenBlock('finally', f);
    if (handlers.length === 0 && finalbody.length === 0) throw this.ts.errorAtPrevEnd("expected 'except' or 'finally' block");
    return { kind: 'Try', body, handlers, orelse, finalbody, ...this.ts.spanFrom(start) };
  }

  // decorators: ('@' named_expression NEWLINE)+ (function_def | class_def)
  private parseDecorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    const first = this.ts.current;
    while (this.ts.eatOp('@')) {
      decorators.push(this.expr.parseExpression());
      if (this.ts.current.kind !== Tok.Newline) throw this.ts.invalidSyntax();
      this.ts.next();
    }
    if (this.ts.isKeyword('def')) return this.parseFunctionDef(decorators, first);
    if (this.ts.isKeyword('class')) return this.parseClassDef(decorators, first);
    throw this.ts.invalidSyntax();
  }

  // function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
  private parseFunctionDef(decorators: A.Expr[], start: Token): A.Stmt {
    const defTok = this.ts.next();
    const name = this.parseName();
    this.ts.expectOp('(');
    const args = this.expr.parseParameters(')', true);
    this.ts.expectOp(')');
    if (this.ts.eatOp('->')) this.expr.parseExpression();
    const body = this.colonThenBlock('def', defTok);
    return { kind: 'FunctionDef', name, args, body, decorators, ...this.ts.spanFrom(decorators.length ? start : defTok) };
  }

  // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  private parseClassDef(decorators: A.Expr[], start: Token): A.Stmt {
    const classTok = this.ts.next();
    const name = this.parseName();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.ts.isOp('(')) {
      const call = this.expr.parsePrimaryCallArgs();
      bases = call.args;
      keywords = call.keywords;
    }
    const body = this.colonThenBlock('class', classTok);
    return { kind: 'ClassDef', name, bases, keywords, body, decorators, ...this.ts.spanFrom(decorators.length ? start : classTok) };
  }
}

/**
 * Parses a whole program; throws PySyntaxError for the first error, as CPython reports it.
 * `unreadableFrom`: the error reading the file failed with, after the lines given (see tokenize).
 */
export function parseModule(source: string, unreadableFrom?: PySyntaxError): A.Module {
  const ts = new TokenStream(tokenize(source, unreadableFrom));
  return new StatementParser(ts).parseFile();
}
