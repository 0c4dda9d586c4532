// Recursive-descent parsing of statements and blocks; the entry point parseModule.

import type { SyntaxWarningNote } from '../compiler/syntaxWarnings';
import type * as A from '../ast';
import { Tok, tokenize, type Token } from './tokenizer';
import { KEYWORDS, TokenStream } from './tokenStream';
import { PySyntaxError } from '../errors';
import { ExpressionParser, toTarget, describeExpression } from './expressionParser';
import { namedExpressionTargetName } from './targets';
import { PatternParser } from './patternParser';
import { hostLimits } from '../runtime/hostLimits';

const AUG_OPS: Record<string, A.BinaryOperator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd',
};

const COMPOUND_NAMES: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement",
  def: 'function definition', class: 'class definition',
};

/**
 * The PEG rule nesting (see ExpressionParser.level) of a top-level `statement` rule: file, statements, its loop,
 * statement. Nested blocks add the compound statement's rules; expressions start at the level their statement's
 * rules put them, as counted from CPython's grammar.
 */
const TOP_STATEMENT_LEVEL = 4;

class StatementParser {
  readonly expr: ExpressionParser;
  /** The level of the `statement` rule being parsed. */
  private stmtLevel = TOP_STATEMENT_LEVEL;
  readonly patterns: PatternParser;
  constructor(readonly ts: TokenStream) {
    this.expr = new ExpressionParser(ts);
    this.patterns = new PatternParser(ts, this.expr);
  }

  /** Parses an expression whose enclosing rule is `extra` levels below the current statement rule. */
  private below<T>(extra: number, parse: () => T): T {
    const saved = this.expr.level;
    this.expr.level = this.stmtLevel + extra;
    try {
      return parse();
    } finally {
      this.expr.level = saved;
    }
  }

  // file: statements ENDMARKER
  parseFile(): A.Module {
    const body: A.Stmt[] = [];
    try {
      while (this.ts.current.kind !== Tok.EndOfFile) {
        if (this.ts.current.kind === Tok.Newline) {
          this.ts.next();
          continue;
        }
        if (this.ts.current.kind === Tok.Indent) throw this.ts.unexpectedIndent();
        for (const stmt of this.parseStatement()) body.push(stmt);
      }
    } catch (e) {
      // CPython's second pass, which makes every parser error, meets invalid_match_stmt at that line first.
      if (this.matchWithoutColon && e instanceof PySyntaxError && !this.ts.isTokenizerError(e)) {
        throw this.ts.errorAtFurthest("expected ':'");
      }
      throw e;
    }
    const identifiers = new Set<string>();
    for (const t of this.ts.tokens) if (t.kind === Tok.Name && !KEYWORDS.has(t.value)) identifiers.add(t.value);
    return { kind: 'Module', body, identifiers };
  }

  /** The first `match` line whose subject a line end follows (see parseFile). */
  private matchWithoutColon: Token | null = null;

  // statement: compound_stmt | simple_stmts
  private parseStatement(): A.Stmt[] {
    const t = this.ts.current;
    if (t.kind === Tok.Name) {
      switch (t.value) {
        case 'if': return [this.parseIf()];
        case 'while': return [this.parseWhile()];
        case 'for': return [this.parseFor()];
        case 'try': return [this.parseTry()];
        case 'def': return [this.parseFunctionDef([])];
        case 'class': return [this.parseClassDef([])];
        case 'with': return [this.parseWith()];
        case 'async': return [this.parseAsync([])];
        case 'match': {
          const match = this.tryParseMatch();
          if (match) return [match];
          break;
        }
      }
    }
    if (t.kind === Tok.Op && t.value === '@') return [this.parseDecorated()];
    return this.parseSimpleStatements();
  }

