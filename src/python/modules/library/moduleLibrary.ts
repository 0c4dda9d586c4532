// Where the import system finds a module's code: a library of module definitions, grouped in chunks. The CLI and
// the tests have every chunk at once (staticLibrary.ts); the page's worker fetches the chunks a program needs
// before running it (chunkedLibrary.ts), so its first paint does not wait for the whole standard library.

import type { PyObject } from '../../runtime/object';
import type { DocEntry, DocTable } from '../pydoc/callableDocs';
import type { UnicodeNames } from '../unicodedata/unicodeNamesApi';
import { ModuleCodeNeeded, type VM } from '../../vm/vm';
import { CHUNK_OF_MODULE } from './moduleCatalog';

/** A module's code: its native part (the values of its dict), and the part written in Python, run after it. */
export interface ModuleDefinition {
  native: (vm: VM) => Record<string, PyObject>;
  python?: readonly [source: string, filename: string];
  /** The docs of builtin callables (pydoc's chunk carries them, so the page fetches them on first use). */
  docs?: { readonly modules: DocTable; readonly types: DocTable; readonly classGetsets: Readonly<Record<string, DocEntry>> };
  /** The character names (unicodedata's chunk carries them, for the \N{...} escape too). */
  unicodeNames?: UnicodeNames;
}

/** What one chunk defines: module name -> definition. */
export type ModuleGroup = Readonly<Record<string, ModuleDefinition>>;

export interface ModuleLibrary {
  /** The definition of a module the playground has, or undefined for a module it does not have. Synchronous. */
  definitionOf(name: string): ModuleDefinition | undefined;
}

/** A library over the chunks loaded so far: importing a module of a chunk not loaded halts (ModuleCodeNeeded). */
export class LoadedChunksLibrary implements ModuleLibrary {
  private readonly definitions = new Map<string, ModuleDefinition>();
  private readonly chunks = new Set<string>();

  add(chunk: string, group: ModuleGroup): void {
    for (const [name, definition] of Object.entries(group)) {
      if (CHUNK_OF_MODULE[name] !== chunk) throw new Error(`module catalog: '${name}' is not listed in chunk '${chunk}'`);
      this.definitions.set(name, definition);
    }
    this.chunks.add(chunk);
  }

  hasChunk(chunk: string): boolean {
    return this.chunks.has(chunk);
  }

  definitionOf(name: string): ModuleDefinition | undefined {
    const found = this.definitions.get(name);
    if (found) return found;
    const chunk = Object.hasOwn(CHUNK_OF_MODULE, name) ? CHUNK_OF_MODULE[name] : undefined;
    if (chunk !== undefined) throw new ModuleCodeNeeded(name, chunk);
    return undefined;
  }
}

let installed: ModuleLibrary | null = null;

/** Sets the library every interpreter of this process imports from (once, at the entry point). */
export function installModuleLibrary(library: ModuleLibrary): void {
  installed = library;
}

export function moduleLibrary(): ModuleLibrary {
  if (!installed) throw new Error('internal error: no module library installed (the entry point installs one)');
  return installed;
}
