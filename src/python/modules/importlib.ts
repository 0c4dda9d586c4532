// importlib, minimal: import_module and reload (Python, so they are functions as CPython's are) over _bootstrap._gcd_import
// (native here, as _frozen_importlib): absolute and relative names, CPython's checks and messages.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { builtinFunction, positionalOrKeyword, ssizeArg } from '../builtins/define';
import { repr } from '../runtime/ops/repr';
import { findAndLoad } from './importSystem';
import type { VM } from '../vm/vm';

function relativeImportError(message: string): NativeRaise {
  return new NativeRaise('ImportError', message, { msg: message });
}

/** _gcd_import(name, package=None, level=0): the module itself (never its top package). */
function gcdImport(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const [nameObj, packageObj, levelObj] = positionalOrKeyword('_gcd_import', args, kwargs, ['name', 'package', 'level'], 1);
  if (!(nameObj instanceof PyStr)) throw new NativeRaise('TypeError', `module name must be str, not ${repr(vm, nameObj!.type)}`);
  const level = levelObj === undefined ? 0 : ssizeArg(vm, levelObj);
  if (level < 0) throw new NativeRaise('ValueError', 'level must be >= 0');
  let name = nameObj.value;
  if (level > 0) {
    if (!(packageObj instanceof PyStr)) throw new NativeRaise('TypeError', '__package__ not set to a string');
    if (packageObj.value === '') throw relativeImportError('attempted relative import with no known parent package');
    // package.rsplit('.', level - 1): the anchor is what is left after dropping level - 1 trailing parts.
    const parts = packageObj.value.split('.');
    if (parts.length < level) throw relativeImportError('attempted relative import beyond top-level package');
    const base = parts.slice(0, parts.length - (level - 1)).join('.');
    name = name === '' ? base : `${base}.${name}`;
  } else if (name === '') throw new NativeRaise('ValueError', 'Empty module name');
  return findAndLoad(vm, name);
}

export function importlibBootstrapContents(_vm: VM): Record<string, PyObject> {
  return { _gcd_import: builtinFunction('_gcd_import', gcdImport) };
}

export const IMPORTLIB_PY = `
import _frozen_importlib as _bootstrap
import sys

__all__ = ['import_module', 'reload']


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    dots = len(name) - len(name.lstrip('.')) if name.startswith('.') else 0
    if dots and not package:
        raise TypeError("the 'package' argument is required to perform a relative import for " + repr(name))
    return _bootstrap._gcd_import(name[dots:], package, dots)


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    # The library's modules are built once per run: a reload finds the module and gives it back as it is.
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    return sys.modules[name]
`;
