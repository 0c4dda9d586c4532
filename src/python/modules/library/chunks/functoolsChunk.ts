// Chunk 'functools': _functools (the C parts: lru_cache's wrapper, reduce) and functools (its Python part).
import { FUNCTOOLS_PY } from '../../python/functools';
import { functoolsNativeContents } from '../../functools/lruCache';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const FUNCTOOLS_CHUNK: ModuleGroup = {
  _functools: { native: functoolsNativeContents },
  functools: pythonModule('functools', FUNCTOOLS_PY),
};
