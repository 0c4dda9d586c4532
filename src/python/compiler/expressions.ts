// Code generation for expressions: operators, displays, calls, f-strings, lambdas and comprehensions.

import { annotationText } from './annotationText';
import { frozensetConstant } from './internedStrings';
import { compileStarCallKeywords, compileStarCallPositional } from './starCalls';
import { checkCaller, checkCompare, checkSubscript } from './syntaxWarnings';
import type * as A from '../ast';
import { matchAttributeStart } from './attributeLocation';
import { Op, BinaryOpArg, CompareOpArg, MakeFunctionFlag } from '../bytecode/opcodes';
import { CodeFlag, type CodeConstant } from '../bytecode/code';
import { CodeUnit } from './unit';
import type { Label } from './codeBuilder';
import { foldBinOp, foldSubscript, foldUnary } from './constantFolding';
import { percentFormatAsFString } from './percentFormat';
import { annotationsOf } from './annotations';
import { compileJumpIf } from './conditions';
import { AwaitSite, checkAwait, checkYield, checkYieldFrom, emitAsyncLoop, emitAwait, emitYield } from './asyncCode';

export const BINARY_ARG: Record<A.BinaryOperator, number> = {
  Add: BinaryOpArg.ADD, BitAnd: BinaryOpArg.AND, FloorDiv: BinaryOpArg.FLOOR_DIVIDE, LShift: BinaryOpArg.LSHIFT,
  MatMult: BinaryOpArg.MATRIX_MULTIPLY, Mult: BinaryOpArg.MULTIPLY, Mod: BinaryOpArg.REMAINDER, BitOr: BinaryOpArg.OR,
  Pow: BinaryOpArg.POWER, RShift: BinaryOpArg.RSHIFT, Sub: BinaryOpArg.SUBTRACT, Div: BinaryOpArg.TRUE_DIVIDE,
  BitXor: BinaryOpArg.XOR,
};

const COMPARE_ARG: Partial<Record<A.CompareOperator, number>> = {
  Lt: CompareOpArg.LT, LtE: CompareOpArg.LE, Eq: CompareOpArg.EQ, NotEq: CompareOpArg.NE, Gt: CompareOpArg.GT, GtE: CompareOpArg.GE,
};

/** The compile-time value of a constant expression (folded tuples included), or undefined. */
export function constantValue(e: A.Expr): CodeConstant | undefined {
  if (e.kind === 'Constant') return e.value;
  if (e.kind !== 'UnaryOp' && e.kind !== 'Tuple' && e.kind !== 'BinOp' && e.kind !== 'Subscript') return undefined;
  // Each node is folded once (compileOne asks at every level of a chain of operators).
  if (folded.has(e)) return folded.get(e);
  const value = foldNode(e);
  folded.set(e, value);
  return value;
}

const folded = new WeakMap<A.Expr, CodeConstant | undefined>();

function foldNode(e: A.UnaryOp | A.TupleExpr | A.BinOp | A.Subscript): CodeConstant | undefined {
  if (e.kind === 'UnaryOp') {
    const v = e.operand.kind === 'Constant' ? e.operand.value : constantValue(e.operand);
    if (e.op !== 'USub' || typeof v === 'boolean') return foldUnary(e.op, v);
    if (typeof v === 'bigint') return -v;
    if (typeof v === 'number') return -v;
    // -2j folds to complex(-0.0, -2.0), as CPython's constant folding negates both parts.
    if (typeof v === 'object' && v !== null && 'imag' in v) return { imag: -v.imag, real: -v.real };
    return undefined;
  }
  if (e.kind === 'BinOp') return foldBinOp(e.op, constantValue(e.left), constantValue(e.right));
  if (e.kind === 'Subscript') return e.ctx === 'load' ? foldSubscript(constantValue(e.value), constantValue(e.slice)) : undefined;
  if (e.ctx === 'load') {
    const items = e.elts.map(constantValue);
    if (items.every((x) => x !== undefined)) return { tuple: items as CodeConstant[] };
  }
  return undefined;
}

