// Chunk 'math': the math module.
import { mathModuleContents } from '../../math';
import type { ModuleGroup } from '../moduleLibrary';

export const MATH_CHUNK: ModuleGroup = { math: { native: mathModuleContents } };
