// A collection replayed on the graph, phase by phase: what each phase of CPython's collector marks on the boxes.

import type { GcEventDetail } from '../../python/gc/events';
import type { GraphLayout, ObjectBox } from '../../view/model';
import type { GcDecoration } from './renderer';

/** How long each phase stays on screen (six phases: about two seconds). */
export const PHASE_MS = 340;

/** The decoration of phase `index` of a collection, limited to the boxes `layout` draws. */
export function phaseDecoration(detail: GcEventDetail, index: number, layout: GraphLayout): GcDecoration {
  const drawn = new Set(layout.boxes.filter((b): b is ObjectBox => b.kind === 'object').map((b) => b.objectId));
  const only = (ids: readonly number[]) => new Set(ids.filter((id) => drawn.has(id)));
  const phases = detail.phases;
  const phase = phases[index];
  const examined = only(detail.examinedIds);
  const unreachable = index >= 2 ? only(phases[2]?.objectIds ?? []) : new Set<number>();
  const gcRefs = index === 0 ? phases[0]?.gcRefs ?? null : index <= 2 ? phases[1]?.gcRefs ?? null : null;
  const acted = index >= 3 ? only(phase?.objectIds ?? []) : new Set<number>();
  return { phase: phase?.name ?? '', examined, gcRefs, unreachable, acted };
}

/** How many of a phase's objects the picture draws, for the panel ("704 objects, 3 drawn"). */
export function drawnCount(ids: readonly number[], layout: GraphLayout): number {
  const drawn = new Set(layout.boxes.filter((b): b is ObjectBox => b.kind === 'object').map((b) => b.objectId));
  return ids.filter((id) => drawn.has(id)).length;
}
