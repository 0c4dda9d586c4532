// The collector's state, and after each collection a replay of CPython's phases, one at a time.

import { useEffect, useState } from 'react';
import { usePlayground } from '../context';
import { t, type StringKey } from '../i18n';

const PHASE_MS = 700;

export function GcPanel() {
  const gc = usePlayground((s) => s.snapshot?.gc ?? null);
  const lang = usePlayground((s) => s.lang);
  const reducedMotion = typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  const count = gc?.collections.length ?? 0;
  const last = gc?.collections[count - 1];
  const [phase, setPhase] = useState(-1);

  // Walk through the phases of a new collection: the current phase is highlighted here and in the graph.
  useEffect(() => {
    if (!last || last.reason === 'threshold' || reducedMotion) {
      setPhase(-1);
      return;
    }
    setPhase(0);
    let i = 0;
    const timer = setInterval(() => {
      i++;
      if (i >= last.phases.length) {
        clearInterval(timer);
        setPhase(-1);
      } else setPhase(i);
    }, PHASE_MS);
    return () => clearInterval(timer);
  }, [count, last, reducedMotion]);

  useEffect(() => {
    const svg = document.querySelector('.heap-graph');
    if (!svg) return;
    svg.querySelectorAll('.heap-object').forEach((el) => el.removeAttribute('data-gc-phase'));
    if (phase < 0 || !last) return;
    const p = last.phases[phase];
    for (const id of p.objectIds) svg.querySelector(`.heap-object[data-object-id="${id}"]`)?.setAttribute('data-gc-phase', p.name);
  }, [phase, last]);

  if (!gc) return null;
  return (
    <section className="gc-panel" aria-label="Garbage collector">
      <p>
        {t(lang, 'gcLine')} <strong data-testid="gc-enabled">{t(lang, gc.enabled ? 'gcOn' : 'gcOff')}</strong> · {t(lang, 'counts')} {gc.counts.join(', ')} · {t(lang, 'thresholds')} {gc.thresholds.join(', ')} · {count} {t(lang, 'collections')}
      </p>
      {last && (
        <ol className="gc-phases" aria-label={`Last collection: generation ${last.generation}, ${last.reason}, found ${last.collected} unreachable`}>
          {last.phases.map((p, i) => (
            <li key={p.name} className={i === phase ? 'active' : undefined} aria-current={i === phase ? 'step' : undefined}>
              <code>{p.name}</code>: {t(lang, `phase_${p.name}` as StringKey)} ({p.objectIds.length})
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
