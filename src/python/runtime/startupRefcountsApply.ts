// The shared objects' refcounts when a program starts: CPython 3.11's start-up has left references to them in its
// modules (sys.getrefcount(True) prints 409), which our runtime does not hold. Set before the program's code is made,
// so its constants and everything after count on top, as in CPython.

import type { PyDict } from './dict';
import type { PyObject } from './object';
import { EmptyStr, EmptyTuple, T, latin1Chars, smallInts } from './builtinTypes';
import { EmptyBytes, byteChars } from './bytesObject';
import { countSharedPerInterpreter } from './shared';
import { BYTE_CHAR_REFCOUNTS, LATIN1_CHAR_REFCOUNTS, SMALL_INT_REFCOUNTS, STARTUP_REFCOUNTS } from './startupRefcounts';

interface StartupCount {
  readonly object: PyObject;
  readonly count: number;
}

let table: StartupCount[] | null = null;

/** The table's names that are not the builtins module's. */
function unnamedShared(): Record<string, PyObject> {
  return {
    "''": EmptyStr, '()': EmptyTuple, "b''": EmptyBytes, NoneType: T.NoneType, module: T.module,
    builtin_function_or_method: T.builtin_function_or_method, function: T.function, ellipsis: T.ellipsis,
    NotImplementedType: T.NotImplementedType,
  };
}

/** The shared objects the table names, with their counts (the builtins module's found in `builtins`). */
function startupCounts(builtins: PyDict): StartupCount[] {
  const unnamed = unnamedShared();
  const counts: StartupCount[] = [];
  for (const [name, count] of Object.entries(STARTUP_REFCOUNTS)) {
    const object = unnamed[name] ?? builtins.getStr(name);
    // Objects our site makes per interpreter (exit, help...) hold their real counts.
    if (object?.immortal) counts.push({ object, count });
  }
  smallInts.forEach((object, i) => counts.push({ object, count: SMALL_INT_REFCOUNTS[i] }));
  latin1Chars.forEach((object, i) => counts.push({ object, count: LATIN1_CHAR_REFCOUNTS[i] }));
  byteChars.forEach((object, i) => counts.push({ object, count: BYTE_CHAR_REFCOUNTS[i] }));
  return counts;
}

/** Gives each shared object the table names CPython's count at start-up; from here each interpreter keeps its own. */
export function applyStartupRefcounts(builtins: PyDict): void {
  if (!table) {
    table = startupCounts(builtins);
    countSharedPerInterpreter(table.map((entry) => entry.object));
  }
  for (const { object, count } of table) object.refcount = count;
}