function emitCompareOp(u: CodeUnit, op: A.CompareOperator): void {
  if (op === 'Is' || op === 'IsNot') u.b.emit(Op.IS_OP, op === 'IsNot' ? 1 : 0);
  else if (op === 'In' || op === 'NotIn') u.b.emit(Op.CONTAINS_OP, op === 'NotIn' ? 1 : 0);
  else u.b.emit(Op.COMPARE_OP, COMPARE_ARG[op]!);
}

/** Pushes a sequence's items, or builds it from pieces when some are starred. */
/** STACK_USE_GUIDELINE: past this many items a display or call builds its container first and adds to it. */
export const STACK_USE_GUIDELINE = 30;

/**
 * starunpack_helper's non-constant part: the items on the stack and one build, or, with a `*item` or more than
 * STACK_USE_GUIDELINE items, the container built first (empty when big) and each later item added to it, so a
 * big list display grows as appends grow it. `display` is where the adds are placed.
 */
export function emitSequence(u: CodeUnit, elts: readonly A.Expr[], build: Op, extend: Op, add: Op, display: A.Span): void {
  const firstStar = elts.findIndex((x) => x.kind === 'Starred');
  const big = elts.length > STACK_USE_GUIDELINE;
  if (firstStar < 0 && !big) {
    for (const x of elts) compileExpr(u, x);
    u.at(display);
    u.b.emit(build, elts.length);
    return;
  }
  const onStack = big ? 0 : firstStar;
  for (const x of elts.slice(0, onStack)) compileExpr(u, x);
  u.at(display);
  u.b.emit(build, onStack);
  for (const x of elts.slice(onStack)) {
    compileExpr(u, x.kind === 'Starred' ? x.value : x);
    u.at(display);
    u.b.emit(x.kind === 'Starred' ? extend : add, 1);
  }
}

/** Work for compileExpr's loop: an expression to compile in a code unit, or code to emit when reached. */
type Task = { readonly unit: CodeUnit; readonly expr: A.Expr } | (() => void);

/** Queues steps to run in order (the task stack is last in, first out). */
function schedule(tasks: Task[], ...steps: Task[]): void {
  for (let i = steps.length - 1; i >= 0; i--) tasks.push(steps[i]);
}

/**
 * Compiles an expression. The operands of operators, attribute and subscript bases, callees, conditional
 * expressions and lambda bodies become tasks on an explicit stack instead of nested calls: a chain as deep as
 * CPython accepts (a+b+..., -(-(-x)), a.b.c..., f()()..., x if c else y if d else ..., lambda: lambda: ...)
 * costs no JavaScript stack. Displays, arguments and comprehensions still nest calls, but only as deep as
 * their brackets (at most 200).
 */
export function compileExpr(u: CodeUnit, e: A.Expr): void {
  const tasks: Task[] = [{ unit: u, expr: e }];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    if (typeof task === 'function') task();
    else compileOne(task.unit, task.expr, tasks);
  }
}

