// Chunk 'traceback': the traceback module (native formatters and its Python part).
import { tracebackNativeContents } from '../../traceback/tracebackNative';
import { TRACEBACK_PY } from '../../traceback/tracebackPython';
import type { ModuleGroup } from '../moduleLibrary';

export const TRACEBACK_CHUNK: ModuleGroup = { traceback: { native: tracebackNativeContents, python: [TRACEBACK_PY, 'traceback.py'] } };
