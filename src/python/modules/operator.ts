// The operator module (CPython's _operator): the operators as functions, itemgetter, attrgetter, methodcaller.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyList, PyStr, PyTuple, PyInstance } from '../runtime/objects';
import { PyDict } from '../runtime/dict';
import type { PyType } from '../runtime/types';
import { tupleFreeList } from '../runtime/freeLists';
import { dictSetStr } from '../runtime/containers';
import { PyNativeObject } from '../runtime/nativeObject';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newBool, newDict, newInt, newNone, newStr, newTuple } from '../runtime/factory';
import { big } from '../runtime/intMath';
import { binaryOp, unaryOp } from '../runtime/ops/arith';
import { equals, richCompare } from '../runtime/ops/compare';
import { contains, delItem, getItem, lengthHintOp, setItem } from '../runtime/ops/items';
import { getAttr } from '../runtime/ops/attributes';
import { indexOf } from '../runtime/ops/numbers';
import { repr } from '../runtime/ops/repr';
import { slotsOf } from '../runtime/nativeSlots';
import { BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { builtinFunction, expectArgs, resumableFunction } from '../builtins/define';
import { nativeType, once } from './nativeType';
import type { Kwargs } from './argumentClinic';
import type { VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';
import { holdPackedArguments, releaseReferences, unpackedKeywordCall } from '../vm/callOps';

type Fn = (vm: VM, args: PyObject[], kwargs: Kwargs) => PyObject;

function noKw(name: string, kwargs: Kwargs, qualified = false): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${qualified ? '_operator.' : ''}${name}() takes no keyword arguments`);
}

/** A METH_O function: `_operator.neg() takes exactly one argument (0 given)`. */
function unary(name: string, f: (vm: VM, a: PyObject) => PyObject): [string, Fn] {
  return [name, (vm, args, kwargs) => {
    noKw(name, kwargs, true);
    if (args.length !== 1) throw new NativeRaise('TypeError', `_operator.${name}() takes exactly one argument (${args.length} given)`);
    return f(vm, args[0]);
  }];
}

/** A positional-only function of two arguments: `add expected 2 arguments, got 1`. */
function binary(name: string, f: (vm: VM, a: PyObject, b: PyObject) => PyObject): [string, Fn] {
  return [name, (vm, args, kwargs) => {
    noKw(name, kwargs, true);
    expectArgs(name, args, 2);
    return f(vm, args[0], args[1]);
  }];
}

const arithmetic = (name: string, op: number): [string, Fn] => binary(name, (vm, a, b) => binaryOp(vm, a, b, op));
const comparison = (name: string, op: number): [string, Fn] => binary(name, (vm, a, b) => richCompare(vm, a, b, op));

/** PySequence_Check: what concat accepts. */
function isSequence(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr) return true;
  if (o instanceof PyInstance) return o.type.lookup('__getitem__') !== undefined;
  return slotsOf(o.type)?.getItem !== undefined;
}

function concat(inplace: boolean) {
  return (vm: VM, a: PyObject, b: PyObject): PyObject => {
    if (!isSequence(a)) throw new NativeRaise('TypeError', `'${a.type.name}' object can't be concatenated`);
    return binaryOp(vm, a, b, inplace ? BinaryOpArg.INPLACE_ADD : BinaryOpArg.ADD);
  };
}

/** countOf / indexOf: identity or equality, item by item. */
function scan(vm: VM, seq: PyObject, x: PyObject, stopAtFirst: boolean): number {
  const it = vm.getIter(seq);
  let count = 0;
  try {
    for (let i = 0, v = vm.iterNext(it); v; v = vm.iterNext(it), i++) {
      const same = v === x || equals(vm, v, x);
      decref(v);
      if (same) {
        if (stopAtFirst) return i;
        count++;
      }
    }
  } finally {
    decref(it);
  }
  if (stopAtFirst) throw new NativeRaise('ValueError', 'sequence.index(x): x not in sequence');
  return count;
}

