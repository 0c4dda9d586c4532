// The library's code cache: written for every module, read back only for the source it was made from.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libraryCodeCacheIn, writeLibraryCodeCache } from './libraryCodeCache';
import { libraryPythonParts } from '../python/modules/library/staticLibrary';
import { compileLibraryModule } from '../python/modules/registry';

describe('library code cache', () => {
  it('gives each module the code its source compiles to, and nothing for a changed source or an unknown file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-code-'));
    try {
      writeLibraryCodeCache(dir);
      const cache = libraryCodeCacheIn(dir);
      for (const [source, filename] of libraryPythonParts()) {
        expect(cache(filename, source), filename).toEqual(compileLibraryModule(source, filename));
      }
      const [source, filename] = libraryPythonParts()[0];
      expect(cache(filename, source + '\nx = 1\n')).toBeUndefined();
      expect(cache(filename, source.replace(/.$/s, ' '))).toBeUndefined();
      expect(cache('no_such_module.py', source)).toBeUndefined();
      expect(libraryCodeCacheIn(join(dir, 'missing'))(filename, source)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
