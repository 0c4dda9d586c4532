// Chunk 'itertools': the itertools module.
import { itertoolsModuleContents } from '../../itertools/index';
import type { ModuleGroup } from '../moduleLibrary';

export const ITERTOOLS_CHUNK: ModuleGroup = { itertools: { native: itertoolsModuleContents } };
