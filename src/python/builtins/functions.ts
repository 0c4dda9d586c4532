// The builtin functions of the `builtins` module (isinstance, round, chr, ...; those calling back into Python code are in callingBuiltins.ts).

import { openFile } from '../modules/io/openFunction';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyNone, PyStr } from '../runtime/objects';
import { incref } from '../runtime/heap';
import { newBool, newInt, newStr } from '../runtime/factory';
import { str } from '../runtime/ops/repr';
import { binaryOp } from '../runtime/ops/arith';
import { big } from '../runtime/intMath';
import { indexOf } from '../runtime/ops/numbers';
import { divmodOp, ternaryPow } from '../runtime/ops/divmodPow';
import { roundNumber } from '../runtime/ops/rounding';
import { BinaryOpArg } from '../bytecode/opcodes';
import { NOARGS, O, builtinFunction, cIntArg, expectArgs, fast, keywords, positionalOrKeyword, resumableFunction, withDirectCall2 } from './define';
import { buildClass } from './buildClass';
import { addressOf } from '../runtime/address';
import { currentLocals, dir, vars } from './introspection';
import { makeQuitters } from './quitter';
import { makeHelper } from './helper';
import { makeBreakpoint, makePrinters } from './sitePrinters';
import { callingBuiltins, delattrOp, isCallable } from './callingBuiltins';
import { PyByteArray, PyBytes } from '../runtime/bytesObject';
import type { VM } from '../vm/vm';
import { compileBuiltin, evalOp, execOp } from './execEval';
import { isinstanceCheck } from './instanceCheck';
import { importBuiltin } from './importBuiltin';

function round(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [x, nd] = positionalOrKeyword('round', args, kwargs, ['number', 'ndigits'], 1);
  return roundNumber(vm, x!, nd && !(nd instanceof PyNone) ? nd : null);
}

function input(vm: VM, args: PyObject[]): PyObject {
  const prompt = args.length > 0 ? str(vm, args[0]) : '';
  if (prompt) vm.write(prompt);
  const line = vm.readLine(prompt);
  if (line === null) throw new NativeRaise('EOFError', 'EOF when reading a line');
  return newStr(line);
}

function divmod(vm: VM, args: PyObject[]): PyObject {
  expectArgs('divmod', args, 2);
  return divmodOp(vm, args[0], args[1]);
}

function callable(_vm: VM, args: PyObject[]): PyObject {
  return newBool(isCallable(args[0]));
}

function chr(vm: VM, args: PyObject[]): PyObject {
  const n = cIntArg(vm, args[0]);
  if (n < 0 || n > 0x10ffff) throw new NativeRaise('ValueError', 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(n));
}

function ord(_vm: VM, args: PyObject[]): PyObject {
  const s = args[0];
  if (s instanceof PyBytes || s instanceof PyByteArray) {
    const b = s.value;
    if (b.length !== 1) throw new NativeRaise('TypeError', `ord() expected a character, but string of length ${b.length} found`);
    return newInt(b.charCodeAt(0));
  }
  if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `ord() expected string of length 1, but ${s.type.name} found`);
  const cps = [...s.value];
  if (cps.length !== 1) throw new NativeRaise('TypeError', `ord() expected a character, but string of length ${cps.length} found`);
  return newInt(cps[0].codePointAt(0)!);
}

function pow(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [base, exp, mod] = positionalOrKeyword('pow', args, kwargs, ['base', 'exp', 'mod'], 2);
  if (mod && !(mod instanceof PyNone)) return ternaryPow(vm, base!, exp!, mod);
  return binaryOp(vm, base!, exp!, BinaryOpArg.POWER);
}

function baseConvert(prefix: string, base: number) {
  return (vm: VM, args: PyObject[]): PyObject => {
    // PyNumber_ToBase: an int, a bool, or what __index__ returns.
    const v = big(indexOf(vm, args[0]));
    const digits = (v < 0n ? -v : v).toString(base);
    return newStr((v < 0n ? '-' : '') + prefix + digits);
  };
}

/** isinstance(o, cls) (also a quickened call site's direct body). */
function isinstanceDirect(vm: VM, o: PyObject, cls: PyObject): PyObject {
  return newBool(isinstanceCheck(vm, o, cls, 'isinstance'));
}

/** Every builtin function, by name, with the calling convention CPython gives it. */
export function builtinFunctions(): Record<string, PyObject> {
  const f = builtinFunction;
  return {
    ...callingBuiltins(),
    round: f('round', [keywords(['number', 'ndigits'], 1), round]),
    divmod: f('divmod', [fast(2), divmod]),
    pow: f('pow', [keywords(['base', 'exp', 'mod'], 2), pow]),
    isinstance: withDirectCall2(f('isinstance', [fast(2), (vm, args) => isinstanceDirect(vm, args[0], args[1])]), isinstanceDirect),
    issubclass: f('issubclass', [fast(2), (vm, args) => newBool(isinstanceCheck(vm, args[0], args[1], 'issubclass'))]),
    id: f('id', [O, (vm, args) => {
      vm.addressBook.remember(args[0]);
      return newInt(addressOf(args[0]));
    }]),
    delattr: resumableFunction('delattr', [fast(2), delattrOp]),
    input: f('input', [fast(0, 1), input]),
    callable: f('callable', [O, callable]),
    chr: f('chr', [O, chr]),
    ord: f('ord', [O, ord]),
    bin: f('bin', [O, baseConvert('0b', 2)]),
    oct: f('oct', [O, baseConvert('0o', 8)]),
    hex: f('hex', [O, baseConvert('0x', 16)]),
    vars: f('vars', [fast(0, 1), vars]),
    dir: f('dir', [fast(0, 1), dir]),
    globals: f('globals', [NOARGS, (vm) => incref(vm.frame!.globals)]),
    locals: f('locals', [NOARGS, currentLocals]),
    __build_class__: f('__build_class__', buildClass),
    ...makeQuitters(),
    ...makeHelper(),
    ...makePrinters(),
    breakpoint: makeBreakpoint(),
    open: f('open', (vm, args, kwargs) => openFile(vm, args, kwargs)),
    exec: resumableFunction('exec', execOp),
    eval: resumableFunction('eval', evalOp),
    compile: f('compile', compileBuiltin),
    __import__: importBuiltin(),
  };
}
