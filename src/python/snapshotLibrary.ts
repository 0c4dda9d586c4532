// Which objects and frames belong to a library module (collections, asyncio...) rather than the program: the
// picture writes a library's classes and functions inline and does not draw its frames.

import { PyObject } from './runtime/object';
import { PyDict } from './runtime/dict';
import { PyFunction, PyStr } from './runtime/objects';
import { PyType } from './runtime/types';
import { PyGenerator } from './runtime/iterators';

/**
 * The module a class or function comes from when a library defined it (collections, dataclasses...), or whose
 * code a generator or coroutine runs: the picture writes those inline, as it does builtins, so the program's own
 * objects get the room.
 */
export function libraryOf(o: PyObject): string | undefined {
  if (o instanceof PyType) return o.isHeapType ? libraryName(o.module) : undefined;
  // A closure a library made at run time (a decorator's wrapper, cache_parameters) holds the program's data.
  if (o instanceof PyFunction) return o.code.code.qualname.includes('<locals>') ? undefined : moduleOfLibrary(o.globals);
  // A suspended generator or coroutine running a library's code (asyncio.sleep) is one of its frames, not drawn:
  // its locals are the library's machinery (the event loop, a Future, a timer).
  if (o instanceof PyGenerator && o.frame) return moduleOfLibrary(o.frame.globals);
  return undefined;
}

/** The library module whose globals these are (undefined for the program's, or a namespace without a name). */
export function moduleOfLibrary(globals: PyDict): string | undefined {
  const name = globals.getStr('__name__');
  return name instanceof PyStr ? libraryName(name.value) : undefined;
}

function libraryName(module: string): string | undefined {
  return module === '__main__' || module === 'builtins' ? undefined : module;
}
