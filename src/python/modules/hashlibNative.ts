// hashlib's native part: `_digest(name, data)`, the digest of bytes by one of hashDigests.ts's algorithms (the
// hash objects themselves are Python, python/hashlib.ts).

import type { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { PyBytes, bytesFromLatin1, latin1, newBytes } from '../runtime/bytesObject';
import { builtinFunction } from '../builtins/define';
import { once } from './nativeType';
import { DIGESTS } from './hashDigests';

const digest = once(() => builtinFunction('_digest', (_vm, args) => {
  // The Python part passes a known algorithm's name and bytes.
  const [name, data] = args as [PyStr, PyBytes];
  return newBytes(latin1(DIGESTS[name.value][0](bytesFromLatin1(data.value))));
}));

export function hashlibNativeContents(): Record<string, PyObject> {
  return { _digest: digest() };
}
