// cloneGraph: the copy a checkpoint keeps has the original's prototypes, fields and cycles, and shares nothing the
// run can change.
import { describe, expect, it } from 'vitest';
import { cloneGraph } from './graphClone';

class Wide {
  next: Wide | null = null;
  readonly items: number[] = [1, 2];
  // More fields than V8 lets keyed stores add to a fast object: a frame, a dict or a str has this many.
  f0 = 0; f1 = 1; f2 = 2; f3 = 3; f4 = 4; f5 = 5; f6 = 6; f7 = 7; f8 = 8; f9 = 9;
  f10 = 10; f11 = 11; f12 = 12; f13 = 13; f14 = 14; f15 = 15; f16 = 16; f17 = 17;
  sum(): number {
    return this.f0 + this.f17 + this.items.length;
  }
}

describe('cloneGraph', () => {
  it('copies class instances with their prototype, every field and their cycles', () => {
    const a = new Wide();
    const b = new Wide();
    a.next = b;
    b.next = a;
    b.f17 = 170;
    const { copy, slots } = cloneGraph(a, () => false);
    expect(copy).not.toBe(a);
    expect(copy).toBeInstanceOf(Wide);
    expect(Object.keys(copy)).toEqual(Object.keys(a));
    expect(copy.next).toBeInstanceOf(Wide);
    expect(copy.next).not.toBe(b);
    expect(copy.next!.next).toBe(copy);
    expect(copy.next!.sum()).toBe(172);
    expect(copy.items).not.toBe(a.items);
    expect(slots).toBeGreaterThan(2 * 20);
  });

  it('leaves the original alone when the copy changes', () => {
    const a = new Wide();
    const { copy } = cloneGraph(a, () => false);
    copy.f16 = -1;
    copy.items.push(3);
    expect(a.f16).toBe(16);
    expect(a.items).toEqual([1, 2]);
  });

  it('shares what keep names and frozen objects', () => {
    const shared = { kind: 'shared' };
    const table = Object.freeze({ x: 1 });
    const root = { shared, table, own: { y: 2 } };
    const { copy } = cloneGraph(root, (o) => o === shared);
    expect(copy.shared).toBe(shared);
    expect(copy.table).toBe(table);
    expect(copy.own).not.toBe(root.own);
    expect(copy.own).toEqual({ y: 2 });
  });
});
