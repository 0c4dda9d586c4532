// Chunk 'hashlib': the hashlib module (Python, with native digests) and hmac over it.
import { HASHLIB_PY } from '../../python/hashlib';
import { hashlibNativeContents } from '../../hashlibNative';
import { HMAC_PY } from '../../python/hmac';
import { cModuleInPython, pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const HASHLIB_CHUNK: ModuleGroup = {
  hashlib: cModuleInPython('hashlib', HASHLIB_PY, hashlibNativeContents),
  hmac: pythonModule('hmac', HMAC_PY),
};
