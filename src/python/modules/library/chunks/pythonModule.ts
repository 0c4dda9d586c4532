// A module CPython writes wholly in Python: nothing native, our own Python source run in its namespace.
import type { ModuleDefinition } from '../moduleLibrary';

export function pythonModule(name: string, source: string): ModuleDefinition {
  return { native: () => ({}), python: [source, `${name.replace('.', '/')}.py`] };
}