  /**
   * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT. `match` is a soft keyword: when
   * the header does not parse as one, the line is read again as an ordinary statement (null here).
   */
  private tryParseMatch(): A.Stmt | null {
    const saved = this.ts.pos;
    const start = this.ts.current;
    let subject: A.Expr;
    try {
      this.ts.next();
      subject = this.below(3, () => this.parseSubject());
      // invalid_match_stmt: `match x` and a line end is "expected ':'" if the file has any syntax error.
      if (this.ts.current.kind === Tok.Newline) this.matchWithoutColon ??= start;
      if (!this.ts.isOp(':') || this.ts.peek().kind !== Tok.Newline) throw this.ts.invalidSyntax();
    } catch (e) {
      if (e instanceof RangeError) hostLimits.hits++;
      this.ts.pos = saved;
      return null;
    }
    this.ts.next();
    this.ts.next();
    if (this.ts.current.kind !== Tok.Indent) throw this.ts.missingBlock(`expected an indented block after 'match' statement on line ${start.line}`);
    this.ts.next();
    const cases: A.MatchCase[] = [];
    const saveLevel = this.stmtLevel;
    this.stmtLevel += 2;
    try {
      const kind = (): Tok => this.ts.current.kind;
      while (kind() !== Tok.Dedent && kind() !== Tok.EndOfFile) {
        if (kind() === Tok.Newline) {
          this.ts.next();
          continue;
        }
        if (!this.ts.isKeyword('case')) throw this.ts.invalidSyntax();
        cases.push(this.parseCase());
      }
    } finally {
      this.stmtLevel = saveLevel;
    }
    if ((this.ts.current.kind as Tok) === Tok.Dedent) this.ts.next();
    return { kind: 'Match', subject, cases, ...this.ts.spanFrom(start) };
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private parseSubject(): A.Expr {
    const start = this.ts.current;
    const first = this.expr.parseStarNamedExpression();
    if (!this.ts.isOp(',')) {
      if (first.kind === 'Starred') throw this.ts.invalidSyntax();
      return first;
    }
    const elts = [first];
    while (this.ts.eatOp(',')) {
      if (this.ts.isOp(':')) break;
      elts.push(this.expr.parseStarNamedExpression());
    }
    return { kind: 'Tuple', elts, ctx: 'load', ...this.ts.spanFrom(start) };
  }

  // case_block: "case" patterns guard? ':' block
  private parseCase(): A.MatchCase {
    const caseTok = this.ts.next();
    const pattern = this.below(2, () => this.patterns.parsePatterns());
    const guard = this.ts.eatKeyword('if') ? this.below(3, () => this.expr.parseNamedExpression()) : null;
    const body = this.colonThenBlock('case', caseTok, 3);
    return { kind: 'match_case', pattern, guard, body };
  }

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  private parseSimpleStatements(): A.Stmt[] {
    const out: A.Stmt[] = [this.parseSimpleStatement()];
    while (this.ts.eatOp(';')) {
      if (this.ts.current.kind === Tok.Newline) break;
      // Later statements on the line are one loop rule deeper.
      this.stmtLevel++;
      try {
        out.push(this.parseSimpleStatement());
      } finally {
        this.stmtLevel--;
      }
    }
    if (this.ts.current.kind !== Tok.Newline && this.ts.current.kind !== Tok.EndOfFile) throw this.unexpectedAfterStatement();
    if (this.ts.current.kind === Tok.Newline) this.ts.next();
    return out;
  }

  private unexpectedAfterStatement() {
    const prev = this.ts.previous;
    const t = this.ts.current;
    // invalid_legacy_expression: `print "x"`, `exec code`, marked from the name to the end of what follows it.
    if (prev.kind === Tok.Name && (prev.value === 'print' || prev.value === 'exec') && this.expr.startsExpression()) {
      // A specific error in what follows (`print "a" if x`) is CPython's, raised while it reads that; where what
      // follows is merely cut short (`print "a" +`), its first token stands for the part CPython's parser takes.
      const next = this.ts.current;
      let rest: A.Span = next;
      try {
        rest = this.expr.parseStarExpressions();
      } catch (e) {
        if (!(e instanceof PySyntaxError && e.diagnostic.message === 'invalid syntax')) throw e;
      }
      const message = `Missing parentheses in call to '${prev.value}'. Did you mean ${prev.value}(...)?`;
      return new PySyntaxError({ type: 'SyntaxError', message, line: prev.line, column: prev.col + 1, endLine: rest.endLine, endColumn: rest.endCol + 1 });
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
          const value = this.expr.startsExpression() ? this.below(3, () => this.expr.parseStarExpressions()) : null;
          return { kind: 'Return', value, ...this.ts.spanFrom(t) };
        }
        case 'raise': {
          this.ts.next();
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (this.expr.startsExpression()) {
            exc = this.below(3, () => this.expr.parseExpression());
            if (this.ts.eatKeyword('from')) cause = this.below(3, () => this.expr.parseExpression());
          }
          return { kind: 'Raise', exc, cause, ...this.ts.spanFrom(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.ts.next();
          const names: string[] = [];
          do {
            const n = this.ts.current;
            if (n.kind !== Tok.Name || KEYWORDS.has(n.value)) throw this.ts.invalidSyntax();
            names.push(n.value);
            this.ts.next();
          } while (this.ts.eatOp(','));
          return { kind: t.value === 'global' ? 'Global' : 'Nonlocal', names, ...this.ts.spanFrom(t) } as A.Stmt;
        }
        case 'del': {
          this.ts.next();
          const afterDel = this.ts.pos;
          const targets: A.Expr[] = [];
          try {
            do {
              // del_targets: ','.del_target+ [','], so a trailing comma may end it but one target is needed.
              if (targets.length > 0 && (this.ts.current.kind === Tok.Newline || this.ts.isOp(';'))) break;
              targets.push(toTarget(this.below(5, () => this.expr.parseBitOr()), 'del', this.ts));
            } while (this.ts.eatOp(','));
          } catch (e) {
            // A target no del_target starts (`del *a`, `del not a`): the same second reading.
            if (e instanceof PySyntaxError && e.diagnostic.message === 'invalid syntax') this.refuseDeleteTargets(afterDel);
            throw e;
          }
          if (this.ts.current.kind !== Tok.Newline && !this.ts.isOp(';')) this.refuseDeleteTargets(afterDel);
          return { kind: 'Delete', targets, ...this.ts.spanFrom(t) };
        }
        case 'assert': {
          this.ts.next();
          const test = this.below(3, () => this.expr.parseExpression());
          const msg = this.ts.eatOp(',') ? this.below(4, () => this.expr.parseExpression()) : null;
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
    const startAt = this.ts.pos;
    // simple_stmts, simple_stmt, then star_expressions; a leading primary is first read by the annotated
    // assignment's target rules (assignment, a group, single_subscript_attribute_target, t_primary, t_primary_raw).
    this.expr.shallowPrimaryAt = this.ts.pos;
    this.expr.shallowPrimaryLevel = this.stmtLevel + 7;
    const first = this.below(2, () => (this.ts.isKeyword('yield') ? this.expr.parseYield() : this.expr.parseStarExpressions()));
    const t = this.ts.current;
    // invalid_named_expression, reached from a statement's first expression (a bare `name := v` is plain invalid syntax).
    // A parenthesized name or tuple is an `expression` there too: `(a, b) := 1` names the tuple.
    const bareTarget = first.kind === 'Starred' || (first.kind === 'Name' && first.line === start.line && first.col === start.col)
      || (first.kind === 'Tuple' && !this.isParenthesized(first, startAt));
    if (this.ts.isOp(':=') && !bareTarget) {
      throw this.ts.errorAt(first, `cannot use assignment expressions with ${namedExpressionTargetName(first)}`);
    }
    if (t.kind === Tok.Op && AUG_OPS[t.value]) {
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        throw this.ts.errorAt(first, `'${describeExpression(first)}' is an illegal expression for augmented assignment`);
      }
      this.ts.next();
      // assignment and the right-hand side's group
      const value = this.below(4, () => (this.ts.isKeyword('yield') ? this.expr.parseYield() : this.expr.parseStarExpressions()));
      const target = toTarget(first, 'store', this.ts) as A.Name | A.Attribute | A.Subscript;
      return { kind: 'AugAssign', target, op: AUG_OPS[t.value], value, ...this.ts.spanFrom(start) };
    }
    if (this.ts.isOp(':') && (first.kind === 'Name' || first.kind === 'Attribute' || first.kind === 'Subscript')) {
      this.ts.next();
      const annotation = this.below(3, () => this.expr.parseExpression());
      const value = this.ts.eatOp('=') ? this.below(4, () => this.expr.parseStarExpressions()) : null;
      const simple = first.kind === 'Name' && !(start.kind === Tok.Op && start.value === '(');
      return { kind: 'AnnAssign', target: toTarget(first, 'store', this.ts), annotation, value, simple, ...this.ts.spanFrom(start) };
    }
    if (this.ts.isOp(':')) throw first.kind === 'Starred' ? this.ts.invalidSyntax() : this.invalidAnnotationTarget(first, startAt);
    if (this.ts.isOp('=')) {
      const hint = this.assignmentHint(first, startAt);
      if (hint) throw hint;
      const stored: A.Expr[] = [];
      let value: A.Expr = first;
      // invalid_assignment has its own message for a bare `yield` target (a parenthesized one is an expression).
      let bareYield = start.kind === Tok.Name && start.value === 'yield';
      while (this.ts.isOp('=')) {
        // invalid_assignment reports a target as soon as its '=' is read, before what follows is parsed.
        if (bareYield) throw this.ts.errorAt(value, 'assignment to yield expression not possible');
        stored.push(toTarget(value, 'store', this.ts));
        this.ts.next();
        // Each right-hand side is first tried as another target: assignment, its loop, a group, star_targets,
        // star_target, target_with_star_atom, t_primary, t_primary_raw.
        this.expr.shallowPrimaryAt = this.ts.pos;
        this.expr.shallowPrimaryLevel = this.stmtLevel + 10;
        bareYield = this.ts.isKeyword('yield');
        value = this.below(4, () => (bareYield ? this.expr.parseYield() : this.expr.parseStarExpressions()));
      }
      return { kind: 'Assign', targets: stored, value, ...this.ts.spanFrom(start) };
    }
    if (first.kind === 'Starred' && !this.ts.isOp(':=')) throw this.ts.errorAt(first, "can't use starred expression here");
    return { kind: 'Expr', value: first, ...this.ts.spanFrom(start) };
  }

  /**
   * invalid_assignment's annotation alternatives, for a target that is not a name, attribute or subscript
   * (the current token is the ':'): a list or parenthesized tuple is named, an unparenthesized tuple is
   * reported at its first element, anything else is an illegal target. Each needs the annotation to parse.
   */
  private invalidAnnotationTarget(first: A.Expr, startAt: number): PySyntaxError {
    const colon = this.ts.current;
    let message = 'illegal target for annotation';
    let at: A.Expr = first;
    if (first.kind === 'List' || (first.kind === 'Tuple' && this.isParenthesized(first, startAt))) {
      message = `only single target (not ${first.kind === 'List' ? 'list' : 'tuple'}) can be annotated`;
    } else if (first.kind === 'Tuple') {
      message = 'only single target (not tuple) can be annotated';
      at = first.elts[0];
    }
    this.ts.next();
    // Without an annotation no alternative matches: the first pass's invalid syntax at the ':' stands.
    if (!this.expr.startsExpression()) return this.ts.errorAt(colon, 'invalid syntax');
    try {
      this.below(3, () => this.expr.parseExpression());
    } catch (e) {
      // The annotation's own invalid_ rules raise first; a plain parse failure after it is not reached, as
      // `expression` matches the annotation's first part.
      if (!(e instanceof PySyntaxError) || e.diagnostic.message !== 'invalid syntax') throw e;
    }
    return this.ts.errorAt(at, message);
  }

  /** Whether a node starts at an opening parenthesis (between startAt and the current token) closed at its end. */
  private isParenthesized(e: A.Expr, startAt: number): boolean {
    for (let i = startAt; i < this.ts.pos; i++) {
      const t = this.ts.tokens[i];
      if (t.line !== e.line || t.col !== e.col) continue;
      if (t.kind !== Tok.Op || t.value !== '(') return false;
      let depth = 0;
      for (let j = i; j < this.ts.pos; j++) {
        const u = this.ts.tokens[j];
        if (u.kind !== Tok.Op) continue;
        if ('([{'.includes(u.value)) depth++;
        else if (')]}'.includes(u.value) && --depth === 0) return u.endLine === e.endLine && u.endCol === e.endCol;
      }
      return false;
    }
    return false;
  }

  /**
   * When the first target is invalid, CPython's invalid_assignment reads the expressions before the '=' as
   * star_named_expressions, whose named_expression tries invalid_named_expression: on the whole expression, or on
   * an unparenthesized tuple's last element. (The current token is the '='.)
   */
  private assignmentHint(first: A.Expr, startAt: number): PySyntaxError | null {
    try {
      toTarget(first, 'store', this.ts);
      return null;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
    }
    let elementAt = startAt;
    let depth = 0;
    for (let i = startAt; i < this.ts.pos; i++) {
      const t = this.ts.tokens[i];
      if (t.kind !== Tok.Op) continue;
      if ('([{'.includes(t.value)) depth++;
      else if (')]}'.includes(t.value)) depth--;
      else if (t.value === ',' && depth === 0) elementAt = i + 1;
    }
    if (elementAt === this.ts.pos) return null;
    const element = elementAt === startAt ? first : first.kind === 'Tuple' ? first.elts[first.elts.length - 1] : null;
    if (!element) return null;
    return this.below(4, () => this.expr.assignmentHint(element, this.ts.tokens[elementAt]));
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
        // invalid_import_from_targets (RAISE_SYNTAX_ERROR: at the NEWLINE it has read)
        if (!paren && names.length > 0 && t.kind === Tok.Newline) throw this.ts.errorAt(t, 'trailing comma not allowed without surrounding parentheses');
        const name = this.parseName();
        const asname = this.ts.eatKeyword('as') ? this.parseName() : null;
        names.push({ kind: 'alias', name, asname, ...this.ts.spanFrom(t) });
      } while (this.ts.eatOp(','));
      if (paren) this.ts.expectOp(')');
    }
    return { kind: 'ImportFrom', module, names, level, ...this.ts.spanFrom(start) };
  }

  /**
   * invalid_del_stmt: when the targets are not followed by the statement's end, `del` is read again as
   * star_expressions and its first target that cannot be deleted is named ("cannot delete conditional
   * expression"); when there is none (or that reading fails too) the targets' own invalid syntax stands.
   */
  private refuseDeleteTargets(afterDel: number): void {
    const stoppedAt = this.ts.pos;
    this.ts.pos = afterDel;
    let all: A.Expr;
    try {
      all = this.below(2, () => this.expr.parseStarExpressions());
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.ts.pos = stoppedAt;
      return;
    }
    toTarget(all, 'del', this.ts);
    this.ts.pos = stoppedAt;
  }

  private parseName(): string {
    const t = this.ts.current;
    if (t.kind !== Tok.Name || KEYWORDS.has(t.value)) throw this.ts.invalidSyntax();
    this.ts.next();
    return t.value;
  }

  private parseDottedName(): string {
    let name = this.parseName();
    while (this.ts.eatOp('.')) name += '.' + this.parseName();
    return name;
  }

  /**
   * block: NEWLINE INDENT statements DEDENT | simple_stmts. `blockLevel` is the block rule's level: its
   * statements are at blockLevel + 3 (statements, its loop, statement); simple statements on the same line have
   * simple_stmts directly below block (as below a statement at blockLevel).
   */
  private parseBlock(owner: string, ownerToken: Token, blockLevel: number): A.Stmt[] {
    const saved = this.stmtLevel;
    try {
      if (this.ts.current.kind !== Tok.Newline) {
        this.stmtLevel = blockLevel;
        return this.parseSimpleStatements();
      }
      this.stmtLevel = blockLevel + 3;
      return this.parseIndentedBlock(owner, ownerToken);
    } finally {
      this.stmtLevel = saved;
    }
  }

  private parseIndentedBlock(owner: string, ownerToken: Token): A.Stmt[] {
    this.ts.next();
    if ((this.ts.current.kind as Tok) !== Tok.Indent) {
      const what = COMPOUND_NAMES[owner] ?? `'${owner}' statement`;
      throw this.ts.missingBlock(`expected an indented block after ${what} on line ${ownerToken.line}`);
    }
    this.ts.next();
    const body: A.Stmt[] = [];
    const kind = (): Tok => this.ts.current.kind;
    while (kind() !== Tok.Dedent && kind() !== Tok.EndOfFile) {
      if (kind() === Tok.Newline) {
        this.ts.next();
        continue;
      }
      if (kind() === Tok.Indent) throw this.ts.unexpectedIndent();
      for (const stmt of this.parseStatement()) body.push(stmt);
    }
    if (kind() === Tok.Dedent) this.ts.next();
    return body;
  }

  /** `: block`, the block rule `blockDepth` levels below the statement rule. */
  private colonThenBlock(owner: string, ownerToken: Token, blockDepth: number): A.Stmt[] {
    if (!this.ts.isOp(':')) {
      // The grammar forces the ':' of def, try, else and finally (&&':': the error is at the token found instead);
      // for the others only a line ending there is "expected ':'", anything else is invalid syntax at it.
      if (FORCED_COLON.has(owner)) throw this.ts.errorAt(this.ts.current, "expected ':'");
      if (this.ts.current.kind === Tok.Newline) throw this.ts.errorAt(this.ts.current, "expected ':'");
      throw this.ts.invalidSyntax();
    }
    this.ts.next();
    return this.parseBlock(owner, ownerToken, this.stmtLevel + blockDepth);
  }

  /**
   * if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block]). Each elif_stmt nests in the previous
   * one (an If in its orelse): the chain is read in a loop and built afterwards.
   */
  private parseIf(): A.Stmt {
    const clauses: { start: Token; test: A.Expr; body: A.Stmt[] }[] = [];
    let orelse: A.Stmt[] = [];
    // compound_stmt, if_stmt; each elif one level deeper
    for (let rule = 2; ; rule++) {
      const start = this.ts.next();
      const test = this.below(rule + 1, () => this.expr.parseCondition());
      const body = this.colonThenBlock(start.value, start, rule + 1);
      clauses.push({ start, test, body });
      const t = this.ts.current;
      if (this.ts.isKeyword('elif')) continue;
      if (this.ts.isKeyword('else')) {
        this.ts.next();
        orelse = this.colonThenBlock('else', t, rule + 2);
      }
      break;
    }
    // Every clause of the chain ends where the last one does.
    const end = this.ts.spanFrom(clauses[0].start);
    let result: A.Stmt | null = null;
    for (let i = clauses.length - 1; i >= 0; i--) {
      const c = clauses[i];
      result = { kind: 'If', test: c.test, body: c.body, orelse: result ? [result] : orelse, line: c.start.line, col: c.start.col, endLine: end.endLine, endCol: end.endCol };
    }
    return result!;
  }

  // while_stmt: 'while' named_expression ':' block ['else' ':' block]
  private parseWhile(): A.Stmt {
    const start = this.ts.next();
    const test = this.below(3, () => this.expr.parseCondition());
    const body = this.colonThenBlock('while', start, 3);
    const t = this.ts.current;
    const orelse = this.ts.eatKeyword('else') ? this.colonThenBlock('else', t, 4) : [];
    return { kind: 'While', test, body, orelse, ...this.ts.spanFrom(start) };
  }

  // for_stmt: 'for' star_targets 'in' star_expressions ':' block ['else' ':' block]
  private parseFor(asyncTok: Token | null = null): A.Stmt {
    const start = this.ts.next();
    const target = toTarget(this.below(3, () => this.expr.parseTargetList()), 'store', this.ts);
    if (!this.ts.eatKeyword('in')) throw this.ts.invalidSyntax();
    const iter = this.below(2, () => this.expr.parseStarExpressions());
    const body = this.colonThenBlock('for', start, 3);
    const t = this.ts.current;
    const orelse = this.ts.eatKeyword('else') ? this.colonThenBlock('else', t, 4) : [];
    if (asyncTok) return { kind: 'For', target, iter, body, orelse, isAsync: true, ...this.ts.spanFrom(asyncTok) };
    return { kind: 'For', target, iter, body, orelse, ...this.ts.spanFrom(start) };
  }

  // try_stmt: 'try' ':' block (except_block+ [else] [finally] | except_star_block+ [else] [finally] | finally)
  private parseTry(): A.Stmt {
    const start = this.ts.next();
    const body = this.colonThenBlock('try', start, 3);
    const handlers: A.ExceptHandler[] = [];
    let isStar: boolean | null = null;
    while (this.ts.isKeyword('except')) {
      const h = this.ts.next();
      const star = this.ts.isOp('*') ? this.ts.next() : null;
      if (isStar !== null && isStar !== (star !== null)) {
        throw this.ts.errorAt(star ? { ...h, endLine: star.endLine, endCol: star.endCol } : h,
          "cannot have both 'except' and 'except*' on the same 'try'");
      }
      isStar = star !== null;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (star && (this.ts.isOp(':') || this.ts.current.kind === Tok.Newline)) {
        throw this.ts.errorAt(this.ts.current, 'expected one or more exception types');
      }
      if (!this.ts.isOp(':')) {
        type = this.below(4, () => this.expr.parseExpression());
        if (this.ts.isOp(',')) {
          // invalid_except_stmt: the caret runs from the first type to the end of the clause before ':'.
          while (this.ts.eatOp(',')) this.expr.parseExpression();
          if (this.ts.eatKeyword('as')) this.parseName();
          const last = this.ts.previous;
          throw this.ts.errorAt({ ...type, endLine: last.endLine, endCol: last.endCol }, 'multiple exception types must be parenthesized');
        }
        if (this.ts.eatKeyword('as')) name = this.parseName();
        if (!this.ts.isOp(':') && this.ts.current.kind !== Tok.Newline) throw this.ts.invalidSyntax();
      }
      const hbody = this.colonThenBlock(star ? 'except*' : 'except', h, 5);
      handlers.push({ kind: 'ExceptHandler', type, name, body: hbody, ...this.ts.spanFrom(h) });
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    const e = this.ts.current;
    if (handlers.length > 0 && this.ts.eatKeyword('else')) orelse = this.colonThenBlock('else', e, 4);
    const f = this.ts.current;
    if (this.ts.eatKeyword('finally')) finalbody = this.colonThenBlock('finally', f, 4);
    if (handlers.length === 0 && finalbody.length === 0) throw this.ts.errorAtLookahead("expected 'except' or 'finally' block");
    return { kind: 'Try', body, handlers, orelse, finalbody, isStar: isStar === true, ...this.ts.spanFrom(start) };
  }

  /**
   * with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block. The parenthesized
   * form is tried first (as the PEG does) and given up for the other when it does not end in `) :`.
   */
  private parseWith(asyncTok: Token | null = null): A.Stmt {
    const start = this.ts.next();
    let items: A.WithItem[] | null = null;
    if (this.ts.isOp('(')) {
      const saved = this.ts.pos;
      try {
        this.ts.next();
        const parsed: A.WithItem[] = [];
        do {
          if (parsed.length > 0 && this.ts.isOp(')')) break;
          parsed.push(this.parseWithItem());
        } while (this.ts.eatOp(','));
        const closed = this.ts.eatOp(')');
        if (closed && this.ts.isOp(':')) items = parsed;
        // invalid_with_stmt: the parenthesized items and a line end.
        else if (closed && this.ts.current.kind === Tok.Newline) throw this.ts.errorAt(this.ts.current, "expected ':'");
      } catch (e) {
        if (e instanceof RangeError) hostLimits.hits++;
        if (e instanceof PySyntaxError && (e.diagnostic.message === "expected ':'" || e.diagnostic.message.startsWith('cannot assign to'))) throw e;
        items = null;
      }
      if (!items) this.ts.pos = saved;
    }
    if (!items) {
      const reached = this.ts.furthest;
      items = [];
      try {
        do items.push(this.parseWithItem());
        while (this.ts.eatOp(','));
      } catch (e) {
        // CPython's plain invalid syntax marks the furthest token it read, which the parenthesized form reached.
        if (e instanceof PySyntaxError && e.diagnostic.message === 'invalid syntax' && this.ts.tokens.indexOf(this.ts.current) < reached) {
          throw this.ts.errorAt(this.ts.tokens[reached], 'invalid syntax');
        }
        throw e;
      }
    }
    const body = this.colonThenBlock('with', start, 3);
    if (asyncTok) return { kind: 'With', items, body, isAsync: true, ...this.ts.spanFrom(asyncTok) };
    return { kind: 'With', items, body, ...this.ts.spanFrom(start) };
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  private parseWithItem(): A.WithItem {
    const contextExpr = this.below(4, () => this.expr.parseExpression());
    let optionalVars: A.Expr | null = null;
    if (this.ts.eatKeyword('as')) {
      // star_target: `as *b` parses; the compiler refuses a starred target outside a list or tuple.
      const star = this.ts.isOp('*') ? this.ts.next() : null;
      const value = this.below(4, () => this.expr.parseBitOr());
      // A star before what no star_target is (`as *1`) leaves only the plain error, after it.
      if (star && !['Name', 'Attribute', 'Subscript', 'List', 'Tuple'].includes(value.kind)) throw this.ts.invalidSyntax();
      optionalVars = toTarget(star ? { kind: 'Starred', value, ctx: 'load', ...this.ts.spanFrom(star) } : value, 'store', this.ts);
    }
    return { kind: 'withitem', contextExpr, optionalVars };
  }

  // decorators: ('@' named_expression NEWLINE)+ (function_def | class_def)
  private parseDecorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.ts.eatOp('@')) {
      decorators.push(this.below(6, () => this.expr.parseNamedExpression()));
      if (this.ts.current.kind !== Tok.Newline) throw this.ts.invalidSyntax();
      this.ts.next();
    }
    if (this.ts.isKeyword('def')) return this.parseFunctionDef(decorators);
    if (this.ts.isKeyword('class')) return this.parseClassDef(decorators);
    if (this.ts.isKeyword('async') && this.ts.peek().value === 'def') return this.parseAsync(decorators);
    throw this.ts.invalidSyntax();
  }

  // 'async' (function_def | for_stmt | with_stmt): the statement's node starts at `async`, as CPython's.
  private parseAsync(decorators: A.Expr[]): A.Stmt {
    const asyncTok = this.ts.next();
    if (this.ts.isKeyword('def')) return this.parseFunctionDef(decorators, asyncTok);
    if (decorators.length === 0 && this.ts.isKeyword('for')) return this.parseFor(asyncTok);
    if (decorators.length === 0 && this.ts.isKeyword('with')) return this.parseWith(asyncTok);
    throw this.ts.invalidSyntax();
  }

  // function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
  private parseFunctionDef(decorators: A.Expr[], asyncTok: Token | null = null): A.Stmt {
    const defTok = this.ts.next();
    const name = this.parseName();
    // '(' and the ':' are forced tokens (&&): missing, they are reported where they should be.
    if (!this.ts.isOp('(')) throw this.ts.errorAt(this.ts.current, "expected '('");
    this.ts.next();
    const args = this.below(3, () => this.expr.parseParameters(')'));
    this.ts.expectOp(')');
    const returns = this.ts.isOp('->') ? this.parseReturnAnnotation() : null;
    const body = this.colonThenBlock('def', defTok, 4);
    // As CPython's AST, the statement starts at `def`; its code's first line is the first decorator's.
    if (asyncTok) return { kind: 'FunctionDef', name, args, body, decorators, returns, isAsync: true, ...this.ts.spanFrom(asyncTok) };
    return { kind: 'FunctionDef', name, args, body, decorators, returns, ...this.ts.spanFrom(defTok) };
  }

  /** ['->' expression]: when no expression follows, the optional part is dropped and ':' is expected at '->'. */
  private parseReturnAnnotation(): A.Expr {
    const arrow = this.ts.next();
    try {
      return this.below(3, () => this.expr.parseExpression());
    } catch (e) {
      if (e instanceof PySyntaxError && !this.ts.isDeferredTokenizerError(e)) throw this.ts.errorAt(arrow, "expected ':'");
      throw e;
    }
  }

  // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  private parseClassDef(decorators: A.Expr[]): A.Stmt {
    const classTok = this.ts.next();
    const name = this.parseName();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.ts.isOp('(')) {
      const call = this.below(3, () => this.expr.parsePrimaryCallArgs());
      bases = call.args;
      keywords = call.keywords;
    }
    const body = this.colonThenBlock('class', classTok, 4);
    return { kind: 'ClassDef', name, bases, keywords, body, decorators, ...this.ts.spanFrom(classTok) };
  }
}

