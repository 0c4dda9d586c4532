// The builtin functions of the `builtins` module (print, len, sorted, isinstance, ...).

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyBoundMethod, PyBuiltinFunction, PyFunction, PyInstance, PyInt, PyMethodDescriptor, PyNone, PyStr, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { incref } from '../runtime/heap';
import { newBool, newInt, newList, newStr, newNone } from '../runtime/factory';
import { str } from '../runtime/ops/repr';
import { binaryOp } from '../runtime/ops/arith';
import { getAttr, delAttr } from '../runtime/ops/attributes';
import { big } from '../runtime/intMath';
import { divmodOp, ternaryPow } from '../runtime/ops/divmodPow';
import { roundNumber } from '../runtime/ops/rounding';
import { BinaryOpArg } from '../bytecode/opcodes';
import { builtinFunction, expectArgs, intArg, positionalOrKeyword, strArg } from './define';
import { buildClass } from './buildClass';
import { makeQuitters } from './quitter';
import { callingBuiltins } from './callingBuiltins';
import type { VM } from '../vm/vm';

function isinstanceCheck(vm: VM, o: PyObject, cls: PyObject, fname: string): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstanceCheck(vm, o, c, fname));
  if (!(cls instanceof PyType)) {
    throw new NativeRaise('TypeError', `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  if (fname === 'issubclass') {
    if (!(o instanceof PyType)) throw new NativeRaise('TypeError', 'issubclass() arg 1 must be a class');
    return o.isSubtypeOf(cls);
  }
  return o.type.isSubtypeOf(cls);
}

function round(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [x, nd] = positionalOrKeyword('round', args, kwargs, ['number', 'ndigits'], 1);
  return roundNumber(vm, x!, nd && !(nd instanceof PyNone) ? nd : null);
}

function input(vm: VM, args: PyObject[]): PyObject {
  if (args.length > 0) vm.write(str(vm, args[0]));
  const line = vm.readLine();
  if (line === null) throw new NativeRaise('EOFError', 'EOF when reading a line');
  return newStr(line);
}

function divmod(vm: VM, args: PyObject[]): PyObject {
  expectArgs('divmod', args, 2);
  return divmodOp(vm, args[0], args[1]);
}

function callable(_vm: VM, args: PyObject[]): PyObject {
  const o = args[0];
  const ok = o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyType
    || o instanceof PyMethodDescriptor || (o instanceof PyInstance && o.type.lookup('__call__') !== undefined);
  return newBool(ok);
}

function chr(_vm: VM, args: PyObject[]): PyObject {
  expectArgs('chr', args, 1);
  const n = intArg(args[0]);
  if (n < 0 || n > 0x10ffff) throw new NativeRaise('ValueError', 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(n));
}

function ord(_vm: VM, args: PyObject[]): PyObject {
  expectArgs('ord', args, 1);
  const s = args[0];
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
    expectArgs(prefix === '0b' ? 'bin' : prefix === '0o' ? 'oct' : 'hex', args, 1);
    const x = args[0];
    if (!(x instanceof PyInt || x instanceof PyBool)) throw new NativeRaise('TypeError', `'${x.type.name}' object cannot be interpreted as an integer`);
    const v = x instanceof PyBool ? (x.value ? 1n : 0n) : big(x.value);
    const digits = (v < 0n ? -v : v).toString(base);
    return newStr((v < 0n ? '-' : '') + prefix + digits);
  };
}

function vars(vm: VM, args: PyObject[]): PyObject {
  if (args.length === 0) return incref(vm.frame?.localsDict ?? vm.frame!.globals);
  return getAttr(vm, args[0], '__dict__');
}

function dir(vm: VM, args: PyObject[]): PyObject {
  const names = new Set<string>();
  if (args.length === 0) {
    const d = vm.frame?.localsDict ?? vm.frame!.globals;
    for (const e of d.map.values()) names.add((e.key as PyStr).value);
  } else {
    const o = args[0];
    if (o instanceof PyInstance && o.dict) for (const e of o.dict.map.values()) names.add((e.key as PyStr).value);
    const t = o instanceof PyType ? o : o.type;
    for (const c of t.mro) for (const e of c.dict.map.values()) names.add((e.key as PyStr).value);
  }
  return newList([...names].sort().map((n) => newStr(n)));
}

/** Every builtin function, by name. */
export function builtinFunctions(): Record<string, PyObject> {
  const f = (name: string, fn: (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject) => builtinFunction(name, fn);
  return {
    ...callingBuiltins(),
    round: f('round', round),
    divmod: f('divmod', divmod),
    pow: f('pow', pow),
    isinstance: f('isinstance', (vm, args) => {
      expectArgs('isinstance', args, 2);
      return newBool(isinstanceCheck(vm, args[0], args[1], 'isinstance'));
    }),
    issubclass: f('issubclass', (vm, args) => {
      expectArgs('issubclass', args, 2);
      return newBool(isinstanceCheck(vm, args[0], args[1], 'issubclass'));
    }),
    id: f('id', (_vm, args) => {
      expectArgs('id', args, 1);
      return newInt(0x7f0000000000 + args[0].id * 16);
    }),
    delattr: f('delattr', (vm, args) => {
      expectArgs('delattr', args, 2);
      delAttr(vm, args[0], strArg(args[1], 'delattr', 'attribute name'));
      return newNone();
    }),
    input: f('input', input),
    callable: f('callable', callable),
    chr: f('chr', chr),
    ord: f('ord', ord),
    bin: f('bin', baseConvert('0b', 2)),
    oct: f('oct', baseConvert('0o', 8)),
    hex: f('hex', baseConvert('0x', 16)),
    vars: f('vars', vars),
    dir: f('dir', dir),
    globals: f('globals', (vm) => incref(vm.frame!.globals)),
    locals: f('locals', (vm) => incref(vm.frame!.localsDict ?? vm.frame!.globals)),
    __build_class__: f('__build_class__', buildClass),
    ...makeQuitters(),
    open: f('open', () => {
      throw new NativeRaise('NotImplementedError', 'open() is not available in this playground: it has no files');
    }),
    exec: f('exec', () => {
      throw new NativeRaise('NotImplementedError', 'exec() is not available in this playground');
    }),
    eval: f('eval', () => {
      throw new NativeRaise('NotImplementedError', 'eval() is not available in this playground');
    }),
  };
}

