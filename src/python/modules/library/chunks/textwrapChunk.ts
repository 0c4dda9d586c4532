// Chunk 'textwrap': the textwrap module (Python).
import { TEXTWRAP_PY } from '../../python/textwrap';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const TEXTWRAP_CHUNK: ModuleGroup = { textwrap: pythonModule('textwrap', TEXTWRAP_PY) };
