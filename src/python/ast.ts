// The typed syntax tree the parser produces and the compiler consumes; names follow CPython's `ast` module.

/** Source position: 1-based line, 0-based column (as CPython's ast), end exclusive. */
export interface Span {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

// ---------- expressions ----------

export type Expr =
  | Name | Constant | JoinedStr | FormattedValue
  | ListExpr | TupleExpr | SetExpr | DictExpr
  | BinOp | UnaryOp | BoolOp | Compare
  | Call | Attribute | Subscript | Slice | Starred
  | Lambda | IfExp | ListComp | SetComp | DictComp | GeneratorExp
  | Yield | YieldFrom | Await | NamedExpr;

export type ExprContext = 'load' | 'store' | 'del';

export interface Name extends Span { readonly kind: 'Name'; readonly id: string; readonly ctx: ExprContext }

/** A literal. Ints are bigint so that arbitrary precision survives parsing. `Ellipsis` is written `...`. */
export type ConstantValue = bigint | number | string | boolean | null | { readonly ellipsis: true } | BytesConstant | ImaginaryConstant;
/** A bytes literal: one character per byte. */
export interface BytesConstant { readonly bytes: string }
/** An imaginary literal `2j` (or a folded `-2j`: then the real part is -0.0). */
export interface ImaginaryConstant { readonly imag: number; readonly real: number }
export interface Constant extends Span { readonly kind: 'Constant'; readonly value: ConstantValue }

/** An f-string: parts are Constant (str) and FormattedValue. */
export interface JoinedStr extends Span { readonly kind: 'JoinedStr'; readonly values: readonly (Constant | FormattedValue)[] }
/** `{value!conversion:format_spec}` inside an f-string; conversion is 's', 'r', 'a' or null. */
export interface FormattedValue extends Span {
  readonly kind: 'FormattedValue';
  readonly value: Expr;
  readonly conversion: 's' | 'r' | 'a' | null;
  readonly formatSpec: JoinedStr | null;
}

export interface ListExpr extends Span { readonly kind: 'List'; readonly elts: readonly Expr[]; readonly ctx: ExprContext }
export interface TupleExpr extends Span { readonly kind: 'Tuple'; readonly elts: readonly Expr[]; readonly ctx: ExprContext }
export interface SetExpr extends Span { readonly kind: 'Set'; readonly elts: readonly Expr[] }
/** `{k: v, **m}`: a null key marks a `**m` unpacking whose mapping is the value. */
export interface DictExpr extends Span { readonly kind: 'Dict'; readonly keys: readonly (Expr | null)[]; readonly values: readonly Expr[] }

export type BinaryOperator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'FloorDiv' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CompareOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BinOp extends Span { readonly kind: 'BinOp'; readonly left: Expr; readonly op: BinaryOperator; readonly right: Expr }
export interface UnaryOp extends Span { readonly kind: 'UnaryOp'; readonly op: UnaryOperator; readonly operand: Expr }
export interface BoolOp extends Span { readonly kind: 'BoolOp'; readonly op: 'And' | 'Or'; readonly values: readonly Expr[] }
/** Chained comparison `a < b <= c`: ops.length === comparators.length. */
export interface Compare extends Span {
  readonly kind: 'Compare';
  readonly left: Expr;
  readonly ops: readonly CompareOperator[];
  readonly comparators: readonly Expr[];
}

export interface Keyword extends Span { readonly kind: 'keyword'; readonly arg: string | null; readonly value: Expr }
/** A call; positional `*x` appears in args as Starred, `**m` in keywords with arg null. */
export interface Call extends Span { readonly kind: 'Call'; readonly func: Expr; readonly args: readonly Expr[]; readonly keywords: readonly Keyword[] }
export interface Attribute extends Span { readonly kind: 'Attribute'; readonly value: Expr; readonly attr: string; readonly ctx: ExprContext }
/** `value[slice]`; `a[1:2]` has a Slice, `a[1, 2]` a Tuple. */
export interface Subscript extends Span { readonly kind: 'Subscript'; readonly value: Expr; readonly slice: Expr; readonly ctx: ExprContext }
export interface Slice extends Span { readonly kind: 'Slice'; readonly lower: Expr | null; readonly upper: Expr | null; readonly step: Expr | null }
export interface Starred extends Span { readonly kind: 'Starred'; readonly value: Expr; readonly ctx: ExprContext }

export interface Arg extends Span { readonly kind: 'arg'; readonly arg: string; readonly annotation: Expr | null }
/** Parameters as CPython's `ast.arguments`; defaults align with the last positional parameters. */
export interface Arguments {
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  /** One per kwonlyarg; null where it has no default. */
  readonly kwDefaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  readonly defaults: readonly Expr[];
}

export interface Lambda extends Span { readonly kind: 'Lambda'; readonly args: Arguments; readonly body: Expr }
export interface IfExp extends Span { readonly kind: 'IfExp'; readonly test: Expr; readonly body: Expr; readonly orelse: Expr }

export interface Comprehension {
  readonly kind: 'comprehension';
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  /** `async for` in a comprehension. */
  readonly isAsync?: boolean;
}
export interface ListComp extends Span { readonly kind: 'ListComp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface SetComp extends Span { readonly kind: 'SetComp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
export interface DictComp extends Span { readonly kind: 'DictComp'; readonly key: Expr; readonly value: Expr; readonly generators: readonly Comprehension[] }
export interface GeneratorExp extends Span { readonly kind: 'GeneratorExp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }

export interface Yield extends Span { readonly kind: 'Yield'; readonly value: Expr | null }
export interface YieldFrom extends Span { readonly kind: 'YieldFrom'; readonly value: Expr }
export interface Await extends Span { readonly kind: 'Await'; readonly value: Expr }
/** `target := value`, an assignment expression. */
export interface NamedExpr extends Span { readonly kind: 'NamedExpr'; readonly target: Name; readonly value: Expr }

// ---------- statements ----------

export type Stmt =
  | ExprStmt | Assign | AugAssign | AnnAssign | Delete | Pass | Break | Continue
  | Return | Raise | Global | Nonlocal | Assert
  | If | While | For | Try | With | Match | FunctionDef | ClassDef | Import | ImportFrom;

export interface ExprStmt extends Span { readonly kind: 'Expr'; readonly value: Expr }
/** `a = b = value`: several targets. */
export interface Assign extends Span { readonly kind: 'Assign'; readonly targets: readonly Expr[]; readonly value: Expr }
export interface AugAssign extends Span { readonly kind: 'AugAssign'; readonly target: Name | Attribute | Subscript; readonly op: BinaryOperator; readonly value: Expr }
/**
 * `x: int = 3`; the annotation is parsed and ignored at run time for locals. `simple` is a bare name target
 * (not parenthesized): only those are recorded in __annotations__.
 */
export interface AnnAssign extends Span {
  readonly kind: 'AnnAssign';
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
  readonly simple: boolean;
}
export interface Delete extends Span { readonly kind: 'Delete'; readonly targets: readonly Expr[] }
export interface Pass extends Span { readonly kind: 'Pass' }
export interface Break extends Span { readonly kind: 'Break' }
export interface Continue extends Span { readonly kind: 'Continue' }
export interface Return extends Span { readonly kind: 'Return'; readonly value: Expr | null }
export interface Raise extends Span { readonly kind: 'Raise'; readonly exc: Expr | null; readonly cause: Expr | null }
export interface Global extends Span { readonly kind: 'Global'; readonly names: readonly string[] }
export interface Nonlocal extends Span { readonly kind: 'Nonlocal'; readonly names: readonly string[] }
export interface Assert extends Span { readonly kind: 'Assert'; readonly test: Expr; readonly msg: Expr | null }

export interface If extends Span { readonly kind: 'If'; readonly test: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
export interface While extends Span { readonly kind: 'While'; readonly test: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
/** isAsync: `async for` (CPython's AsyncFor node). */
export interface For extends Span { readonly kind: 'For'; readonly target: Expr; readonly iter: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[]; readonly isAsync?: boolean }

export interface ExceptHandler extends Span { readonly kind: 'ExceptHandler'; readonly type: Expr | null; readonly name: string | null; readonly body: readonly Stmt[] }
export interface Try extends Span {
  readonly kind: 'Try';
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
  /** `except*` handlers (CPython's TryStar node). */
  readonly isStar: boolean;
}

/** One `expr as target` of a with statement; optionalVars is null without `as`. */
export interface WithItem { readonly kind: 'withitem'; readonly contextExpr: Expr; readonly optionalVars: Expr | null }
/** isAsync: `async with` (CPython's AsyncWith node). */
export interface With extends Span { readonly kind: 'With'; readonly items: readonly WithItem[]; readonly body: readonly Stmt[]; readonly isAsync?: boolean }

// ---------- match statements (names as CPython's ast) ----------

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;
/** A literal or dotted-name pattern, compared with ==. */
export interface MatchValue extends Span { readonly kind: 'MatchValue'; readonly value: Expr }
/** None, True or False, compared with `is`. */
export interface MatchSingleton extends Span { readonly kind: 'MatchSingleton'; readonly value: null | boolean }
export interface MatchSequence extends Span { readonly kind: 'MatchSequence'; readonly patterns: readonly Pattern[] }
/** `{key: pattern, **rest}`. */
export interface MatchMapping extends Span {
  readonly kind: 'MatchMapping';
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
}
export interface MatchClass extends Span {
  readonly kind: 'MatchClass';
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwdAttrs: readonly string[];
  readonly kwdPatterns: readonly Pattern[];
}
/** `*name` in a sequence pattern; name null for `*_`. */
export interface MatchStar extends Span { readonly kind: 'MatchStar'; readonly name: string | null }
/** `pattern as name`, a capture (pattern null), or the wildcard `_` (both null). */
export interface MatchAs extends Span { readonly kind: 'MatchAs'; readonly pattern: Pattern | null; readonly name: string | null }
export interface MatchOr extends Span { readonly kind: 'MatchOr'; readonly patterns: readonly Pattern[] }
export interface MatchCase { readonly kind: 'match_case'; readonly pattern: Pattern; readonly guard: Expr | null; readonly body: readonly Stmt[] }
export interface Match extends Span { readonly kind: 'Match'; readonly subject: Expr; readonly cases: readonly MatchCase[] }

export interface FunctionDef extends Span {
  readonly kind: 'FunctionDef';
  readonly name: string;
  /** The name the def binds, when mangling changed it (compiler/mangle.ts); `name` stays the function's own. */
  readonly bindName?: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  /** Decorator expressions, outermost first. */
  readonly decorators: readonly Expr[];
  /** The `-> expr` annotation. */
  readonly returns: Expr | null;
  /** `async def` (CPython's AsyncFunctionDef node). */
  readonly isAsync?: boolean;
}
export interface ClassDef extends Span {
  readonly kind: 'ClassDef';
  readonly name: string;
  /** The name the class statement binds, when mangling changed it. */
  readonly bindName?: string;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorators: readonly Expr[];
}

export interface Alias extends Span { readonly kind: 'alias'; readonly name: string; readonly asname: string | null }
export interface Import extends Span { readonly kind: 'Import'; readonly names: readonly Alias[] }
/** `from module import a as b`; a name of `*` imports everything. level counts leading dots. */
export interface ImportFrom extends Span { readonly kind: 'ImportFrom'; readonly module: string | null; readonly names: readonly Alias[]; readonly level: number }

export interface Module {
  readonly kind: 'Module';
  readonly body: readonly Stmt[];
  /** The names the source spells (the parser interns them): see compiler/internedStrings.ts. */
  readonly identifiers?: ReadonlySet<string>;
}

export type Node = Expr | Stmt | Module | Keyword | Arg | ExceptHandler | Alias | Comprehension | WithItem | Pattern | MatchCase;
