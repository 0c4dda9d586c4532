// Chunk 'csv': the csv module (Python; CPython's C half, _csv, is written in Python here too).
import { CSV_PY } from '../../python/csv';
import { CSV_READER_WRITER_PY } from '../../python/csvReaderWriter';
import { CSV_DICTS_PY } from '../../python/csvDicts';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const CSV_CHUNK: ModuleGroup = { csv: pythonModule('csv', CSV_PY + CSV_READER_WRITER_PY + CSV_DICTS_PY) };
