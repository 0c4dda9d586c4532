// Chunk 'asyncio': the asyncio module (Python), its parts joined into one source.
import { ASYNCIO_PY } from '../../python/asyncio';
import { ASYNCIO_LOOP_PY } from '../../python/asyncioLoop';
import { ASYNCIO_FUTURES_PY } from '../../python/asyncioFutures';
import { ASYNCIO_RUNNERS_PY } from '../../python/asyncioRunners';
import { ASYNCIO_GROUPS_PY } from '../../python/asyncioGroups';
import { ASYNCIO_LOCKS_PY } from '../../python/asyncioLocks';
import { ASYNCIO_QUEUES_PY } from '../../python/asyncioQueues';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

const ASYNCIO_SOURCE = ASYNCIO_PY + ASYNCIO_LOOP_PY + ASYNCIO_FUTURES_PY + ASYNCIO_RUNNERS_PY + ASYNCIO_GROUPS_PY +
  ASYNCIO_LOCKS_PY + ASYNCIO_QUEUES_PY;

export const ASYNCIO_CHUNK: ModuleGroup = { asyncio: pythonModule('asyncio', ASYNCIO_SOURCE) };
