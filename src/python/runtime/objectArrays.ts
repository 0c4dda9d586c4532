// Arrays of object references created with V8's generic elements kind from the start. An empty `[]` starts as a
// small-integer array and changes kind on its first object, so frames' stacks and locals would reach the eval loop
// with different hidden classes and deoptimize its compiled code ("not a Smi", "wrong map").

/** An empty array whose elements kind already holds objects. */
export function emptyObjectArray<T>(): T[] {
  const a: (T | null)[] = [null];
  a.pop();
  return a as T[];
}

/** An array of n nulls, with the same elements kind as emptyObjectArray's (packed, never holey). */
export function nullArray<T>(n: number): (T | null)[] {
  const a = emptyObjectArray<T | null>();
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}

/**
 * items[start..end) as a new array of emptyObjectArray's kind: a call's arguments copied off the value stack. Up to
 * three items an array literal (16 ns for two in a micro-benchmark, against 55 for the push loop, which grows the
 * array's store on its second push); past that a copy loop rather than slice, which took half of a call to a
 * builtin method (`d.get(k, 0)`) in a CPU profile.
 */
export function copyRange<T>(items: readonly (T | null)[], start: number, end: number): T[] {
  switch (end - start) {
    case 1: return [items[start]!];
    case 2: return [items[start]!, items[start + 1]!];
    case 3: return [items[start]!, items[start + 1]!, items[start + 2]!];
  }
  const copy = emptyObjectArray<T>();
  for (let i = start; i < end; i++) copy.push(items[i]!);
  return copy;
}
