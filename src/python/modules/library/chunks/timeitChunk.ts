// Chunk 'timeit': the timeit module (Python).
import { TIMEIT_PY } from '../../python/timeit';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const TIMEIT_CHUNK: ModuleGroup = { timeit: pythonModule('timeit', TIMEIT_PY) };
