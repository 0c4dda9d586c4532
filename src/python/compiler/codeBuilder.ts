// Accumulates instructions with labels, line numbers, constants and names, then assembles a CodeObject.

import { Op } from '../bytecode/opcodes';
import type { CodeConstant, CodeObject, SourcePosition } from '../bytecode/code';
import { constantKey, newCodeObject } from '../bytecode/code';
import type { CachedStrs } from './internedStrings';

export interface Label {
  target: number;
}

const JUMPS = new Set<number>([
  Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP,
  Op.FOR_ITER, Op.SETUP_FINALLY, Op.SETUP_WITH, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
]);

/** Stack effect of an instruction when it falls through (jump=false) or jumps (jump=true). */
function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.KW_NAMES: case Op.POP_BLOCK:
    case Op.POP_EXCEPT: case Op.DELETE_FAST: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: case Op.DELETE_DEREF:
    case Op.SWAP: case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT:
    case Op.GET_ITER: case Op.LOAD_ATTR: case Op.GET_YIELD_FROM_ITER: case Op.YIELD_VALUE: case Op.LIST_TO_TUPLE:
    case Op.PUSH_EXC_INFO: case Op.JUMP: case Op.CHECK_EG_MATCH:
    case Op.GET_AWAITABLE: case Op.GET_AITER: case Op.ASYNC_GEN_WRAP:
      return 0;
    case Op.GET_ANEXT: case Op.BEFORE_ASYNC_WITH: return 1;
    case Op.END_ASYNC_FOR: return -2;
    case Op.POP_TOP: case Op.PRINT_EXPR: case Op.IMPORT_STAR: case Op.STORE_FAST: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_DEREF:
    case Op.DELETE_ATTR: case Op.BINARY_SUBSCR: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP:
    case Op.CONTAINS_OP: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
    case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
    case Op.RERAISE: case Op.YIELD_FROM: case Op.RETURN_VALUE: case Op.CHECK_EXC_MATCH:
    case Op.PREP_RERAISE_STAR: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      return op === Op.CHECK_EXC_MATCH ? 0 : op === Op.YIELD_FROM ? -1 : -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_NAME: case Op.LOAD_GLOBAL:
    case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_ASSERTION_ERROR: case Op.IMPORT_FROM: case Op.LOAD_METHOD:
      return 1;
    // IMPORT_NAME pops level and fromlist, pushes the module.
    case Op.IMPORT_NAME: return -1;
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.MAP_ADD: return -2;
    case Op.STORE_SUBSCR: return -3;
    case Op.BUILD_SLICE: return 1 - arg;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP: return -arg;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op.FOR_ITER: return jump ? -1 : 1;
    case Op.MAKE_FUNCTION: return -((arg & 1 ? 1 : 0) + (arg & 2 ? 1 : 0) + (arg & 4 ? 1 : 0) + (arg & 8 ? 1 : 0));
    case Op.CALL: return -arg - 1;
    case Op.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op.SETUP_FINALLY: return jump ? 1 : 0;
    // The handler starts without the __enter__ result and with the exception.
    case Op.SETUP_WITH: return 0;
    case Op.BEFORE_WITH: case Op.WITH_EXCEPT_START: return 1;
    case Op.GET_LEN: case Op.MATCH_SEQUENCE: case Op.MATCH_MAPPING: case Op.MATCH_KEYS: return 1;
    case Op.MATCH_CLASS: return -2;
    case Op.RAISE_VARARGS: return -arg;
  }
  return 0;
}

export class CodeBuilder {
  /** `cached`: the file's record of which strs entered its constant cache as identifiers. */
  constructor(readonly cached: CachedStrs) {}
  readonly ops: number[] = [];
  readonly lines: number[] = [];
  readonly columns: number[] = [];
  readonly endLines: number[] = [];
  readonly endColumns: number[] = [];
  readonly consts: CodeConstant[] = [];
  readonly names: string[] = [];
  line = 1;
  col = 0;
  endLine = 1;
  endCol = -1;
  private readonly labels: Label[] = [];

  emit(op: Op, arg = 0): number {
    this.ops.push(op, arg);
    this.lines.push(this.line);
    this.columns.push(this.col);
    this.endLines.push(this.endLine);
    this.endColumns.push(this.endCol);
    return this.lines.length - 1;
  }

  /** Emits a jump whose argument is resolved when the label is placed. */
  emitJump(op: Op, label: Label): number {
    const index = this.emit(op, 0);
    this.fixups.push({ index, label });
    return index;
  }

  /**
   * Marks a back-edge that CPython 3.11 compiles as a conditional jump (a `while` loop re-tests at the
   * bottom with POP_JUMP_BACKWARD_IF_TRUE), which, unlike JUMP_BACKWARD, does not warm the code up.
   */
  markColdBackEdge(index: number): void {
    this.coldBackEdges.push(index);
  }
  private readonly coldBackEdges: number[] = [];
  private readonly loopHeads = new Map<number, SourcePosition>();

  /** Records where CPython reports a `while` loop's back-edge (see CodeObject.loopHeadPositions). */
  markLoopHead(index: number, at: SourcePosition): void {
    // Only the position: `at` may be the loop's AST node, which the code object should not keep alive.
    this.loopHeads.set(index, { line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol });
  }
  private readonly fixups: { index: number; label: Label }[] = [];

