// Helpers to declare builtin functions and methods, and to check their arguments with CPython's messages.

import { strKey } from '../runtime/mapKey';
import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyDescriptorWrapper, PyMethodDescriptor, PyStr, PyInt, PyBool, staticMethodOwners, type NativeCall, type ResumableBody } from '../runtime/objects';
import type { DirectCall1, DirectCall2 } from '../runtime/callables';
import type { NativeOpCall } from '../vm/nativeOp';
import { CUSTOM, signed, type Signature, type SignedCall } from './signatures';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { typeAttributesChanged } from '../runtime/typeVersion';
import { nextKeysVersion } from '../runtime/inlineCaches';
import { appendEntry } from '../runtime/dict';
import type { VM } from '../vm/vm';
import { indexOf } from '../runtime/ops/numbers';

export {
  CUSTOM, NOARGS, O, VARARGS, checkArguments, fast, keywords, tuple, type Signature, type SignedCall,
} from './signatures';

/**
 * Builtins CPython declares METH_O, METH_NOARGS or METH_VARARGS: a call counts a recursion level even at
 * a specialized call site (len and isinstance, METH_O and FASTCALL, have specializations without one).
 */
const ALWAYS_GUARDED_FUNCTIONS = new Set([
  'abs', 'all', 'any', 'ascii', 'reduce', 'bin', 'callable', 'chr', 'hash', 'hex', 'id', 'oct', 'ord', 'repr', 'dir', 'globals',
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

/** A shared builtin function object (`len`, `print`), optionally with the signature its arguments are checked against. */
export function builtinFunction(name: string, fn: NativeCall | SignedCall): PyBuiltinFunction {
  const body = typeof fn === 'function' ? fn : signed(fn[0], name, name, fn[1], false);
  const f = makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, body));
  f.alwaysGuarded = ALWAYS_GUARDED_FUNCTIONS.has(name);
  return f;
}

/** Adds a builtin static method (str.maketrans) to a builtin type. */
export function defineStaticMethod(type: PyType, name: string, fn: NativeCall | SignedCall): void {
  const f = builtinFunction(name, fn);
  staticMethodOwners.set(f, type);
  setTypeAttribute(type, name, makeShared(new PyDescriptorWrapper(T.staticmethod, [f])));
}

/** A method body with self as args[0]: checked against its signature when one is given. */
export function methodBody(type: PyType, name: string, fn: NativeCall | SignedCall): NativeCall {
  return typeof fn === 'function' ? fn : signed(fn[0], `${type.qualname}.${name}`, name, fn[1], true);
}

/**
 * Sets an attribute of a builtin type at startup. The key and value are shared objects (no interpreter's
 * heap holds them), as the type itself is.
 */
export function setTypeAttribute(type: PyType, name: string, value: PyObject): void {
  const mapKey = strKey(name);
  typeAttributesChanged();
  const e = type.dict.map.get(mapKey);
  if (e) e.value = value;
  else appendEntry(type.dict, mapKey, makeShared(new PyStr(T.str, name)), value);
  type.dict.keysVersion = nextKeysVersion();
}

/**
 * A builtin function that may call Python code: `op` runs as a native operation of the eval loop (its
 * Python callees are frames of the loop); `fast` answers synchronously when no Python code is needed
 * (returning null otherwise). Native callers get `fast`, else `op` run in nested loops.
 */
export function resumableFunction(name: string, op: NativeOpCall | SignedOp, fast: FastCall | null = null): PyBuiltinFunction {
  const body = resumableBody(op, fast, name, name, false);
  const f = builtinFunction(name, synchronously(body.op, body.fast));
  f.resumable = body;
  return f;
}

/** `f` with its body for quickened one-argument call sites (see DirectCall1). */
export function withDirectCall1(f: PyBuiltinFunction, direct: DirectCall1): PyBuiltinFunction {
  f.direct1 = direct;
  return f;
}

/** `f` with its body for quickened two-argument call sites (see DirectCall1). */
export function withDirectCall2(f: PyBuiltinFunction, direct: DirectCall2): PyBuiltinFunction {
  f.direct2 = direct;
  return f;
}

