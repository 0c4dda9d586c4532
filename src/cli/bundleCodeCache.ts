// The interpreter's bundle loaded with V8's compiled code of it kept between runs: Node 20 has no compile cache
// for CommonJS, and compiling the bundle's functions is much of a short run's start-up. The cache is made when
// the CLI is bundled (scripts/run-cli.mjs), after a warm-up run, so it holds the functions typical runs use.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Imports the library's modules written in Python and runs a little of everything. */
export const WARM_UP_PROGRAM = `
import collections, datetime, re, json, dataclasses, enum, typing, functools, itertools, math, random, heapq
import string, copy, fractions, statistics, textwrap, pprint, csv, io, os, sys, gc, weakref
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Point({self.x!r})"
table = {i: [Point(i)] * 2 for i in range(50)}
letters = sorted(set("hello world"), key=str.upper)
try:
    {}["missing"]
except KeyError as e:
    text = repr(e)
print(len(table), letters[:3], text, sys.getrefcount(table), gc.collect())
`;

const cacheFile = (bundle: string) => `${bundle}.v8cache`;
/**
 * The cache starts with the size and modification time of the bundle it was made for (V8 itself checks only the
 * source's length): a stat, where hashing the bundle cost a crypto module's load and a pass over a megabyte.
 */
function bundleStamp(bundle: string): Buffer {
  const { size, mtimeMs } = statSync(bundle);
  return Buffer.from(new Float64Array([size, mtimeMs]).buffer);
}
const STAMP_BYTES = 16;

export interface LoadedBundle {
  exports: unknown;
  script: Script;
}

/**
 * What require(bundle) would return, with the code cache made for this very bundle when there is one. The file is
 * CommonJS already inside the wrapper Node's loader puts around a module (scripts/run-cli.mjs writes it so): wrapped
 * here at each start, its 700 KB cost V8 a flattening copy of the string (3.5 ms).
 */
export function loadBundle(bundle: string): LoadedBundle {
  // esbuild writes ASCII (its default charset escapes the rest): latin1 is a copy, utf8 a decode.
  const source = readFileSync(bundle, 'latin1');
  let cachedData: Buffer | undefined;
  try {
    const cache = readFileSync(cacheFile(bundle));
    if (cache.subarray(0, STAMP_BYTES).equals(bundleStamp(bundle))) cachedData = cache.subarray(STAMP_BYTES);
  } catch {
    // No cache yet: the bundle compiles as require would compile it.
  }
  const script = new Script(source, { filename: bundle, cachedData });
  const moduleFunction = script.runInThisContext() as unknown;
  if (typeof moduleFunction !== 'function') throw new Error(`${bundle}: not a bundle scripts/run-cli.mjs wrote (no module wrapper)`);
  const module = { exports: {} };
  moduleFunction(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script };
}

/** Writes the code V8 has compiled for the bundle so far (through a temporary name: readers never see half). */
export function writeCodeCache(bundle: string, loaded: LoadedBundle): void {
  const tmp = `${cacheFile(bundle)}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([bundleStamp(bundle), loaded.script.createCachedData()]));
  renameSync(tmp, cacheFile(bundle));
}
