// Chunk 'logging': the logging module (Python).
import { LOGGING_PY } from '../../python/logging';
import { LOGGING_HANDLERS_PY } from '../../python/loggingHandlers';
import { LOGGING_LOGGERS_PY } from '../../python/loggingLoggers';
import { LOGGING_CONFIG_PY } from '../../python/loggingConfig';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const LOGGING_CHUNK: ModuleGroup = { logging: pythonModule('logging', LOGGING_PY + LOGGING_HANDLERS_PY + LOGGING_LOGGERS_PY + LOGGING_CONFIG_PY) };
