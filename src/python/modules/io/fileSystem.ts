// The file system open() and os work on, given to the interpreter by its host: the CLI's is the real one
// (node:fs), the page's and the tests' is in memory, held by the VM so that time travel's forks copy it.

/** A failed file operation: the errno CPython's OSError would carry (Linux numbers). */
export class FileSystemError extends Error {
  constructor(readonly errno: number) {
    super(`errno ${errno}`);
  }
}

export const ENOENT = 2;
export const EACCES = 13;
export const EEXIST = 17;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENOTEMPTY = 39;

/** strerror() of the errors the file operations give. */
export const STRERROR: Readonly<Record<number, string>> = {
  [ENOENT]: 'No such file or directory', [EACCES]: 'Permission denied', [EEXIST]: 'File exists',
  [ENOTDIR]: 'Not a directory', [EISDIR]: 'Is a directory', [ENOTEMPTY]: 'Directory not empty',
  [EINVAL]: 'Invalid argument',
};

/** Paths are absolute (resolve makes them so); file contents are bytes as latin-1 strings (as PyBytes holds them). */
export interface FileSystem {
  /** The working directory relative paths start from. */
  cwd(): string;
  kind(path: string): 'file' | 'directory' | null;
  read(path: string): string;
  /** Creates or replaces a file (its directory exists: the caller checked). */
  write(path: string, bytes: string): void;
  remove(path: string): void;
  list(path: string): string[];
  makeDirectory(path: string): void;
  /** Removes an empty directory. */
  removeDirectory(path: string): void;
  /** Moves a file or directory (rename(2): a file replaces a file, a directory an empty directory). */
  rename(source: string, target: string): void;
  /** Called before any operation that changes files: a host that must not change them yet throws a halt. */
  beforeChange(): void;
}

/** An absolute, normalized path: `..` and `.` resolved, relative paths from the working directory. */
export function resolvePath(fs: FileSystem, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${fs.cwd()}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The in-memory file system a run starts with: an empty home directory (the playground's working directory). */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, string>();
  readonly directories = new Set<string>(['/', '/home', '/home/user', '/tmp']);

  cwd(): string {
    return '/home/user';
  }
  kind(path: string): 'file' | 'directory' | null {
    return this.files.has(path) ? 'file' : this.directories.has(path) ? 'directory' : null;
  }
  read(path: string): string {
    const bytes = this.files.get(path);
    if (bytes === undefined) throw new FileSystemError(this.directories.has(path) ? EISDIR : ENOENT);
    return bytes;
  }
  write(path: string, bytes: string): void {
    if (this.directories.has(path)) throw new FileSystemError(EISDIR);
    if (!this.directories.has(parentOf(path))) throw new FileSystemError(this.missingParentErrno(path));
    this.files.set(path, bytes);
  }
  remove(path: string): void {
    if (this.directories.has(path)) throw new FileSystemError(EISDIR);
    if (!this.files.delete(path)) throw new FileSystemError(ENOENT);
  }
  list(path: string): string[] {
    if (this.files.has(path)) throw new FileSystemError(ENOTDIR);
    if (!this.directories.has(path)) throw new FileSystemError(ENOENT);
    const prefix = path === '/' ? '/' : path + '/';
    const names: string[] = [];
    for (const p of [...this.directories, ...this.files.keys()]) {
      if (p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) names.push(p.slice(prefix.length));
    }
    return names;
  }
  makeDirectory(path: string): void {
    if (this.kind(path) !== null) throw new FileSystemError(EEXIST);
    if (!this.directories.has(parentOf(path))) throw new FileSystemError(this.missingParentErrno(path));
    this.directories.add(path);
  }
  /** A path whose directory is missing: ENOTDIR when a file stands where a directory above it should be (as Linux). */
  private missingParentErrno(path: string): number {
    for (let p = parentOf(path); p !== '/' && p !== ''; p = parentOf(p)) if (this.files.has(p)) return ENOTDIR;
    return ENOENT;
  }
  removeDirectory(path: string): void {
    if (this.files.has(path)) throw new FileSystemError(ENOTDIR);
    if (!this.directories.has(path)) throw new FileSystemError(ENOENT);
    if (this.list(path).length > 0) throw new FileSystemError(ENOTEMPTY);
    this.directories.delete(path);
  }
  rename(source: string, target: string): void {
    const kind = this.kind(source);
    if (kind === null) throw new FileSystemError(this.missingParentErrno(source));
    if (!this.directories.has(parentOf(target))) throw new FileSystemError(this.missingParentErrno(target));
    if (source === target) return;
    const targetKind = this.kind(target);
    if (kind === 'file') {
      if (targetKind === 'directory') throw new FileSystemError(EISDIR);
      this.files.set(target, this.files.get(source)!);
      this.files.delete(source);
      return;
    }
    // A directory moves with everything under it; it cannot go inside itself (EINVAL, 22).
    if (target.startsWith(source + '/')) throw new FileSystemError(EINVAL);
    if (targetKind === 'file') throw new FileSystemError(ENOTDIR);
    if (targetKind === 'directory') {
      if (this.list(target).length > 0) throw new FileSystemError(ENOTEMPTY);
      this.directories.delete(target);
    }
    const moved = (p: string) => (p === source || p.startsWith(source + '/') ? target + p.slice(source.length) : p);
    for (const d of [...this.directories]) {
      const to = moved(d);
      if (to === d) continue;
      this.directories.delete(d);
      this.directories.add(to);
    }
    for (const [f, bytes] of [...this.files]) {
      const to = moved(f);
      if (to === f) continue;
      this.files.delete(f);
      this.files.set(to, bytes);
    }
  }
  beforeChange(): void {}
}
