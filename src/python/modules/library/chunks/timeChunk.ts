// Chunk 'time': the time module (clocks, struct_time, strftime).
import { timeModuleContents } from '../../time';
import type { ModuleGroup } from '../moduleLibrary';

export const TIME_CHUNK: ModuleGroup = { time: { native: timeModuleContents } };
