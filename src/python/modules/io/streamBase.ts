// What the io module's stream objects share: the closed-file and unsupported-operation errors, line splitting,
// and the base class that makes a stream its own iterator (`for line in f`, `next(f)`).

import { NativeRaise } from '../../errors';
import { PyNativeIterator } from '../../runtime/iterators';
import type { PyObject } from '../../runtime/object';
import { decref } from '../../runtime/heap';
import { PyType } from '../../runtime/types';
import { E, T, makeShared } from '../../runtime/builtinTypes';
import { PyDict } from '../../runtime/dict';
import { newException, newList, newStr } from '../../runtime/factory';
import type { PyStr } from '../../runtime/objects';
import { PyRaise, type VM } from '../../vm/vm';
import { once } from '../nativeType';

/** A stream: an iterator over its lines whose step is readline, tracked by the collector as CPython's are. */
export abstract class PyStream extends PyNativeIterator {
  closed = false;
  constructor(type: PyType) {
    super(type, [], streamStep);
  }
  override get isGcType(): boolean {
    return true;
  }
  /** The next line ('' at the end of the stream), as a new str or bytes object. */
  abstract readLine(vm: VM, limit: number): PyObject;
  /** Whether `line` is the empty str or bytes that ends iteration. */
  abstract isEmpty(line: PyObject): boolean;
  /** readlines(hint): lines up to the end, or until their total length passes a positive hint. */
  readLines(vm: VM, hint: number): PyObject {
    const lines: PyObject[] = [];
    let total = 0;
    for (;;) {
      const line = this.readLine(vm, -1);
      if (this.isEmpty(line)) {
        decref(line);
        break;
      }
      lines.push(line);
      total += (line as PyStr).value.length;
      if (hint > 0 && total > hint) break;
    }
    return newList(lines);
  }
}

/** __next__: readline until it gives nothing. A module-level function, so a fork shares it. */
function streamStep(vm: VM, it: PyNativeIterator): PyObject | null {
  const stream = it as PyStream;
  const line = stream.readLine(vm, -1);
  if (!stream.isEmpty(line)) return line;
  decref(line);
  return null;
}

/** io.UnsupportedOperation: both an OSError and a ValueError. */
export const unsupportedOperationType = once((): PyType => {
  const type = makeShared(new PyType(T.type, 'UnsupportedOperation', [E.OSError, E.ValueError], makeShared(new PyDict(T.dict))));
  type.qualname = 'UnsupportedOperation';
  type.module = 'io';
  type.isException = true;
  type.hasInstanceDict = true;
  type.allowSubclass = true;
  return type;
});

export function unsupported(message: string): never {
  throw new PyRaise(newException(unsupportedOperationType(), [newStr(message)]));
}

/** StringIO and BytesIO say "closed file"; the file objects of open() end the sentence with a period. */
export function checkOpen(stream: PyStream, period: boolean): void {
  if (stream.closed) throw new NativeRaise('ValueError', period ? 'I/O operation on closed file.' : 'I/O operation on closed file');
}

/** A size argument (read(n), readline(n)): an int or None (-1, everything). */
export function sizeArgument(vm: VM, o: PyObject | undefined, index: (vm: VM, o: PyObject) => number): number {
  if (o === undefined || o.type === T.NoneType) return -1;
  if (o.type !== T.int && o.type !== T.bool && !o.type.lookup('__index__')) {
    throw new NativeRaise('TypeError', `argument should be integer or None, not '${o.type.name}'`);
  }
  return index(vm, o);
}

/** Where readline stops in `text` from `pos`: after the next newline, at `limit` characters, or at the end. */
export function lineEnd(text: string, pos: number, limit: number): number {
  const newline = text.indexOf('\n', pos);
  let end = newline < 0 ? text.length : newline + 1;
  if (limit >= 0 && end - pos > limit) end = pos + limit;
  return end;
}
