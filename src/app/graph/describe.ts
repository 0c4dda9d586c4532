// The text alternative of the graph: frames, variables, objects, references and counts in words.

import type { Snapshot } from '../../python/snapshot';

export function describeGraph(snap: Snapshot): string {
  const byId = new Map(snap.objects.map((o) => [o.id, o]));
  const parts: string[] = [`Step ${snap.step}${snap.line ? `, line ${snap.line}` : ''}.`];
  for (const f of snap.frames) {
    const vars = f.variables.map((v) => {
      const o = byId.get(v.targetId);
      return `${v.label} refers to ${o ? `${o.type} ${o.value ?? `#${o.id}`}` : 'an object'}`;
    });
    parts.push(`Frame ${f.name}: ${vars.length ? vars.join('; ') : 'no variables'}.`);
  }
  const heap = snap.objects.filter((o) => !o.immortal && !['int', 'str', 'float', 'bool', 'NoneType'].includes(o.type));
  for (const o of heap) parts.push(`${o.type} #${o.id}: refcount ${o.refcount}, ${o.size} bytes${o.state === 'unreachable' ? ', unreachable garbage' : ''}.`);
  return parts.join(' ');
}
