// Chunk 'pprint': the pprint module (Python).
import { PPRINT_PY } from '../../python/pprint';
import { PPRINT_SPLIT_PY } from '../../python/pprintSplit';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const PPRINT_CHUNK: ModuleGroup = { pprint: pythonModule('pprint', PPRINT_PY + PPRINT_SPLIT_PY) };