/** A resumable body with the signature its arguments are checked against (by both its forms). */
export type SignedOp = readonly [Signature, NativeOpCall];

/** The op and fast forms of a resumable builtin, each behind its signature's argument check. */
function resumableBody(op: NativeOpCall | SignedOp, fast: FastCall | null, qualified: string, name: string, hasSelf: boolean): ResumableBody {
  if (typeof op === 'function') return { op, fast };
  const [sig, body] = op;
  return { op: signed(sig, qualified, name, body, hasSelf), fast: fast && signed(sig, qualified, name, fast, hasSelf) };
}

/** A builtin's fast form: its result, or null when its resumable operation must run. */
export type FastCall = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject | null;

function synchronously(op: NativeOpCall, fast: FastCall | null): NativeCall {
  return (vm, args, kwargs) => (fast ? fast(vm, args, kwargs) : null) ?? vm.runSync(op(vm, args, kwargs));
}

/** A method's definition: a plain body (with its signature), or a resumable one (see resumableFunction). */
export type MethodDefinition = NativeCall | SignedCall | { op: NativeOpCall; fast?: FastCall; sig?: Signature };

/** Adds methods to a builtin type's dict; each receives `self` as args[0]. */
export function defineMethods(type: PyType, methods: Record<string, MethodDefinition>): void {
  for (const [name, definition] of Object.entries(methods)) {
    let descr: PyMethodDescriptor;
    if (typeof definition === 'function' || Array.isArray(definition)) {
      descr = new PyMethodDescriptor(T.method_descriptor, name, type, methodBody(type, name, definition as NativeCall | SignedCall));
      const kind = Array.isArray(definition) ? (definition as SignedCall)[0].kind : null;
      descr.varargs = kind === 'varargs' || kind === 'tuple';
    } else {
      const { op, fast = null, sig = CUSTOM } = definition as { op: NativeOpCall; fast?: FastCall; sig?: Signature };
      const body = resumableBody([sig, op], fast, `${type.qualname}.${name}`, name, true);
      descr = new PyMethodDescriptor(T.method_descriptor, name, type, synchronously(body.op, body.fast));
      descr.resumable = body;
    }
    descr.alwaysGuarded = ALWAYS_GUARDED_METHODS.has(`${type.name}.${name}`);
    setTypeAttribute(type, name, makeShared(descr));
  }
}

/** Gives a builtin type a resumable constructor (nativeNew then runs it synchronously). */
export function resumableConstructor(type: PyType, op: NativeOpCall | SignedOp, fast: FastCall | null = null): void {
  const body = resumableBody(op, fast, type.name, type.name, false);
  type.nativeNew = synchronously(body.op, body.fast);
  type.resumableNew = body;
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
    if (!allowed.includes(k)) throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
  }
}

export function noKeywords(name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
}

export function strArg(o: PyObject, fname: string, position = 'argument'): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `${fname}() ${position} must be str, not ${argTypeName(o)}`);
}

/** An int-like argument (int or bool) as a JS number (huge values lose precision, as a clipped count would). */
export function intArg(o: PyObject): number {
  if (o instanceof PyInt) return Number(o.value);
  if (o instanceof PyBool) return o.value ? 1 : 0;
  throw new NativeRaise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
}

/** A C int argument (chr, splitlines' keepends): beyond 32 bits is OverflowError. */
export function cIntArg(vm: VM, o: PyObject): number {
  const v = indexOf(vm, o);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) throw new NativeRaise('OverflowError', 'Python int too large to convert to C int');
  return v;
}

/**
 * A Py_ssize_t argument (PyNumber_AsSsize_t): ints, bools and objects with __index__; too large a value
 * raises OverflowError as CPython does.
 */
export function ssizeArg(vm: VM, o: PyObject): number {
  let v: number | bigint;
  if (o instanceof PyInt) v = o.value;
  else if (o instanceof PyBool) return o.value ? 1 : 0;
  else v = indexOf(vm, o);
  if (typeof v === 'bigint' || v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER) {
    const b = BigInt(v);
    if (b > 9223372036854775807n || b < -9223372036854775808n) {
      throw new NativeRaise('OverflowError', "Python int too large to convert to C ssize_t");
    }
    return Number(b);
  }
  return v;
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
