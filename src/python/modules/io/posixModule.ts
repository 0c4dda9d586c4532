// The posix module's file functions (os takes them from it): listdir, remove, mkdir, rmdir, rename, replace, getcwd,
// _kind (what os.path.exists, isfile and isdir ask) and _size (os.path.getsize) over the VM's file system. Paths are
// str or os.PathLike objects (pathlib's) that give str.

import { NativeRaise } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { PyBytes } from '../../runtime/bytesObject';
import { newInt, newList, newNone, newStr } from '../../runtime/factory';
import { builtinFunction } from '../../builtins/define';
import type { VM } from '../../vm/vm';
import { resolvePath } from './fileSystem';
import { fsCall } from './fileObjects';
import { fsPath } from './openFunction';
import { clinic } from '../argumentClinic';

function pathArgument(vm: VM, fname: string, args: PyObject[], fallback?: string): string {
  const o = args[0];
  if (o === undefined && fallback !== undefined) return fallback;
  if (args.length !== 1) throw new NativeRaise('TypeError', `${fname}() takes exactly 1 argument (${args.length} given)`);
  return strPath(vm, fname, o!, 'path');
}

function strPath(vm: VM, fname: string, o: PyObject, argument: string): string {
  if (!(o instanceof PyStr) && !(o instanceof PyBytes) && o.type.lookup('__fspath__')) {
    const path = fsPath(vm, o);
    if (!path.bytes) return path.value;
  }
  if (!(o instanceof PyStr)) {
    // listdir also takes a directory's file descriptor or None.
    const accepted = fname === 'listdir' ? 'string, bytes, os.PathLike, integer or None' : 'string, bytes or os.PathLike';
    throw new NativeRaise('TypeError', `${fname}: ${argument} should be ${accepted}, not ${o.type.name}`);
  }
  return o.value;
}

export function posixModuleContents(_vm: VM): Record<string, PyObject> {
  const change = (fname: string, operation: (vm: VM, path: string) => void) =>
    builtinFunction(fname, (vm, args) => {
      const name = pathArgument(vm, fname, args);
      const fs = vm.fileSystem;
      fs.beforeChange();
      fsCall(name, () => operation(vm, resolvePath(fs, name)));
      return newNone();
    });
  // rename(2): the error names both paths ('a' -> 'b'); replace is the same call on POSIX.
  const move = (fname: string) =>
    builtinFunction(fname, (vm, args, kwargs) => {
      const [src, dst] = clinic(fname, args, kwargs, { positional: ['src', 'dst'], required: 2 });
      const source = strPath(vm, fname, src!, 'src');
      const target = strPath(vm, fname, dst!, 'dst');
      const fs = vm.fileSystem;
      fs.beforeChange();
      fsCall(source, () => fs.rename(resolvePath(fs, source), resolvePath(fs, target)), target);
      return newNone();
    });
  return {
    rename: move('rename'),
    replace: move('replace'),
    getcwd: builtinFunction('getcwd', (vm) => newStr(vm.fileSystem.cwd())),
    listdir: builtinFunction('listdir', (vm, args) => {
      const name = pathArgument(vm, 'listdir', args, '.');
      const fs = vm.fileSystem;
      return newList(fsCall(name, () => fs.list(resolvePath(fs, name))).map((n) => newStr(n)));
    }),
    remove: change('remove', (vm, path) => vm.fileSystem.remove(path)),
    unlink: change('unlink', (vm, path) => vm.fileSystem.remove(path)),
    mkdir: change('mkdir', (vm, path) => vm.fileSystem.makeDirectory(path)),
    rmdir: change('rmdir', (vm, path) => vm.fileSystem.removeDirectory(path)),
    // os.path.getsize's st_size of a file: its length in bytes (read whole: the files a program writes are small).
    _size: builtinFunction('_size', (vm, args) => {
      const name = pathArgument(vm, '_size', args);
      const fs = vm.fileSystem;
      return newInt(fsCall(name, () => fs.read(resolvePath(fs, name))).length);
    }),
    _kind: builtinFunction('_kind', (vm, args) => {
      const fs = vm.fileSystem;
      const kind = fs.kind(resolvePath(fs, pathArgument(vm, '_kind', args)));
      return kind === null ? newNone() : newStr(kind);
    }),
  };
}
