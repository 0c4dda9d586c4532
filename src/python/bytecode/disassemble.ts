// A dis-like listing of a code object and its nested code, for compiler tests and debugging.

import { OP_NAMES, Op, BINARY_OP_SYMBOLS, COMPARE_OP_SYMBOLS } from './opcodes';
import { isBytesConstant, isCodeObject, isConstFrozenset, isConstTuple, isImaginaryConstant, type CodeConstant, type CodeObject } from './code';

function constText(c: CodeConstant): string {
  if (typeof c === 'string') return JSON.stringify(c).replace(/^"|"$/g, "'");
  if (typeof c === 'bigint') return c.toString();
  if (typeof c === 'number') return Number.isInteger(c) ? c.toFixed(1) : String(c);
  if (typeof c === 'boolean') return c ? 'True' : 'False';
  if (c === null) return 'None';
  if (isCodeObject(c)) return `<code ${c.qualname}>`;
  if (isBytesConstant(c)) return 'b' + JSON.stringify(c.bytes).replace(/^"|"$/g, "'");
  if (isImaginaryConstant(c)) return `${c.imag}j`;
  if (isConstTuple(c)) return '(' + c.tuple.map(constText).join(', ') + (c.tuple.length === 1 ? ',' : '') + ')';
  if (isConstFrozenset(c)) return 'frozenset({' + c.frozenset.map(constText).join(', ') + '})';
  return '...';
}

function argText(code: CodeObject, op: number, arg: number): string {
  switch (op) {
    case Op.LOAD_CONST: case Op.KW_NAMES: return constText(code.consts[arg]);
    case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME: case Op.LOAD_GLOBAL: case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL: case Op.LOAD_ATTR: case Op.STORE_ATTR: case Op.DELETE_ATTR: case Op.LOAD_METHOD:
    case Op.IMPORT_NAME: case Op.IMPORT_FROM:
      return code.names[arg];
    case Op.LOAD_FAST: case Op.STORE_FAST: case Op.DELETE_FAST: case Op.MAKE_CELL: case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.DELETE_DEREF: case Op.LOAD_CLASSDEREF:
      return code.localsplusNames[arg];
    case Op.BINARY_OP: return BINARY_OP_SYMBOLS[arg];
    case Op.COMPARE_OP: return COMPARE_OP_SYMBOLS[arg];
    case Op.JUMP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: case Op.FOR_ITER: case Op.SETUP_FINALLY:
      return `to ${arg}`;
  }
  return '';
}

/**
 * Lists instructions as `line  index OPNAME arg (meaning)`, then nested code objects.
 * Example: `disassemble(compileModule(parseModule('x = 1')))`.
 */
export function disassemble(code: CodeObject): string {
  const out: string[] = [`Disassembly of ${code.qualname}:`];
  let lastLine = -1;
  const n = code.lines.length;
  for (let i = 0; i < n; i++) {
    const op = code.ops[2 * i], arg = code.ops[2 * i + 1];
    const line = code.lines[i];
    const lineText = line !== lastLine ? String(line).padStart(3) : '   ';
    lastLine = line;
    const name = OP_NAMES[op] ?? `OP_${op}`;
    const meaning = argText(code, op, arg);
    const hasArg = op >= Op.COPY && ![Op.POP_TOP, Op.PUSH_NULL, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR,
      Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT, Op.GET_ITER, Op.RETURN_VALUE,
      Op.LOAD_BUILD_CLASS, Op.YIELD_VALUE, Op.GET_YIELD_FROM_ITER, Op.YIELD_FROM, Op.POP_BLOCK, Op.POP_EXCEPT,
      Op.PUSH_EXC_INFO, Op.CHECK_EXC_MATCH, Op.RERAISE, Op.LOAD_ASSERTION_ERROR, Op.LIST_TO_TUPLE,
      Op.BEFORE_WITH, Op.WITH_EXCEPT_START, Op.GET_LEN, Op.MATCH_SEQUENCE, Op.MATCH_MAPPING, Op.MATCH_KEYS, Op.PRINT_EXPR, Op.IMPORT_STAR,
      Op.CHECK_EG_MATCH, Op.PREP_RERAISE_STAR].includes(op);
    out.push(`${lineText} ${String(i).padStart(4)} ${name.padEnd(20)}${hasArg ? String(arg).padStart(4) : ''}${meaning ? ` (${meaning})` : ''}`.trimEnd());
  }
  for (const c of code.consts) if (isCodeObject(c)) out.push('', disassemble(c));
  return out.join('\n');
}
