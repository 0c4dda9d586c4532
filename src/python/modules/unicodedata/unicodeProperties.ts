// unicodedata.category() and east_asian_width(): a code point's value, found by binary search in the generated
// runs (decoded on first use).

import { CATEGORY_RUNS, CATEGORY_VALUES, EAST_ASIAN_WIDTH_RUNS, EAST_ASIAN_WIDTH_VALUES } from './propertyTables';

interface RunTable {
  /** The first code point of each run. */
  readonly starts: Int32Array;
  /** Each run's index into the table's values. */
  readonly values: Uint8Array;
}

function decode(runs: string): RunTable {
  const numbers = runs.split(',').map((n) => parseInt(n, 36));
  const count = numbers.length / 2;
  const starts = new Int32Array(count);
  const values = new Uint8Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    at += numbers[2 * i];
    values[i] = numbers[2 * i + 1];
  }
  return { starts, values };
}

function lookup(table: RunTable, cp: number): number {
  let lo = 0;
  let hi = table.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return table.values[lo];
}

let categories: RunTable | null = null;
let widths: RunTable | null = null;

export function categoryOf(cp: number): string {
  categories ??= decode(CATEGORY_RUNS);
  return CATEGORY_VALUES[lookup(categories, cp)];
}

export function eastAsianWidthOf(cp: number): string {
  widths ??= decode(EAST_ASIAN_WIDTH_RUNS);
  return EAST_ASIAN_WIDTH_VALUES[lookup(widths, cp)];
}
