// Chunk 'cmath': the cmath module.
import { cmathModuleContents } from '../../cmath';
import type { ModuleGroup } from '../moduleLibrary';

export const CMATH_CHUNK: ModuleGroup = { cmath: { native: cmathModuleContents } };
