// open(): the mode checks of _io.open, then a file object over the VM's file system.

import { NativeRaise, argTypeName } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { PyBytes } from '../../runtime/bytesObject';
import { T } from '../../runtime/builtinTypes';
import { decref } from '../../runtime/heap';
import { clinic } from '../argumentClinic';
import { lookupCodec } from '../../runtime/codecs';
import type { VM } from '../../vm/vm';
import { EEXIST, EISDIR, ENOENT, resolvePath, parentOf } from './fileSystem';
import { fsCall, newFile, osError, randomType, readerType, textFileType, writerType, type PyFile } from './fileObjects';

function optionalStr(o: PyObject | undefined, what: string): string | null {
  if (o === undefined || o.type === T.NoneType) return null;
  if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `open() argument '${what}' must be str or None, not ${o.type.name}`);
  return o.value;
}

/** os.fspath: a str or bytes path, or what an object's __fspath__ returns. */
export function fsPath(vm: VM, file: PyObject): { value: string; bytes: boolean } {
  if (file instanceof PyStr || file instanceof PyBytes) return { value: file.value, bytes: file instanceof PyBytes };
  const method = file.type.lookup('__fspath__');
  if (!method) throw new NativeRaise('TypeError', `expected str, bytes or os.PathLike object, not ${file.type.name}`);
  const result = vm.callMethod(method, file, []);
  try {
    if (result instanceof PyStr || result instanceof PyBytes) return { value: result.value, bytes: result instanceof PyBytes };
    throw new NativeRaise('TypeError', `expected ${file.type.name}.__fspath__() to return str or bytes, not ${result.type.name}`);
  } finally {
    decref(result);
  }
}

export function openFile(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyFile {
  const [file, modeArg, _buffering, encodingArg, errorsArg, newlineArg] = clinic('open', args, kwargs, {
    positional: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
    required: 1,
  });
  const path = fsPath(vm, file!);
  const name = path.value;
  if (modeArg !== undefined && !(modeArg instanceof PyStr)) throw new NativeRaise('TypeError', `open() argument 'mode' must be str, not ${argTypeName(modeArg)}`);
  const mode = modeArg === undefined ? 'r' : modeArg.value;
  const encoding = optionalStr(encodingArg, 'encoding');
  const errors = optionalStr(errorsArg, 'errors');
  const newline = optionalStr(newlineArg, 'newline');

  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwxab+t'.includes(c) || seen.has(c)) throw new NativeRaise('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const creating = seen.has('x'), reading = seen.has('r'), writing = seen.has('w'), appending = seen.has('a');
  const updating = seen.has('+'), text = seen.has('t'), binary = seen.has('b');
  if (text && binary) throw new NativeRaise('ValueError', "can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    throw new NativeRaise('ValueError', 'must have exactly one of create/read/write/append mode');
  }
  if (binary && encoding !== null) throw new NativeRaise('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw new NativeRaise('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw new NativeRaise('ValueError', "binary mode doesn't take a newline argument");
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw new NativeRaise('ValueError', `illegal newline value: ${newline}`);
  if (!creating && !reading && !writing && !appending) {
    throw new NativeRaise('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  }
  // utf-8, ascii and latin-1 (runtime/codecs.ts); an unknown name is CPython's LookupError.
  if (encoding !== null) lookupCodec(encoding);

  const fs = vm.fileSystem;
  const absolute = resolvePath(fs, name);
  const kind = fs.kind(absolute);
  if (kind === 'directory') osError(EISDIR, name);
  if (creating && kind !== null) osError(EEXIST, name);
  if (reading && kind === null) osError(ENOENT, name);
  // A file opened to be written may change: a host that must not change files yet stops here, before any change.
  if (writing || creating || appending || updating) fs.beforeChange();
  if (kind === null && fs.kind(parentOf(absolute)) !== 'directory') osError(ENOENT, name);
  const contents = writing || creating || kind === null ? '' : fsCall(name, () => fs.read(absolute));
  // w, x and a create the file (w empties it) when it is opened.
  if (writing || creating || (appending && kind === null)) fsCall(name, () => fs.write(absolute, contents));
  const canRead = reading || updating, canWrite = !reading || updating;
  let type = textFileType(), shownMode = mode;
  if (binary) {
    type = updating ? randomType() : reading ? readerType() : writerType();
    shownMode = (creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a') + (updating ? 'b+' : 'b');
    if (updating && !appending && !creating) shownMode = 'rb+';
  }
  const f = newFile(type, fs, absolute, name, path.bytes, shownMode, binary, canRead, canWrite, appending, encoding ?? 'UTF-8', errors ?? 'strict', newline === null);
  f.buffer = contents;
  if (appending) f.pos = contents.length;
  return f;
}
