// Chunk 'string': _string (the formatter's parser) and string (constants, Formatter, Template in Python).
import { stringHelperContents } from '../../stringFormatter';
import { STRING_PY } from '../../stringPython';
import { STRING_TEMPLATE_PY } from '../../stringTemplate';
import type { ModuleGroup } from '../moduleLibrary';

export const STRING_CHUNK: ModuleGroup = {
  _string: { native: stringHelperContents },
  string: { native: () => ({}), python: [STRING_PY + STRING_TEMPLATE_PY, 'string.py'] },
};
