// Chunk 'keyword': the keyword module (Python).
import { KEYWORD_PY } from '../../python/keyword';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const KEYWORD_CHUNK: ModuleGroup = { keyword: pythonModule('keyword', KEYWORD_PY) };
