// The module library of the page's worker: chunks of module code fetched before a program runs, those its
// imports name and the ones their own Python parts import, or all of them for a program that imports by names
// computed at run time. A module imported anyway without its chunk stops the run (ModuleCodeNeeded); the
// worker then fetches every chunk and runs the program again.

import { CHUNK_OF_MODULE, MODULE_CHUNKS } from './moduleCatalog';
import { LoadedChunksLibrary, type ModuleGroup } from './moduleLibrary';
import { scanImports } from './importScan';

export type ChunkLoader = (chunk: string) => Promise<ModuleGroup>;

/** The chunks holding a module and the packages a dotted name imports first (`a.b.c`: a, a.b, a.b.c). */
function chunksForName(dotted: string): string[] {
  const parts = dotted.split('.');
  const found: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const name = parts.slice(0, i).join('.');
    if (Object.hasOwn(CHUNK_OF_MODULE, name)) found.push(CHUNK_OF_MODULE[name]);
  }
  return found;
}

export class ChunkedModuleLibrary extends LoadedChunksLibrary {
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly load: ChunkLoader) {
    super();
  }

  /** Fetches what running `source` can import. */
  async prefetchFor(source: string): Promise<void> {
    const scan = scanImports(source);
    if (scan.dynamic) return this.prefetchAll();
    await this.prefetchChunks(scan.modules.flatMap(chunksForName));
  }

  prefetchAll(): Promise<void> {
    return this.prefetchChunks(MODULE_CHUNKS);
  }

  /** Fetches the chunks, then those their modules' Python parts import, until nothing new is named. */
  private async prefetchChunks(chunks: readonly string[], asDependency = false): Promise<void> {
    await Promise.all([...new Set(chunks)].map((chunk) => this.fetchChunk(chunk, asDependency)));
  }

  /**
   * A chunk and what it imports. A caller from outside waits for all of it; a chunk's own dependency already
   * added (its definitions in place, its own dependencies on the way) is not waited for, so a cycle of chunks
   * importing each other cannot wait on itself.
   */
  private fetchChunk(chunk: string, asDependency: boolean): Promise<void> {
    const pending = this.pending.get(chunk);
    if (this.hasChunk(chunk) && (asDependency || !pending)) return Promise.resolve();
    if (pending) return pending;
    const loading = this.load(chunk).then((group) => {
      this.add(chunk, group);
      const imported = Object.values(group).flatMap((definition) => (definition.python ? scanImports(definition.python[0]).modules : []));
      return this.prefetchChunks(imported.flatMap(chunksForName), true);
    });
    this.pending.set(chunk, loading);
    loading.then(() => this.pending.delete(chunk), () => this.pending.delete(chunk));
    return loading;
  }
}
