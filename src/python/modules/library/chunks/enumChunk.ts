// Chunk 'enum': the enum module (Python).
import { ENUM_PY } from '../../python/enum';
import { ENUM_FLAG_PY } from '../../python/enumFlag';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const ENUM_CHUNK: ModuleGroup = { enum: pythonModule('enum', ENUM_PY + ENUM_FLAG_PY) };
