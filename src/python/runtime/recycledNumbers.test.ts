// Freed ints and floats lend their JS objects to the next new ones (Heap.recycled): the revived object must be
// indistinguishable from a new one (count, flags, id, free-list kind), and shared or live objects never go there.
import { describe, expect, it } from 'vitest';
import { Heap, activeHeap, decref, setActiveHeap } from './heap';
import { newFloat, newInt } from './factory';
import { RecycleKind } from './object';

function withFreshHeap(body: (heap: Heap) => void): void {
  const previous = activeHeap();
  const heap = new Heap();
  setActiveHeap(heap);
  try {
    body(heap);
  } finally {
    setActiveHeap(previous);
  }
}

describe('recycled numbers', () => {
  it('gives a freed int object to the next int, alive with a count of 1, a new id and the new value', () => {
    withFreshHeap((heap) => {
      const first = newInt(1000);
      const firstId = first.id;
      decref(first);
      expect(first.alive).toBe(false);
      expect(heap.recycled[RecycleKind.Int]).toContain(first);
      const second = newInt(2000);
      expect(second).toBe(first);
      expect(second.value).toBe(2000);
      expect(second.refcount).toBe(1);
      expect(second.alive).toBe(true);
      expect(second.id).not.toBe(firstId);
      expect(heap.liveObjects).toBe(1);
    });
  });

  it('revives a float with no free-list kind left from its last life', () => {
    withFreshHeap((heap) => {
      const first = newFloat(1.5);
      decref(first);
      heap.countingAllocations = false;
      const second = newFloat(2.5);
      expect(second).toBe(first);
      expect(second.value).toBe(2.5);
      expect(second.gcAllocation).toBe(null);
    });
  });

  it('keeps shared small ints and live ints out of the pool, and at most 64 objects of a kind', () => {
    withFreshHeap((heap) => {
      decref(newInt(5));
      expect(heap.recycled[RecycleKind.Int]).toHaveLength(0);
      const live = newInt(123456);
      const many = Array.from({ length: 100 }, (_, i) => newInt(10_000 + i));
      for (const o of many) decref(o);
      expect(heap.recycled[RecycleKind.Int]).toHaveLength(64);
      expect(heap.recycled[RecycleKind.Int]).not.toContain(live);
      expect(live.value).toBe(123456);
    });
  });
});
