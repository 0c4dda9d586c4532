// What CPython 3.11's compiler allocates and frees between its startup and a program's first line, replayed
// against the free lists: it decides the program's starting gc.get_count() and the free lists' levels.
//
// Only GC-tracked allocations move generation 0's count: tuples, lists, dicts, sets, frozensets (strs, ints,
// floats, bytes, code objects and symtable entries are untracked). One taken from a free list, or freed onto one,
// leaves the count unchanged. The events below follow Python/compile.c, symtable.c and codeobject.c:
// - the parser's arena keeps its objects in a list;
// - compiler_setup makes the constant cache (a dict) and the unit stack (a list);
// - the symbol table makes a dict of blocks and a stack list, and per scope a symbols dict and varnames and
//   children lists; its analysis makes a scopes dict per block (nested as the blocks are) and sets;
// - each code unit makes five dicts (consts, names, varnames, cellvars, freevars; the last two sort a keys list);
// - every constant goes through the cache under _PyCode_ConstantKey: a float, bool, bytes or complex gets a
//   (type, value) tuple, a tuple constant a tuple of its items' keys plus a pair, a frozenset a frozenset of keys;
//   a key already cached is freed again, a new one lives until the compiler is freed;
// - assembling a unit lists its constants, then makes the names, constants and localsplus-names tuples and
//   merges each through the cache the same way (a duplicate is freed, the cached one kept);
// - at the end the symbol table, the cache, the unit stack and the arena's list are freed.

import type { CodeConstant, CodeObject } from '../bytecode/code';
import { isCodeObject, isConstFrozenset, isConstTuple } from '../bytecode/code';
import { Op } from '../bytecode/opcodes';
import { tupleFreeList, type FreeListKind } from './freeLists';

/** The counts and free-list levels the replay works on (the heap's, before and after). */
export interface CollectorState {
  count: number;
  /** Generation 1's count: a collection during compilation adds one. */
  count1: number;
  /** Generation-0 collections that ran during compilation. */
  collections: number;
  readonly levels: Map<FreeListKind, number>;
  /** If present, counts the allocations no free list served, per kind (for measuring the model). */
  readonly fresh?: Map<FreeListKind, number>;
}

const THRESHOLD0 = 700;
const CAPACITY: Record<string, number> = { list: 80, dict: 80 };
const TUPLE_CAPACITY = 2000;

/** A GC-tracked object the replay allocated: its free list ('' for sets, frozensets and big tuples). */
type Obj = FreeListKind;

class Replay {
  constructor(readonly state: CollectorState) {}

  alloc(kind: Obj): Obj {
    const s = this.state;
    const parked = kind === '' ? 0 : (s.levels.get(kind) ?? 0);
    if (parked > 0) {
      s.levels.set(kind, parked - 1);
      return kind;
    }
    s.fresh?.set(kind, (s.fresh.get(kind) ?? 0) + 1);
    s.count++;
    if (s.count > THRESHOLD0) {
      s.count = 0;
      s.count1++;
      s.collections++;
    }
    return kind;
  }

  free(kind: Obj): void {
    const s = this.state;
    if (kind !== '') {
      const parked = s.levels.get(kind) ?? 0;
      if (parked < (CAPACITY[kind] ?? TUPLE_CAPACITY)) {
        s.levels.set(kind, parked + 1);
        return;
      }
    }
    if (s.count > 0) s.count--;
  }

  tuple(size: number): Obj[] {
    return size === 0 ? [] : [this.alloc(tupleFreeList(size))];
  }

  freeAll(objs: readonly Obj[]): void {
    for (const o of objs) this.free(o);
  }
}

