// Builtin methods bound to an object (`[].append`, `(1).__add__`, `f.__call__`): a new object at every attribute
// read, yet equal to another read of the same method of the same object (meth_richcompare, wrapper_richcompare),
// with the same hash and dict key.

import { PyBuiltinFunction } from './objects';
import type { PyObject } from './object';
import { pointerHash } from './hash';

/** A builtin_function_or_method or method-wrapper bound to an object. */
export function isBoundBuiltin(o: PyObject): o is PyBuiltinFunction & { self: PyObject } {
  return o instanceof PyBuiltinFunction && o.self !== null;
}

/** Whether two bound builtins are one method of one object: same kind, same descriptor's function, same self. */
export function sameBoundBuiltin(a: PyBuiltinFunction, b: PyBuiltinFunction): boolean {
  return a.type === b.type && a.self === b.self && a.fn === b.fn && a.name === b.name;
}

/** meth_hash: the object's pointer hash mixed with one standing for the C function. */
export function boundBuiltinHash(o: PyBuiltinFunction & { self: PyObject }): bigint {
  const h = BigInt.asIntN(64, pointerHash(o.self) ^ (BigInt(functionNumber(o)) << 4n));
  return h === -1n ? -2n : h;
}

/** The dict key of a bound builtin. */
export function boundBuiltinKey(o: PyBuiltinFunction & { self: PyObject }): string {
  return 'b' + o.self.id + ':' + functionNumber(o) + ':' + o.type.name + ':' + o.name;
}

const functionNumbers = new WeakMap<object, number>();
let nextFunctionNumber = 1;

/** A number for the native function behind a bound builtin, the same for every binding of it. */
function functionNumber(o: PyBuiltinFunction): number {
  let n = functionNumbers.get(o.fn);
  if (n === undefined) functionNumbers.set(o.fn, (n = nextFunctionNumber++));
  return n;
}
