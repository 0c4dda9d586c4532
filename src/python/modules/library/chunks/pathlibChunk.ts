// Chunk 'pathlib': pathlib and the fnmatch it matches names with (Python).
import { PATHLIB_PY } from '../../python/pathlib';
import { FNMATCH_PY } from '../../python/fnmatch';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const PATHLIB_CHUNK: ModuleGroup = {
  pathlib: pythonModule('pathlib', PATHLIB_PY), fnmatch: pythonModule('fnmatch', FNMATCH_PY),
};
