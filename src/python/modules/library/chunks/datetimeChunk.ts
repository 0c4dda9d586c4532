// Chunk 'datetime': the datetime module (Python).
import { DATETIME_DELTA_PY } from '../../python/datetimeDelta';
import { DATETIME_DATE_PY } from '../../python/datetimeDate';
import { DATETIME_TIME_PY } from '../../python/datetimeTime';
import { DATETIME_CLASS_PY } from '../../python/datetimeClass';
import { DATETIME_ISO_PY } from '../../python/datetimeIso';
import { DATETIME_STRPTIME_PY } from '../../python/datetimeStrptime';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const DATETIME_CHUNK: ModuleGroup = {
  datetime: pythonModule('datetime', DATETIME_DELTA_PY + DATETIME_DATE_PY + DATETIME_TIME_PY + DATETIME_CLASS_PY + DATETIME_ISO_PY + DATETIME_STRPTIME_PY),
};
