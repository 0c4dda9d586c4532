// Chunk 'numbers': the numbers module (Python).
import { NUMBERS_PY } from '../../python/numbers';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const NUMBERS_CHUNK: ModuleGroup = { numbers: pythonModule('numbers', NUMBERS_PY) };
