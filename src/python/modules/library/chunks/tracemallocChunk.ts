// Chunk 'tracemalloc': _tracemalloc (native) and tracemalloc (its Python part).
import { tracemallocNativeContents } from '../../tracemalloc/tracemallocNative';
import { TRACEMALLOC_PY } from '../../tracemalloc/tracemallocPython';
import type { ModuleGroup } from '../moduleLibrary';

export const TRACEMALLOC_CHUNK: ModuleGroup = {
  _tracemalloc: { native: tracemallocNativeContents },
  tracemalloc: { native: () => ({}), python: [TRACEMALLOC_PY, 'tracemalloc.py'] },
};
