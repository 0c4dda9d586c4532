// Chunk 'hashlib': the hashlib module (Python, with native digests) and hmac over it.
import { HASHLIB_PY } from '../../python/hashlib';
import { hashlibNativeContents } from '../../hashlibNative';
import { HMAC_PY } from '../../python/hmac';
import { C_MODULE_EPILOGUE, pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const HASHLIB_CHUNK: ModuleGroup = {
  hashlib: { native: hashlibNativeContents, python: [HASHLIB_PY + C_MODULE_EPILOGUE, 'hashlib.py'] },
  hmac: pythonModule('hmac', HMAC_PY),
};
