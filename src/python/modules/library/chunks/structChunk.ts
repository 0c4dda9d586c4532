// Chunk 'struct': the struct module (Python standing in for CPython's C, with native float conversions).
import { STRUCT_PY } from '../../python/struct';
import { structNativeContents } from '../../structFloats';
import { cModuleInPython } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const STRUCT_CHUNK: ModuleGroup = { struct: cModuleInPython('struct', STRUCT_PY, structNativeContents) };
