// Chunk 'abc': the abc module (Python, with _abc's collection flags native).
import { ABC_PY } from '../../python/abc';
import { abcInitFlags, abcRegisterFlags } from '../../abcCollectionFlags';
import type { ModuleGroup } from '../moduleLibrary';

export const ABC_CHUNK: ModuleGroup = {
  abc: { native: () => ({ _abc_init_flags: abcInitFlags(), _abc_register_flags: abcRegisterFlags() }), python: [ABC_PY, 'abc.py'] },
};
