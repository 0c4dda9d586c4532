// Chunk 'heapq': _heapq (native) and heapq (its Python part).
import { heapqNativeContents } from '../../heapq';
import { HEAPQ_PY } from '../../heapqPython';
import type { ModuleGroup } from '../moduleLibrary';

export const HEAPQ_CHUNK: ModuleGroup = { _heapq: { native: heapqNativeContents }, heapq: { native: () => ({}), python: [HEAPQ_PY, 'heapq.py'] } };
