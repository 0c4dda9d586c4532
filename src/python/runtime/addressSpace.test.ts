import { describe, expect, it } from 'vitest';
import { AddressSpace } from './addressSpace';

describe('AddressSpace.realloc', () => {
  it('keeps a pool block while its size class holds the new size (pymalloc_realloc)', () => {
    const space = new AddressSpace();
    const block = space.place(50, null); // the 64-byte class
    expect(space.realloc(block, 50, 64)).toBe(block);
    // Shrinking keeps the block unless a quarter of it could be shaved off.
    expect(space.realloc(block, 64, 49)).toBe(block);
    expect(space.realloc(block, 64, 48)).not.toBe(block);
  });

  it('moves a pool block that outgrows its class, taking the new block before freeing the old one', () => {
    const space = new AddressSpace();
    const block = space.place(64, null);
    const moved = space.realloc(block, 64, 65);
    expect(moved).not.toBe(block);
    // The old block went back to its class: the next 64-byte object gets it.
    expect(space.place(60, null)).toBe(block);
  });

  it('moves a pool block past 512 bytes to a malloc block, which then grows in place while it is the last one carved', () => {
    const space = new AddressSpace();
    const block = space.place(512, null);
    const big = space.realloc(block, 512, 513);
    expect(big).toBeLessThan(0);
    expect(space.realloc(big, 513, 4000)).toBe(big);
    // Once another big block is carved after it, growing it moves it.
    const other = space.place(1000, null);
    expect(other).toBeLessThan(0);
    const movedAgain = space.realloc(big, 4000, 5000);
    expect(movedAgain).not.toBe(big);
    expect(space.realloc(movedAgain, 5000, 4990)).toBe(movedAgain);
  });
});
