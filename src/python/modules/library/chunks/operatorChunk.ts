// Chunk 'operator': _operator (the C functions and types) and operator (its Python part, which re-exports them).
import { operatorModuleContents } from '../../operator';
import { OPERATOR_PY } from '../../python/operator';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const OPERATOR_CHUNK: ModuleGroup = { _operator: { native: operatorModuleContents }, operator: pythonModule('operator', OPERATOR_PY) };
