// sys.stdin.buffer, sys.stdout.buffer and sys.stderr.buffer: the binary layer under the standard text streams,
// as python3 has it unbuffered (PYTHONUNBUFFERED, as the oracle runs): stdout's and stderr's are the raw FileIO.
// Bytes written go out as the UTF-8 text they spell; stdin's lines come back encoded (the competitive
// programmer's `input = sys.stdin.buffer.readline`).

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyNativeIterator } from '../runtime/objects';
import type { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { newBool, newInt, newList, newNone, newStr } from '../runtime/factory';
import { bufferOf, newBytes } from '../runtime/bytesObject';
import { decodeBytes, encodeStr } from '../runtime/codecs';
import { incref } from '../runtime/heap';
import { NOARGS, O, defineMethods } from '../builtins/define';
import { nativeType, once } from './nativeType';
import { unsupported } from './io/streamBase';
import { FILE_DESCRIPTORS, remainingLines, type PyStdStream } from './stdStreams';
import type { VM } from '../vm/vm';

/** The binary buffer of one standard stream. */
export class PyStdBuffer extends PyObject {
  constructor(type: PyType, readonly stream: PyStdStream) {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
  /** The next line of stdin as bytes (empty at its end). */
  readLine(vm: VM): PyObject {
    return newBytes(encodeStr(this.stream.readLine(vm), 'utf-8', 'surrogateescape'));
  }
}

function buffer(args: PyObject[]): PyStdBuffer {
  return args[0] as PyStdBuffer;
}

/** The lines left on stdin, encoded. */
function readLines(vm: VM, b: PyStdBuffer): string[] {
  return remainingLines(vm, b.stream).map((line) => encodeStr(line, 'utf-8', 'surrogateescape'));
}

function bufferType(name: 'BufferedReader' | 'FileIO'): PyType {
  const type = nativeType(name, '_io', {
    slots: {
      repr: (_vm, o) => {
        const s = (o as PyStdBuffer).stream;
        return name === 'FileIO' ? `<_io.FileIO name='${s.streamName}' mode='${s.mode}b' closefd=False>` : `<_io.${name} name='${s.streamName}'>`;
      },
      iter: (vm, o) => {
        const b = o as PyStdBuffer;
        if (b.stream.streamName !== '<stdin>') unsupported('not readable');
        return vm.heap.register(new PyNativeIterator(T.callable_iterator, [], (vm2) => {
          const line = b.readLine(vm2) as PyObject & { value: string };
          return line.value === '' ? null : line;
        }));
      },
      attribute: (o, attr) => {
        const s = (o as PyStdBuffer).stream;
        if (attr === 'name') return newStr(s.streamName);
        if (attr === 'mode') return newStr(s.mode + 'b');
        if (attr === 'closed') return newBool(false);
        return null;
      },
    },
  });
  defineMethods(type, {
    write: [O, (vm, args) => {
      const data = bufferOf(args[1]);
      if (data === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${argTypeName(args[1])}'`);
      buffer(args).stream.write(vm, decodeBytes(data, 'utf-8', 'surrogateescape'));
      return newInt(data.length);
    }],
    flush: [NOARGS, () => newNone()],
    readline: [NOARGS, (vm, args) => buffer(args).readLine(vm)],
    read: [NOARGS, (vm, args) => newBytes(readLines(vm, buffer(args)).join(''))],
    readlines: [NOARGS, (vm, args) => newList(readLines(vm, buffer(args)).map((line) => newBytes(line)))],
    fileno: [NOARGS, (_vm, args) => newInt(FILE_DESCRIPTORS[buffer(args).stream.streamName])],
    seekable: [NOARGS, () => newBool(false)],
    writable: [NOARGS, (_vm, args) => newBool(buffer(args).stream.streamName !== '<stdin>')],
    readable: [NOARGS, (_vm, args) => newBool(buffer(args).stream.streamName === '<stdin>')],
    isatty: [NOARGS, () => newBool(false)],
    __iter__: [NOARGS, (_vm, args) => incref(args[0])],
  });
  return type;
}

const readerType = once(() => bufferType('BufferedReader'));
const writerType = once(() => bufferType('FileIO'));

const buffers = new WeakMap<PyStdStream, PyStdBuffer>();

/** The stream's buffer (a new reference), made once: shared, as the stream is. */
export function standardBuffer(stream: PyStdStream): PyStdBuffer {
  let b = buffers.get(stream);
  if (b === undefined) {
    b = makeShared(new PyStdBuffer(stream.streamName === '<stdin>' ? readerType() : writerType(), stream));
    buffers.set(stream, b);
  }
  return incref(b);
}
