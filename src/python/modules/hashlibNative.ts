// hashlib's native part: `_digest(name, data)`, the digest of bytes by one of hashDigests.ts's algorithms, and
// `_pbkdf2` (its many HMAC rounds would be slow in Python). The hash objects themselves are Python (python/hashlib.ts).

import type { PyObject } from '../runtime/object';
import { PyInt, PyStr } from '../runtime/objects';
import { PyBytes, bytesFromLatin1, latin1, newBytes } from '../runtime/bytesObject';
import { builtinFunction } from '../builtins/define';
import { once } from './nativeType';
import { DIGESTS } from './hashDigests';

const digest = once(() => builtinFunction('_digest', (_vm, args) => {
  // The Python part passes a known algorithm's name and bytes.
  const [name, data] = args as [PyStr, PyBytes];
  return newBytes(latin1(DIGESTS[name.value][0](bytesFromLatin1(data.value))));
}));

/** HMAC (RFC 2104) of a message by one of the digests: its key padded to the block size, hashed when longer. */
function hmac(name: string, key: Uint8Array, message: Uint8Array): Uint8Array {
  const [hash, , blockSize] = DIGESTS[name];
  const block = new Uint8Array(blockSize);
  block.set(key.length > blockSize ? hash(key) : key);
  const inner = new Uint8Array(blockSize + message.length);
  const outer = new Uint8Array(blockSize + DIGESTS[name][1]);
  for (let i = 0; i < blockSize; i++) {
    inner[i] = block[i] ^ 0x36;
    outer[i] = block[i] ^ 0x5c;
  }
  inner.set(message, blockSize);
  outer.set(hash(inner), blockSize);
  return hash(outer);
}

/** `_pbkdf2(name, password, salt, iterations, dklen)`: PBKDF2-HMAC (RFC 8018), checked arguments. */
const pbkdf2 = once(() => builtinFunction('_pbkdf2', (_vm, args) => {
  const [name, passwordObj, saltObj, iterationsObj, lengthObj] = args as [PyStr, PyBytes, PyBytes, PyInt, PyInt];
  const password = bytesFromLatin1(passwordObj.value);
  const salt = bytesFromLatin1(saltObj.value);
  const iterations = Number(iterationsObj.value);
  const length = Number(lengthObj.value);
  const size = DIGESTS[name.value][1];
  const out = new Uint8Array(Math.ceil(length / size) * size);
  for (let block = 1; block * size <= out.length; block++) {
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, block, false);
    let u = hmac(name.value, password, first);
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      u = hmac(name.value, password, u);
      for (let j = 0; j < size; j++) t[j] ^= u[j];
    }
    out.set(t, (block - 1) * size);
  }
  return newBytes(latin1(out.subarray(0, length)));
}));

export function hashlibNativeContents(): Record<string, PyObject> {
  return { _digest: digest(), _pbkdf2: pbkdf2() };
}
