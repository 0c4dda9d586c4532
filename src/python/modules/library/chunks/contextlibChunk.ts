// Chunk 'contextlib': the contextlib module (Python).
import { CONTEXTLIB_PY } from '../../python/contextlib';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const CONTEXTLIB_CHUNK: ModuleGroup = { contextlib: pythonModule('contextlib', CONTEXTLIB_PY) };