function compileOne(u: CodeUnit, e: A.Expr, tasks: Task[]): void {
  u.at(e);
  const folded = constantValue(e);
  if (folded !== undefined && e.kind !== 'Tuple') {
    u.b.loadConst(folded);
    return;
  }
  switch (e.kind) {
    case 'Name':
      return u.emitName(e.id, 'load');
    case 'Constant':
      return u.b.loadConst(e.value);
    case 'JoinedStr':
      return compileJoinedStr(u, e);
    case 'FormattedValue':
      return compileFormatted(u, e, e);
    case 'List': {
      const consts = e.elts.map(constantValue);
      if (e.elts.length >= 3 && consts.every((x) => x !== undefined)) {
        u.b.emit(Op.BUILD_LIST, 0);
        u.b.loadConst({ tuple: consts as CodeConstant[], byCompiler: true });
        u.b.emit(Op.LIST_EXTEND, 1);
        return;
      }
      return emitSequence(u, e.elts, Op.BUILD_LIST, Op.LIST_EXTEND, Op.LIST_APPEND, e);
    }
    case 'Tuple': {
      if (folded !== undefined) return u.b.loadConst(folded);
      if (e.elts.length > STACK_USE_GUIDELINE || e.elts.some((x) => x.kind === 'Starred')) {
        emitSequence(u, e.elts, Op.BUILD_LIST, Op.LIST_EXTEND, Op.LIST_APPEND, e);
        u.b.emit(Op.LIST_TO_TUPLE);
        return;
      }
      for (const x of e.elts) compileExpr(u, x);
      u.b.emit(Op.BUILD_TUPLE, e.elts.length);
      return;
    }
    case 'Set': {
      // Three or more constants: an empty set updated from a frozenset constant, as CPython compiles it.
      const items = constantSetItems(e);
      if (items && items.length >= 3) {
        u.b.emit(Op.BUILD_SET, 0);
        u.b.loadConst(frozensetConstant(items, u.table.identifiers, u.table.cachedStrs));
        u.b.emit(Op.SET_UPDATE, 1);
        return;
      }
      return emitSequence(u, e.elts, Op.BUILD_SET, Op.SET_UPDATE, Op.SET_ADD, e);
    }
    case 'Dict':
      return compileDict(u, e);
    case 'BinOp': {
      const asFString = percentFormatRewrite(e);
      if (asFString) return compileJoinedStr(u, asFString, null);
      return schedule(tasks, { unit: u, expr: e.left }, { unit: u, expr: e.right }, () => {
        u.at(e);
        u.b.emit(Op.BINARY_OP, BINARY_ARG[e.op]);
      });
    }
    case 'UnaryOp':
      return schedule(tasks, { unit: u, expr: e.operand }, () => {
        u.at(e);
        u.b.emit(e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
      });
    case 'BoolOp': {
      const end = u.b.newLabel();
      const jump = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      e.values.forEach((v, i) => {
        compileExpr(u, v);
        if (i < e.values.length - 1) {
          u.at(e);
          u.b.emitJump(jump, end);
        }
      });
      u.b.place(end);
      return;
    }
    case 'Compare':
      checkCompare(u, e);
      return compileCompare(u, e);
    case 'Call':
      checkCaller(u, e);
      return compileCall(u, e, tasks);
    case 'Attribute':
      return schedule(tasks, { unit: u, expr: e.value }, () => {
        u.at(matchAttributeStart(e, e));
        u.b.emit(Op.LOAD_ATTR, u.b.nameIndex(e.attr));
      });
    case 'Subscript':
      checkSubscript(u, e);
      return schedule(tasks, { unit: u, expr: e.value }, () => {
        compileSubscriptKey(u, e.slice);
        u.at(e);
        u.b.emit(Op.BINARY_SUBSCR);
      });
    case 'Slice':
      return compileSubscriptKey(u, e);
    case 'Starred':
      throw u.error(e, "can't use starred expression here");
    case 'Lambda': {
      refuseDebugParameters(u, e.args, e);
      const fn = beginFunction(u, e, '<lambda>', e.args);
      // None is a lambda's first constant, so that it cannot have a docstring (as compiler_lambda).
      fn.child.b.constIndex(null);
      return schedule(tasks, { unit: fn.child, expr: e.body }, () => {
        fn.child.b.emit(Op.RETURN_VALUE);
        finishFunction(u, fn, e, e.args);
      });
    }
    case 'IfExp': {
      const orelse = u.b.newLabel();
      const end = u.b.newLabel();
      return schedule(
        tasks,
        () => compileJumpIf(u, e.test, false, orelse, e),
        { unit: u, expr: e.body },
        () => {
          u.b.emitJump(Op.JUMP, end);
          u.b.place(orelse);
        },
        { unit: u, expr: e.orelse },
        () => u.b.place(end),
      );
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return compileComprehension(u, e);
    case 'Yield':
      checkYield(u, e);
      if (e.value) compileExpr(u, e.value);
      else u.b.loadConst(null);
      u.at(e);
      emitYield(u);
      return;
    case 'Await':
      checkAwait(u, e);
      compileExpr(u, e.value);
      u.at(e);
      emitAwait(u, AwaitSite.EXPRESSION);
      return;
    case 'NamedExpr': {
      const target = e.target;
      return schedule(tasks, { unit: u, expr: e.value }, () => {
        u.at(e);
        u.b.emit(Op.COPY, 1);
        compileStore(u, target);
      });
    }
    case 'YieldFrom':
      checkYieldFrom(u, e);
      compileExpr(u, e.value);
      u.at(e);
      u.b.emit(Op.GET_YIELD_FROM_ITER);
      u.b.loadConst(null);
      u.b.emit(Op.YIELD_FROM);
      return;
  }
}

/** The key of a subscript: slices become BUILD_SLICE, everything else an expression. */
export function compileSubscriptKey(u: CodeUnit, key: A.Expr): void {
  if (key.kind !== 'Slice') return compileExpr(u, key);
  for (const part of [key.lower, key.upper]) {
    if (part) compileExpr(u, part);
    else u.b.loadConst(null);
  }
  if (key.step) {
    compileExpr(u, key.step);
    u.b.emit(Op.BUILD_SLICE, 3);
  } else u.b.emit(Op.BUILD_SLICE, 2);
}

/**
 * CPython's AST optimizer (fold_iter) turns a list display that is only iterated or searched (`for x in
 * [...]`, `x in [...]`) into a tuple, a constant one when its items are constants.
 */
function iterationForm(e: A.Expr): A.Expr {
  if (e.kind !== 'List' || e.elts.some((x) => x.kind === 'Starred')) return e;
  return { ...e, kind: 'Tuple' };
}

/** The items of a set display when all are constants (folded into a frozenset), else undefined. */
function constantSetItems(e: A.Expr): CodeConstant[] | undefined {
  if (e.kind !== 'Set') return undefined;
  const items = e.elts.map(constantValue);
  return items.every((x) => x !== undefined) ? (items as CodeConstant[]) : undefined;
}

/**
 * An iterable the AST optimizer folds (fold_iter: `for` and comprehension iterables, the right side of
 * `in`): a list display becomes a tuple, a constant set display a frozenset constant.
 */
export function compileIterable(u: CodeUnit, e: A.Expr): void {
  const items = constantSetItems(e);
  if (items) {
    u.at(e);
    u.b.loadConst(frozensetConstant(items, u.table.identifiers, u.table.cachedStrs));
    return;
  }
  compileExpr(u, iterationForm(e));
}

/**
 * A comparison. With `jump` (a chain tested by if/while/assert...), compiled as CPython's compiler_jump_if does:
 * each link jumps out on false, the last jumps to the target. A chain's operations carry the whole chain's position.
 */
export function compileCompare(u: CodeUnit, e: A.Compare, jump?: { ifTrue: boolean; target: Label }): void {
  const lastOp = e.ops[e.ops.length - 1];
  const searched = lastOp === 'In' || lastOp === 'NotIn';
  // The last comparand of `in` is folded like an iterable (fold_compare).
  const compileLast = (x: A.Expr): void => (searched ? compileIterable(u, x) : compileExpr(u, x));
  compileExpr(u, e.left);
  if (e.ops.length === 1) {
    compileLast(e.comparators[0]);
    u.at(e);
    emitCompareOp(u, e.ops[0]);
    return;
  }
  const cleanup = u.b.newLabel();
  const end = u.b.newLabel();
  for (let i = 0; i < e.ops.length - 1; i++) {
    compileExpr(u, e.comparators[i]);
    u.at(e);
    u.b.emit(Op.SWAP, 2);
    u.b.emit(Op.COPY, 2);
    emitCompareOp(u, e.ops[i]);
    u.b.emitJump(jump ? Op.POP_JUMP_IF_FALSE : Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileLast(e.comparators[e.comparators.length - 1]);
  u.at(e);
  emitCompareOp(u, e.ops[e.ops.length - 1]);
  if (jump) u.b.emitJump(jump.ifTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, jump.target);
  u.b.emitJump(Op.JUMP, end);
  u.b.place(cleanup);
  if (!jump) u.b.emit(Op.SWAP, 2);
  u.b.emit(Op.POP_TOP);
  if (jump && !jump.ifTrue) u.b.emitJump(Op.JUMP, jump.target);
  u.b.place(end);
}

/**
 * compiler_dict: runs of `key: value` pairs as subdicts (a run is cut once it passes STACK_USE_GUIDELINE's
 * worth of stack), merged in order with each `**mapping` by DICT_UPDATE.
 */
function compileDict(u: CodeUnit, e: A.DictExpr): void {
  const n = e.keys.length;
  let haveDict = false;
  let elements = 0;
  const packRun = (begin: number, end: number) => {
    compileSubdict(u, e, begin, end);
    if (haveDict) u.b.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
    elements = 0;
  };
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements > 0) packRun(i - elements, i);
      if (!haveDict) u.b.emit(Op.BUILD_MAP, 0);
      haveDict = true;
      compileExpr(u, e.values[i]);
      u.at(e);
      u.b.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) packRun(i - elements, i + 1);
    else elements++;
  }
  if (elements > 0) packRun(n - elements, n);
  if (!haveDict) u.b.emit(Op.BUILD_MAP, 0);
}

/** compiler_subdict: pairs begin..end as one dict, BUILD_CONST_KEY_MAP for constant keys, MAP_ADD when big. */
function compileSubdict(u: CodeUnit, e: A.DictExpr, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end).map((k) => constantValue(k!));
  // Any constant keys, None and folded tuples too (are_all_items_const).
  if (n > 1 && !big && keys.every((k) => k !== undefined)) {
    for (const v of e.values.slice(begin, end)) compileExpr(u, v);
    u.at(e);
    u.b.loadConst({ tuple: keys as CodeConstant[], byCompiler: true });
    u.b.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  // The display's whole extent: an unhashable key is marked from { to }.
  u.at(e);
  if (big) u.b.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(u, e.keys[i]!);
    compileExpr(u, e.values[i]);
    u.at(e);
    if (big) u.b.emit(Op.MAP_ADD, 1);
  }
  if (!big) u.b.emit(Op.BUILD_MAP, n);
}

