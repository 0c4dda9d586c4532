// Chunk 'random': _random (the Mersenne Twister) and random (its Python part).
import { randomBaseModuleContents } from '../../random/randomBase';
import { randomHelperContents } from '../../random/randomHelpers';
import { RANDOM_PY } from '../../random/randomPython';
import type { ModuleGroup } from '../moduleLibrary';

export const RANDOM_CHUNK: ModuleGroup = {
  _random: { native: randomBaseModuleContents },
  random: { native: randomHelperContents, python: [RANDOM_PY, 'random.py'] },
};
