// Chunk 'io': the io module and _io (StringIO, BytesIO, the file types open() makes).
import { ioModuleContents } from '../../io/ioModule';
import type { ModuleGroup } from '../moduleLibrary';

export const IO_CHUNK: ModuleGroup = { io: { native: ioModuleContents }, _io: { native: ioModuleContents } };
