// Chunk 'abc': the abc module (Python).
import { ABC_PY } from '../../python/abc';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const ABC_CHUNK: ModuleGroup = { abc: pythonModule('abc', ABC_PY) };
