// bytes.decode and bytearray.decode.

import { NativeRaise, argTypeName } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { E } from '../runtime/builtinTypes';
import { newStr } from '../runtime/factory';
import type { PyByteArray, PyBytes } from '../runtime/bytesObject';
import { decodeBytesWarning } from '../runtime/codecs';
import { warnOp } from '../vm/nativeWarnings';
import { keywords, type MethodDefinition } from './define';

function decoded(args: PyObject[]): { text: string; warning: string | null } {
  const enc = args[1], errs = args[2];
  if (enc !== undefined && !(enc instanceof PyStr)) throw new NativeRaise('TypeError', `decode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
  if (errs !== undefined && !(errs instanceof PyStr)) throw new NativeRaise('TypeError', `decode() argument 'errors' must be str, not ${argTypeName(errs)}`);
  return decodeBytesWarning((args[0] as PyBytes | PyByteArray).value, enc?.value ?? 'utf-8', errs?.value ?? 'strict');
}

/** decode: unicode_escape's DeprecationWarning for an escape it does not know runs warnings.warn (the op form). */
export const decode: MethodDefinition = {
  sig: keywords(['encoding', 'errors'], 0),
  fast: (_vm, args) => {
    const r = decoded(args);
    return r.warning === null ? newStr(r.text) : null;
  },
  op: function* (vm, args) {
    const r = decoded(args);
    if (r.warning !== null) yield* warnOp(vm, E.DeprecationWarning, r.warning);
    return newStr(r.text);
  },
};
