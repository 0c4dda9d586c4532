// sys.stdout and sys.stderr: text streams whose write() goes to the program's output, so that
// `print(..., file=sys.stderr)` and `sys.stdout.write(s)` work as in CPython.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import type { PyType } from '../runtime/types';
import { makeShared } from '../runtime/builtinTypes';
import { newBool, newInt, newNone, newStr } from '../runtime/factory';
import { NOARGS, O, defineMethods } from '../builtins/define';
import { nativeType, once } from './nativeType';
import type { VM } from '../vm/vm';

/** One of the standard text streams; the interpreter that runs the program decides where its text goes. */
export class PyStdStream extends PyObject {
  constructor(type: PyType, readonly streamName: '<stdout>' | '<stderr>') {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
  /** Writes text where the stream leads. */
  write(vm: VM, text: string): void {
    if (this.streamName === '<stdout>') vm.write(text);
    else vm.writeStderr(text);
  }
}

const streamType = once(() => {
  const type = nativeType('TextIOWrapper', '_io', {
    slots: {
      repr: (_vm, o) => `<_io.TextIOWrapper name='${(o as PyStdStream).streamName}' mode='w' encoding='utf-8'>`,
      // Read-only attributes: logging's handlers print the stream's name.
      attribute: (o, name) => (name === 'name' ? newStr((o as PyStdStream).streamName) : name === 'mode' ? newStr('w') : null),
    },
  });
  defineMethods(type, {
    write: [O, (vm, args) => {
      const s = args[1];
      if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `write() argument must be str, not ${s.type.name}`);
      (args[0] as PyStdStream).write(vm, s.value);
      return newInt([...s.value].length);
    }],
    flush: [NOARGS, () => newNone()],
    writable: [NOARGS, () => newBool(true)],
    isatty: [NOARGS, () => newBool(false)],
  });
  return type;
});

/** The two shared stream objects (shared like CPython's, which live for the whole process). */
export const standardStreams = once(() => ({
  stdout: makeShared(new PyStdStream(streamType(), '<stdout>')),
  stderr: makeShared(new PyStdStream(streamType(), '<stderr>')),
}));
