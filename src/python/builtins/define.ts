// Helpers to declare builtin functions and methods, and to check their arguments with CPython's messages.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyMethodDescriptor, PyStr, PyInt, PyBool, PyFloat, type NativeCall } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { dictSetStr } from '../runtime/containers';
import { indexValue } from '../runtime/ops/items';

/** A shared builtin function object (`len`, `print`). */
export function builtinFunction(name: string, fn: NativeCall): PyBuiltinFunction {
  return makeShared(new PyBuiltinFunction(T.builtin_function_or_method, name, fn));
}

/** Adds methods to a builtin type's dict; each receives `self` as args[0]. */
export function defineMethods(type: PyType, methods: Record<string, NativeCall>): void {
  for (const [name, fn] of Object.entries(methods)) {
    const descr = makeShared(new PyMethodDescriptor(T.method_descriptor, name, type, fn));
    dictSetStr(type.dict, name, descr);
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
