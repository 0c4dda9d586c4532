// Chunk 'typing': the typing module (Python).
import { TYPING_PY } from '../../python/typing';
import { TYPING_GENERICS_PY } from '../../python/typingGenerics';
import { TYPING_PROTOCOL_PY } from '../../python/typingProtocol';
import { TYPING_HINTS_PY } from '../../python/typingHints';
import { TYPING_EXTRAS_PY } from '../../python/typingExtras';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const TYPING_CHUNK: ModuleGroup = { typing: pythonModule('typing', TYPING_PY + TYPING_GENERICS_PY + TYPING_PROTOCOL_PY + TYPING_HINTS_PY + TYPING_EXTRAS_PY) };
