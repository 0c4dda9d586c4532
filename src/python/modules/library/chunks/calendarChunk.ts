// Chunk 'calendar': the calendar module (Python).
import { CALENDAR_PY } from '../../python/calendar';
import { CALENDAR_HTML_PY } from '../../python/calendarHtml';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const CALENDAR_CHUNK: ModuleGroup = { calendar: pythonModule('calendar', CALENDAR_PY + CALENDAR_HTML_PY) };
