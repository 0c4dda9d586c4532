// Chunk 'reprlib': the reprlib module (Python).
import { REPRLIB_PY } from '../../python/reprlib';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const REPRLIB_CHUNK: ModuleGroup = { reprlib: pythonModule('reprlib', REPRLIB_PY) };
