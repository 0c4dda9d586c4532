// Chunk 'types': the types module (Python; SimpleNamespace is sys.implementation's class, made with sys).
import { TYPES_PY } from '../../python/types';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const TYPES_CHUNK: ModuleGroup = { types: pythonModule('types', TYPES_PY) };
