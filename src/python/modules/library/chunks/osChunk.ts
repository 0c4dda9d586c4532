// Chunk 'os': os and posixpath (Python; os.path is posixpath).
import { OS_PY } from '../../python/os';
import { POSIXPATH_PY } from '../../python/posixpath';
import { pythonModule } from './pythonModule';
import { posixModuleContents } from '../../io/posixModule';
import type { ModuleGroup } from '../moduleLibrary';

export const OS_CHUNK: ModuleGroup = {
  os: pythonModule('os', OS_PY), posixpath: pythonModule('posixpath', POSIXPATH_PY),
  posix: { native: posixModuleContents },
};
