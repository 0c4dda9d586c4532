// Chunk 'bisect': bisect and _bisect.
import { bisectModuleContents } from '../../bisect';
import type { ModuleGroup } from '../moduleLibrary';

export const BISECT_CHUNK: ModuleGroup = { bisect: { native: bisectModuleContents }, _bisect: { native: bisectModuleContents } };
