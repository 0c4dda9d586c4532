// Native helpers the random module's Python part uses where CPython has hashlib and os.urandom, which the
// playground lacks: seeding from a str or bytes, entropy ints, and the Sequence check of sample().

import { PyObject } from '../../runtime/object';
import { PyInstance, PyList, PyRange, PyStr, PyTuple } from '../../runtime/objects';
import { PyByteArray, PyBytes } from '../../runtime/bytesObject';
import { newBool, newInt } from '../../runtime/factory';
import { builtinFunction, expectArgs, intArg, strArg } from '../../builtins/define';
import { once } from '../nativeType';
import { DIGESTS } from '../hashDigests';
import { entropyWords } from './randomBase';
import type { VM } from '../../vm/vm';

/** int.from_bytes(a + sha512(a).digest()), a being the str's UTF-8 or the bytes: version 2 seeding. */
export function seedFromText(text: string | Uint8Array): bigint {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = DIGESTS.sha512[0](bytes);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  for (const b of digest) n = (n << 8n) | BigInt(b);
  return n;
}

/** isinstance(o, collections.abc.Sequence) for what the playground has. */
export function isSequence(o: PyObject): boolean {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange) return true;
  if (o.type.nativeSlots?.getItem && o.type.nativeSlots.length && o.type.name !== 'dict') return true;
  if (o instanceof PyInstance) return o.type.mro.some((t) => t.qualname === 'Sequence' || t.qualname === 'MutableSequence');
  return false;
}

export const randomHelpers = once((): Record<string, PyObject> => ({
  _seed_from_text: builtinFunction('_seed_from_text', (_vm, args) => {
    expectArgs('_seed_from_text', args, 1);
    const a = args[0];
    if (a instanceof PyBytes) return newInt(seedFromText(Uint8Array.from(a.value, (c) => c.charCodeAt(0))));
    if (a instanceof PyByteArray) return newInt(seedFromText(a.bytes.slice()));
    return newInt(seedFromText(strArg(a, '_seed_from_text')));
  }),
  _urandom_int: builtinFunction('_urandom_int', (_vm, args) => {
    expectArgs('_urandom_int', args, 1);
    const nbytes = intArg(args[0]);
    const words = entropyWords(Math.ceil(nbytes / 4));
    let n = 0n;
    for (const w of words) n = (n << 32n) | BigInt(w);
    return newInt(n >> BigInt(words.length * 32 - nbytes * 8));
  }),
  _is_sequence: builtinFunction('_is_sequence', (_vm, args) => newBool(isSequence(args[0]))),
}));

export function randomHelperContents(_vm: VM): Record<string, PyObject> {
  const out = { ...randomHelpers() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
