// io.StringIO and io.BytesIO (CPython's _io.StringIO and _io.BytesIO): streams over a buffer in memory, what
// contextlib.redirect_stdout examples print into.

import { NativeRaise } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { PyBytes, bufferOf, newBytes } from '../../runtime/bytesObject';
import { E, T } from '../../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newBool, newException, newInt, newNone, newStr } from '../../runtime/factory';
import { NOARGS, O, defineMethods, ssizeArg, type MethodDefinition } from '../../builtins/define';
import { clinic } from '../argumentClinic';
import { nativeType, once } from '../nativeType';
import { PyRaise, type VM } from '../../vm/vm';
import { PyStream, checkOpen, lineEnd, sizeArgument } from './streamBase';
import type { PyType } from '../../runtime/types';

/** A stream over text (StringIO, as str) or bytes (BytesIO, as a latin-1 string): the buffer and the position. */
export class PyMemoryStream extends PyStream {
  buffer = '';
  pos = 0;
  /** BytesIO: the size of the bytes object that holds the buffer, and whether it is the caller's (shared). */
  alloc = 0;
  shared = true;
  /** StringIO's newline argument: '\n' (the default) no translation; null universal newlines; '' lines end at
   * '\r', '\n' or '\r\n' untranslated; '\r' or '\r\n' what '\n' is written as and what ends a line. */
  newline: string | null = '\n';
  constructor(type: PyType, readonly binary: boolean) {
    super(type);
  }
  override traverse(): void {}
  override clear(): void {}
  make(s: string): PyObject {
    return this.binary ? newBytes(s) : newStr(s);
  }
  override readLine(_vm: VM, limit: number): PyObject {
    checkOpen(this, this.binary);
    const start = Math.min(this.pos, this.buffer.length);
    const end = this.binary || this.newline === '\n' || this.newline === null
      ? lineEnd(this.buffer, start, limit)
      : textLineEnd(this.buffer, start, limit, this.newline);
    const line = this.pos >= this.buffer.length ? '' : this.buffer.slice(this.pos, end);
    this.pos = Math.max(this.pos, end);
    return this.make(line);
  }
  override isEmpty(line: PyObject): boolean {
    return (line as PyStr | PyBytes).value.length === 0;
  }
  /** Writes at the position, padding with NULs past the end. */
  put(s: string): void {
    if (!this.binary && this.newline !== '\n' && this.newline !== '') {
      s = this.newline === null ? s.replace(/\r\n?/g, '\n') : s.replaceAll('\n', this.newline);
    }
    if (this.binary) this.grow(this.pos + s.length);
    if (this.pos === this.buffer.length) {
      this.buffer += s;
      this.pos += s.length;
      return;
    }
    let data = this.buffer;
    if (this.pos > data.length) data += '\0'.repeat(this.pos - data.length);
    this.buffer = data.slice(0, this.pos) + s + data.slice(this.pos + s.length);
    this.pos += s.length;
  }
  /** BytesIO's resize_buffer and unshare_buffer, for sys.getsizeof. */
  private grow(endpos: number): void {
    if (endpos > this.alloc) {
      const size = endpos;
      let alloc = this.alloc;
      if (size < alloc / 2) alloc = size + 1;
      else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
      else alloc = size + 1;
      this.alloc = alloc;
      this.shared = false;
    } else if (this.shared) {
      this.alloc = Math.max(endpos, this.buffer.length);
      this.shared = false;
    }
  }
}

/** Where a StringIO line ends with newline '' (at '\r\n', '\r' or '\n'), '\r' or '\r\n'. */
function textLineEnd(text: string, pos: number, limit: number, newline: string): number {
  let end = text.length;
  if (newline === '') {
    const found = text.slice(pos).search(/\r\n|\r|\n/);
    if (found >= 0) end = pos + found + (text.startsWith('\r\n', pos + found) ? 2 : 1);
  } else {
    const found = text.indexOf(newline, pos);
    if (found >= 0) end = found + newline.length;
  }
  if (limit >= 0 && end - pos > limit) end = pos + limit;
  return end;
}

type Self = PyMemoryStream;
const self = (args: PyObject[]) => args[0] as Self;

function textArgument(s: Self, o: PyObject): string {
  if (s.binary) {
    const bytes = bufferOf(o);
    if (bytes === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${o.type.name}'`);
    return bytes;
  }
  if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `string argument expected, got '${o.type.name}'`);
  return o.value;
}

