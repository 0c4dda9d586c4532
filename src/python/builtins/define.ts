// Helpers to declare builtin functions and methods, and to check their arguments with CPython's messages.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyMethodDescriptor, PyStr, PyInt, PyBool, PyFloat, type NativeCall } from '../runtime/objects';
import type { NativeOpCall } from '../vm/nativeOp';
import type { VM } from '../vm/vm';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { dictSetStr } from '../runtime/containers';
import { indexValue } from '../runtime/ops/items';

/**
 * Builtins CPython declares METH_O, METH_NOARGS or METH_VARARGS: a call counts a recursion level even at
 * a specialized call site (len and isinstance, METH_O and FASTCALL, have specializations without one).
 */
const ALWAYS_GUARDED_FUNCTIONS = new Set([
  'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'hash', 'hex', 'id', 'oct', 'ord', 'repr', 'dir', 'globals',
  'locals', 'max', 'min', 'vars', 'getrefcount', 'getsizeof', 'getrecursionlimit', 'setrecursionlimit', 'exit', 'exc_info',
  'enable', 'disable', 'isenabled', 'get_count', 'get_threshold', 'get_stats', 'freeze', 'unfreeze', 'get_freeze_count',
  'is_tracked', 'is_finalized', 'set_threshold', 'get_referrers', 'get_referents',
]);

/** Methods of builtin types declared METH_O, METH_NOARGS or METH_VARARGS (list.append has a specialization). */
const ALWAYS_GUARDED_METHODS = new Set([
  'list.extend', 'list.remove', 'list.count', 'list.clear', 'list.copy', 'list.reverse',
  'dict.keys', 'dict.values', 'dict.items', 'dict.popitem', 'dict.clear', 'dict.copy', 'dict.update',
  'set.add', 'set.remove', 'set.discard', 'set.pop', 'set.clear', 'set.copy', 'set.update', 'set.union',
  'set.intersection', 'set.difference', 'set.symmetric_difference', 'set.issubset', 'set.issuperset', 'set.isdisjoint',
  'str.join', 'str.partition', 'str.rpartition', 'str.zfill', 'str.upper', 'str.lower', 'str.title', 'str.capitalize',
  'str.swapcase', 'str.casefold', 'str.isdigit', 'str.isalpha', 'str.isalnum', 'str.isspace', 'str.isupper', 'str.islower',
  'str.startswith', 'str.endswith', 'str.find', 'str.rfind', 'str.index', 'str.rindex', 'str.count', 'str.format',
  'int.bit_length', 'float.is_integer', 'generator.send', 'generator.close', 'tuple.count',
]);

/** A shared builtin function object (`len`, `print`). */
export function builtinFunction(name: string, fn: NativeCall): PyBuiltinFunction {
  const f = makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, fn));
  f.alwaysGuarded = ALWAYS_GUARDED_FUNCTIONS.has(name);
  return f;
}

/**
 * A builtin function that may call Python code: `op` runs as a native operation of the eval loop (its
 * Python callees are frames of the loop); `fast` answers synchronously when no Python code is needed
 * (returning null otherwise). Native callers get `fast`, else `op` run in nested loops.
 */
export function resumableFunction(name: string, op: NativeOpCall, fast: FastCall | null = null): PyBuiltinFunction {
  const f = builtinFunction(name, synchronously(op, fast));
  f.resumable = { op, fast };
  return f;
}

/** A builtin's fast form: its result, or null when its resumable operation must run. */
export type FastCall = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject | null;

function synchronously(op: NativeOpCall, fast: FastCall | null): NativeCall {
  return (vm, args, kwargs) => (fast ? fast(vm, args, kwargs) : null) ?? vm.runSync(op(vm, args, kwargs));
}

/** A method's definition: a plain body, or a resumable one (see resumableFunction). */
export type MethodDefinition = NativeCall | { op: NativeOpCall; fast?: FastCall };

/** Adds methods to a builtin type's dict; each receives `self` as args[0]. */
export function defineMethods(type: PyType, methods: Record<string, MethodDefinition>): void {
  for (const [name, definition] of Object.entries(methods)) {
    const fn = typeof definition === 'function' ? definition : synchronously(definition.op, definition.fast ?? null);
    const descr = makeShared(new PyMethodDescriptor(T.method_descriptor, name, type, fn));
    if (typeof definition !== 'function') descr.resumable = { op: definition.op, fast: definition.fast ?? null };
    descr.alwaysGuarded = ALWAYS_GUARDED_METHODS.has(`${type.name}.${name}`);
    dictSetStr(type.dict, name, descr);
  }
}

/** Gives a builtin type a resumable constructor (nativeNew then runs it synchronously). */
export function resumableConstructor(type: PyType, op: NativeOpCall, fast: FastCall | null = null): void {
  type.nativeNew = synchronously(op, fast);
  type.resumableNew = { op, fast };
}

/** Checks the positional argument count: `len() takes exactly one argument (2 given)` style messages. */
export function expectArgs(name: string, args: PyObject[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw new NativeRaise('TypeError', `${name}() takes no arguments (${n} given)`);
    if (min === 1) throw new NativeRaise('TypeError', `${name}() takes exactly one argument (${n} given)`);
    throw new NativeRaise('TypeError', `${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw new NativeRaise('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw new NativeRaise('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** For methods: args[0] is self, so counts exclude it in messages. */
export function expectMethodArgs(name: string, args: PyObject[], min: number, max = min): void {
  const n = args.length - 1;
  if (n >= min && n <= max) return;
  if (min === max && min === 0) throw new NativeRaise('TypeError', `${name}() takes no arguments (${n} given)`);
  if (min === max && min === 1) throw new NativeRaise('TypeError', `${name}() takes exactly one argument (${n} given)`);
  if (n < min) throw new NativeRaise('TypeError', `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  throw new NativeRaise('TypeError', `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/** TypeError for a keyword argument the function does not take. */
export function checkKeywords(fname: string, kwargs: Map<string, PyObject> | null, allowed: string[]): void {
  if (!kwargs) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k)) throw new NativeRaise('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
  }
}

export function noKeywords(name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
}

export function strArg(o: PyObject, fname: string, position = 'argument'): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `${fname}() ${position} must be str, not ${o.type.name}`);
}

/** An int-like argument (int or bool) as a JS number. */
export function intArg(o: PyObject, what = 'integer'): number {
  if (o instanceof PyInt || o instanceof PyBool) return indexValue(o, what);
  throw new NativeRaise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

export function isNumber(o: PyObject): boolean {
  return o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat;
}

/**
 * Argument Clinic's keyword parsing for `name(a, b=..., ...)`: the arguments in `names` order (undefined when
 * not given), with CPython's messages for too many, missing, unknown and doubly given arguments.
 */
export function positionalOrKeyword(name: string, args: PyObject[], kwargs: Map<string, PyObject> | null, names: string[], required: number): (PyObject | undefined)[] {
  const total = args.length + (kwargs?.size ?? 0);
  if (total > names.length) {
    throw new NativeRaise('TypeError', `${name}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${total} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => args[i]);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
      if (i < args.length) throw new NativeRaise('TypeError', `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw new NativeRaise('TypeError', `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
