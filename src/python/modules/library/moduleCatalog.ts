// Every module the playground has, and the chunk its code is in (names only, no code: the worker's first load).
// Modules whose code is one chunk are imported together anyway (a package and its parts, a module and its C half).

export const CHUNK_OF_MODULE: Readonly<Record<string, string>> = {
  sys: 'sys',
  gc: 'sys',
  weakref: 'weakref',
  math: 'math',
  cmath: 'cmath',
  _random: 'random',
  random: 'random',
  itertools: 'itertools',
  operator: 'operator',
  _operator: 'operator',
  bisect: 'bisect',
  _bisect: 'bisect',
  _heapq: 'heapq',
  heapq: 'heapq',
  _collections: 'collections',
  collections: 'collections',
  'collections.abc': 'collections',
  array: 'array',
  time: 'time',
  string: 'string',
  _string: 'string',
  _tracemalloc: 'tracemalloc',
  tracemalloc: 'tracemalloc',
  _sre: 're',
  re: 're',
  abc: 'abc',
  copy: 'copy',
  functools: 'functools',
  dataclasses: 'dataclasses',
  enum: 'enum',
  typing: 'typing',
  json: 'json',
  textwrap: 'textwrap',
  contextlib: 'contextlib',
  os: 'os',
  posixpath: 'os',
};

/** The chunk ids, each once. */
export const MODULE_CHUNKS: readonly string[] = [...new Set(Object.values(CHUNK_OF_MODULE))];
