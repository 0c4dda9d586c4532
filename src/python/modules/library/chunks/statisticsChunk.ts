// Chunk 'statistics': the statistics module (Python).
import { STATISTICS_PY } from '../../python/statistics';
import { STATISTICS_SPREAD_PY } from '../../python/statisticsSpread';
import { STATISTICS_NORMAL_PY } from '../../python/statisticsNormal';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const STATISTICS_CHUNK: ModuleGroup = { statistics: pythonModule('statistics', STATISTICS_PY + STATISTICS_SPREAD_PY + STATISTICS_NORMAL_PY) };
