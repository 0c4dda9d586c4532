// Chunk 'ctypes': _ctypes (native: reference counts at id() addresses) and ctypes (its Python part).
import { ctypesNativeContents } from '../../ctypes/ctypesNative';
import { CTYPES_PY } from '../../ctypes/ctypesPython';
import type { ModuleGroup } from '../moduleLibrary';

export const CTYPES_CHUNK: ModuleGroup = {
  _ctypes: { native: ctypesNativeContents },
  ctypes: { native: () => ({}), python: [CTYPES_PY, 'ctypes/__init__.py'] },
};
