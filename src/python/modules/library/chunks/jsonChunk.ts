// Chunk 'json': the json module (Python).
import { JSON_PY } from '../../python/json';
import { JSON_DECODER_PY } from '../../python/jsonDecoder';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const JSON_CHUNK: ModuleGroup = { json: pythonModule('json', JSON_PY + JSON_DECODER_PY) };
