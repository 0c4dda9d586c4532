// Chunk 'sys': the sys and gc modules.
import { sysModuleContents } from '../../sys';
import { gcModuleContents } from '../../gc';
import type { ModuleGroup } from '../moduleLibrary';

export const SYS_CHUNK: ModuleGroup = { sys: { native: sysModuleContents }, gc: { native: gcModuleContents } };
