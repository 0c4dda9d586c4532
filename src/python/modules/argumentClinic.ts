// Argument parsing as CPython's Argument Clinic does it (_PyArg_UnpackKeywords), with its exact messages,
// for the functions modules write in TypeScript; and a Python-function style binder for methods CPython
// writes in Python (their messages name the qualname: "Random.seed() takes from 1 to 3 positional ...").

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';

export type Kwargs = Map<string, PyObject> | null;

export interface ClinicSpec {
  /** Positional-or-keyword parameters ('' for positional-only ones, which must come first). */
  readonly positional: readonly string[];
  /** Keyword-only parameters. */
  readonly keywordOnly?: readonly string[];
  /** How many leading positional parameters are required. */
  readonly required: number;
}

/** The arguments in parameter order (positional, then keyword-only); undefined where not given. */
export function clinic(fname: string, args: readonly PyObject[], kwargs: Kwargs, spec: ClinicSpec): (PyObject | undefined)[] {
  const names = [...spec.positional, ...(spec.keywordOnly ?? [])];
  const maxpos = spec.positional.length;
  const maxargs = names.length;
  const nargs = args.length;
  const nkwargs = kwargs?.size ?? 0;
  if (nargs + nkwargs > maxargs) {
    throw new NativeRaise('TypeError', `${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${nargs + nkwargs} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw new NativeRaise('TypeError', `${fname}() takes no positional arguments`);
    const bound = spec.required < maxpos ? 'at most' : 'exactly';
    throw new NativeRaise('TypeError', `${fname}() takes ${bound} ${maxpos} positional argument${maxpos === 1 ? '' : 's'} (${nargs} given)`);
  }
  const out: (PyObject | undefined)[] = names.map((_, i) => args[i]);
  let remaining = nkwargs;
  for (let i = nargs; i < maxargs; i++) {
    const v = remaining > 0 && names[i] ? kwargs!.get(names[i]) : undefined;
    if (v !== undefined) {
      out[i] = v;
      remaining--;
    } else if (i < spec.required) {
      if (names[i] === '') throw new NativeRaise('TypeError', `${fname}() takes at least ${spec.required} positional argument${spec.required === 1 ? '' : 's'} (${nargs} given)`);
      throw new NativeRaise('TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = 0; i < nargs; i++) {
      if (names[i] && kwargs!.has(names[i])) throw new NativeRaise('TypeError', `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kwargs!.keys()) {
      if (!names.includes(k) || k === '') throw new NativeRaise('TypeError', `'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/** METH_NOARGS / METH_O style checks: `count() takes no keyword arguments`. */
export function noKeywordArguments(fname: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', `${fname}() takes no keyword arguments`);
}
