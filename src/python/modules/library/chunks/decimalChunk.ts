// Chunk 'decimal': the decimal module (Python), its parts joined into one source.
import { DECIMAL_PY } from '../../python/decimal';
import { DECIMAL_NUMBER_PY } from '../../python/decimalNumber';
import { DECIMAL_ROUNDING_PY } from '../../python/decimalRounding';
import { DECIMAL_OPERATORS_PY } from '../../python/decimalOperators';
import { DECIMAL_METHODS_PY } from '../../python/decimalMethods';
import { DECIMAL_FORMAT_PY } from '../../python/decimalFormat';
import { DECIMAL_TRANSCENDENTAL_PY } from '../../python/decimalTranscendental';
import { DECIMAL_POWER_PY } from '../../python/decimalPower';
import { DECIMAL_EXTRAS_PY } from '../../python/decimalExtras';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

const DECIMAL_SOURCE = DECIMAL_PY + DECIMAL_NUMBER_PY + DECIMAL_ROUNDING_PY + DECIMAL_OPERATORS_PY + DECIMAL_METHODS_PY +
  DECIMAL_TRANSCENDENTAL_PY + DECIMAL_POWER_PY + DECIMAL_EXTRAS_PY + DECIMAL_FORMAT_PY;

export const DECIMAL_CHUNK: ModuleGroup = { decimal: pythonModule('decimal', DECIMAL_SOURCE) };