/**
 * An f-string; `literal` is the whole literal (its implicitly joined parts too), where its fields' formats fail,
 * or null for a `%` format rewritten as one (each field's format fails at its item).
 */
function compileJoinedStr(u: CodeUnit, e: A.JoinedStr, literal: A.Span | null = e): void {
  if (e.values.length === 0) return u.b.loadConst('');
  for (const v of e.values) {
    if (v.kind === 'Constant') u.b.loadConst(v.value);
    else compileFormatted(u, v, literal ?? v);
  }
  if (e.values.length > 1) u.b.emit(Op.BUILD_STRING, e.values.length);
}

/** `fmt % (a, b)` as CPython 3.11 compiles it when it can: an f-string (percentFormat.ts). */
function percentFormatRewrite(e: A.BinOp): A.JoinedStr | null {
  if (e.op !== 'Mod' || e.right.kind !== 'Tuple' || e.right.elts.some((x) => x.kind === 'Starred')) return null;
  const fmt = constantValue(e.left);
  if (typeof fmt !== 'string' || constantValue(e.right) !== undefined) return null;
  return percentFormatAsFString(fmt, e.right.elts, e);
}

function compileFormatted(u: CodeUnit, v: A.FormattedValue, literal: A.Span): void {
  compileExpr(u, v.value);
  let flags = v.conversion === 's' ? 1 : v.conversion === 'r' ? 2 : v.conversion === 'a' ? 3 : 0;
  if (v.formatSpec) {
    compileJoinedStr(u, v.formatSpec, literal);
    flags |= 4;
  }
  // CPython 3.11 places FORMAT_VALUE at the whole literal, so a failing format marks all of it.
  u.at(literal);
  u.b.emit(Op.FORMAT_VALUE, flags);
}

