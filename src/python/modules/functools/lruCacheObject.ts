// functools._lru_cache_wrapper's object (CPython's lru_cache_object): the cached function, its cache dict,
// the hit/miss counters, and for a bounded cache the links (functools._lru_list_elem) in recency order.

import type { MapKey } from '../../runtime/mapKey';
import { PyObject, PyGcObject } from '../../runtime/object';
import type { PyDict } from '../../runtime/dict';
import type { PyType } from '../../runtime/types';
import { decref } from '../../runtime/heap';

/** sizeof(lru_cache_object) with its GC header. */
export const LRU_CACHE_SIZE = 168;

/**
 * A bounded cache's entry: the cache dict maps the key to it, and the recency list holds the other
 * reference to it (CPython's links are not gc objects; the wrapper's tp_traverse visits their key and result).
 */
export class PyLruLink extends PyObject {
  constructor(type: PyType, public key: PyObject | null, public result: PyObject | null, public hash: MapKey) {
    super(type);
  }

  traverse(visit: (target: PyObject, label: string) => void): void {
    if (this.key) visit(this.key, 'key');
    if (this.result) visit(this.result, 'result');
  }

  clear(release: (target: PyObject) => void): void {
    const { key, result } = this;
    this.key = this.result = null;
    if (key) release(key);
    if (result) release(result);
  }
}

/** Which of the C wrapper functions calls go to, decided by maxsize when the wrapper is made. */
export const enum CacheKind { Uncached, Infinite, Bounded }

export class PyLruCache extends PyGcObject {
  /** The links of a bounded cache, least recently used first (a Set keeps insertion order; re-adding moves to the end). */
  readonly recency = new Set<PyLruLink>();
  hits = 0;
  misses = 0;
  /** The instance __dict__ (update_wrapper's attributes), made on first use. */
  dict: PyDict | null = null;

  constructor(
    type: PyType,
    public func: PyObject | null,
    public cache: PyDict | null,
    public kwdMark: PyObject | null,
    public cacheInfoType: PyObject | null,
    readonly kind: CacheKind,
    /** -1 for an unbounded cache. */
    readonly maxsize: number,
    readonly typed: boolean,
  ) {
    super(type);
  }

  override get isGcType(): boolean {
    return true;
  }

  /** Detaches the recency list (lru_cache_unlink_list); the caller releases the links afterwards. */
  unlinkList(): PyLruLink[] {
    const links = [...this.recency];
    this.recency.clear();
    return links;
  }

  traverse(visit: (target: PyObject, label: string) => void): void {
    for (const link of this.recency) visit(link, 'lru link');
    if (this.cache) visit(this.cache, 'cache');
    if (this.func) visit(this.func, 'func');
    if (this.kwdMark) visit(this.kwdMark, 'kwd_mark');
    if (this.cacheInfoType) visit(this.cacheInfoType, 'cache_info_type');
    if (this.dict) visit(this.dict, '__dict__');
  }

  /** What lru_cache_tp_traverse visits through the links, which are not gc objects themselves. */
  override traverseHidden(visit: (target: PyObject) => void): void {
    for (const link of this.recency) {
      if (link.key) visit(link.key);
      if (link.result) visit(link.result);
    }
  }

  /** lru_cache_tp_clear: the list is unlinked first, the links released last. */
  clear(release: (target: PyObject) => void): void {
    const links = this.unlinkList();
    const refs = [this.cache, this.func, this.kwdMark, this.cacheInfoType, this.dict];
    this.cache = this.func = this.kwdMark = this.cacheInfoType = this.dict = null;
    for (const r of refs) if (r) release(r);
    for (const link of links) release(link);
  }
}

/** Releases detached links in order (lru_cache_clear_list). */
export function releaseLinks(links: PyLruLink[]): void {
  for (const link of links) decref(link);
}
