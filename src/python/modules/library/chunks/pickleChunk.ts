// Chunk 'pickle': the pickle module (Python; what CPython's _pickle does in C shows no frames).
import { PICKLE_PY } from '../../python/pickle';
import { PICKLE_VALUES_PY } from '../../python/pickleValues';
import { PICKLE_PICKLER_PY } from '../../python/picklePickler';
import { PICKLE_LOAD_VALUES_PY } from '../../python/pickleLoadValues';
import { PICKLE_UNPICKLER_PY } from '../../python/pickleUnpickler';
import { cModuleInPython } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const PICKLE_CHUNK: ModuleGroup = {
  pickle: cModuleInPython('pickle', PICKLE_PY + PICKLE_VALUES_PY + PICKLE_PICKLER_PY + PICKLE_LOAD_VALUES_PY + PICKLE_UNPICKLER_PY),
};
