// The builtin functions of the `builtins` module (print, len, sorted, isinstance, ...).

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyBoundMethod, PyBuiltinFunction, PyFloat, PyFunction, PyGenerator, PyInstance, PyInt, PyMethodDescriptor, PyNativeIterator, PyNone, PyStr, PyTuple, PyWeakref } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { None, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newBool, newFloat, newInt, newStr, newNone } from '../runtime/factory';
import { equals, richCompare } from '../runtime/ops/compare';
import { length } from '../runtime/ops/items';
import { repr, str } from '../runtime/ops/repr';
import { asciiRepr, formatToString } from '../runtime/ops/formatting';
import { binaryOp } from '../runtime/ops/arith';
import { getAttr, setAttr, delAttr, hasAttr } from '../runtime/ops/attributes';
import { intAbs, big } from '../runtime/intMath';
import { divmodOp, ternaryPow } from '../runtime/ops/divmodPow';
import { roundNumber } from '../runtime/ops/rounding';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { NOARGS, O, builtinFunction, cIntArg, expectArgs, fast, keywords, positionalOrKeyword, strArg } from './define';
import { listFromIterable } from './constructors';
import { buildClass } from './buildClass';
import { pyHash } from '../runtime/hash';
import { addressOf } from '../runtime/address';
import { currentLocals, dir, vars } from './introspection';
import type { VM } from '../vm/vm';

function kw(kwargs: Map<string, PyObject> | null, name: string): PyObject | undefined {
  return kwargs?.get(name);
}

