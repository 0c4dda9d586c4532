// The picture checks the tests rely on must find what they look for: an arrow through a third box, overlapping boxes.
import { describe, expect, it } from 'vitest';
import { arrowsUnderBoxes, overlappingBoxes } from './geometry';
import type { GraphLayout } from './model';

const box = (key: string, x: number, y: number, width = 100, height = 40) => ({ key, x, y, width, height, kind: 'object' });
const edge = (key: string, fromKey: string, toKey: string, points: [number, number][]) => ({ key, fromKey, toKey, rowIndex: 0, weak: false, points });
const layoutOf = (boxes: ReturnType<typeof box>[], edges: ReturnType<typeof edge>[]) =>
  ({ boxes, edges, width: 1000, height: 1000, garbageTop: null, omitted: 0 }) as unknown as GraphLayout;

describe('arrowsUnderBoxes', () => {
  const boxes = [box('a', 0, 0), box('b', 0, 600), box('c', 400, 0), box('d', 400, 300), box('e', 400, 600)];

  it('finds an arrow whose route crosses a box that is neither of its ends', () => {
    // a's row to c, then down the column where d stands, to e.
    const layout = layoutOf(boxes, [edge('a:0', 'a', 'e', [[90, 20], [450, 20], [450, 620]])]);
    expect(arrowsUnderBoxes(layout)).toEqual([{ edge: 'a:0', box: 'c' }]);
  });

  it('reports the first box along the route when several lie on it', () => {
    const layout = layoutOf(boxes, [edge('b:0', 'b', 'a', [[90, 620], [450, 620], [450, 20], [100, 20]])]);
    expect(arrowsUnderBoxes(layout)).toEqual([{ edge: 'b:0', box: 'e' }]);
  });

  it('passes a route that only runs through its own two boxes and empty space', () => {
    const layout = layoutOf(boxes, [
      edge('a:0', 'a', 'c', [[90, 20], [400, 20]]),
      edge('b:0', 'b', 'd', [[90, 620], [250, 620], [250, 320], [400, 320]]),
    ]);
    expect(arrowsUnderBoxes(layout)).toEqual([]);
  });
});

describe('overlappingBoxes', () => {
  it('finds the pairs that overlap and only those', () => {
    expect(overlappingBoxes([box('a', 0, 0), box('b', 50, 20), box('c', 200, 0), box('d', 0, 41)])).toEqual([['a', 'b'], ['d', 'b']]);
  });
});