  newLabel(): Label {
    const l = { target: -1 };
    this.labels.push(l);
    return l;
  }

  place(label: Label): void {
    label.target = this.lines.length;
  }

  get position(): number {
    return this.lines.length;
  }

  /**
   * Index of a constant, reusing equal scalars (CPython merges equal constants in one code object).
   * `identifier`: its strs are the parser's interned names (keyword names, class and imported names).
   */
  constIndex(value: CodeConstant, identifier = false): number {
    this.cached.note(value, identifier);
    const key = constantKey(value);
    if (key !== null) {
      const i = this.constIndexes.get(key);
      if (i !== undefined) return i;
      this.constIndexes.set(key, this.consts.length);
    }
    this.consts.push(value);
    return this.consts.length - 1;
  }
  private readonly nameIndexes = new Map<string, number>();
  /** Where each constant already is, by its key: a program with thousands of constants compiles in linear time. */
  private readonly constIndexes = new Map<string, number>();

  nameIndex(name: string): number {
    let i = this.nameIndexes.get(name) ?? -1;
    if (i < 0) {
      this.names.push(name);
      i = this.names.length - 1;
      this.nameIndexes.set(name, i);
    }
    return i;
  }

  loadConst(value: CodeConstant, identifier = false): void {
    this.emit(Op.LOAD_CONST, this.constIndex(value, identifier));
  }

  /**
   * A BUILD_TUPLE of constants, as CPython's optimizer folds it (fold_tuple_on_constants): the items stay
   * constants of their own, and the tuple is added when the unit is assembled, after nested units' constants.
   */
  loadFoldedTuple(items: readonly CodeConstant[]): void {
    for (const x of items) this.constIndex(x);
    this.foldedTuples.push({ index: this.position, tuple: { tuple: items, byCompiler: true } });
    this.emit(Op.LOAD_CONST, -1);
  }
  private readonly foldedTuples: { index: number; tuple: CodeConstant }[] = [];

  /** Resolves labels and computes the maximum stack depth. */
  assemble(meta: Omit<CodeObject, 'kind' | 'ops' | 'lines' | 'columns' | 'endLines' | 'endColumns' | 'consts' | 'names' | 'stacksize' | 'coldBackEdges' | 'loopHeadPositions'>): CodeObject {
    for (const f of this.foldedTuples) this.ops[f.index * 2 + 1] = this.constIndex(f.tuple);
    for (const f of this.fixups) {
      if (f.label.target < 0) throw new Error('unplaced label');
      this.ops[f.index * 2 + 1] = f.label.target;
    }
    const ops = Int32Array.from(this.ops);
    const { maxDepth, reachable } = analyzeFlow(ops);
    trimUnusedConsts(this.consts, ops, reachable);
    return newCodeObject({
      ...meta,
      ops,
      lines: Int32Array.from(this.lines),
      columns: Int32Array.from(this.columns),
      endLines: Int32Array.from(this.endLines),
      endColumns: Int32Array.from(this.endColumns),
      consts: this.consts,
      names: this.names,
      stacksize: maxDepth,
      coldBackEdges: new Set(this.coldBackEdges),
      loopHeadPositions: this.loopHeads,
    });
  }
}

/**
 * trim_unused_consts: constants at the end that no reachable instruction loads go (the implicit `return None`
 * after a final return is dead code); the first one, a function's docstring or None, always stays.
 */
function trimUnusedConsts(consts: CodeConstant[], ops: Int32Array, reachable: Uint8Array): void {
  let maxUsed = 0;
  for (let pc = 0; pc < reachable.length; pc++) {
    const op = ops[pc * 2];
    if (reachable[pc] && (op === Op.LOAD_CONST || op === Op.KW_NAMES)) maxUsed = Math.max(maxUsed, ops[pc * 2 + 1]);
  }
  if (consts.length > maxUsed + 1) consts.length = maxUsed + 1;
}

/** Flow analysis over all paths: the deepest the value stack gets, and which instructions can run. */
function analyzeFlow(ops: Int32Array): { maxDepth: number; reachable: Uint8Array } {
  const n = ops.length / 2;
  const depthAt = new Int32Array(n).fill(-1);
  const work: [number, number][] = [[0, 0]];
  let max = 0;
  while (work.length > 0) {
    const [start, startDepth] = work.pop()!;
    let pc = start;
    let depth = startDepth;
    while (pc < n) {
      if (depthAt[pc] >= depth) break;
      depthAt[pc] = depth;
      const op = ops[pc * 2], arg = ops[pc * 2 + 1];
      if (JUMPS.has(op)) {
        const jd = depth + stackEffect(op, arg, true);
        max = Math.max(max, jd);
        work.push([arg, jd]);
      }
      depth += stackEffect(op, arg, false);
      max = Math.max(max, depth);
      if (op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS) break;
      pc++;
    }
  }
  const reachable = new Uint8Array(n);
  for (let pc = 0; pc < n; pc++) reachable[pc] = depthAt[pc] >= 0 ? 1 : 0;
  return { maxDepth: max, reachable };
}
