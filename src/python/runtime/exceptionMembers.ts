// The members some builtin exceptions add to BaseException: AttributeError's name and obj, NameError's name,
// ImportError's msg, name and path, OSError's errno, strerror, filename and filename2, the Unicode errors' fields
// (CPython's exceptions.c).

import { NativeRaise } from '../errors';
import type { PyObject } from './object';
import { PyInt, PyList, PyStr, PyTuple, type PyInstance } from './objects';
import type { PyType } from './types';
import { E } from './builtinTypes';
import { PyByteArray, PyBytes } from './bytesObject';
import { decref, incref } from './heap';
import { newNone, newTuple } from './factory';

const KEYWORD_MEMBERS: [PyType, string[]][] = [
  [E.AttributeError, ['name', 'obj']],
  [E.NameError, ['name']],
  [E.ImportError, ['name', 'path']],
];

const SYNTAX_MEMBERS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

/**
 * SyntaxError_init: msg from the first argument; with two, the second unpacks into filename, lineno, offset,
 * text and optionally end_lineno and end_offset.
 */
export function initSyntaxErrorMembers(inst: PyInstance, args: readonly PyObject[]): void {
  if (args.length >= 1) setExceptionMember(inst, 'msg', args[0]);
  if (args.length !== 2) return;
  const info = args[1];
  if (!(info instanceof PyTuple || info instanceof PyList)) throw new NativeRaise('TypeError', `'${info.type.name}' object is not iterable`);
  const items = info.items;
  if (items.length < 4) throw new NativeRaise('TypeError', `function takes at least 4 arguments (${items.length} given)`);
  if (items.length > 6) throw new NativeRaise('TypeError', `function takes at most 6 arguments (${items.length} given)`);
  SYNTAX_MEMBERS.slice(1, 1 + items.length).forEach((name, i) => setExceptionMember(inst, name, items[i]));
}

/** BaseExceptionGroup's read-only members. */
export const GROUP_MEMBERS = ['message', 'exceptions'];

const OS_MEMBERS = ['errno', 'strerror', 'filename', 'filename2'];

/** The member names an exception type has (beyond args and the traceback fields). */
export function exceptionMemberNames(type: PyType): readonly string[] {
  if (type.isSubtypeOf(E.SyntaxError)) return SYNTAX_MEMBERS;
  if (type.isSubtypeOf(E.BaseExceptionGroup)) return GROUP_MEMBERS;
  if (type.isSubtypeOf(E.OSError)) return OS_MEMBERS;
  if (type.isSubtypeOf(E.ImportError)) return ['msg', 'name', 'path'];
  for (const [base, names] of KEYWORD_MEMBERS) if (type.isSubtypeOf(base)) return names;
  return [];
}

/** UnicodeDecodeError's and UnicodeEncodeError's members are their five args. */
const UNICODE_MEMBERS = ['encoding', 'object', 'start', 'end', 'reason'];

function isUnicodeCodecError(type: PyType): boolean {
  return type.isSubtypeOf(E.UnicodeDecodeError) || type.isSubtypeOf(E.UnicodeEncodeError);
}

/** UnicodeTranslateError's members are its four args, and an encoding of None. */
const TRANSLATE_MEMBERS = ['object', 'start', 'end', 'reason'];

/**
 * The Unicode errors' PyArg_ParseTuple checks in their __init__: UnicodeEncodeError "sUnnU", UnicodeDecodeError
 * "sOnnU" (the object bytes-like), UnicodeTranslateError "UnnU". A bytearray object is kept as it is here
 * (CPython stores bytes(object)).
 */
function checkUnicodeErrorArgs(type: PyType, args: readonly PyObject[]): void {
  const translate = type.isSubtypeOf(E.UnicodeTranslateError);
  const count = translate ? 4 : 5;
  if (args.length !== count) throw new NativeRaise('TypeError', `function takes exactly ${count} arguments (${args.length} given)`);
  const first = translate ? 0 : 2;
  const strArgs = translate ? [0, 3] : type.isSubtypeOf(E.UnicodeEncodeError) ? [0, 1, 4] : [0, 4];
  for (let i = 0; i < count; i++) {
    const a = args[i];
    if (strArgs.includes(i)) {
      if (!(a instanceof PyStr)) throw new NativeRaise('TypeError', `argument ${i + 1} must be str, not ${a.type.name}`);
    } else if (i >= first && i < first + 2) {
      if (!(a instanceof PyInt)) throw new NativeRaise('TypeError', `'${a.type.name}' object cannot be interpreted as an integer`);
    } else if (i === 1 && !(a instanceof PyBytes || a instanceof PyByteArray)) {
      throw new NativeRaise('TypeError', `a bytes-like object is required, not '${a.type.name}'`);
    }
  }
}

/** The escape UnicodeEncodeError_str and UnicodeTranslateError_str show a character by. */
function characterEscape(c: number): string {
  return c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
}

/** UnicodeTranslateError_str, or null when the args are not its four. */
function translateErrorText(inst: PyInstance, str: (o: PyObject) => string): string | null {
  const args = inst.exc?.args.items;
  if (!args || args.length !== 4) return null;
  const [object, start, end, reason] = args;
  if (!(start instanceof PyInt) || !(end instanceof PyInt)) return null;
  const s = Number(start.value), e = Number(end.value);
  const value = (object as PyObject & { value?: unknown }).value;
  const chars = typeof value === 'string' ? [...value] : [];
  if (e === s + 1 && s >= 0 && s < chars.length) {
    return `can't translate character '${characterEscape(chars[s].codePointAt(0)!)}' in position ${s}: ${str(reason)}`;
  }
  return `can't translate characters in position ${s}-${e - 1}: ${str(reason)}`;
}

