// Chunk 'array': the array module.
import { arrayModuleContents } from '../../array/array';
import type { ModuleGroup } from '../moduleLibrary';

export const ARRAY_CHUNK: ModuleGroup = { array: { native: arrayModuleContents } };
