// sys.stdin, sys.stdout and sys.stderr: text streams whose write() goes to the program's output and whose
// readline() reads what input() reads, so that `print(..., file=sys.stderr)`, `sys.stdout.write(s)` and
// `for line in sys.stdin` work as in CPython.

import { forEachItem } from '../vm/iterateItems';
import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyNativeIterator, PyStr } from '../runtime/objects';
import type { PyType } from '../runtime/types';
import { T, makeShared } from '../runtime/builtinTypes';
import { newBool, newInt, newList, newNone, newStr } from '../runtime/factory';
import { incref } from '../runtime/heap';
import { encodeStr } from '../runtime/codecs';
import { unsupported } from './io/streamBase';
import { NOARGS, O, defineMethods } from '../builtins/define';
import { nativeType, once } from './nativeType';
import { standardBuffer } from './stdBuffers';
import type { VM } from '../vm/vm';

/** One of the standard text streams; the interpreter that runs the program decides where its text goes. */
export class PyStdStream extends PyObject {
  constructor(type: PyType, readonly streamName: '<stdin>' | '<stdout>' | '<stderr>') {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
  get mode(): string {
    return this.streamName === '<stdin>' ? 'r' : 'w';
  }
  /** Writes text where the stream leads, encoded under the stream's error handler. */
  write(vm: VM, text: string): void {
    if (this.streamName === '<stdin>') unsupported('not writable');
    if (this.streamName === '<stdout>') vm.write(stdoutText(text));
    else vm.writeStderr(stderrText(text));
  }
  /** The next line of the program's stdin ('' at its end). */
  readLine(vm: VM): string {
    if (this.streamName !== '<stdin>') unsupported('not readable');
    return vm.readStdinLine();
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

/** Whether the text holds a surrogate that is not half of a pair: UTF-8 cannot encode it. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Text for stdout, whose surrogateescape handler raises UnicodeEncodeError for a surrogate not in U+DC80-U+DCFF. */
export function stdoutText(text: string): string {
  if (hasLoneSurrogate(text)) encodeStr(text, 'utf-8', 'surrogateescape');
  return text;
}

/** Text for stderr, whose backslashreplace handler writes a lone surrogate as its \\uXXXX escape. */
function stderrText(text: string): string {
  if (!hasLoneSurrogate(text)) return text;
  return text.replace(/\p{Cs}/gu, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function stream(args: PyObject[]): PyStdStream {
  return args[0] as PyStdStream;
}

/** The lines left on stdin, each with its newline. */
export function remainingLines(vm: VM, s: PyStdStream): string[] {
  const lines: string[] = [];
  for (let line = s.readLine(vm); line !== ''; line = s.readLine(vm)) lines.push(line);
  return lines;
}

export const FILE_DESCRIPTORS = { '<stdin>': 0, '<stdout>': 1, '<stderr>': 2 };

/**
 * The streams' attributes as python3 has them when its output goes to a pipe under the oracle's locale (errors
 * are the C locale's: surrogateescape, backslashreplace for stderr).
 */
function streamAttribute(s: PyStdStream, name: string): PyObject | null {
  switch (name) {
    case 'name': return newStr(s.streamName);
    case 'mode': return newStr(s.mode);
    case 'encoding': return newStr('utf-8');
    case 'errors': return newStr(s.streamName === '<stderr>' ? 'backslashreplace' : 'surrogateescape');
    case 'closed': case 'line_buffering': return newBool(false);
    case 'write_through': return newBool(true);
    case 'newlines': return newNone();
    case 'buffer': return standardBuffer(s);
  }
  return null;
}

const streamType = once(() => {
  const type = nativeType('TextIOWrapper', '_io', {
    slots: {
      repr: (_vm, o) => `<_io.TextIOWrapper name='${(o as PyStdStream).streamName}' mode='${(o as PyStdStream).mode}' encoding='utf-8'>`,
      // `for line in sys.stdin`: the lines read one by one (CPython's stream is its own iterator).
      iter: (vm, o) => {
        const s = o as PyStdStream;
        if (s.streamName !== '<stdin>') unsupported('not readable');
        return vm.heap.register(new PyNativeIterator(T.callable_iterator, [], (vm2) => {
          const line = s.readLine(vm2);
          return line === '' ? null : newStr(line);
        }));
      },
      // Read-only attributes: logging's handlers print the stream's name.
      attribute: (o, name) => streamAttribute(o as PyStdStream, name),
    },
  });
  defineMethods(type, {
    write: [O, (vm, args) => {
      const s = args[1];
      if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `write() argument must be str, not ${argTypeName(s)}`);
      (args[0] as PyStdStream).write(vm, s.value);
      return newInt([...s.value].length);
    }],
    writelines: [O, (vm, args) => {
      forEachItem(vm, args[1], (line) => {
        if (!(line instanceof PyStr)) throw new NativeRaise('TypeError', `write() argument must be str, not ${argTypeName(line)}`);
        stream(args).write(vm, line.value);
      });
      return newNone();
    }],
    flush: [NOARGS, () => newNone()],
    fileno: [NOARGS, (_vm, args) => newInt(FILE_DESCRIPTORS[stream(args).streamName])],
    seekable: [NOARGS, () => newBool(false)],
    writable: [NOARGS, (_vm, args) => newBool(stream(args).streamName !== '<stdin>')],
    readable: [NOARGS, (_vm, args) => newBool(stream(args).streamName === '<stdin>')],
    isatty: [NOARGS, () => newBool(false)],
    readline: [NOARGS, (vm, args) => newStr(stream(args).readLine(vm))],
    read: [NOARGS, (vm, args) => newStr(remainingLines(vm, stream(args)).join(''))],
    readlines: [NOARGS, (vm, args) => newList(remainingLines(vm, stream(args)).map((line) => newStr(line)))],
    __iter__: [NOARGS, (vm, args) => {
      if (stream(args).streamName !== '<stdin>') unsupported('not readable');
      return incref(args[0]);
    }],
    __next__: [NOARGS, (vm, args) => {
      const line = stream(args).readLine(vm);
      if (line === '') throw new NativeRaise('StopIteration', '');
      return newStr(line);
    }],
  });
  return type;
});

/** The two shared stream objects (shared like CPython's, which live for the whole process). */
export const standardStreams = once(() => ({
  stdin: makeShared(new PyStdStream(streamType(), '<stdin>')),
  stdout: makeShared(new PyStdStream(streamType(), '<stdout>')),
  stderr: makeShared(new PyStdStream(streamType(), '<stderr>')),
}));
