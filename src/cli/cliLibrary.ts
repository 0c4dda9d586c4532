// The CLI's module library as the sources have it (the tests import the CLI's code from them): every chunk of
// module code linked in. The CLI's bundle (scripts/cli-chunks.mjs) puts cliChunkFiles.ts in this file's place, which
// loads each chunk from a file of its own on its first import, so a run does not read the whole library.
import { installModuleLibrary } from '../python/modules/library/moduleLibrary';
import { libraryPythonParts, staticModuleLibrary } from '../python/modules/library/staticLibrary';

export function installCliLibrary(): void {
  installModuleLibrary(staticModuleLibrary());
}

/** Every module's Python part: [source, filename]. */
export const allPythonParts = libraryPythonParts;

/** After the code-cache warm-up run: nothing to write, the chunks are in the bundle itself. */
export function writeChunkCodeCaches(): void {}
