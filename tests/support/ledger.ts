// The ledger invariant shared by the corpus and property tests: refcounts equal the references a snapshot shows.
import type { Snapshot } from '../../src/python/snapshot';

/** Returns a description of every mismatch between counted references and refcounts. */
export function ledgerMismatches(snap: Snapshot): string[] {
  const counted = new Map<number, number>();
  const add = (id: number) => counted.set(id, (counted.get(id) ?? 0) + 1);
  for (const f of snap.frames) for (const r of f.references) add(r.targetId);
  for (const r of snap.roots) add(r.targetId);
  for (const o of snap.objects) for (const r of o.references) if (!r.weak) add(r.targetId);
  const freed = new Set(snap.freedIds);
  const problems: string[] = [];
  for (const o of snap.objects) {
    if (o.immortal) continue;
    const n = counted.get(o.id) ?? 0;
    if (n !== o.refcount) problems.push(`${o.type} #${o.id} ${o.repr}: refcount ${o.refcount}, references found ${n}`);
  }
  // The live ids are gathered only when a counted id was freed once (ids are not reused, so almost never).
  let live: Set<number> | null = null;
  for (const id of counted.keys()) {
    if (!freed.has(id)) continue;
    live ??= new Set(snap.objects.map((o) => o.id));
    if (!live.has(id)) problems.push(`a reference to freed object #${id}`);
  }
  return problems;
}
