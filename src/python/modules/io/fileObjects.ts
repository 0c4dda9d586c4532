// The file objects open() returns: _io.TextIOWrapper for text modes, _io.BufferedReader / BufferedWriter /
// BufferedRandom for binary ones, over a file of the host's file system (fileSystem.ts). One object stands for
// CPython's stack of three (TextIOWrapper over a buffered object over a FileIO), counted as they are.

import { forEachItem } from '../../vm/iterateItems';
import { NativeRaise, argTypeName } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { bufferOf, newBytes } from '../../runtime/bytesObject';
import { E, T } from '../../runtime/builtinTypes';
import { activeHeap, incref } from '../../runtime/heap';
import { newBool, newException, newInt, newNone, newStr } from '../../runtime/factory';
import { initExceptionMembers } from '../../runtime/exceptionMembers';
import { BOM_UTF8, decodeBytes, encodeStr, lookupCodec } from '../../runtime/codecs';
import { NOARGS, O, defineMethods, ssizeArg, type MethodDefinition } from '../../builtins/define';
import { clinic } from '../argumentClinic';
import { strRepr } from '../../format/strRepr';
import { nativeType, once } from '../nativeType';
import { PyRaise, type VM } from '../../vm/vm';
import type { PyType } from '../../runtime/types';
import { PyStream, checkOpen, sizeArgument, unsupported } from './streamBase';
import { FileSystemError, STRERROR, type FileSystem } from './fileSystem';

/** Bytes a write may leave in the buffers before they go to the file (io.DEFAULT_BUFFER_SIZE). */
const BUFFER_SIZE = 8192;

/** OSError(errno, strerror, filename[, None, filename2]): the subclass for the errno (FileNotFoundError...). */
export function osError(errno: number, filename: string, filename2?: string): never {
  const args: PyObject[] = [newInt(errno), newStr(STRERROR[errno] ?? `Unknown error ${errno}`), newStr(filename)];
  if (filename2 !== undefined) args.push(newNone(), newStr(filename2));
  const exc = newException(E.OSError, args);
  initExceptionMembers(exc, args, null);
  throw new PyRaise(exc);
}

/** Runs a file system operation, its failure raised as CPython's OSError for `filename`. */
export function fsCall<R>(filename: string, operation: () => R, filename2?: string): R {
  try {
    return operation();
  } catch (e) {
    if (e instanceof FileSystemError) osError(e.errno, filename, filename2);
    throw e;
  }
}

