// The library's modules compiled when the CLI is bundled (scripts/run-cli.mjs), one JSON file each beside the
// bundle: a fresh process imports `collections` or `datetime` without parsing and compiling their Python source.
// A file is used only for the very source it was made from (it keeps that source), else the module is compiled
// as before.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCode, encodeCode } from '../python/bytecode/codeSerial';
import { compileLibraryModule, type LibraryCodeCache } from '../python/modules/registry';
import { allPythonParts } from './cliLibrary';

const cacheFile = (dir: string, filename: string) => join(dir, `${filename.replace(/[^\w.-]/g, '_')}.json`);

/** Compiles every library module and writes its code to `dir`. */
export function writeLibraryCodeCache(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [source, filename] of allPythonParts()) {
    // The source itself, not a digest of it: comparing two strings is quicker than node:crypto's load and md5 (6 ms
    // of the first import of a library module).
    const entry = { filename, source, code: encodeCode(compileLibraryModule(source, filename)) };
    // Through a temporary name: a CLI process reading meanwhile never sees half a file.
    const file = cacheFile(dir, filename);
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(entry));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }
}

/** Reads a module's code from `dir` when its file was made from this source. */
export function libraryCodeCacheIn(dir: string): LibraryCodeCache {
  return (filename, source) => {
    let entry: { filename: string; source: string; code: Record<string, unknown> };
    try {
      entry = JSON.parse(readFileSync(cacheFile(dir, filename), 'utf8'));
    } catch {
      return undefined;
    }
    return entry.filename === filename && entry.source === source ? decodeCode(entry.code) : undefined;
  };
}
