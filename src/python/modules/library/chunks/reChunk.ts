// Chunk 're': _sre (the matcher) and re (its Python part).
import { sreModuleContents } from '../../re/sre';
import { RE_PY } from '../../re/rePython';
import type { ModuleGroup } from '../moduleLibrary';

export const RE_CHUNK: ModuleGroup = { _sre: { native: sreModuleContents }, re: { native: () => ({}), python: [RE_PY, 're.py'] } };
