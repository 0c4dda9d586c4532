// unicodedata.category(), east_asian_width(), combining(), bidirectional(), mirrored() and numeric(): a code point's
// value, found by binary search in the generated runs (decoded on first use).

import {
  BIDIRECTIONAL_RUNS, BIDIRECTIONAL_VALUES, CATEGORY_RUNS, CATEGORY_VALUES, COMBINING_RUNS, COMBINING_VALUES,
  EAST_ASIAN_WIDTH_RUNS, EAST_ASIAN_WIDTH_VALUES, MIRRORED_RUNS, MIRRORED_VALUES, NUMERIC_RUNS,
} from './propertyTables';

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

/** A property's lookup over its generated runs, decoded on first use. */
function runProperty<V>(runs: string, values: readonly V[]): (cp: number) => V {
  let table: RunTable | null = null;
  return (cp) => values[lookup((table ??= decode(runs)), cp)];
}

export const categoryOf = runProperty(CATEGORY_RUNS, CATEGORY_VALUES);
export const eastAsianWidthOf = runProperty(EAST_ASIAN_WIDTH_RUNS, EAST_ASIAN_WIDTH_VALUES);
export const combiningOf = runProperty(COMBINING_RUNS, COMBINING_VALUES);
export const bidirectionalOf = runProperty(BIDIRECTIONAL_RUNS, BIDIRECTIONAL_VALUES);
export const mirroredOf = runProperty(MIRRORED_RUNS, MIRRORED_VALUES);

/** Runs of code points with numeric values: the first code point, how many, the first one's value (+1 each). */
let numericRuns: { starts: Int32Array; counts: Int32Array; values: Float64Array } | null = null;

/** unicodedata.numeric()'s value of a code point, or undefined. */
export function numericOf(cp: number): number | undefined {
  if (!numericRuns) {
    const runs = NUMERIC_RUNS.split(';').map((run) => run.split(','));
    numericRuns = {
      starts: Int32Array.from(runs, (r) => parseInt(r[0], 36)),
      counts: Int32Array.from(runs, (r) => parseInt(r[1], 36)),
      values: Float64Array.from(runs, (r) => parseFloat(r[2])),
    };
  }
  const { starts, counts, values } = numericRuns;
  let lo = 0;
  let hi = starts.length - 1;
  if (cp < starts[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  const offset = cp - starts[lo];
  return offset < counts[lo] ? values[lo] + offset : undefined;
}
