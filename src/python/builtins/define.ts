// Helpers to declare builtin functions and methods, and to check their arguments with CPython's messages.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyMethodDescriptor, PyStr, PyInt, PyBool, PyInstance, type NativeCall } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import type { VM } from '../vm/vm';

/**
 * How CPython receives a builtin's arguments, which decides its TypeError messages:
 * - noargs: METH_NOARGS, `str.upper() takes no arguments (1 given)`
 * - o: METH_O, `list.append() takes exactly one argument (0 given)`
 * - fast: Argument Clinic positional-only, `center expected at least 1 argument, got 0`
 * - tuple: PyArg_ParseTuple, `count() takes at least 1 argument (0 given)`
 * - varargs: any number of positional arguments (the function checks), no keywords
 * - keywords: Argument Clinic with keyword parameters (_PyArg_UnpackKeywords); the function then
 *   receives its parameters in order (undefined when omitted) and no kwargs.
 * - custom: the function checks everything itself.
 */
export type Signature =
  | { readonly kind: 'noargs' | 'o' | 'varargs' | 'custom' }
  | { readonly kind: 'fast' | 'tuple'; readonly min: number; readonly max: number }
  | {
    readonly kind: 'keywords';
    readonly names: readonly string[];
    /** Required parameters (the first `min`). */
    readonly min: number;
    /** Leading positional-only parameters. */
    readonly posOnly: number;
    /** Trailing keyword-only parameters. */
    readonly kwOnly: number;
  };

export const NOARGS: Signature = { kind: 'noargs' };
export const O: Signature = { kind: 'o' };
export const VARARGS: Signature = { kind: 'varargs' };
export const CUSTOM: Signature = { kind: 'custom' };
export const fast = (min: number, max = min): Signature => ({ kind: 'fast', min, max });
export const tuple = (min: number, max = min): Signature => ({ kind: 'tuple', min, max });
export const keywords = (names: string[], min: number, posOnly = 0, kwOnly = 0): Signature => ({ kind: 'keywords', names, min, posOnly, kwOnly });

/** A function body with the signature its arguments are checked against. */
export type SignedCall = readonly [Signature, NativeCall];

const s = (n: number): string => (n === 1 ? '' : 's');

/**
 * Checks positional and keyword arguments (self excluded) against a signature, with the messages CPython
 * prints. `qualified` is the _PyObject_FunctionStr name (`str.upper`, `len`), `name` the bare one.
 * Returns the positional arguments the function receives (keyword signatures merge keywords in).
 */
export function checkArguments(sig: Signature, qualified: string, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null): (PyObject | undefined)[] {
  const n = args.length;
  const hasKw = kwargs !== null && kwargs.size > 0;
  switch (sig.kind) {
    case 'custom':
      return args;
    case 'noargs':
      if (hasKw) throw new NativeRaise('TypeError', `${qualified}() takes no keyword arguments`);
      if (n !== 0) throw new NativeRaise('TypeError', `${qualified}() takes no arguments (${n} given)`);
      return args;
    case 'o':
      if (hasKw) throw new NativeRaise('TypeError', `${qualified}() takes no keyword arguments`);
      if (n !== 1) throw new NativeRaise('TypeError', `${qualified}() takes exactly one argument (${n} given)`);
      return args;
    case 'varargs':
      if (hasKw) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
      return args;
    case 'fast':
      if (hasKw) throw new NativeRaise('TypeError', `${qualified}() takes no keyword arguments`);
      if (n < sig.min) throw new NativeRaise('TypeError', `${name} expected ${sig.min === sig.max ? '' : 'at least '}${sig.min} argument${s(sig.min)}, got ${n}`);
      if (n > sig.max) throw new NativeRaise('TypeError', `${name} expected ${sig.min === sig.max ? '' : 'at most '}${sig.max} argument${s(sig.max)}, got ${n}`);
      return args;
    case 'tuple':
      if (hasKw) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
      if (n < sig.min || n > sig.max) {
        const bound = sig.min === sig.max ? 'exactly' : n < sig.min ? 'at least' : 'at most';
        const count = n < sig.min ? sig.min : sig.max;
        throw new NativeRaise('TypeError', `${name}() takes ${bound} ${count} argument${s(count)} (${n} given)`);
      }
      return args;
    case 'keywords':
      return unpackKeywords(sig, name, args, kwargs);
  }
}

