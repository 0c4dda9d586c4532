// Chunk 'fractions': the fractions module (Python).
import { FRACTIONS_PY } from '../../python/fractions';
import { FRACTIONS_ARITHMETIC_PY } from '../../python/fractionsArithmetic';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const FRACTIONS_CHUNK: ModuleGroup = { fractions: pythonModule('fractions', FRACTIONS_PY + FRACTIONS_ARITHMETIC_PY) };
