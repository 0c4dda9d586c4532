// Each chunk of module code as a separate file fetched on demand (`import()`: the bundler makes one file of each),
// except sys.

import type { ModuleGroup } from './moduleLibrary';
import { SYS_CHUNK } from './chunks/sysChunk';

export const CHUNK_LOADERS: Readonly<Record<string, () => Promise<ModuleGroup>>> = {
  abc: () => import('./chunks/abcChunk').then((m) => m.ABC_CHUNK),
  array: () => import('./chunks/arrayChunk').then((m) => m.ARRAY_CHUNK),
  bisect: () => import('./chunks/bisectChunk').then((m) => m.BISECT_CHUNK),
  cmath: () => import('./chunks/cmathChunk').then((m) => m.CMATH_CHUNK),
  collections: () => import('./chunks/collectionsChunk').then((m) => m.COLLECTIONS_CHUNK),
  contextlib: () => import('./chunks/contextlibChunk').then((m) => m.CONTEXTLIB_CHUNK),
  copy: () => import('./chunks/copyChunk').then((m) => m.COPY_CHUNK),
  csv: () => import('./chunks/csvChunk').then((m) => m.CSV_CHUNK),
  dataclasses: () => import('./chunks/dataclassesChunk').then((m) => m.DATACLASSES_CHUNK),
  datetime: () => import('./chunks/datetimeChunk').then((m) => m.DATETIME_CHUNK),
  enum: () => import('./chunks/enumChunk').then((m) => m.ENUM_CHUNK),
  fractions: () => import('./chunks/fractionsChunk').then((m) => m.FRACTIONS_CHUNK),
  functools: () => import('./chunks/functoolsChunk').then((m) => m.FUNCTOOLS_CHUNK),
  heapq: () => import('./chunks/heapqChunk').then((m) => m.HEAPQ_CHUNK),
  importlib: () => import('./chunks/importlibChunk').then((m) => m.IMPORTLIB_CHUNK),
  io: () => import('./chunks/ioChunk').then((m) => m.IO_CHUNK),
  itertools: () => import('./chunks/itertoolsChunk').then((m) => m.ITERTOOLS_CHUNK),
  json: () => import('./chunks/jsonChunk').then((m) => m.JSON_CHUNK),
  math: () => import('./chunks/mathChunk').then((m) => m.MATH_CHUNK),
  operator: () => import('./chunks/operatorChunk').then((m) => m.OPERATOR_CHUNK),
  os: () => import('./chunks/osChunk').then((m) => m.OS_CHUNK),
  pprint: () => import('./chunks/pprintChunk').then((m) => m.PPRINT_CHUNK),
  random: () => import('./chunks/randomChunk').then((m) => m.RANDOM_CHUNK),
  re: () => import('./chunks/reChunk').then((m) => m.RE_CHUNK),
  statistics: () => import('./chunks/statisticsChunk').then((m) => m.STATISTICS_CHUNK),
  string: () => import('./chunks/stringChunk').then((m) => m.STRING_CHUNK),
  // sys is small and in most teaching programs: linked in, not a chunk of its own.
  sys: () => Promise.resolve(SYS_CHUNK),
  textwrap: () => import('./chunks/textwrapChunk').then((m) => m.TEXTWRAP_CHUNK),
  warnings: () => import('./chunks/warningsChunk').then((m) => m.WARNINGS_CHUNK),
  types: () => import('./chunks/typesChunk').then((m) => m.TYPES_CHUNK),
  time: () => import('./chunks/timeChunk').then((m) => m.TIME_CHUNK),
  traceback: () => import('./chunks/tracebackChunk').then((m) => m.TRACEBACK_CHUNK),
  tracemalloc: () => import('./chunks/tracemallocChunk').then((m) => m.TRACEMALLOC_CHUNK),
  typing: () => import('./chunks/typingChunk').then((m) => m.TYPING_CHUNK),
  weakref: () => import('./chunks/weakrefChunk').then((m) => m.WEAKREF_CHUNK),
};
