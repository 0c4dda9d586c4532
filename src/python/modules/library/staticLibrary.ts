// The module library with every chunk linked in: for Node (the CLI, the tests, the benches), where the whole
// bundle is read at start anyway and an import must not wait.

import { ABC_CHUNK } from './chunks/abcChunk';
import { ARRAY_CHUNK } from './chunks/arrayChunk';
import { BISECT_CHUNK } from './chunks/bisectChunk';
import { CMATH_CHUNK } from './chunks/cmathChunk';
import { COLLECTIONS_CHUNK } from './chunks/collectionsChunk';
import { CONTEXTLIB_CHUNK } from './chunks/contextlibChunk';
import { COPY_CHUNK } from './chunks/copyChunk';
import { COPYREG_CHUNK } from './chunks/copyregChunk';
import { PICKLE_CHUNK } from './chunks/pickleChunk';
import { INSPECT_CHUNK } from './chunks/inspectChunk';
import { CTYPES_CHUNK } from './chunks/ctypesChunk';
import { CSV_CHUNK } from './chunks/csvChunk';
import { DATACLASSES_CHUNK } from './chunks/dataclassesChunk';
import { DATETIME_CHUNK } from './chunks/datetimeChunk';
import { ENUM_CHUNK } from './chunks/enumChunk';
import { FRACTIONS_CHUNK } from './chunks/fractionsChunk';
import { DECIMAL_CHUNK } from './chunks/decimalChunk';
import { FUNCTOOLS_CHUNK } from './chunks/functoolsChunk';
import { HEAPQ_CHUNK } from './chunks/heapqChunk';
import { IMPORTLIB_CHUNK } from './chunks/importlibChunk';
import { IO_CHUNK } from './chunks/ioChunk';
import { ITERTOOLS_CHUNK } from './chunks/itertoolsChunk';
import { JSON_CHUNK } from './chunks/jsonChunk';
import { MATH_CHUNK } from './chunks/mathChunk';
import { NUMBERS_CHUNK } from './chunks/numbersChunk';
import { OPERATOR_CHUNK } from './chunks/operatorChunk';
import { PATHLIB_CHUNK } from './chunks/pathlibChunk';
import { OS_CHUNK } from './chunks/osChunk';
import { PPRINT_CHUNK } from './chunks/pprintChunk';
import { PYDOC_CHUNK } from './chunks/pydocChunk';
import { RANDOM_CHUNK } from './chunks/randomChunk';
import { RE_CHUNK } from './chunks/reChunk';
import { STATISTICS_CHUNK } from './chunks/statisticsChunk';
import { STRING_CHUNK } from './chunks/stringChunk';
import { SYS_CHUNK } from './chunks/sysChunk';
import { TEXTWRAP_CHUNK } from './chunks/textwrapChunk';
import { UNICODEDATA_CHUNK } from './chunks/unicodedataChunk';
import { CALENDAR_CHUNK } from './chunks/calendarChunk';
import { TYPES_CHUNK } from './chunks/typesChunk';
import { TIME_CHUNK } from './chunks/timeChunk';
import { KEYWORD_CHUNK } from './chunks/keywordChunk';
import { FUTURE_CHUNK } from './chunks/futureChunk';
import { REPRLIB_CHUNK } from './chunks/reprlibChunk';
import { LOGGING_CHUNK } from './chunks/loggingChunk';
import { TIMEIT_CHUNK } from './chunks/timeitChunk';
import { TRACEBACK_CHUNK } from './chunks/tracebackChunk';
import { TRACEMALLOC_CHUNK } from './chunks/tracemallocChunk';
import { TYPING_CHUNK } from './chunks/typingChunk';
import { WARNINGS_CHUNK } from './chunks/warningsChunk';
import { WEAKREF_CHUNK } from './chunks/weakrefChunk';
import { STRUCT_CHUNK } from './chunks/structChunk';
import { QUEUE_CHUNK } from './chunks/queueChunk';
import { BASE64_CHUNK } from './chunks/base64Chunk';
import { HASHLIB_CHUNK } from './chunks/hashlibChunk';
import { ASYNCIO_CHUNK } from './chunks/asyncioChunk';
import { LoadedChunksLibrary, type ModuleGroup } from './moduleLibrary';

const ALL_CHUNKS: Readonly<Record<string, ModuleGroup>> = {
  abc: ABC_CHUNK,
  array: ARRAY_CHUNK,
  bisect: BISECT_CHUNK,
  cmath: CMATH_CHUNK,
  collections: COLLECTIONS_CHUNK,
  contextlib: CONTEXTLIB_CHUNK,
  copy: COPY_CHUNK,
  copyreg: COPYREG_CHUNK,
  pickle: PICKLE_CHUNK,
  inspect: INSPECT_CHUNK,
  ctypes: CTYPES_CHUNK,
  csv: CSV_CHUNK,
  dataclasses: DATACLASSES_CHUNK,
  datetime: DATETIME_CHUNK,
  enum: ENUM_CHUNK,
  fractions: FRACTIONS_CHUNK,
  decimal: DECIMAL_CHUNK,
  functools: FUNCTOOLS_CHUNK,
  heapq: HEAPQ_CHUNK,
  importlib: IMPORTLIB_CHUNK,
  io: IO_CHUNK,
  itertools: ITERTOOLS_CHUNK,
  json: JSON_CHUNK,
  math: MATH_CHUNK,
  numbers: NUMBERS_CHUNK,
  operator: OPERATOR_CHUNK,
  os: OS_CHUNK,
  pathlib: PATHLIB_CHUNK,
  pprint: PPRINT_CHUNK,
  pydoc: PYDOC_CHUNK,
  random: RANDOM_CHUNK,
  re: RE_CHUNK,
  statistics: STATISTICS_CHUNK,
  string: STRING_CHUNK,
  sys: SYS_CHUNK,
  textwrap: TEXTWRAP_CHUNK,
  unicodedata: UNICODEDATA_CHUNK,
  calendar: CALENDAR_CHUNK,
  types: TYPES_CHUNK,
  time: TIME_CHUNK,
  keyword: KEYWORD_CHUNK,
  __future__: FUTURE_CHUNK,
  reprlib: REPRLIB_CHUNK,
  logging: LOGGING_CHUNK,
  timeit: TIMEIT_CHUNK,
  traceback: TRACEBACK_CHUNK,
  tracemalloc: TRACEMALLOC_CHUNK,
  typing: TYPING_CHUNK,
  warnings: WARNINGS_CHUNK,
  weakref: WEAKREF_CHUNK,
  struct: STRUCT_CHUNK,
  queue: QUEUE_CHUNK,
  base64: BASE64_CHUNK,
  hashlib: HASHLIB_CHUNK,
  asyncio: ASYNCIO_CHUNK,
};

export function staticModuleLibrary(): LoadedChunksLibrary {
  const library = new LoadedChunksLibrary();
  for (const [chunk, group] of Object.entries(ALL_CHUNKS)) library.add(chunk, group);
  return library;
}

/** Every module's Python part: [source, filename] (the code a cache of the compiled library holds). */
export function libraryPythonParts(): Array<readonly [source: string, filename: string]> {
  return Object.values(ALL_CHUNKS).flatMap((group) => Object.values(group).flatMap((definition) => (definition.python ? [definition.python] : [])));
}