/** A call: the callee (or the method's object) as a task, then the arguments and the call. */
function compileCall(u: CodeUnit, e: A.Call, tasks: Task[]): void {
  const nargs = e.args.length;
  const nkw = e.keywords.length;
  const starred = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null);
  // maybe_optimize_method_call's limit, then compiler_call_helper's: past it the arguments go by CALL_FUNCTION_EX.
  const isMethod = !starred && e.func.kind === 'Attribute' && nargs + nkw + (nkw > 0 ? 1 : 0) < STACK_USE_GUIDELINE;
  const hasStar = starred || (!isMethod && nargs + 2 * nkw > STACK_USE_GUIDELINE);
  if (isMethod) {
    const attr = e.func as A.Attribute;
    schedule(tasks, { unit: u, expr: attr.value }, () => {
      u.at(matchAttributeStart(attr, attr));
      u.b.emit(Op.LOAD_METHOD, u.b.nameIndex(attr.attr));
      compileCallArguments(u, e, hasStar, matchAttributeStart(e, attr));
    });
  } else {
    u.b.emit(Op.PUSH_NULL);
    schedule(tasks, { unit: u, expr: e.func }, () => compileCallArguments(u, e, hasStar));
  }
}

/**
 * compile.c's validate_keywords, before any argument is compiled: a keyword named `__debug__` (at the call) and a
 * repeated keyword (at its second use).
 */
