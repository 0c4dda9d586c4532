// Chunk '__future__': the __future__ module (Python).
import { FUTURE_PY } from '../../python/future';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const FUTURE_CHUNK: ModuleGroup = { __future__: pythonModule('__future__', FUTURE_PY) };
