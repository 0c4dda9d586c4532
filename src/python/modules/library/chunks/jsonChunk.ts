// Chunk 'json': the json package (Python), with its decoder and encoder submodules naming the package's classes.
import { JSON_PY } from '../../python/json';
import { JSON_DECODER_PY } from '../../python/jsonDecoder';
import { pythonModule } from './pythonModule';
import { jsonNativeContents } from '../../jsonNative';
import type { ModuleGroup } from '../moduleLibrary';

// As json/__init__.py imports them: `except json.decoder.JSONDecodeError:` works after `import json`.
const JSON_SUBMODULES_PY = `

from json import decoder, encoder
`;

export const JSON_CHUNK: ModuleGroup = {
  json: pythonModule('json', JSON_PY + JSON_DECODER_PY + JSON_SUBMODULES_PY, jsonNativeContents),
  'json.decoder': pythonModule('json.decoder', "from json import JSONDecoder, JSONDecodeError\n\n__all__ = ['JSONDecoder', 'JSONDecodeError']\n"),
  'json.encoder': pythonModule('json.encoder', 'from json import JSONEncoder\n'),
};
