// Chunk 'decimal': the decimal module (Python).
import { DECIMAL_PY } from '../../python/decimal';
import { DECIMAL_ARITHMETIC_PY } from '../../python/decimalArithmetic';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const DECIMAL_CHUNK: ModuleGroup = { decimal: pythonModule('decimal', DECIMAL_PY + DECIMAL_ARITHMETIC_PY) };
