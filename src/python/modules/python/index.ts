// The modules CPython writes wholly in Python, as our own Python source compiled at import.

import { COPY_PY } from './copy';
import { FUNCTOOLS_PY } from './functools';
import { DATACLASSES_PY } from './dataclasses';
import { DATACLASSES_PROCESS_PY } from './dataclassesProcess';
import { ABC_PY } from './abc';
import { ENUM_PY } from './enum';
import { TYPING_PY } from './typing';
import { TYPING_GENERICS_PY } from './typingGenerics';
import { JSON_PY } from './json';
import { JSON_DECODER_PY } from './jsonDecoder';
import { TEXTWRAP_PY } from './textwrap';
import { CONTEXTLIB_PY } from './contextlib';
import { COLLECTIONS_PY } from './collections';
import { COLLECTIONS_TUPLES_PY } from './collectionsTuples';
import { COLLECTIONS_ABC_PY } from './collectionsAbc';
import { COLLECTIONS_ABC_CONTAINERS_PY } from './collectionsAbcContainers';
import { OS_PY } from './os';
import { POSIXPATH_PY } from './posixpath';

export const PURE_PYTHON_MODULES: Record<string, string> = {
  copy: COPY_PY,
  functools: FUNCTOOLS_PY,
  dataclasses: DATACLASSES_PY + DATACLASSES_PROCESS_PY,
  abc: ABC_PY,
  enum: ENUM_PY,
  typing: TYPING_PY + TYPING_GENERICS_PY,
  json: JSON_PY + JSON_DECODER_PY,
  textwrap: TEXTWRAP_PY,
  contextlib: CONTEXTLIB_PY,
  collections: COLLECTIONS_PY + COLLECTIONS_TUPLES_PY,
  'collections.abc': COLLECTIONS_ABC_PY + COLLECTIONS_ABC_CONTAINERS_PY,
  os: OS_PY,
  posixpath: POSIXPATH_PY,
};
