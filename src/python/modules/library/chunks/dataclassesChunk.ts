// Chunk 'dataclasses': the dataclasses module (Python).
import { DATACLASSES_PY } from '../../python/dataclasses';
import { DATACLASSES_PROCESS_PY } from '../../python/dataclassesProcess';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const DATACLASSES_CHUNK: ModuleGroup = { dataclasses: pythonModule('dataclasses', DATACLASSES_PY + DATACLASSES_PROCESS_PY) };
