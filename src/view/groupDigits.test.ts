import { describe, expect, it } from 'vitest';
import { groupDigits } from './groupDigits';

describe('groupDigits', () => {
  it("writes integers as toLocaleString('en-US') does", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_004, 20_000_000, -1, -1234, -987_654_321, Number.MAX_SAFE_INTEGER]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
