// The interpreter's Web Worker as the page starts it: module code comes in chunks fetched before a program runs
// (sys, which teaching programs import for getrefcount, is here already).
import './markWorkerEvaluating';
import { startWorker } from './workerLoop';
import { ChunkedModuleLibrary } from '../python/modules/library/chunkedLibrary';
import { CHUNK_LOADERS } from '../python/modules/library/chunkLoaders';
import { SYS_CHUNK } from '../python/modules/library/chunks/sysChunk';

const library = new ChunkedModuleLibrary((chunk) => CHUNK_LOADERS[chunk]());
library.add('sys', SYS_CHUNK);
startWorker(library);
