// The interpreter's Web Worker in one self-contained file, every module's code linked in: a sandboxed frame
// (opaque origin) starts it from a blob as a classic worker, which can neither import chunks nor fetch them.
import { startWorker } from './workerLoop';
import { staticModuleLibrary } from '../python/modules/library/staticLibrary';

const library = staticModuleLibrary();
startWorker({ definitionOf: (name) => library.definitionOf(name), prefetchFor: async () => undefined, prefetchAll: async () => undefined });