/** The identity _PyCode_ConstantKey gives a constant (equal keys are one cache entry). */
function keyOf(c: CodeConstant, codeIds: Map<CodeObject, number>): string {
  if (c === null) return 'N';
  if (typeof c === 'bigint') return `i${c}`;
  // Quoted: a tuple's key joins its items' keys, and ('a,sb',) must not meet ('a', 'b').
  if (typeof c === 'string') return `s${JSON.stringify(c)}`;
  if (typeof c === 'boolean') return `b${c}`;
  if (typeof c === 'number') return Object.is(c, -0) ? 'f-0' : `f${c}`;
  if (isCodeObject(c)) {
    let id = codeIds.get(c);
    if (id === undefined) codeIds.set(c, (id = codeIds.size));
    return `c${id}`;
  }
  if (isConstTuple(c)) return `(${c.tuple.map((x) => keyOf(x, codeIds)).join(',')})`;
  if (isConstFrozenset(c)) return `{${c.frozenset.map((x) => keyOf(x, codeIds)).sort().join(',')}}`;
  if ('ellipsis' in c) return 'E';
  if ('bytes' in c) return c.bytes === '' ? 'y' : `y${JSON.stringify(c.bytes)}`;
  return `j${c.real},${c.imag}`;
}

/** The objects _PyCode_ConstantKey allocates for a constant, in allocation order. */
function makeKey(r: Replay, c: CodeConstant): Obj[] {
  if (c === null || typeof c === 'bigint' || typeof c === 'string' || isCodeObject(c)) return [];
  if (isConstTuple(c)) {
    const inner = r.tuple(c.tuple.length);
    const items = c.tuple.flatMap((x) => makeKey(r, x));
    return [...inner, ...items, r.alloc(tupleFreeList(2))];
  }
  if (isConstFrozenset(c)) {
    const items = r.tuple(c.frozenset.length);
    const itemKeys = c.frozenset.flatMap((x) => makeKey(r, x));
    const set = r.alloc('');
    r.freeAll(items);
    return [set, ...itemKeys, r.alloc(tupleFreeList(2))];
  }
  if (typeof c === 'object' && 'ellipsis' in c) return [];
  if (typeof c === 'number' && Object.is(c, -0)) return [r.alloc(tupleFreeList(3))];
  return [r.alloc(tupleFreeList(2))];
}

/** A code unit being compiled: its dicts, the next constant to add, its constants' uses. */
interface OpenUnit {
  readonly code: CodeObject;
  readonly dicts: Obj[];
  next: number;
  readonly uses: number[];
  readonly made: number[];
}

class CompilerReplay {
  private readonly cache = new Set<string>();
  /** Keys that live in the constant cache until the compiler is freed. */
  private readonly cachedKeys: Obj[] = [];
  private readonly codeIds = new Map<CodeObject, number>();
  /** Folded constants that duplicate a cached one: only the parser's arena holds them, until it is freed. */
  readonly arenaObjects: Obj[] = [];

  constructor(readonly r: Replay) {}

  /** merge_consts_recursive: a constant added by the compiler (its items too when it is a new tuple). True if it was cached already. */
  mergeConstant(c: CodeConstant): boolean {
    if (c === null || (typeof c === 'object' && 'ellipsis' in c)) return true;
    const key = makeKey(this.r, c);
    if (!this.remember(c)) {
      this.r.freeAll(key);
      return true;
    }
    this.cachedKeys.push(...key);
    if (isConstTuple(c)) for (const item of c.tuple) this.mergeConstant(item);
    return false;
  }

  /** The tuple or frozenset the optimizer folded a display into (nested tuples first). */
  private makeObject(c: CodeConstant): Obj[] {
    if (isConstTuple(c)) return [...c.tuple.flatMap((x) => this.makeObject(x)), ...this.r.tuple(c.tuple.length)];
    if (isConstFrozenset(c)) return [this.r.alloc('')];
    return [];
  }

  /** merge_const_one for a tuple the assembler made (names, constants, localsplus names). */
  mergeTuple(items: readonly CodeConstant[]): void {
    const made = this.r.tuple(items.length);
    const tuple = { tuple: items };
    const key = makeKey(this.r, tuple);
    if (this.remember(tuple)) {
      this.cachedKeys.push(...key);
    } else {
      this.r.freeAll(key);
      this.r.freeAll(made);
    }
  }