export function validateKeywords(u: CodeUnit, keywords: readonly A.Keyword[], at: A.Span): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    u.at(at);
    u.refuseDebugName(k.arg);
    const repeated = keywords.slice(i + 1).find((other) => other.arg === k.arg);
    if (repeated) throw u.error(repeated, `keyword argument repeated: ${k.arg}`);
  });
}

/** compile.c's compiler_check_debug_args: no parameter may be named `__debug__` (reported at the def or lambda). */
export function refuseDebugParameters(u: CodeUnit, args: A.Arguments, at: A.Span): void {
  u.at(at);
  for (const a of [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg]) {
    if (a !== null) u.refuseDebugName(a.arg);
  }
}

/** The arguments and the call, placed at `callAt` (a method call's starts at its name: matchAttributeStart). */
function compileCallArguments(u: CodeUnit, e: A.Call, hasStar: boolean, callAt: A.Span = e): void {
  validateKeywords(u, e.keywords, e);
  if (hasStar) {
    compileStarCallPositional(u, e.args, e);
    compileStarCallKeywords(u, e.keywords, e);
    u.at(e);
    u.b.emit(Op.CALL_FUNCTION_EX, e.keywords.length > 0 ? 1 : 0);
    return;
  }
  for (const a of e.args) compileExpr(u, a);
  for (const k of e.keywords) compileExpr(u, k.value);
  u.at(callAt);
  if (e.keywords.length > 0) {
    u.b.emit(Op.KW_NAMES, u.b.constIndex({ tuple: e.keywords.map((k) => k.arg!), byCompiler: true }, true));
  }
  u.b.emit(Op.CALL, e.args.length + e.keywords.length);
}

/** The qualified name of a child scope: `f.<locals>.g`, `C.m`, or just the name at module level. */
export function childQualname(u: CodeUnit, name: string): string {
  if (u.scope.kind === 'module') return name;
  if (u.scope.kind === 'class') return `${u.qualname}.${name}`;
  return `${u.qualname}.<locals>.${name}`;
}

/** Pushes the closure tuple for a child code unit (flag 0x08) if it has free variables. */
export function emitClosure(u: CodeUnit, child: CodeUnit): number {
  const frees = child.localsplus.filter((_, i) => child.kinds[i] & 0x80);
  if (frees.length === 0) return 0;
  for (const name of frees) u.b.emit(Op.LOAD_CLOSURE, u.slot(name));
  u.b.emit(Op.BUILD_TUPLE, frees.length);
  return MakeFunctionFlag.CLOSURE;
}

/** def: compiles the body into a child code object and emits MAKE_FUNCTION. */
export function makeFunction(
  u: CodeUnit, node: A.FunctionDef, name: string, args: A.Arguments, body: readonly A.Stmt[],
  compileBody: (child: CodeUnit, body: readonly A.Stmt[]) => void,
): void {
  const fn = beginFunction(u, node, name, args);
  compileBody(fn.child, body);
  finishFunction(u, fn, node, args);
}

interface FunctionInProgress {
  readonly child: CodeUnit;
  /** MAKE_FUNCTION's flags for the defaults pushed so far. */
  flags: number;
}

/**
 * Where a def's or class's code begins: its first decorator's line (co_firstlineno), though the statement's own
 * position starts at `def`/`class`.
 */
export function definitionHead(node: A.FunctionDef | A.ClassDef | A.Lambda): A.Span {
  if (node.kind === 'Lambda' || node.decorators.length === 0) return node;
  const first = node.decorators[0];
  return { line: first.line, col: first.col - 1, endLine: node.endLine, endCol: node.endCol };
}

