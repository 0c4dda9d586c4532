// Chunk 'sys': the sys, gc and atexit modules.
import { sysModuleContents } from '../../sys';
import { gcModuleContents } from '../../gc';
import { atexitModuleContents } from '../../atexit';
import type { ModuleGroup } from '../moduleLibrary';

export const SYS_CHUNK: ModuleGroup = { sys: { native: sysModuleContents }, gc: { native: gcModuleContents }, atexit: { native: atexitModuleContents } };
