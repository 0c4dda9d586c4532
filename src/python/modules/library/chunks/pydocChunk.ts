// Chunk 'pydoc': help()'s module (our Python) and the docs of builtin callables, which `len.__doc__` reads too.
import { PYDOC_PY } from '../../python/pydoc';
import { CLASS_GETSET_DOCS, MODULE_DOCS, TYPE_DOCS } from '../../pydoc/callableDocs';
import { pydocNativeContents } from '../../pydoc/pydocNative';
import type { ModuleGroup } from '../moduleLibrary';

export const PYDOC_CHUNK: ModuleGroup = {
  pydoc: {
    native: pydocNativeContents,
    python: [PYDOC_PY, 'pydoc.py'],
    docs: { modules: MODULE_DOCS, types: TYPE_DOCS, classGetsets: CLASS_GETSET_DOCS },
  },
};
