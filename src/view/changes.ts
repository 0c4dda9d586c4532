// What a step did to memory: objects created and freed, refcounts up or down (the diff of two snapshots).

import type { Snapshot } from '../python/snapshot';
import type { StepChanges } from './model';

/**
 * The changes from `before` to `after` (consecutive steps). Objects are new if their ids were not yet
 * handed out before (ids are sequential); `freed` is what the interpreter freed during the step, as known
 * to the caller, limited to objects `before` described.
 */
export function stepChanges(before: Snapshot | null, after: Snapshot, freedIds: readonly number[]): StepChanges {
  if (!before) return { created: [], freed: [], refDeltas: {} };
  const previous = new Map(before.objects.map((o) => [o.id, o]));
  const created: number[] = [];
  const refDeltas: Record<number, number> = {};
  for (const o of after.objects) {
    if (o.immortal) continue;
    if (o.id >= before.nextId) {
      created.push(o.id);
      continue;
    }
    const was = previous.get(o.id);
    if (was && was.refcount !== o.refcount) refDeltas[o.id] = o.refcount - was.refcount;
  }
  const freed: { id: number; type: string }[] = [];
  for (const id of freedIds) {
    const was = previous.get(id);
    if (was) freed.push({ id, type: was.type });
  }
  return { created, freed, refDeltas };
}