function checkKeywords(fname: string, kwargs: Map<string, PyObject> | null, allowed: string[]): void {
  if (!kwargs) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

function print(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  checkKeywords('print', kwargs, ['sep', 'end', 'file', 'flush']);
  const sepObj = kw(kwargs, 'sep');
  const endObj = kw(kwargs, 'end');
  const textOf = (o: PyObject | undefined, dflt: string, name: string): string => {
    if (!o || o === None) return dflt;
    if (o instanceof PyStr) return o.value;
    throw new NativeRaise('TypeError', `${name} must be None or a string, not ${o.type.name}`);
  };
  const sep = textOf(sepObj, ' ', 'sep');
  const end = textOf(endObj, '\n', 'end');
  const packed = vm.hidden.enterPrint(args.length);
  try {
    vm.write(args.map((a) => str(vm, a)).join(sep) + end);
  } finally {
    vm.hidden.release(packed);
  }
  return newNone();
}

/** Sorts items (new references, in place) with an optional key function, stably, as list.sort does. */
export function sortItems(vm: VM, items: PyObject[], key: PyObject | null, reverse: boolean): void {
  const keys = key && key !== None ? items.map((x) => vm.call(key, [x])) : items;
  const order = items.map((_, i) => i);
  const lt = (a: PyObject, b: PyObject): boolean => {
    const r = richCompare(vm, a, b, CompareOpArg.LT);
    const t = vm.isTrue(r);
    decref(r);
    return t;
  };
  try {
    order.sort((i, j) => {
      const [a, b] = reverse ? [keys[j], keys[i]] : [keys[i], keys[j]];
      if (lt(b, a)) return 1;
      if (lt(a, b)) return -1;
      return 0;
    });
  } finally {
    if (keys !== items) for (const k of keys) decref(k);
  }
  const sorted = order.map((i) => items[i]);
  for (let i = 0; i < items.length; i++) items[i] = sorted[i];
}

function sorted(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (args.length !== 1) throw new NativeRaise('TypeError', `sorted expected 1 argument, got ${args.length}`);
  checkKeywords('sort', kwargs, ['key', 'reverse']);
  const list = listFromIterable(vm, args[0]);
  const reverse = kw(kwargs, 'reverse');
  try {
    sortItems(vm, list.items, kw(kwargs, 'key') ?? null, reverse ? vm.isTrue(reverse) : false);
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

function minMax(name: 'min' | 'max') {
  const op = name === 'min' ? CompareOpArg.LT : CompareOpArg.GT;
  return (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject => {
    if (args.length === 0) throw new NativeRaise('TypeError', `${name} expected at least 1 argument, got 0`);
    checkKeywords(name, kwargs, ['key', 'default']);
    if (args.length > 1 && kw(kwargs, 'default')) {
      throw new NativeRaise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    const items = args.length === 1 ? vm.collectItems(args[0]) : args.map((a) => incref(a));
    const key = kw(kwargs, 'key');
    try {
      if (items.length === 0) {
        const dflt = kw(kwargs, 'default');
        if (dflt) return incref(dflt);
        throw new NativeRaise('ValueError', `${name}() arg is an empty sequence`);
      }
      let best = items[0];
      let bestKey = key && key !== None ? vm.call(key, [best]) : incref(best);
      for (let i = 1; i < items.length; i++) {
        const k = key && key !== None ? vm.call(key, [items[i]]) : incref(items[i]);
        const r = richCompare(vm, k, bestKey, op);
        const better = vm.isTrue(r);
        decref(r);
        if (better) {
          decref(bestKey);
          best = items[i];
          bestKey = k;
        } else decref(k);
      }
      decref(bestKey);
      return incref(best);
    } finally {
      for (const x of items) decref(x);
    }
  };
}

function sum(vm: VM, args: PyObject[]): PyObject {
  let total = args[1] ? incref(args[1]) : newInt(0);
  if (total instanceof PyStr) {
    decref(total);
    throw new NativeRaise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  }
  const it = vm.getIter(args[0]);
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      let next: PyObject;
      try {
        next = binaryOp(vm, total, v, BinaryOpArg.ADD);
      } finally {
        decref(v);
      }
      decref(total);
      total = next;
    }
  } catch (e) {
    decref(total);
    throw e;
  } finally {
    decref(it);
  }
  return total;
}

function isinstanceCheck(vm: VM, o: PyObject, cls: PyObject, fname: string): boolean {
  if (fname === 'issubclass' && !(o instanceof PyType)) throw new NativeRaise('TypeError', 'issubclass() arg 1 must be a class');
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

function iterBuiltin(vm: VM, args: PyObject[]): PyObject {
  if (args.length === 1) return vm.getIter(args[0]);
  const [fn, sentinel] = args;
  if (!isCallable(fn)) throw new NativeRaise('TypeError', 'iter(v, w): v must be callable');
  // callable_iterator: calls fn until it returns something equal to the sentinel.
  const it = vm.heap.register(new PyNativeIterator(T.callable_iterator, [incref(fn), incref(sentinel)], (vm2, self) => {
    if (self.held.length === 0) return null;
    const r = vm2.call(self.held[0], []);
    let done: boolean;
    try {
      done = equals(vm2, r, self.held[1]);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (!done) return r;
    decref(r);
    self.exhaust();
    return null;
  }));
  vm.heap.track(it);
  return it;
}

function next(vm: VM, args: PyObject[]): PyObject {
  const it = args[0];
  if (!(it instanceof PyNativeIterator || it instanceof PyGenerator || (it instanceof PyInstance && it.type.lookup('__next__')))) {
    throw new NativeRaise('TypeError', `'${it.type.name}' object is not an iterator`);
  }
  const v = vm.iterNext(it);
  if (v) return v;
  if (args[1]) return incref(args[1]);
  if (it instanceof PyGenerator) throw vm.stopIteration();
  throw new NativeRaise('StopIteration', '');
}

function anyAll(wantAll: boolean) {
  return (vm: VM, args: PyObject[]): PyObject => {
    const it = vm.getIter(args[0]);
    try {
      for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
        const t = vm.isTrue(v);
        decref(v);
        if (t !== wantAll) return newBool(!wantAll);
      }
      return newBool(wantAll);
    } finally {
      decref(it);
    }
  };
}

function divmod(vm: VM, args: PyObject[]): PyObject {
  expectArgs('divmod', args, 2);
  return divmodOp(vm, args[0], args[1]);
}

function abs(vm: VM, args: PyObject[]): PyObject {
  const x = args[0];
  if (x instanceof PyInt) return newInt(intAbs(x.value));
  if (x instanceof PyBool) return newInt(x.value ? 1 : 0);
  if (x instanceof PyFloat) return newFloat(Math.abs(x.value));
  if (x instanceof PyInstance && x.type.lookup('__abs__')) return vm.callMethod(x.type.lookup('__abs__')!, x, []);
  throw new NativeRaise('TypeError', `bad operand type for abs(): '${x.type.name}'`);
}

function isCallable(o: PyObject): boolean {
  return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyType
    || o instanceof PyMethodDescriptor || o instanceof PyWeakref || (o instanceof PyInstance && o.type.lookup('__call__') !== undefined);
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
    const x = args[0];
    if (!(x instanceof PyInt || x instanceof PyBool)) throw new NativeRaise('TypeError', `'${x.type.name}' object cannot be interpreted as an integer`);
    const v = x instanceof PyBool ? (x.value ? 1n : 0n) : big(x.value);
    const digits = (v < 0n ? -v : v).toString(base);
    return newStr((v < 0n ? '-' : '') + prefix + digits);
  };
}

/** Every builtin function, by name, with the calling convention CPython gives it. */
export function builtinFunctions(): Record<string, PyObject> {
  const f = builtinFunction;
  return {
    print: f('print', print),
    len: f('len', [O, (vm, args) => newInt(length(vm, args[0]))]),
    repr: f('repr', [O, (vm, args) => newStr(repr(vm, args[0]))]),
    ascii: f('ascii', [O, (vm, args) => newStr(asciiRepr(vm, args[0]))]),
    format: f('format', [fast(1, 2), (vm, args) => newStr(formatToString(vm, args[0], args[1] ? strArg(args[1], 'format', 'argument 2') : ''))]),
    sorted: f('sorted', sorted),
    min: f('min', minMax('min')),
    max: f('max', minMax('max')),
    sum: f('sum', [keywords(['iterable', 'start'], 1, 1), sum]),
    abs: f('abs', [O, abs]),
    round: f('round', [keywords(['number', 'ndigits'], 1), round]),
    divmod: f('divmod', [fast(2), divmod]),
    pow: f('pow', [keywords(['base', 'exp', 'mod'], 2), pow]),
    isinstance: f('isinstance', [fast(2), (vm, args) => newBool(isinstanceCheck(vm, args[0], args[1], 'isinstance'))]),
    issubclass: f('issubclass', [fast(2), (vm, args) => newBool(isinstanceCheck(vm, args[0], args[1], 'issubclass'))]),
    id: f('id', [O, (_vm, args) => newInt(addressOf(args[0]))]),
    hash: f('hash', [O, (vm, args) => newInt(pyHash(vm, args[0]))]),
    hasattr: f('hasattr', [fast(2), (vm, args) => newBool(hasAttr(vm, args[0], attributeName(args[1])))]),
    getattr: f('getattr', [fast(2, 3), (vm, args) => {
      const name = attributeName(args[1]);
      if (args.length === 3) {
        try {
          return getAttr(vm, args[0], name);
        } catch (e) {
          if (vm.isAttributeError(e)) return incref(args[2]);
          throw e;
        }
      }
      return getAttr(vm, args[0], name);
    }]),
    setattr: f('setattr', [fast(3), (vm, args) => {
      setAttr(vm, args[0], attributeName(args[1]), args[2]);
      return newNone();
    }]),
    delattr: f('delattr', [fast(2), (vm, args) => {
      delAttr(vm, args[0], attributeName(args[1]));
      return newNone();
    }]),
    iter: f('iter', [fast(1, 2), iterBuiltin]),
    next: f('next', [fast(1, 2), next]),
    any: f('any', [O, anyAll(false)]),
    all: f('all', [O, anyAll(true)]),
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

/** The name argument of getattr/setattr/hasattr/delattr. */
function attributeName(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `attribute name must be string, not '${o.type.name}'`);
}
