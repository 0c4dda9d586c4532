// Chunk 'weakref': the weakref module (native references and proxies, finalize in Python).
import { weakrefModuleContents } from '../../weakref';
import { WEAKREF_PY } from '../../weakrefPython';
import type { ModuleGroup } from '../moduleLibrary';

export const WEAKREF_CHUNK: ModuleGroup = { weakref: { native: weakrefModuleContents, python: [WEAKREF_PY, 'weakref.py'] } };