  /**
   * merge_const_one for one of the assembler's bytes objects, identified by `identity` ('' for the empty bytes:
   * an exception table without handlers is b'', the same key as a b'' constant). Other identities stand for
   * content we do not produce byte for byte; a bytes constant's key is quoted, so none meets them.
   */
  private mergeBytes(identity: string): void {
    const cacheKey = identity === '' ? 'y' : `y${identity}`;
    const key = this.r.alloc(tupleFreeList(2));
    if (this.cache.has(cacheKey)) {
      this.r.free(key);
    } else {
      this.cache.add(cacheKey);
      this.cachedKeys.push(key);
    }
  }

  private remember(c: CodeConstant): boolean {
    const k = keyOf(c, this.codeIds);
    if (this.cache.has(k)) return false;
    this.cache.add(k);
    return true;
  }

  /**
   * The code units of a file, nested ones while their parent is open: enter_scope's dicts, the constants in
   * the order they were added, then the assembler. A stack rather than recursion (lambdas nest thousands deep).
   */
  units(module: CodeObject): void {
    const stack = [this.enter(module)];
    while (stack.length > 0) {
      const unit = stack[stack.length - 1];
      const { code } = unit;
      if (unit.next === code.consts.length) {
        stack.pop();
        this.assemble(unit);
        if (stack.length > 0) this.mergeConstant(code); // the parent adds the finished code object
        continue;
      }
      const c = code.consts[unit.next++];
      if (isCodeObject(c)) stack.push(this.enter(c));
      else this.addConstant(unit, c, unit.next - 1);
    }
  }

  private enter(code: CodeObject): OpenUnit {
    const r = this.r;
    const dicts = [r.alloc('dict'), r.alloc('dict'), r.alloc('dict')];
    for (let i = 0; i < 2; i++) {
      dicts.push(r.alloc('dict'));
      r.free(r.alloc('list')); // dictbytype's sorted keys
    }
    return { code, dicts, next: 0, ...constantUses(code) };
  }

  private addConstant(unit: OpenUnit, c: CodeConstant, i: number): void {
    if (!isConstTuple(c) && !isConstFrozenset(c)) {
      this.mergeConstant(c);
      return;
    }
    // Each use was folded (by the AST optimizer, kept in the parser's arena) or built by the compiler
    // (the keys of a constant-key dict, keyword names: freed as soon as they are merged).
    for (let use = 0; use < Math.max(1, unit.uses[i]); use++) {
      const folded = this.makeObject(c);
      if (!this.mergeConstant(c)) continue;
      if (use < unit.made[i]) this.r.freeAll(folded);
      else this.arenaObjects.push(...folded);
    }
  }

  private assemble({ code, dicts }: OpenUnit): void {
    const r = this.r;
    const constsList = r.alloc('list');
    // assemble() merges the exception table, the line table and the bytecode (bytes: a pair key each).
    this.mergeBytes(code.ops.includes(Op.PUSH_EXC_INFO) ? `x${codeShape(code, Array.from(code.ops).join(','))}` : '');
    this.mergeBytes(`l${codeShape(code, instructionSizes(code))}`);
    this.mergeBytes(`c${Array.from(code.ops).join(',')}`);
    this.mergeTuple(code.names);
    this.mergeTuple(code.consts);
    this.mergeTuple(code.localsplusNames);
    r.free(constsList);
    r.freeAll(dicts);
  }

  freeCache(): void {
    this.r.freeAll(this.cachedKeys);
  }
}

/**
 * Per constant: the instructions that load it, and how many of those the compiler built (BUILD_CONST_KEY_MAP,
 * KW_NAMES, a tuple marked as the compiler's: import names, folded BUILD_TUPLEs).
 */
