// The features a program can be made of: each has the statements it generates at the top level and in nested bodies.

import type { StmtMaker } from './gen/stmts/common';
import { FLOAT_STMTS, FORMAT_STMTS, INT_STMTS, STR_STMTS } from './gen/stmts/scalars';
import { DICT_STMTS, LIST_STMTS, RANGE_STMTS, SET_STMTS, STRHASH_STMTS, TUPLE_STMTS } from './gen/stmts/containers';
import { CONTROL_STMTS } from './gen/stmts/control';
import { COMPR_STMTS, FUNC_STMTS, GEN_STMTS } from './gen/stmts/functions';
import { BUILTIN_STMTS } from './gen/stmts/builtins';
import { CLASS_INNER, CLASS_STMTS } from './gen/stmts/classes';
import { EXC_STMTS } from './gen/stmts/exceptions';
import { GCCOUNT_STMTS, MEMORY_STMTS } from './gen/stmts/memory';

export interface Feature {
  name: string;
  about: string;
  /** Statements at module level. */
  top: [number, StmtMaker][];
  /** Statements inside loops, branches and function bodies. */
  inner: [number, StmtMaker][];
  /** Off unless asked for by --features (its output is not deterministic across implementations yet). */
  optIn?: boolean;
}

export const FEATURES: Feature[] = [
  { name: 'int', about: 'int and bool arithmetic, big ints, bit operations, conversions', top: INT_STMTS, inner: INT_STMTS },
  { name: 'float', about: 'float arithmetic, repr, rounding, math module', top: FLOAT_STMTS, inner: FLOAT_STMTS },
  { name: 'str', about: 'str methods, slicing, repr, searching, splitting', top: STR_STMTS, inner: STR_STMTS },
  { name: 'format', about: 'f-strings with format specs, %-format, str.format, format()', top: FORMAT_STMTS, inner: FORMAT_STMTS },
  { name: 'list', about: 'lists of ints and strs: methods, slices, slice assignment, sorting', top: LIST_STMTS, inner: LIST_STMTS },
  { name: 'tuple', about: 'tuples and unpacking (starred, nested)', top: TUPLE_STMTS, inner: TUPLE_STMTS },
  { name: 'dict', about: 'dicts with str keys: methods, views, merging, order', top: DICT_STMTS, inner: DICT_STMTS },
  { name: 'set', about: 'sets of ints: operators, methods, iteration order', top: SET_STMTS, inner: SET_STMTS },
  { name: 'range', about: 'ranges: slicing, indexing, reversed, attributes', top: RANGE_STMTS, inner: RANGE_STMTS },
  { name: 'control', about: 'if/elif/else, for and while with break/continue/else', top: CONTROL_STMTS, inner: CONTROL_STMTS },
  { name: 'compr', about: 'list/set/dict comprehensions and generator expressions', top: COMPR_STMTS, inner: COMPR_STMTS },
  { name: 'func', about: 'defaults, keywords, *args/**kwargs, closures, global/nonlocal, lambdas, recursion', top: FUNC_STMTS, inner: [] },
  { name: 'gen', about: 'generators: yield, yield from, send, throw, close, finally', top: GEN_STMTS, inner: GEN_STMTS.slice(3, 4) },
  { name: 'class', about: 'classes with dunders, properties, class/static methods, inheritance, super()', top: CLASS_STMTS, inner: CLASS_INNER },
  { name: 'exc', about: 'try/except/else/finally, custom exceptions, raise from, builtin error messages', top: EXC_STMTS, inner: EXC_STMTS.slice(0, 2) },
  { name: 'builtins', about: 'sorted/min/max with key, sum, enumerate, zip, map, filter, conversions', top: BUILTIN_STMTS, inner: BUILTIN_STMTS },
  { name: 'memory', about: 'sys.getrefcount, sys.getsizeof, gc.collect, del, is, __del__, cycles, weakref', top: MEMORY_STMTS, inner: MEMORY_STMTS.slice(0, 4) },
  { name: 'traceback', about: 'the program ends with an uncaught exception (whole stderr compared)', top: [], inner: [] },
  { name: 'gccount', about: 'gc.get_count() after a full collection', top: GCCOUNT_STMTS, inner: [] },
  { name: 'strhash', about: "sets of strs and hash(str): CPython's str hash with PYTHONHASHSEED=0", top: STRHASH_STMTS, inner: STRHASH_STMTS, optIn: true },
];

export const FEATURE_NAMES = FEATURES.map((f) => f.name);
export const DEFAULT_FEATURES = FEATURES.filter((f) => !f.optIn).map((f) => f.name);

export function featureByName(name: string): Feature {
  const f = FEATURES.find((x) => x.name === name);
  if (!f) throw new Error(`unknown feature '${name}' (known: ${FEATURE_NAMES.join(', ')})`);
  return f;
}