/** UnicodeDecodeError_str / UnicodeEncodeError_str, or null when the args are not the codec's five. */
export function unicodeErrorText(inst: PyInstance, str: (o: PyObject) => string): string | null {
  if (inst.type.isSubtypeOf(E.UnicodeTranslateError)) return translateErrorText(inst, str);
  const args = inst.exc?.args.items;
  if (!args || args.length !== 5 || !isUnicodeCodecError(inst.type)) return null;
  const [encoding, object, start, end, reason] = args;
  if (!(start instanceof PyInt) || !(end instanceof PyInt)) return null;
  const s = Number(start.value), e = Number(end.value);
  const head = `'${str(encoding)}' codec can't ${inst.type.isSubtypeOf(E.UnicodeDecodeError) ? 'decode' : 'encode'}`;
  if (e === s + 1) {
    const value = (object as PyObject & { value?: unknown }).value;
    if (typeof value !== 'string') return null;
    if (inst.type.isSubtypeOf(E.UnicodeDecodeError)) {
      return `${head} byte 0x${value.charCodeAt(s).toString(16).padStart(2, '0')} in position ${s}: ${str(reason)}`;
    }
    return `${head} character '${characterEscape([...value][s].codePointAt(0)!)}' in position ${s}: ${str(reason)}`;
  }
  return `${head} ${inst.type.isSubtypeOf(E.UnicodeDecodeError) ? 'bytes' : 'characters'} in position ${s}-${e - 1}: ${str(reason)}`;
}

/** `e.name`, `e.errno`...: a new reference (None when unset), or null when the type has no such member. */
export function exceptionMember(inst: PyInstance, name: string): PyObject | null {
  if (inst.type.isSubtypeOf(E.UnicodeTranslateError)) {
    const i = TRANSLATE_MEMBERS.indexOf(name);
    if (i < 0) return name === 'encoding' ? newNone() : null;
    const v = inst.exc?.args.items[i];
    return v ? incref(v) : newNone();
  }
  if (isUnicodeCodecError(inst.type)) {
    const i = UNICODE_MEMBERS.indexOf(name);
    if (i < 0) return null;
    const v = inst.exc?.args.items[i];
    return v ? incref(v) : newNone();
  }
  if (!exceptionMemberNames(inst.type).includes(name)) return null;
  const v = inst.exc?.members?.get(name);
  return v ? incref(v) : newNone();
}

/** Sets a member, taking a reference to value. */
export function setExceptionMember(inst: PyInstance, name: string, value: PyObject): void {
  const exc = inst.exc!;
  exc.members ??= new Map();
  const old = exc.members.get(name);
  exc.members.set(name, incref(value));
  if (old) decref(old);
}

/**
 * The part of BaseException.__init__ that the type adds: keyword members (AttributeError_init, NameError_init,
 * ImportError_init; every other exception takes no keywords), ImportError's msg and OSError's positional members.
 */
export function initExceptionMembers(inst: PyInstance, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const type = inst.type;
  const keywordBase = KEYWORD_MEMBERS.find(([base]) => type.isSubtypeOf(base));
  if (kwargs && kwargs.size > 0) {
    if (!keywordBase) throw new NativeRaise('TypeError', `${type.name}() takes no keyword arguments`);
    for (const name of kwargs.keys()) {
      if (!keywordBase[1].includes(name)) throw new NativeRaise('TypeError', `'${name}' is an invalid keyword argument for ${type.name}()`);
    }
    for (const [name, v] of kwargs) setExceptionMember(inst, name, v);
  }
  if (type.isSubtypeOf(E.ImportError) && args.length === 1) setExceptionMember(inst, 'msg', args[0]);
  if (isUnicodeCodecError(type) || type.isSubtypeOf(E.UnicodeTranslateError)) checkUnicodeErrorArgs(type, args);
  if (type.isSubtypeOf(E.SyntaxError)) initSyntaxErrorMembers(inst, args);
  if (type.isSubtypeOf(E.OSError) && args.length >= 2 && args.length <= 5) {
    setExceptionMember(inst, 'errno', args[0]);
    setExceptionMember(inst, 'strerror', args[1]);
    if (args.length >= 3) {
      setExceptionMember(inst, 'filename', args[2]);
      if (args.length === 5) setExceptionMember(inst, 'filename2', args[4]);
      // OSError keeps only (errno, strerror) as args once a filename is given.
      const exc = inst.exc!;
      const old = exc.args;
      exc.args = newTuple([incref(args[0]), incref(args[1])]);
      decref(old);
    }
  }
}

/** OSError_new: OSError(errno, strerror) becomes the subclass for that errno (Linux numbers). */
const OS_ERROR_BY_ERRNO: Record<number, keyof typeof E> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

export function osErrorSubclass(type: PyType, args: readonly PyObject[]): PyType {
  if (type !== E.OSError || args.length < 2 || !(args[0] instanceof PyInt)) return type;
  const name = OS_ERROR_BY_ERRNO[Number(args[0].value)];
  return name ? E[name] : type;
}

/** OSError_str: `[Errno 2] No such file: 'f'`, or null to use BaseException's str. */
export function osErrorText(inst: PyInstance, repr: (o: PyObject) => string, str: (o: PyObject) => string): string | null {
  const m = inst.exc?.members;
  const errno = m?.get('errno'), strerror = m?.get('strerror');
  if (!errno || !strerror) return null;
  const head = `[Errno ${str(errno)}] ${str(strerror)}`;
  const filename = m!.get('filename');
  if (!filename || filename.type.name === 'NoneType') return head;
  const filename2 = m!.get('filename2');
  const tail = filename2 && filename2.type.name !== 'NoneType' ? ` -> ${repr(filename2)}` : '';
  return `${head}: ${repr(filename)}${tail}`;
}
