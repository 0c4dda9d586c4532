// The CLI's file system: the real one (node:fs, synchronous), relative paths from the process's working
// directory, as python3 sees them.

import * as fs from 'node:fs';
import { FileSystemError, type FileSystem } from '../python/modules/io/fileSystem';
import { ExecutionHalted } from '../python/vm/vm';

const ERRNO: Readonly<Record<string, number>> = { ENOENT: 2, EACCES: 13, EPERM: 1, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOTEMPTY: 39 };

/** A node error as the errno Python reports; anything else goes on as it is. */
function call<R>(operation: () => R): R {
  try {
    return operation();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined && ERRNO[code] !== undefined) throw new FileSystemError(ERRNO[code]);
    throw e;
  }
}

/** Thrown by a file system that must not change files (the quick run): the run is left to the interpreter thread. */
export class FileChangeDeferred extends ExecutionHalted {
  constructor() {
    super('the quick run does not change files');
  }
}

export class NodeFileSystem implements FileSystem {
  /** `changesAllowed` false: the first operation that would change a file halts the run before it does. */
  constructor(private readonly changesAllowed: boolean) {}
  cwd(): string {
    return process.cwd();
  }
  kind(path: string): 'file' | 'directory' | null {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(path, { throwIfNoEntry: false });
    } catch (e) {
      // A file where a directory of the path should be: nothing there (os.path.exists is False).
      if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw e;
    }
    return !stat ? null : stat.isDirectory() ? 'directory' : 'file';
  }
  read(path: string): string {
    return call(() => fs.readFileSync(path).toString('latin1'));
  }
  write(path: string, bytes: string): void {
    this.beforeChange();
    call(() => fs.writeFileSync(path, Buffer.from(bytes, 'latin1')));
  }
  remove(path: string): void {
    this.beforeChange();
    call(() => fs.unlinkSync(path));
  }
  list(path: string): string[] {
    return call(() => fs.readdirSync(path));
  }
  makeDirectory(path: string): void {
    this.beforeChange();
    call(() => fs.mkdirSync(path));
  }
  removeDirectory(path: string): void {
    this.beforeChange();
    call(() => fs.rmdirSync(path));
  }
  rename(source: string, target: string): void {
    this.beforeChange();
    call(() => fs.renameSync(source, target));
  }
  beforeChange(): void {
    if (!this.changesAllowed) throw new FileChangeDeferred();
  }
}
