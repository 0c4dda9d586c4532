// The text alternative of the graph: frames, variables, the objects drawn, their counts, in words.

import type { Snapshot } from '../../python/snapshot';
import type { GraphLayout, ObjectBox } from '../../view/model';

export function describeGraph(snap: Snapshot, layout: GraphLayout): string {
  const boxes = layout.boxes.filter((b): b is ObjectBox => b.kind === 'object');
  const byId = new Map(boxes.map((b) => [b.objectId, b]));
  const name = (id: number) => {
    const b = byId.get(id);
    return b ? b.title : null;
  };
  const parts: string[] = [`Step ${snap.step}${snap.line ? `, line ${snap.line}` : ''}.`];
  for (const f of layout.boxes) {
    if (f.kind !== 'frame') continue;
    const vars = f.rows.map((r) => `${r.label} ${r.value !== null ? `= ${r.value}` : `refers to ${r.targetId !== null ? name(r.targetId) ?? 'an object' : 'nothing'}`}`);
    parts.push(`Frame ${f.isModule ? 'global' : f.title}: ${vars.length ? vars.join('; ') : 'no variables'}.`);
  }
  for (const b of boxes) {
    parts.push(`${b.title}: refcount ${b.refcount}, ${b.size} bytes${b.state === 'unreachable' ? ', unreachable garbage' : ''}.`);
  }
  return parts.join(' ');
}
