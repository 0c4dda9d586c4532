// The CLI bundle's module library (scripts/cli-chunks.mjs puts this file in cliLibrary.ts's place): each chunk of
// module code is a bundle of its own in CHUNK_DIR, loaded on the first import of one of its modules, with V8's
// code cache of it when the warm-up made one. The code a chunk shares with the interpreter is the interpreter
// bundle's own modules (the registry cli-chunks.mjs builds), so both see the same classes and state.
import { join } from 'node:path';
import { installModuleLibrary, LoadedChunksLibrary, type ModuleGroup } from '../python/modules/library/moduleLibrary';
import { MODULE_CHUNKS } from '../python/modules/library/moduleCatalog';
import { ModuleCodeNeeded } from '../python/vm/vm';
import { loadBundle, writeCodeCache, type LoadedBundle } from './bundleCodeCache';

/** Beside the interpreter's bundle: `<chunk>.cjs`, each exporting its ModuleGroup as `group`. */
const CHUNK_DIR = join(__dirname, 'library-chunks');

class ChunkFilesLibrary extends LoadedChunksLibrary {
  readonly loaded = new Map<string, LoadedBundle>();

  override definitionOf(name: string) {
    try {
      return super.definitionOf(name);
    } catch (e) {
      if (!(e instanceof ModuleCodeNeeded)) throw e;
      this.load(e.chunk);
      return super.definitionOf(name);
    }
  }

  load(chunk: string): void {
    if (this.hasChunk(chunk)) return;
    const bundle = loadBundle(join(CHUNK_DIR, `${chunk}.cjs`));
    this.loaded.set(chunk, bundle);
    this.add(chunk, (bundle.exports as { group: ModuleGroup }).group);
  }
}

const library = new ChunkFilesLibrary();

export function installCliLibrary(): void {
  installModuleLibrary(library);
}

/** Every module's Python part: [source, filename] (every chunk loaded). */
export function allPythonParts(): Array<readonly [source: string, filename: string]> {
  for (const chunk of MODULE_CHUNKS) library.load(chunk);
  return MODULE_CHUNKS.flatMap((chunk) => {
    const group = (library.loaded.get(chunk)!.exports as { group: ModuleGroup }).group;
    return Object.values(group).flatMap((definition) => (definition.python ? [definition.python] : []));
  });
}

/** After the code-cache warm-up run: V8's code of each chunk it loaded, beside the chunk. */
export function writeChunkCodeCaches(): void {
  for (const [chunk, bundle] of library.loaded) writeCodeCache(join(CHUNK_DIR, `${chunk}.cjs`), bundle);
}
