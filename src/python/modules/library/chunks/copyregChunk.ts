// Chunk 'copyreg': the copyreg module (Python, with the native _builtin_base object.__reduce_ex__ needs).
import { COPYREG_PY } from '../../python/copyreg';
import { copyregNativeContents } from '../../../builtins/objectReduce';
import type { ModuleGroup } from '../moduleLibrary';

export const COPYREG_CHUNK: ModuleGroup = { copyreg: { native: copyregNativeContents, python: [COPYREG_PY, 'copyreg.py'] } };