/** An open file: the whole file's bytes as this object sees them, its position, and what is not written yet. */
export class PyFile extends PyStream {
  buffer = '';
  pos = 0;
  /** Bytes written since the last flush (-1: nothing to write). */
  pending = -1;
  constructor(
    type: PyType,
    readonly fs: FileSystem,
    readonly path: string,
    readonly name: string,
    /** The name was given as bytes (f.name and the repr show bytes). */
    readonly bytesName: boolean,
    readonly mode: string,
    readonly binary: boolean,
    readonly canRead: boolean,
    readonly canWrite: boolean,
    readonly appending: boolean,
    readonly encoding: string,
    readonly errors: string,
    /** newline=None: universal newlines, `\r\n` read as `\n` (a lone `\r` does not end a line here). */
    readonly translateNewlines: boolean,
  ) {
    super(type);
  }
  override traverse(): void {}
  /** Freed while open: closed, its buffer written, as CPython's iobase_finalize does. */
  override clear(): void {
    if (this.closed) return;
    try {
      this.close();
    } catch {
      // A failed write at deallocation is lost, as an unraisable error would be.
    }
  }
  flush(): void {
    if (this.pending < 0) return;
    this.pending = -1;
    fsCall(this.name, () => this.fs.write(this.path, this.buffer));
  }
  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
    }
  }
  make(bytes: string): PyObject {
    if (this.binary) return newBytes(bytes);
    const text = decodeBytes(bytes, this.codecPerChunk, this.errors);
    return newStr(this.translateNewlines && text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  }
  /** Text from bytes (the file's encoding), bytes from text. */
  encode(text: string): string {
    return encodeStr(text, this.codecPerChunk, this.errors);
  }
  /** A utf-8-sig text file: its decoder drops a BOM at the start, its encoder writes one there. */
  private get withSignature(): boolean {
    return !this.binary && lookupCodec(this.encoding) === 'utf-8-sig';
  }
  /** A utf-8-sig file's chunks are plain UTF-8 (readStart and write deal with its BOM). */
  private get codecPerChunk(): string {
    return this.withSignature ? 'utf-8' : this.encoding;
  }
  /** Where reading from `pos` starts: past the BOM of a utf-8-sig file read from its start. */
  private readStart(): number {
    const start = Math.min(this.pos, this.buffer.length);
    return start === 0 && this.withSignature && this.buffer.startsWith(BOM_UTF8) ? BOM_UTF8.length : start;
  }
  /** Where `n` characters from byte `start` end (bytes for a binary file; UTF-8 characters start at a non-continuation byte). */
  charsEnd(start: number, n: number): number {
    if (this.binary || !lookupCodec(this.encoding).startsWith('utf-8')) return Math.min(this.buffer.length, start + n);
    let count = 0;
    let i = start;
    for (; i < this.buffer.length; i++) {
      if ((this.buffer.charCodeAt(i) & 0xc0) !== 0x80) {
        if (count === n) break;
        count++;
      }
    }
    return i;
  }
  /**
   * Open and able to read or write. A binary file's buffered object checks the mode first and names the
   * operation when closed (CHECK_CLOSED: "read of closed file"); a text file checks closed first.
   */
  check(reading: boolean, operation = reading ? 'read of' : 'write to'): void {
    if (!this.binary) checkOpen(this, true);
    if (reading && !this.canRead) unsupported(this.binary ? 'read' : 'not readable');
    if (!reading && !this.canWrite) unsupported(this.binary ? 'write' : 'not writable');
    this.checkOpenFor(operation);
  }
  /** A binary file names the operation when closed ("seek of closed file"); a text file's message has a period. */
  checkOpenFor(operation: string): void {
    if (!this.closed) return;
    if (!this.binary) checkOpen(this, true);
    throw new NativeRaise('ValueError', `${operation} closed file`);
  }
  /** Iteration reads lines too: its closed check is IOBase's (with a period), made before the mode's. */
  override readLine(_vm: VM, limit: number): PyObject {
    checkOpen(this, true);
    this.check(true);
    const start = this.readStart();
    const newline = this.buffer.indexOf('\n', start);
    let end = newline < 0 ? this.buffer.length : newline + 1;
    if (limit >= 0) end = Math.min(end, this.charsEnd(start, limit));
    this.pos = Math.max(this.pos, end);
    return this.make(this.buffer.slice(start, end));
  }
  override isEmpty(line: PyObject): boolean {
    return (line as PyStr).value.length === 0;
  }
  /** read(n): n bytes, or n characters of a text file; all that is left for n < 0. */
  read(n: number): PyObject {
    this.check(true);
    const start = this.readStart();
    let end = this.buffer.length;
    if (n >= 0) end = this.charsEnd(start, n);
    this.pos = Math.max(this.pos, end);
    return this.make(this.buffer.slice(start, end));
  }
  write(bytes: string): void {
    this.check(false);
    if (this.appending) this.pos = this.buffer.length;
    // TextIOWrapper's utf-8-sig encoder starts with a BOM at the file's start (opened there, or after seek(0)).
    if (this.pos === 0 && this.withSignature) bytes = BOM_UTF8 + bytes;
    if (this.pos === this.buffer.length) this.buffer += bytes;
    else {
      const padded = this.pos > this.buffer.length ? this.buffer + '\0'.repeat(this.pos - this.buffer.length) : this.buffer;
      this.buffer = padded.slice(0, this.pos) + bytes + padded.slice(this.pos + bytes.length);
    }
    this.pos += bytes.length;
    this.pending = Math.max(this.pending, 0) + bytes.length;
    if (this.pending >= BUFFER_SIZE) this.flush();
  }
}

type Self = PyFile;
const self = (args: PyObject[]) => args[0] as Self;
const opened = (args: PyObject[]) => {
  checkOpen(self(args), true);
  return self(args);
};

/** FileIO's closed check (err_closed): no period. */
const rawOpen = (args: PyObject[]) => {
  checkOpen(self(args), false);
  return self(args);
};

/** What write() takes: str for text files (encoded), a bytes-like object for binary ones. */
function writeArgument(f: Self, o: PyObject): string {
  if (f.binary) {
    const bytes = bufferOf(o);
    if (bytes === null) throw new NativeRaise('TypeError', `a bytes-like object is required, not '${o.type.name}'`);
    return bytes;
  }
  if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `write() argument must be str, not ${argTypeName(o)}`);
  return f.encode(o.value);
}

