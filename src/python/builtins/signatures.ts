// Builtins' calling conventions (METH_NOARGS, METH_O, Argument Clinic...) and the argument checks each makes,
// with the TypeError messages CPython prints for them.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import type { NativeCall } from '../runtime/objects';
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
export function checkArguments(
  sig: Signature, qualified: string, name: string, args: PyObject[], kwargs: Map<string, PyObject> | null, viaDescriptor = false,
): (PyObject | undefined)[] {
  const n = args.length;
  // METH_VARARGS refuses keywords under its bare name (cfunction_call), but a method descriptor's vectorcall
  // names it with its type (`str.startswith()`): a bound method object is the former (see bindBuiltinMethod).
  const refusedAs = viaDescriptor ? qualified : name;
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
      if (hasKw) throw new NativeRaise('TypeError', `${refusedAs}() takes no keyword arguments`);
      return args;
    case 'fast':
      if (hasKw) throw new NativeRaise('TypeError', `${qualified}() takes no keyword arguments`);
      if (n < sig.min) throw new NativeRaise('TypeError', `${name} expected ${sig.min === sig.max ? '' : 'at least '}${sig.min} argument${s(sig.min)}, got ${n}`);
      if (n > sig.max) throw new NativeRaise('TypeError', `${name} expected ${sig.min === sig.max ? '' : 'at most '}${sig.max} argument${s(sig.max)}, got ${n}`);
      return args;
    case 'tuple':
      if (hasKw) throw new NativeRaise('TypeError', `${refusedAs}() takes no keyword arguments`);
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

/** A builtin body of any kind (plain, resumable operation, fast form): borrowed arguments in, R out. */
type Body<R> = (vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null) => R;

/**
 * `fn` behind the argument check of `sig`: `qualified` is the name in METH_O/NOARGS messages (`str.upper`),
 * `name` the bare one; `hasSelf` when args[0] is the object a method is called on.
 */
export function signed<R>(sig: Signature, qualified: string, name: string, fn: Body<R>, hasSelf: boolean): Body<R> {
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
          if (kwargs !== null || !countFits(sig, args.length - 1)) checkArguments(sig, qualified, name, args.slice(1), kwargs, true);
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

