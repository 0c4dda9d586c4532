// Chunk 'struct': the struct module (Python, with native float conversions).
import { STRUCT_PY } from '../../python/struct';
import { structNativeContents } from '../../structFloats';
import type { ModuleGroup } from '../moduleLibrary';

export const STRUCT_CHUNK: ModuleGroup = { struct: { native: structNativeContents, python: [STRUCT_PY, 'struct.py'] } };
