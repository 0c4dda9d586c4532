// The layout is a pure function: frames on the left, objects by distance, inline scalars, stable positions.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../python/interpreter';
import { layoutSnapshot } from './layout';

function snapshotAt(source: string, line: number) {
  const interp = new Interpreter(source);
  while (interp.snapshot().line !== line && interp.step() === 'paused');
  return interp.snapshot();
}

describe('layoutSnapshot', () => {
  it('draws a shared list once, with an arrow from each name', () => {
    const snap = snapshotAt('a = [1, 2]\nb = a\nc = 0\n', 3);
    const layout = layoutSnapshot(snap, { showShared: false });
    const lists = layout.objects.filter((o) => o.object.type === 'list');
    expect(lists).toHaveLength(1);
    expect(layout.edges.filter((e) => e.toId === lists[0].object.id)).toHaveLength(2);
    expect(lists[0].rows.map((r) => r.inline)).toEqual(['1', '2']);
  });

  it('places objects to the right of the frames, deeper objects further right', () => {
    const snap = snapshotAt('outer = [[1]]\nx = 0\n', 2);
    const layout = layoutSnapshot(snap, { showShared: false });
    const [outer, inner] = layout.objects;
    expect(outer.x).toBeGreaterThan(layout.frames[0].width);
    expect(inner.x).toBeGreaterThan(outer.x);
  });

  it('shows small ints as boxes only when shared objects are switched on', () => {
    const snap = snapshotAt('a = [1, 2]\nx = 0\n', 2);
    expect(layoutSnapshot(snap, { showShared: true }).objects.map((o) => o.object.type)).toContain('int');
    expect(layoutSnapshot(snap, { showShared: false }).objects.map((o) => o.object.type)).not.toContain('int');
  });

  it('draws a deleted class waiting for the collector as one box, its dict, mro and descriptors inside it', () => {
    const snap = snapshotAt('class Node:\n    def m(self):\n        pass\ndel Node\nx = 0\n', 5);
    const garbage = snap.objects.filter((o) => o.state === 'unreachable' && o.type !== 'str');
    // The class is a cycle (the mro tuple and the descriptors hold it): it waits for gc with its parts.
    expect(garbage.map((o) => o.type).sort()).toEqual(['dict', 'function', 'getset_descriptor', 'getset_descriptor', 'tuple', 'tuple', 'type']);
    const drawn = layoutSnapshot(snap, { showShared: false }).objects.filter((o) => o.object.state === 'unreachable');
    expect(drawn.map((o) => o.object.type)).toEqual(['type']);
  });

  it('titles a class body frame `class Name` and lists its namespace', () => {
    const snap = snapshotAt('class Node:\n    count = 0\n    def m(self):\n        pass\nx = 0\n', 3);
    const layout = layoutSnapshot(snap, { showShared: false });
    expect(layout.frames.map((f) => f.title)).toEqual(['Global frame', 'class Node']);
    expect(layout.frames[1].rows.map((r) => [r.label, r.inline])).toEqual([['count', '0']]);
  });

  it('keeps an object where it was in the previous step', () => {
    const snap = snapshotAt('a = []\nb = []\nx = 0\n', 3);
    const id = snap.objects.find((o) => o.type === 'list')!.id;
    const layout = layoutSnapshot(snap, { showShared: false, previous: new Map([[id, { x: 500, y: 300 }]]) });
    expect(layout.objects.find((o) => o.object.id === id)).toMatchObject({ x: 500, y: 300 });
  });

  it('puts a leaked cycle in its own column, marked unreachable', () => {
    const snap = snapshotAt('a = []\nb = [a]\na.append(b)\ndel a, b\nx = 0\n', 5);
    const layout = layoutSnapshot(snap, { showShared: false });
    expect(layout.objects.map((o) => o.object.state)).toEqual(['unreachable', 'unreachable']);
  });
});