function constantUses(code: CodeObject): { uses: number[]; made: number[] } {
  const uses = new Array<number>(code.consts.length).fill(0);
  const made = new Array<number>(code.consts.length).fill(0);
  const ops = code.ops;
  for (let i = 0; i < ops.length; i += 2) {
    const op = ops[i];
    if (op !== Op.KW_NAMES && op !== Op.LOAD_CONST) continue;
    const c = code.consts[ops[i + 1]];
    if (op === Op.KW_NAMES || ops[i + 2] === Op.BUILD_CONST_KEY_MAP || (isConstTuple(c) && c.byCompiler)) made[ops[i + 1]]++;
    uses[ops[i + 1]]++;
  }
  return { uses, made };
}

/** A code unit's instructions and their positions relative to its first line (equal units share their tables). */
function codeShape(code: CodeObject, instructions: string): string {
  const rel = (lines: Int32Array) => Array.from(lines, (l) => l - code.firstLine).join(',');
  return `${instructions}|${rel(code.lines)}|${code.columns.join(',')}|${rel(code.endLines)}|${code.endColumns.join(',')}`;
}

/** Code units of CPython 3.11's instructions with inline caches (CALL with the PRECALL before it); the rest take one. */
const INSTRUCTION_UNITS: ReadonlyMap<number, number> = new Map([
  [Op.BINARY_SUBSCR, 5], [Op.STORE_SUBSCR, 2], [Op.UNPACK_SEQUENCE, 2], [Op.STORE_ATTR, 5], [Op.LOAD_ATTR, 5],
  [Op.COMPARE_OP, 3], [Op.LOAD_GLOBAL, 6], [Op.BINARY_OP, 2], [Op.LOAD_METHOD, 11], [Op.CALL, 7],
]);

/**
 * What the line table sees of the instructions: their sizes, not what they do (`x + 1` and `x * 2`, `-x` and `~x`
 * share a line table, their bytecode differs). An argument past 255 adds an EXTENDED_ARG.
 */
function instructionSizes(code: CodeObject): string {
  const sizes: number[] = [];
  for (let i = 0; i < code.ops.length; i += 2) {
    sizes.push((INSTRUCTION_UNITS.get(code.ops[i]) ?? 1) + (code.ops[i + 1] > 255 ? 1 : 0));
  }
  return sizes.join(',');
}

/** The code objects of a file, each after its parent (preorder), without recursion. */
function scopes(module: CodeObject): CodeObject[] {
  const out: CodeObject[] = [];
  const stack = [module];
  while (stack.length > 0) {
    const code = stack.pop()!;
    out.push(code);
    for (let i = code.consts.length - 1; i >= 0; i--) {
      const c = code.consts[i];
      if (isCodeObject(c)) stack.push(c);
    }
  }
  return out;
}

/** symtable_analyze: a scopes dict per block, alive while the nested blocks are analysed. */
function analyze(r: Replay, module: CodeObject): void {
  const open: { dict: Obj; children: CodeObject[] }[] = [];
  const enter = (code: CodeObject) => open.push({ dict: r.alloc('dict'), children: code.consts.filter(isCodeObject).reverse() });
  enter(module);
  while (open.length > 0) {
    const top = open[open.length - 1];
    const child = top.children.pop();
    if (child) enter(child);
    else r.free(open.pop()!.dict);
  }
}

/** Replays the compilation of `module` on `state` (changed in place). */
export function replayCompilation(module: CodeObject, state: CollectorState): void {
  const r = new Replay(state);
  const arenaList = r.alloc('list');
  const compiler = new CompilerReplay(r);
  const constCache = r.alloc('dict');
  const unitStack = r.alloc('list');
  const symtable = [r.alloc('dict'), r.alloc('list')];
  for (const _ of scopes(module)) symtable.push(r.alloc('dict'), r.alloc('list'), r.alloc('list'));
  analyze(r, module);
  compiler.units(module);
  r.freeAll(symtable);
  compiler.freeCache();
  r.free(constCache);
  r.free(unitStack);
  r.free(arenaList);
  r.freeAll(compiler.arenaObjects);
}
