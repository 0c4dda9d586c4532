// A module CPython writes wholly in Python: nothing native, our own Python source run in its namespace.
import type { ModuleDefinition } from '../moduleLibrary';

export function pythonModule(name: string, source: string, native: ModuleDefinition['native'] = () => ({})): ModuleDefinition {
  return { native, python: [source, `${name.replace('.', '/')}.py`] };
}

/**
 * Appended to our Python source of a module CPython writes in C (struct, binascii, hashlib, _pickle's part of
 * pickle): its own functions and classes show no frame in a traceback, as C code shows none.
 */
const C_MODULE_EPILOGUE = String.raw`
from _collections import _c_implemented
for _value in list(globals().values()):
    if getattr(_value, "__module__", None) in (__name__, "_" + __name__):
        _c_implemented(_value)
del _value, _c_implemented
`;

/** A module CPython writes in C, as our Python source (see C_MODULE_EPILOGUE) over native parts, if any. */
export function cModuleInPython(name: string, source: string, native?: ModuleDefinition['native']): ModuleDefinition {
  return pythonModule(name, source + C_MODULE_EPILOGUE, native);
}
