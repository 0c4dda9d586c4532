// Per-instruction inline caches, in the spirit of CPython 3.11's specialization: what a LOAD_GLOBAL, LOAD_NAME,
// LOAD_ATTR, STORE_ATTR or LOAD_METHOD found last time, valid while the tags it was found under still hold
// (the dicts' key sets, see PyDict.keysVersion; the types' attributes, see typeVersion.ts).

export class InlineCaches {
  /** Per instruction: the version tags the cached result depends on (-1: nothing cached). */
  readonly tag: Float64Array;
  readonly tag2: Float64Array;
  /** Per instruction: the dict entry found (names), or the type the result holds for (attributes). */
  readonly ref: unknown[];
  /** Per instruction: LOAD_METHOD's method, or the globals dict a name's entry was found for. */
  readonly ref2: unknown[];

  constructor(instructions: number) {
    this.tag = new Float64Array(instructions).fill(-1);
    this.tag2 = new Float64Array(instructions).fill(-1);
    this.ref = new Array<unknown>(instructions).fill(null);
    this.ref2 = new Array<unknown>(instructions).fill(null);
  }
}

let lastKeysVersion = 0;

/** A version no dict has had: a dict takes a new one when made and whenever a key is added or removed. */
export function nextKeysVersion(): number {
  return ++lastKeysVersion;
}