/** def and lambda: pushes the defaults and opens the child code unit the body compiles into. */
function beginFunction(u: CodeUnit, node: A.FunctionDef | A.Lambda, name: string, args: A.Arguments): FunctionInProgress {
  u.at(node);
  let flags = 0;
  if (args.defaults.length > 0) {
    const consts = args.defaults.map(constantValue);
    if (consts.every((c) => c !== undefined)) u.b.loadFoldedTuple(consts as CodeConstant[]);
    else {
      for (const d of args.defaults) compileExpr(u, d);
      u.b.emit(Op.BUILD_TUPLE, args.defaults.length);
    }
    flags |= MakeFunctionFlag.DEFAULTS;
  }
  const kwDefaults = args.kwonlyargs.map((a, i) => [a.arg, args.kwDefaults[i]] as const).filter(([, d]) => d !== null);
  if (kwDefaults.length > 0) {
    // compiler_visit_kwonlydefaults: the values, then a tuple of the names for BUILD_CONST_KEY_MAP.
    for (const [, d] of kwDefaults) compileExpr(u, d!);
    u.b.loadConst({ tuple: kwDefaults.map(([n]) => n), byCompiler: true }, true);
    u.b.emit(Op.BUILD_CONST_KEY_MAP, kwDefaults.length);
    flags |= MakeFunctionFlag.KWDEFAULTS;
  }
  if (node.kind === 'FunctionDef') flags |= pushAnnotations(u, node);
  const scope = u.table.scopeOf(node);
  const head = definitionHead(node);
  const child = new CodeUnit(u.table, scope, name, childQualname(u, name), u.filename, head.line);
  child.at(head);
  child.prologue();
  return { child, flags };
}

/**
 * A def's annotations as a tuple of (name, value) pairs, evaluated when the def runs; a constant tuple when
 * every value is a constant (CPython folds that BUILD_TUPLE). Returns MAKE_FUNCTION's flag for it, or 0.
 */
function pushAnnotations(u: CodeUnit, node: A.FunctionDef): number {
  const annotations = annotationsOf(node);
  if (annotations.length === 0) return 0;
  // Under `from __future__ import annotations` every value is its expression's text (PEP 563).
  const asText = u.table.future.features.has('annotations');
  const values = annotations.map(([, e]) => (asText ? annotationText(e) : constantValue(e)));
  if (values.every((v) => v !== undefined)) {
    annotations.forEach(([name], i) => {
      u.b.constIndex(name, true);
      u.b.constIndex(values[i]!);
    });
    u.b.loadFoldedTuple(annotations.flatMap(([name], i) => [name, values[i] as CodeConstant]));
  } else {
    for (const [name, annotation] of annotations) {
      u.b.loadConst(name, true);
      compileExpr(u, annotation);
    }
    u.b.emit(Op.BUILD_TUPLE, 2 * annotations.length);
  }
  return MakeFunctionFlag.ANNOTATIONS;
}

/** Finishes the child's code object and emits MAKE_FUNCTION (with the closure, if any). */
function finishFunction(u: CodeUnit, fn: FunctionInProgress, node: A.FunctionDef | A.Lambda, args: A.Arguments): void {
  const { child } = fn;
  let flags = fn.flags;
  const positional = args.posonlyargs.length + args.args.length;
  let codeFlags = CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS;
  if (args.vararg) codeFlags |= CodeFlag.VARARGS;
  if (args.kwarg) codeFlags |= CodeFlag.VARKEYWORDS;
  if (u.scope.isFunctionLike) codeFlags |= CodeFlag.NESTED;
  const code = child.finish(positional, args.posonlyargs.length, args.kwonlyargs.length, codeFlags);
  flags |= emitClosure(u, child);
  u.at(node);
  u.b.loadConst(code);
  u.b.emit(Op.MAKE_FUNCTION, flags);
}

