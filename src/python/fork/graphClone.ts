// A deep copy of a JS object graph (an interpreter's whole state) that keeps prototypes, cycles and shared
// objects: what time travel forks to keep a checkpoint. Functions and whatever `keep` says are not copied.

/** State a copy cannot take: a suspended JS generator (a native operation waiting on a Python callee), an iterator. */
export class NotForkable extends Error {
  constructor(readonly what: string) {
    super(`cannot fork: ${what}`);
  }
}

/** Side tables kept outside the objects they describe: a fork copies their entries for the copied keys. */
const sideTables: WeakMap<object, unknown>[] = [];

/** A WeakMap keyed by interpreter objects whose entries belong to the key's state (a random generator's words). */
export function forkableWeakMap<K extends object, V>(): WeakMap<K, V> {
  const map = new WeakMap<K, V>();
  sideTables.push(map as WeakMap<object, unknown>);
  return map;
}

export interface CloneResult<T> {
  readonly copy: T;
  /** Object properties, array elements and map entries copied: a measure of the copy's memory. */
  readonly slots: number;
}

const TYPED_TAGS = new Set([
  '[object Int8Array]', '[object Uint8Array]', '[object Uint8ClampedArray]', '[object Int16Array]', '[object Uint16Array]',
  '[object Int32Array]', '[object Uint32Array]', '[object Float32Array]', '[object Float64Array]', '[object BigInt64Array]',
  '[object BigUint64Array]',
]);

const toTag = Object.prototype.toString;

/**
 * Copies everything reachable from `root` except functions, frozen objects, and objects `keep` returns true
 * for (they are shared by reference). Iterative, so a long linked structure costs no JS stack. Throws NotForkable.
 */
export function cloneGraph<T extends object>(root: T, keep: (o: object) => boolean): CloneResult<T> {
  const copies = new Map<object, object>();
  const pending: object[] = [];
  let slots = 0;

  const copyOf = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const known = copies.get(v);
    if (known !== undefined) return known;
    // Frozen objects are constants (tables compared by identity): shared, as functions are.
    if (keep(v) || Object.isFrozen(v)) return v;
    let copy: object;
    if (Array.isArray(v)) {
      const proto = Object.getPrototypeOf(v);
      // slice keeps V8's elements kind (a frame's packed stack stays packed): the eval loop's compiled code
      // then meets a fork's arrays with the hidden classes it was compiled for. Elements are replaced below.
      if (proto === Array.prototype) copy = (v as unknown[]).slice();
      else {
        copy = new Array(v.length);
        Object.setPrototypeOf(copy, proto);
      }
    } else if (v instanceof Map) copy = new Map();
    else if (v instanceof Set) copy = new Set();
    else {
      const tag = toTag.call(v);
      if (tag === '[object Object]' || tag === '[object Error]') {
        // A spread copies the fields in one fast step (V8's CloneObjectIC), and the prototype set after it is a
        // map transition V8 caches: copies of one class share a fast map. Field values are replaced below.
        copy = { ...v };
        Object.setPrototypeOf(copy, Object.getPrototypeOf(v));
      }
      else if (TYPED_TAGS.has(tag)) {
        // A typed array on a SharedArrayBuffer is a channel to another thread (an interrupt flag): kept.
        const view = v as unknown as Uint8Array;
        if (typeof SharedArrayBuffer !== 'undefined' && view.buffer instanceof SharedArrayBuffer) return v;
        copy = view.slice();
        copies.set(v, copy);
        slots += view.length >> 3;
        return copy;
      } else if (tag === '[object Date]' || tag === '[object RegExp]') return v;
      else throw new NotForkable(tag);
    }
    copies.set(v, copy);
    pending.push(v);
    return copy;
  };

  const rootCopy = copyOf(root) as T;
  while (pending.length > 0) {
    const from = pending.pop()!;
    const to = copies.get(from)!;
    if (Array.isArray(from)) {
      const arr = to as unknown[];
      for (let i = 0; i < from.length; i++) arr[i] = copyOf(from[i]);
      slots += from.length;
    } else if (from instanceof Map) {
      const map = to as Map<unknown, unknown>;
      for (const [k, val] of from) map.set(copyOf(k), copyOf(val));
      slots += 2 * from.size;
    } else if (from instanceof Set) {
      const set = to as Set<unknown>;
      for (const k of from) set.add(copyOf(k));
      slots += from.size;
    } else {
      const src = from as Record<string, unknown>;
      const dst = to as Record<string, unknown>;
      const keys = Object.keys(src);
      for (let i = 0; i < keys.length; i++) dst[keys[i]] = copyOf(src[keys[i]]);
      // An Error's message and stack are own but not enumerable.
      if (from instanceof Error) for (const k of ['message', 'stack'] as const) if (Object.hasOwn(from, k)) dst[k] = src[k];
      slots += keys.length + 1;
    }
    for (const table of sideTables) {
      const entry = table.get(from);
      if (entry !== undefined) table.set(to, copyOf(entry));
    }
  }
  return { copy: rootCopy, slots };
}