/**
 * Parses a whole program; throws PySyntaxError for the first error, as CPython reports it.
 * `unreadableFrom`: the error reading the file failed with, after the lines given (see tokenize).
 * `warnings` gets the tokenizer's SyntaxWarnings, also those before an error.
 * `fromString`: compile() and import read the source as a string, the main script is read as a file (see TokenStream).
 */
export function parseModule(source: string, unreadableFrom?: PySyntaxError, warnings?: SyntaxWarningNote[], fromString = false): A.Module {
  const ts = new TokenStream(tokenize(source, unreadableFrom, warnings), fromString);
  try {
    return new StatementParser(ts).parseFile();
  } catch (e) {
    throw unclosedBracketFirst(e, ts);
  }
}

/**
 * A syntax error the parser found before the end, when a bracket is left open: CPython then tokenizes the rest,
 * and the bracket's "was never closed" wins if the parser had read past the bracket's line (`foo(a,` then a
 * statement), not if it stopped on that line (`if (x:` stays invalid syntax).
 */
function unclosedBracketFirst(error: unknown, ts: TokenStream): unknown {
  const last = ts.tokens[ts.tokens.length - 1];
  if (last.unclosedBracketLine === undefined || !(error instanceof PySyntaxError) || error === last.error) return error;
  const { type } = error.diagnostic;
  const syntaxKind = type === 'SyntaxError' || type === 'IndentationError' || type === 'TabError';
  return syntaxKind && ts.tokens[ts.furthest].line > last.unclosedBracketLine ? last.error! : error;
}

/** Statements whose ':' CPython's grammar forces (`&&':'`). */
const FORCED_COLON = new Set(['def', 'try', 'else', 'finally']);
