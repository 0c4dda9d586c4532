// Chunk 'pydoc': help()'s module (our Python) and the docs of builtin callables, which `len.__doc__` reads too.
import { PYDOC_PY } from '../../python/pydoc';
import { CLASS_GETSET_DOCS, MODULE_DOCS, TYPE_DOCS } from '../../pydoc/callableDocs';
import { pythonModule } from './pythonModule';
import type { ModuleGroup } from '../moduleLibrary';

export const PYDOC_CHUNK: ModuleGroup = {
  pydoc: { ...pythonModule('pydoc', PYDOC_PY), docs: { modules: MODULE_DOCS, types: TYPE_DOCS, classGetsets: CLASS_GETSET_DOCS } },
};
