// Capacity bookkeeping for list growth: CPython 3.11's list_resize (dict tables: dictKeys.ts).

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
