// Chunk 'functools': the functools module (Python).
import { FUNCTOOLS_PY } from '../../python/functools';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const FUNCTOOLS_CHUNK: ModuleGroup = { functools: pythonModule('functools', FUNCTOOLS_PY) };