function compileComprehension(u: CodeUnit, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
  const scope = u.table.scopeOf(e);
  const name = scope.name;
  const child = new CodeUnit(u.table, scope, name, childQualname(u, name), u.filename, e.line);
  // An async list, set or dict comprehension is awaited where it stands.
  const awaited = scope.isCoroutine && e.kind !== 'GeneratorExp';
  if (awaited && !u.scope.isAsyncDef && u.scope.kind !== 'comprehension') {
    throw u.error(e, 'asynchronous comprehension outside of an asynchronous function');
  }
  child.at(e);
  child.prologue();
  if (e.kind === 'ListComp') child.b.emit(Op.BUILD_LIST, 0);
  else if (e.kind === 'SetComp') child.b.emit(Op.BUILD_SET, 0);
  else if (e.kind === 'DictComp') child.b.emit(Op.BUILD_MAP, 0);
  const depth = e.generators.length + 1;
  // A comparison's position stays for later conditions, as in CPython (see compileJumpIf).
  let conditionAt: A.Span = e;
  const emitGenerator = (i: number): void => {
    const gen = e.generators[i];
    const start = child.b.newLabel();
    const end = child.b.newLabel();
    if (i === 0) child.b.emit(Op.LOAD_FAST, child.slot('.0'));
    else if (gen.isAsync) {
      compileExpr(child, gen.iter);
      child.b.emit(Op.GET_AITER);
    } else {
      compileIterable(child, gen.iter);
      child.b.emit(Op.GET_ITER);
    }
    const loopBody = (): void => {
      compileStore(child, gen.target);
      for (const cond of gen.ifs) conditionAt = compileJumpIf(child, cond, false, start, conditionAt);
      emitElement(i);
    };
    if (gen.isAsync) return emitAsyncLoop(child, e, start, loopBody);
    child.b.place(start);
    child.at(e);
    child.b.emitJump(Op.FOR_ITER, end);
    loopBody();
    child.b.emitJump(Op.JUMP, start);
    child.b.place(end);
  };
  const emitElement = (i: number): void => {
    if (i + 1 < e.generators.length) emitGenerator(i + 1);
    else if (e.kind === 'DictComp') {
      compileExpr(child, e.key);
      compileExpr(child, e.value);
      child.b.emit(Op.MAP_ADD, depth);
    } else {
      compileExpr(child, e.elt);
      if (e.kind === 'GeneratorExp') {
        emitYield(child);
        child.b.emit(Op.POP_TOP);
      } else child.b.emit(e.kind === 'ListComp' ? Op.LIST_APPEND : Op.SET_ADD, depth);
    }
  };
  emitGenerator(0);
  if (e.kind === 'GeneratorExp') child.b.loadConst(null);
  child.b.emit(Op.RETURN_VALUE);
  const codeFlags = CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS | (u.scope.isFunctionLike ? CodeFlag.NESTED : 0);
  const code = child.finish(1, 0, 0, codeFlags);
  const flags = emitClosure(u, child);
  u.at(e);
  u.b.loadConst(code);
  u.b.emit(Op.MAKE_FUNCTION, flags);
  if (e.generators[0].isAsync) compileExpr(u, e.generators[0].iter);
  else compileIterable(u, e.generators[0].iter);
  // GET_ITER and the call carry the whole comprehension's position (a traceback marks all of it).
  u.at(e);
  u.b.emit(e.generators[0].isAsync ? Op.GET_AITER : Op.GET_ITER);
  u.b.emit(Op.CALL, 0);
  if (awaited) emitAwait(u, AwaitSite.EXPRESSION);
}

/** Stores TOS into an assignment target (names, attributes, subscripts, unpacking). */
export function compileStore(u: CodeUnit, t: A.Expr): void {
  switch (t.kind) {
    case 'Name':
      u.at(t);
      return u.emitName(t.id, 'store');
    case 'Attribute':
      compileExpr(u, t.value);
      u.at(t);
      u.refuseDebugName(t.attr);
      u.at(matchAttributeStart(t, t));
      u.b.emit(Op.STORE_ATTR, u.b.nameIndex(t.attr));
      return;
    case 'Subscript':
      compileExpr(u, t.value);
      compileSubscriptKey(u, t.slice);
      u.at(t);
      u.b.emit(Op.STORE_SUBSCR);
      return;
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((x) => x.kind === 'Starred');
      u.at(t);
      if (star < 0) u.b.emit(Op.UNPACK_SEQUENCE, t.elts.length);
      else u.b.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
      for (const x of t.elts) compileStore(u, x.kind === 'Starred' ? x.value : x);
      return;
    }
    case 'Starred':
      throw u.error(t, 'starred assignment target must be in a list or tuple');
    default:
      throw u.error(t, 'cannot assign to expression');
  }
}
