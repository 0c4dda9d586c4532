// Chunk 'warnings': _warnings (native) and warnings (its Python part).
import { warningsNativeContents } from '../../warnings/warningsNative';
import { WARNINGS_PY } from '../../warnings/warningsPython';
import type { ModuleGroup } from '../moduleLibrary';

export const WARNINGS_CHUNK: ModuleGroup = {
  _warnings: { native: warningsNativeContents },
  warnings: { native: () => ({}), python: [WARNINGS_PY, 'warnings.py'] },
};
