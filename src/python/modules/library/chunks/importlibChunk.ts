// Chunk 'importlib': _frozen_importlib (the import machinery's C-level entry) and importlib (its Python part).
import { IMPORTLIB_PY, importlibBootstrapContents } from '../../importlib';
import type { ModuleGroup } from '../moduleLibrary';

export const IMPORTLIB_CHUNK: ModuleGroup = {
  _frozen_importlib: { native: importlibBootstrapContents },
  importlib: { native: () => ({}), python: [IMPORTLIB_PY, 'importlib/__init__.py'] },
};