const FUNCTIONS: [string, Fn][] = [
  unary('abs', (vm, a) => vm.call(vm.builtins.getStr('abs')!, [a])),
  arithmetic('add', BinaryOpArg.ADD),
  arithmetic('and_', BinaryOpArg.AND),
  binary('concat', concat(false)),
  binary('contains', (vm, a, b) => newBool(contains(vm, a, b))),
  binary('countOf', (vm, a, b) => newInt(scan(vm, a, b, false))),
  binary('delitem', (vm, a, b) => (delItem(vm, a, b), newNone())),
  comparison('eq', CompareOpArg.EQ),
  arithmetic('floordiv', BinaryOpArg.FLOOR_DIVIDE),
  comparison('ge', CompareOpArg.GE),
  binary('getitem', (vm, a, b) => getItem(vm, a, b)),
  comparison('gt', CompareOpArg.GT),
  arithmetic('iadd', BinaryOpArg.INPLACE_ADD),
  arithmetic('iand', BinaryOpArg.INPLACE_AND),
  binary('iconcat', concat(true)),
  arithmetic('ifloordiv', BinaryOpArg.INPLACE_FLOOR_DIVIDE),
  arithmetic('ilshift', BinaryOpArg.INPLACE_LSHIFT),
  arithmetic('imatmul', BinaryOpArg.INPLACE_MATRIX_MULTIPLY),
  arithmetic('imod', BinaryOpArg.INPLACE_REMAINDER),
  arithmetic('imul', BinaryOpArg.INPLACE_MULTIPLY),
  unary('index', (vm, a) => newInt(indexOf(vm, a))),
  binary('indexOf', (vm, a, b) => newInt(scan(vm, a, b, true))),
  unary('inv', (vm, a) => unaryOp(vm, a, '~')),
  unary('invert', (vm, a) => unaryOp(vm, a, '~')),
  arithmetic('ior', BinaryOpArg.INPLACE_OR),
  arithmetic('ipow', BinaryOpArg.INPLACE_POWER),
  arithmetic('irshift', BinaryOpArg.INPLACE_RSHIFT),
  binary('is_', (_vm, a, b) => newBool(a === b)),
  binary('is_not', (_vm, a, b) => newBool(a !== b)),
  arithmetic('isub', BinaryOpArg.INPLACE_SUBTRACT),
  arithmetic('itruediv', BinaryOpArg.INPLACE_TRUE_DIVIDE),
  arithmetic('ixor', BinaryOpArg.INPLACE_XOR),
  comparison('le', CompareOpArg.LE),
  arithmetic('lshift', BinaryOpArg.LSHIFT),
  comparison('lt', CompareOpArg.LT),
  arithmetic('matmul', BinaryOpArg.MATRIX_MULTIPLY),
  arithmetic('mod', BinaryOpArg.REMAINDER),
  arithmetic('mul', BinaryOpArg.MULTIPLY),
  comparison('ne', CompareOpArg.NE),
  unary('neg', (vm, a) => unaryOp(vm, a, '-')),
  unary('not_', (vm, a) => newBool(!vm.isTrue(a))),
  arithmetic('or_', BinaryOpArg.OR),
  unary('pos', (vm, a) => unaryOp(vm, a, '+')),
  arithmetic('pow', BinaryOpArg.POWER),
  arithmetic('rshift', BinaryOpArg.RSHIFT),
  arithmetic('sub', BinaryOpArg.SUBTRACT),
  arithmetic('truediv', BinaryOpArg.TRUE_DIVIDE),
  unary('truth', (vm, a) => newBool(vm.isTrue(a))),
  arithmetic('xor', BinaryOpArg.XOR),
];

/** operator.length_hint: PyObject_LengthHint, the one list() and extend() use (lengthHintOp). */
function* lengthHintFunction(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  noKw('length_hint', kwargs, true);
  expectArgs('length_hint', args, 1, 2);
  const fallback = args[1] === undefined ? 0 : Number(big(indexOf(vm, args[1])));
  return newInt(yield* lengthHintOp(vm, args[0], fallback));
}

function setitemFunction(vm: VM, args: PyObject[], kwargs: Kwargs): PyObject {
  noKw('setitem', kwargs, true);
  expectArgs('setitem', args, 3);
  setItem(vm, args[0], args[1], args[2]);
  return newNone();
}