/** CPython's _PyArg_UnpackKeywords. */
function unpackKeywords(
  sig: { names: readonly string[]; min: number; posOnly: number; kwOnly: number }, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null,
): (PyObject | undefined)[] {
  const nargs = args.length;
  let nkw = kwargs ? kwargs.size : 0;
  const maxargs = sig.names.length;
  const maxpos = maxargs - sig.kwOnly;
  const minpos = Math.min(sig.min, maxpos);
  if (nargs + nkw > maxargs) {
    throw new NativeRaise('TypeError', `${name}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw new NativeRaise('TypeError', `${name}() takes no positional arguments`);
    throw new NativeRaise('TypeError', `${name}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`);
  }
  const minPosOnly = Math.min(sig.posOnly, minpos);
  if (nargs < minPosOnly) {
    throw new NativeRaise('TypeError', `${name}() takes ${minPosOnly < maxpos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${s(minPosOnly)} (${nargs} given)`);
  }
  const out: (PyObject | undefined)[] = args.slice();
  for (let i = Math.max(nargs, sig.posOnly); i < maxargs; i++) {
    const value = nkw > 0 ? kwargs!.get(sig.names[i]) : undefined;
    out[i] = value;
    if (value) nkw--;
    else if (i < sig.min) throw new NativeRaise('TypeError', `${name}() missing required argument '${sig.names[i]}' (pos ${i + 1})`);
  }
  if (nkw > 0) {
    for (let i = sig.posOnly; i < nargs; i++) {
      if (kwargs!.has(sig.names[i])) throw new NativeRaise('TypeError', `argument for ${name}() given by name ('${sig.names[i]}') and position (${i + 1})`);
    }
    for (const k of kwargs!.keys()) {
      const i = sig.names.indexOf(k);
      if (i < sig.posOnly) throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  return out;
}

function signed(sig: Signature, qualified: string, name: string, fn: NativeCall, hasSelf: boolean): NativeCall {
  switch (sig.kind) {
    case 'custom':
      return fn;
    case 'keywords':
      if (hasSelf) {
        return (vm, args, kwargs) => {
          const rest = checkArguments(sig, qualified, name, args.slice(1), kwargs);
          return fn(vm, [args[0], ...rest] as PyObject[], null);
        };
      }
      return (vm, args, kwargs) => fn(vm, checkArguments(sig, qualified, name, args, kwargs) as PyObject[], null);
    default:
      if (hasSelf) {
        return (vm, args, kwargs) => {
          if (kwargs !== null || !countFits(sig, args.length - 1)) checkArguments(sig, qualified, name, args.slice(1), kwargs);
          return fn(vm, args, null);
        };
      }
      return (vm, args, kwargs) => {
        if (kwargs !== null || !countFits(sig, args.length)) checkArguments(sig, qualified, name, args, kwargs);
        return fn(vm, args, null);
      };
  }
}

/** The argument-count part of a check, inlined for the common case of a correct call. */
function countFits(sig: Signature, n: number): boolean {
  switch (sig.kind) {
    case 'noargs': return n === 0;
    case 'o': return n === 1;
    case 'fast':
    case 'tuple': return n >= sig.min && n <= sig.max;
    default: return true;
  }
}

/** A shared builtin function object (`len`, `print`), optionally with the signature its arguments are checked against. */
export function builtinFunction(name: string, fn: NativeCall | SignedCall): PyBuiltinFunction {
  const body = typeof fn === 'function' ? fn : signed(fn[0], name, name, fn[1], false);
  return makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, body));
}

/** A method body with self as args[0]: checked against its signature when one is given. */
export function methodBody(type: PyType, name: string, fn: NativeCall | SignedCall): NativeCall {
  return typeof fn === 'function' ? fn : signed(fn[0], `${type.name}.${name}`, name, fn[1], true);
}

/**
 * Sets an attribute of a builtin type at startup. The key and value are shared objects (no interpreter's
 * heap holds them), as the type itself is.
 */
export function setTypeAttribute(type: PyType, name: string, value: PyObject): void {
  const mapKey = 's' + name;
  const e = type.dict.map.get(mapKey);
  if (e) e.value = value;
  else type.dict.map.set(mapKey, { key: makeShared(new PyStr(T.str, name)), value });
}

/** Adds methods to a builtin type's dict; each receives `self` as args[0]. */
export function defineMethods(type: PyType, methods: Record<string, NativeCall | SignedCall>): void {
  for (const [name, fn] of Object.entries(methods)) {
    setTypeAttribute(type, name, makeShared(new PyMethodDescriptor(T.method_descriptor, name, type, methodBody(type, name, fn))));
  }
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

export function noKeywords(name: string, kwargs: Map<string, PyObject> | null): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${name}() takes no keyword arguments`);
}

export function strArg(o: PyObject, fname: string, position = 'argument'): string {
  if (o instanceof PyStr) return o.value;
  throw new NativeRaise('TypeError', `${fname}() ${position} must be str, not ${o.type.name}`);
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

/** operator.index(o): the int value of an int, bool or object with __index__. */
export function indexOf(vm: VM, o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.value;
  if (o instanceof PyBool) return o.value ? 1 : 0;
  if (o instanceof PyInstance) {
    const m = o.type.lookup('__index__');
    if (m) {
      const r = vm.callMethod(m, o, []);
      try {
        if (r instanceof PyInt) return r.value;
        if (r instanceof PyBool) return r.value ? 1 : 0;
        throw new NativeRaise('TypeError', `__index__ returned non-int (type ${r.type.name})`);
      } finally {
        decref(r);
      }
    }
  }
  throw new NativeRaise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
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
