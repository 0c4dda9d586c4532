// Chunk 'copy': the copy module (Python).
import { COPY_PY } from '../../python/copy';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const COPY_CHUNK: ModuleGroup = { copy: pythonModule('copy', COPY_PY) };
