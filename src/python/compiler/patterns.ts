// Code generation for match statements, as CPython 3.11's compiler_match: captured values wait on the stack
// under the subject until the whole pattern matched, and each failure jumps to a label popping what is there.

import type * as A from '../ast';
import { Op, CompareOpArg } from '../bytecode/opcodes';
import type { Label } from './codeBuilder';
import type { CodeUnit } from './unit';
import type { CodeConstant } from '../bytecode/code';
import { compileExpr, constantValue } from './expressions';
import { compileJumpIf } from './conditions';

interface PatternContext {
  /** Names captured so far, their values on the stack (the first captured on top of them). */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[n]: where a failure with n items to pop goes (it pops one and falls into failPop[n - 1]). */
  failPop: Label[];
  /** Items above the values being matched that a failure must pop too. */
  onTop: number;
}

const isWildcard = (p: A.Pattern): boolean => p.kind === 'MatchAs' && !p.pattern && !p.name;
const isStarWildcard = (p: A.Pattern): boolean => p.kind === 'MatchStar' && !p.name;

/** ROT_N as CPython emits it: a run of SWAPs moving TOS down n - 1 places. */
function rotate(u: CodeUnit, n: number): void {
  while (n > 1) u.b.emit(Op.SWAP, n--);
}

/** pattern_helper_store_name: its errors are at the position compiling the pattern reached (a subpattern's). */
function storeName(u: CodeUnit, name: string | null, pc: PatternContext): void {
  if (name === null) {
    u.b.emit(Op.POP_TOP);
    return;
  }
  u.refuseDebugName(name);
  if (pc.stores.includes(name)) throw u.error(u.position(), `multiple assignments to name '${name}' in pattern`);
  rotate(u, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function ensureFailPop(u: CodeUnit, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(u.b.newLabel());
}

function jumpToFailPop(u: CodeUnit, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(u, pc, pops);
  u.b.emitJump(op, pc.failPop[pops]);
}

function emitAndResetFailPop(u: CodeUnit, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    u.b.place(pc.failPop[i]);
    u.b.emit(Op.POP_TOP);
  }
  u.b.place(pc.failPop[0]);
  pc.failPop = [];
}

function compileSubpattern(u: CodeUnit, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(u, p, pc);
  pc.allowIrrefutable = allow;
}

/** Consumes the value on top of the stack, jumping to a fail label when it does not match. */
function compilePattern(u: CodeUnit, p: A.Pattern, pc: PatternContext): void {
  u.at(p);
  switch (p.kind) {
    case 'MatchValue':
      compileExpr(u, p.value);
      u.at(p);
      u.b.emit(Op.COMPARE_OP, CompareOpArg.EQ);
      return jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchSingleton':
      u.b.loadConst(p.value);
      u.b.emit(Op.IS_OP, 0);
      return jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchAs':
      if (!p.pattern) {
        if (!pc.allowIrrefutable) {
          throw u.error(p, p.name ? `name capture '${p.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
        }
        return storeName(u, p.name, pc);
      }
      pc.onTop++;
      u.b.emit(Op.COPY, 1);
      compilePattern(u, p.pattern, pc);
      pc.onTop--;
      return storeName(u, p.name, pc);
    case 'MatchStar':
      return storeName(u, p.name, pc);
    case 'MatchSequence':
      return compileSequence(u, p, pc);
    case 'MatchMapping':
      return compileMapping(u, p, pc);
    case 'MatchClass':
      return compileClass(u, p, pc);
    case 'MatchOr':
      return compileOr(u, p, pc);
  }
}

function compileSequence(u: CodeUnit, p: A.MatchSequence, pc: PatternContext): void {
  const size = p.patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  p.patterns.forEach((sub, i) => {
    if (sub.kind === 'MatchStar') {
      if (star >= 0) throw u.error(sub, 'multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
    } else onlyWildcard &&= isWildcard(sub);
  });
  pc.onTop++;
  u.b.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    u.b.emit(Op.GET_LEN);
    u.b.loadConst(BigInt(size));
    u.b.emit(Op.COMPARE_OP, CompareOpArg.EQ);
    jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    u.b.emit(Op.GET_LEN);
    u.b.loadConst(BigInt(size - 1));
    u.b.emit(Op.COMPARE_OP, CompareOpArg.GE);
    jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    u.b.emit(Op.POP_TOP);
    return;
  }
  if (starWildcard) {
    // Items by index, so that `*_` never builds a list.
    pc.onTop++;
    p.patterns.forEach((sub, i) => {
      if (isWildcard(sub) || i === star) return;
      u.b.emit(Op.COPY, 1);
      if (i < star) u.b.loadConst(BigInt(i));
      else {
        u.b.emit(Op.GET_LEN);
        u.b.loadConst(BigInt(size - i));
        u.b.emit(Op.BINARY_OP, 10 /* NB_SUBTRACT */);
      }
      u.b.emit(Op.BINARY_SUBSCR);
      compileSubpattern(u, sub, pc);
    });
    pc.onTop--;
    u.b.emit(Op.POP_TOP);
    return;
  }
  if (star < 0) u.b.emit(Op.UNPACK_SEQUENCE, size);
  else u.b.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8));
  pc.onTop += size;
  for (const sub of p.patterns) {
    pc.onTop--;
    compileSubpattern(u, sub, pc);
  }
}

function constantKey(e: A.Expr): string | null {
  let v: A.ConstantValue;
  if (e.kind === 'Constant') v = e.value;
  else if (e.kind === 'UnaryOp' && e.operand.kind === 'Constant') {
    const x = e.operand.value;
    v = typeof x === 'bigint' ? -x : -(x as number);
  } else return null;
  if (typeof v === 'boolean') v = v ? 1n : 0n;
  if (typeof v === 'number' && Number.isInteger(v)) v = BigInt(v);
  if (typeof v === 'bigint') return 'n' + v;
  if (typeof v === 'number') return 'f' + v;
  if (typeof v === 'string') return 's' + v;
  if (typeof v === 'object' && v !== null && 'bytes' in v) return 'y' + v.bytes;
  if (typeof v === 'object' && v !== null && 'imag' in v) return 'j' + v.real + ',' + v.imag;
  return v === null ? 'N' : 'E';
}

function constantRepr(e: A.Expr): string {
  if (e.kind === 'UnaryOp') return '-' + constantRepr(e.operand);
  if (e.kind !== 'Constant') return '?';
  const v = e.value;
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  return String(v);
}

function compileMapping(u: CodeUnit, p: A.MatchMapping, pc: PatternContext): void {
  let size = p.keys.length;
  pc.onTop++;
  u.b.emit(Op.MATCH_MAPPING);
  jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && !p.rest) {
    pc.onTop--;
    u.b.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) {
    u.b.emit(Op.GET_LEN);
    u.b.loadConst(BigInt(size));
    u.b.emit(Op.COMPARE_OP, CompareOpArg.GE);
    jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of p.keys) {
    const k = constantKey(key);
    if (k !== null) {
      if (seen.has(k)) throw u.error(p, `mapping pattern checks duplicate key (${constantRepr(key)})`);
      seen.add(k);
    }
  }
  const constKeys = p.keys.map(constantValue);
  u.at(p);
  if (constKeys.every((k) => k !== undefined)) u.b.loadFoldedTuple(constKeys as CodeConstant[]);
  else {
    for (const key of p.keys) {
      compileExpr(u, key);
      u.at(p);
    }
    u.b.emit(Op.BUILD_TUPLE, size);
  }
  u.b.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  u.b.emit(Op.COPY, 1);
  u.b.loadConst(null);
  u.b.emit(Op.IS_OP, 1);
  jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  u.b.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    compileSubpattern(u, sub, pc);
  }
  pc.onTop -= 2;
  if (p.rest) {
    // rest = dict(subject), then each matched key deleted from it.
    u.b.emit(Op.BUILD_MAP, 0);
    u.b.emit(Op.SWAP, 3);
    u.b.emit(Op.DICT_UPDATE, 2);
    u.b.emit(Op.UNPACK_SEQUENCE, size);
    while (size) {
      u.b.emit(Op.COPY, 1 + size--);
      u.b.emit(Op.SWAP, 2);
      u.b.emit(Op.DELETE_SUBSCR);
    }
    storeName(u, p.rest, pc);
  } else {
    u.b.emit(Op.POP_TOP);
    u.b.emit(Op.POP_TOP);
  }
}

function compileClass(u: CodeUnit, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwdAttrs.length;
  // validate_kwd_attrs: each name checked at its pattern, a repeat reported at the repeat.
  p.kwdAttrs.forEach((name, i) => {
    u.at(p.kwdPatterns[i]);
    u.refuseDebugName(name);
    const repeat = p.kwdAttrs.indexOf(name, i + 1);
    if (repeat >= 0) throw u.error(p.kwdPatterns[repeat], `attribute name repeated in class pattern: ${name}`);
  });
  compileExpr(u, p.cls);
  u.at(p);
  u.b.loadConst({ tuple: [...p.kwdAttrs], byCompiler: true }, true);
  u.b.emit(Op.MATCH_CLASS, nargs);
  u.b.emit(Op.COPY, 1);
  u.b.loadConst(null);
  u.b.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(u, pc, Op.POP_JUMP_IF_FALSE);
  u.b.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  [...p.patterns, ...p.kwdPatterns].forEach((sub) => {
    pc.onTop--;
    if (isWildcard(sub)) u.b.emit(Op.POP_TOP);
    else compileSubpattern(u, sub, pc);
  });
}

function compileOr(u: CodeUnit, p: A.MatchOr, pc: PatternContext): void {
  const end = u.b.newLabel();
  const old = { ...pc, stores: pc.stores };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    u.at(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    u.b.emit(Op.COPY, 1);
    compilePattern(u, alt, pc);
    const stores = pc.stores;
    // Reported where compiling the alternative ended, as CPython's compiler_error does.
    const here = { line: u.b.line, col: u.b.col, endLine: u.b.endLine, endCol: u.b.endCol };
    if (!control) control = stores;
    else if (stores.length !== control.length) throw u.error(here, 'alternative patterns bind different names');
    else if (stores.length > 0) {
      // Reorder this alternative's captures on the stack to the first alternative's order.
      for (let icontrol = stores.length - 1; icontrol >= 0; icontrol--) {
        const istores = stores.indexOf(control[icontrol]);
        if (istores < 0) throw u.error(here, 'alternative patterns bind different names');
        if (icontrol !== istores) {
          const rotations = istores + 1;
          const rotated = stores.splice(0, rotations);
          stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(u, icontrol + 1);
        }
      }
    }
    u.b.emitJump(Op.JUMP, end);
    emitAndResetFailPop(u, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched (at the last alternative's position, which CPython leaves set): pop the subject's copy and fail.
  u.b.emit(Op.POP_TOP);
  jumpToFailPop(u, pc, Op.JUMP);
  u.b.place(end);
  const names = control as string[] | null ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(u, nrots);
    if (pc.stores.includes(name)) throw u.error(p, `multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  u.b.emit(Op.POP_TOP);
}

/** compiler_match: each case copies the subject (but the last), matches, stores its captures, tests its guard. */
export function compileMatch(u: CodeUnit, s: A.Match, compileBody: (body: readonly A.Stmt[]) => void): void {
  const end = u.b.newLabel();
  compileExpr(u, s.subject);
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i];
    u.at(m.pattern);
    const notLast = i !== cases - (hasDefault ? 1 : 0) - 1;
    if (notLast) u.b.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
    compilePattern(u, m.pattern, pc);
    for (const name of pc.stores) u.emitName(name, 'store');
    if (m.guard) {
      ensureFailPop(u, pc, 0);
      // The guard's truth test is where the pattern left the position (its last sub-pattern), as in CPython.
      compileJumpIf(u, m.guard, false, pc.failPop[0], u.position());
    }
    if (notLast) u.b.emit(Op.POP_TOP);
    compileBody(m.body);
    u.b.emitJump(Op.JUMP, end);
    u.at(m.pattern);
    emitAndResetFailPop(u, pc);
  }
  if (hasDefault) {
    u.at(last.pattern);
    if (cases === 1) u.b.emit(Op.POP_TOP);
    else u.b.emit(Op.NOP);
    if (last.guard) {
      compileJumpIf(u, last.guard, false, end, u.position());
    }
    compileBody(last.body);
  }
  u.b.place(end);
}
