// The collector's state: enabled or not, generation counts and thresholds, and the last collection phase by phase.

import { usePlayground } from '../context';

const PHASE_TEXT: Record<string, string> = {
  update_refs: 'copy refcounts into gc_refs',
  subtract_refs: 'subtract references from inside the generation',
  move_unreachable: 'mark what the roots reach; the rest is unreachable',
  handle_weakrefs: 'clear weak references to the garbage',
  finalize_garbage: 'run __del__ finalizers',
  delete_garbage: 'break the cycles and free',
};

export function GcPanel() {
  const gc = usePlayground((s) => s.snapshot?.gc ?? null);
  if (!gc) return null;
  const last = gc.collections[gc.collections.length - 1];
  return (
    <section className="gc-panel" aria-label="Garbage collector">
      <p>
        Automatic collection is <strong data-testid="gc-enabled">{gc.enabled ? 'on' : 'off'}</strong> · counts {gc.counts.join(', ')} · thresholds {gc.thresholds.join(', ')} · {gc.collections.length} collection{gc.collections.length === 1 ? '' : 's'} so far
      </p>
      {last && (
        <ol className="gc-phases">
          {last.phases.map((p) => (
            <li key={p.name}><code>{p.name}</code>: {PHASE_TEXT[p.name]} ({p.objectIds.length})</li>
          ))}
        </ol>
      )}
    </section>
  );
}
