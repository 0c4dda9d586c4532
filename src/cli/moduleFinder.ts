// The CLI's module finder: what importlib's FileFinder sees in one directory of sys.path, read from the disk.
import { readFileSync, statSync } from 'node:fs';
import type { FoundModule, ModuleFinder } from '../python/modules/fileModules';
import { decodePythonSource } from './sourceFile';

function kind(path: string): 'file' | 'directory' | null {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return !stat ? null : stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** A .py file decoded as python3 reads it (its SyntaxError names the file); null when it cannot be read. */
function sourceFile(filename: string, packageDirectory?: string): FoundModule | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filename);
  } catch {
    return null;
  }
  const { text, unreadableFrom } = decodePythonSource(bytes, filename);
  return { kind: 'source', filename, source: text, unreadableFrom, packageDirectory };
}

/**
 * FileFinder.find_spec for `name` in `directory`: the package `name/__init__.py` first, then `name.py`, else a
 * directory `name/` as a namespace portion. A relative directory (`''` and `'.'` are the working one, as FileFinder
 * takes them) is made absolute against `cwd` without normalizing it, as importlib's _path_abspath does.
 */
export function directoryModuleFinder(cwd: string): ModuleFinder {
  return (directory, name) => {
    const base = directory.startsWith('/') ? directory : directory === '' || directory === '.' ? cwd : `${cwd}/${directory}`;
    const path = `${base.replace(/\/+$/, '')}/${name}`;
    const isDirectory = kind(path) === 'directory';
    if (isDirectory && kind(`${path}/__init__.py`) === 'file') return sourceFile(`${path}/__init__.py`, path);
    if (kind(`${path}.py`) === 'file') return sourceFile(`${path}.py`);
    return isDirectory ? { kind: 'namespace', directory: path } : null;
  };
}
