// Capacity bookkeeping for container growth: CPython 3.11's list_resize, and dict table sizes for the memory limit.

/**
 * The `allocated` a list has after resizing from `oldSize` items to `newSize` (Objects/listobject.c list_resize):
 * no reallocation while allocated/2 <= newSize <= allocated; otherwise grow by ~1/8 plus 6, rounded to 4.
 */
export function listResize(allocated: number, oldSize: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  let next = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - oldSize > next - newSize) next = (newSize + 3) & ~3;
  if (newSize === 0) next = 0;
  return next;
}

/**
 * The bytes the heap counts for a dict holding `n` entries: CPython's combined table, the smallest power of two
 * (at least 8) whose usable two thirds hold them, with 24-byte entries (string-keyed dicts use 16: counting 24
 * keeps the limit on the safe side). Changes only when the table grows.
 */
export function dictTableBytes(n: number): number {
  if (n === 0) return 64;
  let size = Math.max(8, 2 ** Math.ceil(Math.log2(Math.ceil((n * 3) / 2))));
  while (Math.floor((size * 2) / 3) < n) size *= 2;
  return 96 + size + Math.floor((size * 2) / 3) * 24;
}
