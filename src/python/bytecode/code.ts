// The code object the compiler produces and the VM runs: instructions, constants, names and the localsplus layout.

import type { ConstantValue } from '../ast';

/** A constant as the compiler describes it; the VM turns each into a heap object once per code object. */
export type CodeConstant = ConstantValue | ConstTuple | ConstFrozenset | CodeObject;
export interface ConstTuple {
  readonly tuple: readonly CodeConstant[];
  /**
   * Made by the compiler (keyword names, import names, constant-key dict keys, folded BUILD_TUPLEs), not by the
   * AST optimizer: the parser's arena does not hold it, so its refcount has no arena reference.
   */
  readonly byCompiler?: true;
}
/** A frozenset the compiler folds a constant set display into (built from its items in order). */
export interface ConstFrozenset {
  readonly frozenset: readonly CodeConstant[];
  /** Built once more when the code object is made: intern_string_constants replaced one of its strings. */
  readonly reinterned?: true;
}

/** Kinds of localsplus slots, as CPython 3.11's CO_FAST_* bits. A captured argument is LOCAL | CELL in one slot. */
export const enum FastKind { LOCAL = 0x20, CELL = 0x40, FREE = 0x80 }

/** Code flags, as CPython's CO_* values. */
export const enum CodeFlag {
  OPTIMIZED = 0x0001, NEWLOCALS = 0x0002, VARARGS = 0x0004, VARKEYWORDS = 0x0008,
  NESTED = 0x0010, GENERATOR = 0x0020, COROUTINE = 0x0080, ITERABLE_COROUTINE = 0x0100, ASYNC_GENERATOR = 0x0200,
}

/** The flags whose code runs in a frame of its own object: calling the function makes a generator, coroutine or async generator. */
export const SUSPENDABLE_CODE = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;

export interface CodeObject {
  readonly kind: 'code';
  /** `f`, `<module>`, `<listcomp>`, `<genexpr>`, `<lambda>`, or the class name for a class body. */
  readonly name: string;
  /** `C.method`, `outer.<locals>.inner`, as CPython's co_qualname. */
  readonly qualname: string;
  readonly filename: string;
  readonly firstLine: number;
  /** Instruction i is ops[2*i] with argument ops[2*i+1]. */
  readonly ops: Int32Array;
  /** Source line of instruction i (1-based). */
  readonly lines: Int32Array;
  /** Source column (0-based) of instruction i, for error markers; -1 if unknown. */
  readonly columns: Int32Array;
  /** Where instruction i's source range ends (CPython's co_positions), for traceback carets. */
  readonly endLines: Int32Array;
  readonly endColumns: Int32Array;
  readonly consts: readonly CodeConstant[];
  /** A function's docstring, null without one. */
  readonly docstring: string | null;
  /** Global, attribute and import names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_*. */
  readonly names: readonly string[];
  /** Names of the localsplus slots: parameters first (in order: positional, *args, keyword-only, **kwargs), then other locals, cells, frees. */
  readonly localsplusNames: readonly string[];
  /** FastKind bits per localsplus slot. */
  readonly localsplusKinds: readonly number[];
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  /** Maximum depth of the value stack. */
  readonly stacksize: number;
  /** Indexes of back-edge JUMPs that don't count toward specialization warm-up (see CodeBuilder.markColdBackEdge). */
  readonly coldBackEdges: ReadonlySet<number>;
  /**
   * Where CPython 3.11 places a `while` loop's back-edge (it re-tests the condition there), by JUMP index:
   * a KeyboardInterrupt raised at that jump is reported at the loop head, as CPython reports it.
   */
  readonly loopHeadPositions: ReadonlyMap<number, SourcePosition>;
}

/**
 * Every code object is made here, its fields in one order: the compiler's and those read back from the CLI's
 * library cache then share one V8 shape (built field by field, a decoded code object had fallen into V8's
 * dictionary mode, and every frame's reads of it were hash lookups).
 */
export function newCodeObject(f: Omit<CodeObject, 'kind'>): CodeObject {
  return {
    kind: 'code', name: f.name, qualname: f.qualname, filename: f.filename, firstLine: f.firstLine,
    ops: f.ops, lines: f.lines, columns: f.columns, endLines: f.endLines, endColumns: f.endColumns,
    consts: f.consts, docstring: f.docstring, names: f.names, localsplusNames: f.localsplusNames, localsplusKinds: f.localsplusKinds,
    argcount: f.argcount, posonlyargcount: f.posonlyargcount, kwonlyargcount: f.kwonlyargcount, flags: f.flags, stacksize: f.stacksize,
    coldBackEdges: f.coldBackEdges, loopHeadPositions: f.loopHeadPositions,
  };
}

/** A source range: 1-based lines, 0-based columns (end exclusive). */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

export function isCodeObject(c: CodeConstant): c is CodeObject {
  return typeof c === 'object' && c !== null && (c as CodeObject).kind === 'code';
}

/** Adds a code object and every code object nested in its constants (functions, classes, comprehensions) to `set`. */
export function addCodeTree(set: WeakSet<CodeObject>, code: CodeObject): void {
  const pending = [code];
  for (let c = pending.pop(); c; c = pending.pop()) {
    set.add(c);
    for (const k of c.consts) if (isCodeObject(k)) pending.push(k);
  }
}

export function isConstTuple(c: CodeConstant): c is ConstTuple {
  return typeof c === 'object' && c !== null && Array.isArray((c as ConstTuple).tuple);
}

export function isConstFrozenset(c: CodeConstant): c is ConstFrozenset {
  return typeof c === 'object' && c !== null && Array.isArray((c as ConstFrozenset).frozenset);
}

export function isBytesConstant(c: CodeConstant): c is { readonly bytes: string } {
  return typeof c === 'object' && c !== null && typeof (c as { bytes?: unknown }).bytes === 'string';
}

export function isImaginaryConstant(c: CodeConstant): c is { readonly imag: number; readonly real: number } {
  return typeof c === 'object' && c !== null && typeof (c as { imag?: unknown }).imag === 'number';
}

/**
 * A constant's identity as _PyCode_ConstantKey gives it: equal keys are one object in a compilation unit
 * (1, 1.0 and True differ by type, 0.0 and -0.0 by sign). Null for what is never merged: a code object, and
 * a NaN (each NaN object is unequal to another).
 */
export function constantKey(c: CodeConstant): string | null {
  if (typeof c === 'bigint') return 'i' + c;
  if (typeof c === 'number' && Number.isNaN(c)) return null;
  if (typeof c === 'number') return 'f' + (Object.is(c, -0) ? '-0' : String(c));
  // Quoted: a tuple's key joins its items' keys, and a str may hold ',' or ')'.
  if (typeof c === 'string') return 's' + JSON.stringify(c);
  if (typeof c === 'boolean') return 'b' + c;
  if (c === null) return 'N';
  if (isCodeObject(c)) return null;
  if (isBytesConstant(c)) return 'y' + JSON.stringify(c.bytes);
  if (isImaginaryConstant(c)) return Number.isNaN(c.real) || Number.isNaN(c.imag) ? null : 'j' + (Object.is(c.real, -0) ? '-0' : String(c.real)) + ',' + (Object.is(c.imag, -0) ? '-0' : String(c.imag));
  if (isConstTuple(c)) {
    const parts = c.tuple.map(constantKey);
    return parts.includes(null) ? null : 't(' + parts.join(',') + ')';
  }
  if (isConstFrozenset(c)) {
    const parts = c.frozenset.map(constantKey);
    return parts.includes(null) ? null : 'z(' + [...new Set(parts)].sort().join(',') + ')';
  }
  return 'E';
}