function callFunction(vm: VM, args: PyObject[], kwargs: Kwargs): PyObject {
  if (args.length === 0) throw new NativeRaise('TypeError', 'call expected at least 1 argument, got 0');
  return vm.call(args[0], args.slice(1), kwargs);
}

/**
 * itemgetter, attrgetter and methodcaller objects (heap types in CPython 3.11, so each holds its class).
 * refs: itemgetter [class, item or the tuple of items]; attrgetter [tuple of names (a dotted name as a
 * tuple of its parts), class]; methodcaller [name, args tuple, keywords dict?, class].
 */
interface Getter {
  readonly kind: 'item' | 'attr' | 'method';
  readonly count: number;
}

function makeGetter(type: PyType, refs: PyObject[], data: Getter): PyNativeObject<Getter> {
  const o = activeHeap().register(new PyNativeObject<Getter>(type, refs, data));
  activeHeap().track(o);
  return o;
}

function attrChain(vm: VM, target: PyObject, name: PyObject): PyObject {
  if (name instanceof PyStr) return getAttr(vm, target, name.value);
  let v = incref(target);
  for (const part of (name as PyTuple).items) {
    const next = getAttr(vm, v, (part as PyStr).value);
    decref(v);
    v = next;
  }
  return v;
}

function callGetter(vm: VM, o: PyObject, args: PyObject[], kwargs: Kwargs): PyObject {
  const g = o as PyNativeObject<Getter>;
  const { kind, count } = g.data;
  const name = kind === 'item' ? 'itemgetter' : kind === 'attr' ? 'attrgetter' : 'methodcaller';
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length !== 1) throw new NativeRaise('TypeError', `${name} expected 1 argument, got ${args.length}`);
  const target = args[0];
  if (kind === 'method') {
    // methodcaller has no vectorcall in 3.11: _PyObject_MakeTpCall's argument tuple holds the target meanwhile.
    const packed = vm.hidden.allocate(tupleFreeList(1));
    const tuple = holdPackedArguments(vm, args, null);
    try {
      const method = getAttr(vm, target, (g.refs[0] as PyStr).value);
      try {
        const kw = g.refs[2] instanceof PyDict ? new Map([...g.refs[2].map.values()].map((e) => [(e.key as PyStr).value, e.value])) : null;
        const positional = (g.refs[1] as PyTuple).items;
        const unpacked = unpackedKeywordCall(vm, positional, kw);
        try {
          return vm.call(method, positional.slice(), kw);
        } finally {
          releaseReferences(vm, unpacked);
        }
      } finally {
        decref(method);
      }
    } finally {
      releaseReferences(vm, tuple);
      vm.hidden.release([packed]);
    }
  }
  const source = kind === 'item' ? g.refs[1] : g.refs[0];
  const one = (key: PyObject): PyObject => (kind === 'item' ? getItem(vm, target, key) : attrChain(vm, target, key));
  if (count === 1) return one(kind === 'item' ? source : (source as PyTuple).items[0]);
  // The result tuple is made first, then filled.
  const result = newTuple(Array.from({ length: count }, () => newNone())) as PyTuple;
  try {
    (source as PyTuple).items.forEach((key, i) => {
      const old = result.items[i];
      result.items[i] = one(key);
      decref(old);
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function getterRepr(vm: VM, o: PyObject): string {
  const g = o as PyNativeObject<Getter>;
  if (g.data.kind === 'item') {
    const items = g.data.count === 1 ? [g.refs[1]] : (g.refs[1] as PyTuple).items;
    return `operator.itemgetter(${items.map((x) => repr(vm, x)).join(', ')})`;
  }
  if (g.data.kind === 'attr') {
    const names = (g.refs[0] as PyTuple).items.map((n) => (n instanceof PyStr ? n.value : (n as PyTuple).items.map((p) => (p as PyStr).value).join('.')));
    return `operator.attrgetter(${names.map((n) => repr(vm, newStrTemp(n))).join(', ')})`;
  }
  const parts = [repr(vm, g.refs[0]), ...(g.refs[1] as PyTuple).items.map((x) => repr(vm, x))];
  if (g.refs[2] instanceof PyDict) for (const e of g.refs[2].map.values()) parts.push(`${(e.key as PyStr).value}=${repr(vm, e.value)}`);
  return `operator.methodcaller(${parts.join(', ')})`;
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.refcount--;
  return o;
}

const getterSlots = (size: number) => ({ call: callGetter, repr: getterRepr, sizeof: () => size });
const itemgetterType = once(() => nativeType('itemgetter', 'operator', { slots: getterSlots(64) }));
const attrgetterType = once(() => nativeType('attrgetter', 'operator', { slots: getterSlots(56), packsArguments: true }));
const methodcallerType = once(() => nativeType('methodcaller', 'operator', { slots: getterSlots(56) }));

function installGetterTypes(): void {
  itemgetterType().nativeNew = (vm, args, kwargs) => {
    noKw('itemgetter', kwargs);
    if (args.length === 0) throw new NativeRaise('TypeError', 'itemgetter expected 1 argument, got 0');
    const type = itemgetterType();
    if (args.length > 1) return makeGetter(type, [incref(type), newTuple(args.map((a) => incref(a)))], { kind: 'item', count: args.length });
    // type_call's argument tuple lives only during the call when a single item is kept.
    const packed = vm.hidden.allocate(tupleFreeList(1));
    try {
      return makeGetter(type, [incref(type), incref(args[0])], { kind: 'item', count: 1 });
    } finally {
      vm.hidden.release([packed]);
    }
  };
  attrgetterType().nativeNew = (_vm, args, kwargs) => {
    noKw('attrgetter', kwargs);
    if (args.length === 0) throw new NativeRaise('TypeError', 'attrgetter expected 1 argument, got 0');
    const names = newTuple(args.map(() => newNone())) as PyTuple;
    try {
      args.forEach((a, i) => {
        if (!(a instanceof PyStr)) throw new NativeRaise('TypeError', 'attribute name must be a string');
        const parts = a.value.split('.');
        const old = names.items[i];
        names.items[i] = parts.length === 1 ? incref(a) : newTuple(parts.map((p) => newStr(p)));
        decref(old);
      });
    } catch (e) {
      decref(names);
      throw e;
    }
    const type = attrgetterType();
    return makeGetter(type, [names, incref(type)], { kind: 'attr', count: args.length });
  };
  methodcallerType().nativeNew = (vm, args, kwargs) => {
    // type_call packs the arguments (the tuple lives during the call) and the keywords (the dict is kept).
    const packed = vm.hidden.allocate(tupleFreeList(args.length));
    try {
      const kw = kwargs && kwargs.size > 0 ? newDict() : null;
      if (kw) for (const [k, v] of kwargs!) dictSetStr(kw, k, v);
      try {
        if (args.length === 0) throw new NativeRaise('TypeError', 'methodcaller needs at least one argument, the method name');
        if (!(args[0] instanceof PyStr)) throw new NativeRaise('TypeError', 'method name must be a string');
      } catch (e) {
        if (kw) decref(kw);
        throw e;
      }
      const type = methodcallerType();
      const rest = newTuple(args.slice(1).map((a) => incref(a)));
      return makeGetter(type, kw ? [incref(args[0]), rest, kw, incref(type)] : [incref(args[0]), rest, incref(type)], { kind: 'method', count: 1 });
    } finally {
      vm.hidden.release([packed]);
    }
  };
}

/** _operator's docstring (operator takes it from there). */
const OPERATOR_DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
  + "to the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  "
  + "The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

/** _operator's names; operator.py adds the dunder aliases (`__add__ = add`). */
const contents = once(() => {
  installGetterTypes();
  const out: Record<string, PyObject> = {};
  for (const [name, fn] of FUNCTIONS) out[name] = builtinFunction(name, fn);
  out.length_hint = resumableFunction('length_hint', lengthHintFunction);
  out.setitem = builtinFunction('setitem', setitemFunction);
  out.call = builtinFunction('call', callFunction);
  out.itemgetter = itemgetterType();
  out.attrgetter = attrgetterType();
  out.methodcaller = methodcallerType();
  return out;
});

export function operatorModuleContents(_vm: VM): Record<string, PyObject> {
  const out = { ...contents() };
  for (const v of Object.values(out)) v.refcount++;
  out.__doc__ = newStr(OPERATOR_DOC);
  return out;
}