const FILE_METHODS: Record<string, MethodDefinition> = {
  read: (vm, args, kwargs) => {
    const [size] = clinic('read', args.slice(1), kwargs, { positional: [''], required: 0 });
    self(args).check(true);
    return self(args).read(sizeArgument(vm, size, ssizeArg));
  },
  readline: (vm, args, kwargs) => {
    const [size] = clinic('readline', args.slice(1), kwargs, { positional: [''], required: 0 });
    self(args).check(true, 'readline of');
    return self(args).readLine(vm, sizeArgument(vm, size, ssizeArg));
  },
  readlines: (vm, args, kwargs) => {
    const [hintArg] = clinic('readlines', args.slice(1), kwargs, { positional: [''], required: 0 });
    return opened(args).readLines(vm, sizeArgument(vm, hintArg, ssizeArg));
  },
  write: [O, (_vm, args) => {
    const f = self(args);
    f.check(false);
    const bytes = writeArgument(f, args[1]);
    f.write(bytes);
    return newInt(f.binary ? bytes.length : [...(args[1] as PyStr).value].length);
  }],
  writelines: [O, (vm, args) => {
    const f = opened(args);
    f.check(false);
    forEachItem(vm, args[1], (line) => f.write(writeArgument(f, line)));
    return newNone();
  }],
  tell: [NOARGS, (_vm, args) => newInt((self(args).binary ? rawOpen : opened)(args).pos)],
  seek: (vm, args, kwargs) => {
    const [posArg, whenceArg] = clinic('seek', args.slice(1), kwargs, { positional: ['', ''], required: 1 });
    const f = self(args);
    f.checkOpenFor('seek of');
    let pos = ssizeArg(vm, posArg!);
    const whence = whenceArg === undefined ? 0 : ssizeArg(vm, whenceArg);
    if (whence < 0 || whence > 2) throw new NativeRaise('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (!f.binary && whence !== 0 && pos !== 0) unsupported(whence === 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence === 0 && pos < 0) throw new NativeRaise('ValueError', f.binary ? `negative seek position ${pos}` : `negative seek position ${pos}`);
    f.flush();
    if (whence === 1) pos += f.pos;
    else if (whence === 2) pos += f.buffer.length;
    if (pos < 0) osError(22, f.name);
    f.pos = pos;
    return newInt(pos);
  },
  truncate: (vm, args, kwargs) => {
    const [sizeArg] = clinic('truncate', args.slice(1), kwargs, { positional: [''], required: 0 });
    const f = self(args);
    f.checkOpenFor('truncate of');
    if (!f.canWrite) unsupported('truncate');
    const size = sizeArg === undefined || sizeArg.type === T.NoneType ? f.pos : ssizeArg(vm, sizeArg);
    f.buffer = f.buffer.length > size ? f.buffer.slice(0, size) : f.buffer + '\0'.repeat(size - f.buffer.length);
    f.pending = Math.max(f.pending, 0);
    f.flush();
    return newInt(size);
  },
  // A closed file's raw object answers, or a writer's buffer ("flush of closed file").
  flush: [NOARGS, (_vm, args) => {
    const f = self(args);
    if (f.binary && f.canWrite) f.checkOpenFor('flush of');
    return opened(args).flush(), newNone();
  }],
  close: [NOARGS, (_vm, args) => (self(args).close(), newNone())],
  // The raw FileIO answers these; closed, it says so without a period (a closed file can't read: False at once).
  readable: [NOARGS, (_vm, args) => newBool(self(args).canRead && rawOpen(args).canRead)],
  writable: [NOARGS, (_vm, args) => newBool(self(args).canWrite && rawOpen(args).canWrite)],
  seekable: [NOARGS, (_vm, args) => (rawOpen(args), newBool(true))],
  isatty: [NOARGS, (_vm, args) => (rawOpen(args), newBool(false))],
  fileno: [NOARGS, (_vm, args) => (rawOpen(args), newInt(3))],
  __enter__: [NOARGS, (_vm, args) => incref(opened(args))],
  __exit__: (_vm, args) => (self(args).close(), newNone()),
};

function fileAttribute(o: PyObject, name: string): PyObject | null {
  const f = o as Self;
  switch (name) {
    case 'closed': return newBool(f.closed);
    case 'name': return f.bytesName ? newBytes(f.name) : newStr(f.name);
    case 'mode': return newStr(f.mode);
    case 'encoding': return f.binary ? null : newStr(f.encoding);
    default: return null;
  }
}

function fileType(name: string, repr: (f: Self) => string, size: number): () => PyType {
  return once(() => {
    const type = nativeType(name, '_io', {
      slots: {
        repr: (vm, o) => repr(o as Self),
        sizeof: () => size,
        iter: (_vm, o) => incref(opened([o])),
        attribute: fileAttribute,
      },
    });
    defineMethods(type, FILE_METHODS);
    return type;
  });
}

const quoted = strRepr;
/** bytes_repr of a name given as bytes (one byte per character). */
function bytesLiteral(bytes: string): string {
  const quote = bytes.includes("'") && !bytes.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (const c of bytes) {
    const code = c.charCodeAt(0);
    if (c === quote || c === '\\') out += '\\' + c;
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (code < 0x20 || code >= 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += c;
  }
  return out + quote;
}
const nameRepr = (f: Self) => (f.bytesName ? bytesLiteral(f.name) : strRepr(f.name));
export const textFileType = fileType('TextIOWrapper', (f) => `<_io.TextIOWrapper name=${nameRepr(f)} mode=${quoted(f.mode)} encoding=${quoted(f.encoding)}>`, 208);
export const readerType = fileType('BufferedReader', (f) => `<_io.BufferedReader name=${nameRepr(f)}>`, 4264);
export const writerType = fileType('BufferedWriter', (f) => `<_io.BufferedWriter name=${nameRepr(f)}>`, 4264);
export const randomType = fileType('BufferedRandom', (f) => `<_io.BufferedRandom name=${nameRepr(f)}>`, 4264);

/** A new file object; CPython's other objects of the stack (FileIO, the buffer, the wrapper's dict) are counted with it. */
export function newFile(...fields: ConstructorParameters<typeof PyFile>): PyFile {
  const heap = activeHeap();
  const f = heap.register(new PyFile(...fields));
  heap.track(f);
  heap.addHiddenParts(f, f.binary ? [''] : ['', '', '']);
  return f;
}
