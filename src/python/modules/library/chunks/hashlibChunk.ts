// Chunk 'hashlib': the hashlib module (Python, with native digests).
import { HASHLIB_PY } from '../../python/hashlib';
import { hashlibNativeContents } from '../../hashlibNative';
import type { ModuleGroup } from '../moduleLibrary';

export const HASHLIB_CHUNK: ModuleGroup = { hashlib: { native: hashlibNativeContents, python: [HASHLIB_PY, 'hashlib.py'] } };
