// bytes() and bytearray() (from nothing, a count, a str with an encoding, a buffer, __bytes__ or an iterable
// of ints), str.encode and int.to_bytes; installs the two types' slots and methods.

import { strKey } from '../runtime/mapKey';
import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyInt, PyList, PyStr, PyTuple } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { nextKeysVersion } from '../runtime/inlineCaches';
import { decref } from '../runtime/heap';
import { PyBytes, bufferOf, newByteArray, newBytes } from '../runtime/bytesObject';
import { encodeStr } from '../runtime/codecs';
import { hasIndex, indexOf } from '../runtime/ops/numbers';
import { big } from '../runtime/intMath';
import { defineMethods, keywords, positionalOrKeyword, ssizeArg } from './define';
import { bytearraySlots, bytesSlots } from './bytesSlots';
import { installBytesMethods } from './bytesMethods';
import { installMemoryview } from './memoryview';
import { installByteArrayMethods } from './bytearrayMethods';
import { defineSlotDunders } from '../modules/nativeType';
import { defineNew, defineSlots, notImplemented, slot } from './slotWrappers';
import { BinaryOpArg } from '../bytecode/opcodes';
import { builtinNew } from './objectSlots';
import type { VM } from '../vm/vm';

function encodeArgs(name: string, enc: PyObject | undefined, errs: PyObject | undefined): [string, string] {
  if (enc !== undefined && !(enc instanceof PyStr)) throw new NativeRaise('TypeError', `${name}() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  if (errs !== undefined && !(errs instanceof PyStr)) throw new NativeRaise('TypeError', `${name}() argument 'errors' must be str, not ${argTypeName(errs)}`);
  return [enc?.value ?? 'utf-8', errs?.value ?? 'strict'];
}

/** What bytes(x) / bytearray(x) hold, or a count of zero bytes; `appended` when built byte by byte from an iterator. */
function contentOf(vm: VM, kind: 'bytes' | 'bytearray', args: PyObject[], kwargs: Map<string, PyObject> | null): { bytes: string; appended: boolean } {
  const [source, enc, errs] = positionalOrKeyword(kind, args, kwargs, ['source', 'encoding', 'errors'], 0);
  // Argument Clinic checks the encoding's and errors' types before anything else.
  const [encoding, errors] = encodeArgs(kind, enc, errs);
  if (source === undefined) {
    if (enc !== undefined || errs !== undefined) throw new NativeRaise('TypeError', 'encoding without a string argument');
    return { bytes: '', appended: false };
  }
  if (source instanceof PyStr) {
    if (enc === undefined) throw new NativeRaise('TypeError', 'string argument without an encoding');
    return { bytes: encodeStr(source.value, encoding, errors), appended: false };
  }
  if (enc !== undefined || errs !== undefined) throw new NativeRaise('TypeError', 'encoding without a string argument');
  if (kind === 'bytes') {
    const method = source.type.lookup('__bytes__');
    if (method) {
      const r = vm.callSpecial(method, source, []);
      try {
        if (!(r instanceof PyBytes)) throw new NativeRaise('TypeError', `__bytes__ returned non-bytes (type ${r.type.name})`);
        return { bytes: r.value, appended: false };
      } finally {
        decref(r);
      }
    }
  }
  const buffer = bufferOf(source);
  if (buffer !== null) return { bytes: buffer, appended: false };
  if (hasIndex(source)) {
    const n = big(indexOf(vm, source));
    // PyNumber_AsSsize_t(x, OverflowError) before the sign.
    if (n > 9223372036854775807n || n < -9223372036854775808n) throw new NativeRaise('OverflowError', "cannot fit 'int' into an index-sized integer");
    if (n < 0n) throw new NativeRaise('ValueError', 'negative count');
    if (n > 2n ** 31n) throw new NativeRaise('MemoryError', '');
    return { bytes: '\0'.repeat(Number(n)), appended: false };
  }
  const fast = source instanceof PyList || source instanceof PyTuple;
  let it: PyObject;
  try {
    it = vm.getIter(source);
  } catch (e) {
    if (e instanceof NativeRaise && e.pyType === 'TypeError') throw new NativeRaise('TypeError', `cannot convert '${source.type.name}' object to ${kind}`);
    throw e;
  }
  let out = '';
  try {
    for (let v = vm.iterNext(it); v; v = vm.iterNext(it)) {
      try {
        const n = indexOf(vm, v);
        if (n < 0 || n > 255) throw new NativeRaise('ValueError', kind === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
        out += String.fromCharCode(Number(n));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
  return { bytes: out, appended: !fast };
}

function newBytesCall(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  if (args.length === 1 && args[0] instanceof PyBytes && args[0].type === T.bytes && !kwargs) return (args[0].refcount++, args[0]);
  return newBytes(contentOf(vm, 'bytes', args, kwargs).bytes);
}

function newByteArrayCall(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const { bytes, appended } = contentOf(vm, 'bytearray', args, kwargs);
  if (!appended) return newByteArray(bytes);
  // bytearray_init appends an iterator's items one by one: the allocation grows as append's does.
  const b = newByteArray('');
  for (let i = 0; i < bytes.length; i++) {
    if (b.size + 1 < b.alloc) b.size++;
    else b.resize(b.size + 1);
    b.buf[b.start + b.size - 1] = bytes.charCodeAt(i);
  }
  return b;
}

function toBytes(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const signedArg = kwargs?.get('signed');
  const rest = kwargs ? new Map([...kwargs].filter(([k]) => k !== 'signed')) : null;
  if (args.length > 3) throw new NativeRaise('TypeError', `to_bytes() takes at most 2 positional arguments (${args.length - 1} given)`);
  const [lengthArg, orderArg] = positionalOrKeyword('to_bytes', args.slice(1), rest, ['length', 'byteorder'], 0);
  const length = lengthArg === undefined ? 1 : ssizeArg(vm, lengthArg);
  let order = 'big';
  if (orderArg !== undefined) {
    if (!(orderArg instanceof PyStr)) throw new NativeRaise('TypeError', `to_bytes() argument 'byteorder' must be str, not ${argTypeName(orderArg)}`);
    order = orderArg.value;
  }
  if (order !== 'big' && order !== 'little') throw new NativeRaise('ValueError', "byteorder must be either 'little' or 'big'");
  if (length < 0) throw new NativeRaise('ValueError', 'length argument must be non-negative');
  const signed = signedArg !== undefined && vm.isTrue(signedArg);
  const self = args[0];
  let v = big(self instanceof PyBool ? (self.value ? 1 : 0) : (self as PyInt).value);
  if (v < 0n && !signed) throw new NativeRaise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(8 * length);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (length === 0 ? v !== 0n : !fits) throw new NativeRaise('OverflowError', 'int too big to convert');
  if (v < 0n) v += 1n << bits;
  let out = '';
  for (let i = 0; i < length; i++) {
    out = String.fromCharCode(Number(v & 255n)) + out;
    v >>= 8n;
  }
  if (order === 'little') out = out.split('').reverse().join('');
  return newBytes(out);
}

export function installBytes(): void {
  T.bytes.nativeSlots = bytesSlots;
  T.bytearray.nativeSlots = bytearraySlots;
  T.bytes.nativeNew = newBytesCall;
  T.bytearray.nativeNew = newByteArrayCall;
  installByteArrayMethods();
  defineSlotDunders(T.bytes);
  defineSlotDunders(T.bytearray);
  // bytes has no in-place operators; both have % (nb_remainder, NotImplemented unless the left is theirs).
  for (const name of ['__iadd__', '__imul__']) T.bytes.dict.map.delete(strKey(name));
  T.bytes.dict.keysVersion = nextKeysVersion();
  for (const type of [T.bytes, T.bytearray]) {
    const slots = type.nativeSlots!;
    defineSlots(type, {
      __mod__: slot(1, (vm, self, [other]) => slots.binary!(vm, self, other, BinaryOpArg.REMAINDER, false, false) ?? notImplemented()),
      __rmod__: slot(1, () => notImplemented()),
    });
  }
  installBytesMethods();
  installMemoryview();
  for (const type of [T.bytes, T.bytearray, T.memoryview]) defineNew(type, builtinNew(type));
  defineMethods(T.str, {
    encode: [keywords(['encoding', 'errors'], 0), (_vm, args) => {
      const [e, r] = encodeArgs('encode', args[1], args[2]);
      return newBytes(encodeStr((args[0] as PyStr).value, e, r));
    }],
  });
  defineMethods(T.int, { to_bytes: toBytes });
}