/** The methods both types have; `name` is StringIO or BytesIO (in argument errors). */
function streamMethods(name: string): Record<string, MethodDefinition> {
  const open = (args: PyObject[]) => {
    const s = self(args);
    checkOpen(s, s.binary);
    return s;
  };
  return {
    write: [O, (_vm, args) => {
      const s = open(args);
      const text = textArgument(s, args[1]);
      s.put(text);
      return newInt(text.length);
    }],
    writelines: [O, (vm, args) => {
      const s = open(args);
      const it = vm.getIter(args[1]);
      try {
        for (let line = vm.iterNext(it); line; line = vm.iterNext(it)) {
          try {
            s.put(textArgument(s, line));
          } finally {
            decref(line);
          }
        }
      } finally {
        decref(it);
      }
      return newNone();
    }],
    read: (vm, args, kwargs) => {
      const [size] = clinic(`${name}.read`, args.slice(1), kwargs, { positional: [''], required: 0 });
      const s = open(args);
      const n = sizeArgument(vm, size, ssizeArg);
      const start = Math.min(s.pos, s.buffer.length);
      const end = n < 0 ? s.buffer.length : Math.min(s.buffer.length, start + n);
      s.pos = Math.max(s.pos, end);
      return s.make(s.buffer.slice(start, end));
    },
    readline: (vm, args, kwargs) => {
      const [size] = clinic(`${name}.readline`, args.slice(1), kwargs, { positional: [''], required: 0 });
      const s = open(args);
      return s.readLine(vm, sizeArgument(vm, size, ssizeArg));
    },
    readlines: (vm, args, kwargs) => {
      const [hintArg] = clinic(`${name}.readlines`, args.slice(1), kwargs, { positional: [''], required: 0 });
      return open(args).readLines(vm, sizeArgument(vm, hintArg, ssizeArg));
    },
    getvalue: [NOARGS, (_vm, args) => {
      const s = open(args);
      return s.make(s.buffer);
    }],
    tell: [NOARGS, (_vm, args) => newInt(open(args).pos)],
    seek: (vm, args, kwargs) => {
      const [posArg, whenceArg] = clinic(`${name}.seek`, args.slice(1), kwargs, { positional: ['', ''], required: 1 });
      const s = self(args);
      let pos = ssizeArg(vm, posArg!);
      const whence = whenceArg === undefined ? 0 : ssizeArg(vm, whenceArg);
      checkOpen(s, s.binary);
      if (whence < 0 || whence > 2) throw new NativeRaise('ValueError', `Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (whence === 0 && pos < 0) throw new NativeRaise('ValueError', s.binary ? `negative seek value ${pos}` : `Negative seek position ${pos}`);
      if (!s.binary && whence !== 0 && pos !== 0) {
        throw new PyRaise(newException(E.OSError, [newStr("Can't do nonzero cur-relative seeks")]));
      }
      if (whence === 1) pos += s.pos;
      else if (whence === 2) pos += s.buffer.length;
      s.pos = Math.max(0, pos);
      return newInt(s.pos);
    },
    truncate: (vm, args, kwargs) => {
      const [sizeArg] = clinic(`${name}.truncate`, args.slice(1), kwargs, { positional: [''], required: 0 });
      const s = open(args);
      const size = sizeArg === undefined || sizeArg.type === T.NoneType ? s.pos : ssizeArg(vm, sizeArg);
      if (size < 0) throw new NativeRaise('ValueError', s.binary ? `negative size value ${size}` : `Negative size value ${size}`);
      if (size < s.buffer.length) s.buffer = s.buffer.slice(0, size);
      return newInt(size);
    },
    close: [NOARGS, (_vm, args) => {
      self(args).closed = true;
      return newNone();
    }],
    flush: [NOARGS, (_vm, args) => (open(args), newNone())],
    readable: [NOARGS, (_vm, args) => (open(args), newBool(true))],
    writable: [NOARGS, (_vm, args) => (open(args), newBool(true))],
    seekable: [NOARGS, (_vm, args) => (open(args), newBool(true))],
    isatty: [NOARGS, (_vm, args) => (open(args), newBool(false))],
    __enter__: [NOARGS, (_vm, args) => {
      const s = self(args);
      checkOpen(s, true);
      return incref(s);
    }],
    __exit__: (_vm, args) => {
      self(args).closed = true;
      return newNone();
    },
  };
}

function memoryStreamAttribute(o: PyObject, name: string): PyObject | null {
  if (name === 'closed') return newBool((o as Self).closed);
  return null;
}

function makeStream(type: PyType, binary: boolean): PyMemoryStream {
  const heap = activeHeap();
  const s = heap.register(new PyMemoryStream(type, binary));
  heap.track(s);
  return s;
}

export const stringIOType = once((): PyType => {
  const type = nativeType('StringIO', '_io', {
    subclassable: true,
    slots: { sizeof: () => 136, iter: (_vm, o) => (checkOpen(o as Self, true), incref(o)), attribute: memoryStreamAttribute },
  });
  defineMethods(type, streamMethods('StringIO'));
  type.nativeNew = (_vm, args, kwargs) => {
    const [initial, newline] = clinic('StringIO', args, kwargs, { positional: ['initial_value', 'newline'], required: 0 });
    if (newline !== undefined && newline.type !== T.NoneType) {
      const value = newline instanceof PyStr ? newline.value : null;
      if (value === null) throw new NativeRaise('TypeError', `newline must be str or None, not ${newline.type.name}`);
      if (!['', '\n', '\r', '\r\n'].includes(value)) throw new NativeRaise('ValueError', `illegal newline value: '${value}'`);
    }
    if (initial !== undefined && initial.type !== T.NoneType && !(initial instanceof PyStr)) {
      throw new NativeRaise('TypeError', `initial_value must be str or None, not ${initial.type.name}`);
    }
    const s = makeStream(type, false);
    if (newline !== undefined) s.newline = newline instanceof PyStr ? newline.value : null;
    if (initial instanceof PyStr) {
      s.put(initial.value);
      s.pos = 0;
    }
    return s;
  };
  return type;
});

export const bytesIOType = once((): PyType => {
  const type = nativeType('BytesIO', '_io', {
    subclassable: true,
    slots: {
      sizeof: (o) => 80 + ((o as Self).shared ? 0 : 33 + (o as Self).alloc),
      iter: (_vm, o) => (checkOpen(o as Self, true), incref(o)),
      attribute: memoryStreamAttribute,
    },
  });
  defineMethods(type, streamMethods('BytesIO'));
  type.nativeNew = (_vm, args, kwargs) => {
    const [initial] = clinic('BytesIO', args, kwargs, { positional: ['initial_bytes'], required: 0 });
    let data = '';
    if (initial !== undefined && initial.type !== T.NoneType) {
      const bytes = bufferOf(initial);
      if (bytes === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${initial.type.name}'`);
      data = bytes;
    }
    const s = makeStream(type, true);
    s.buffer = data;
    s.alloc = data.length;
    return s;
  };
  return type;
});
