// The collector's state (on or off, generation counts against their thresholds) and, for a step in which a
// collection ran, its phases as CPython's gc.c names them, in step with their replay on the graph.

import { usePlayground } from '../context';
import { t, type StringKey } from '../i18n';
import { drawnCount } from '../graph/playback';

export function GcPanel() {
  const view = usePlayground((s) => s.view);
  const lang = usePlayground((s) => s.lang);
  const playback = usePlayground((s) => s.playback);
  const setPlayback = usePlayground((s) => s.setPlayback);
  if (!view) return null;
  const gc = view.snapshot.gc;
  const [count0] = gc.counts;
  const [threshold0] = gc.thresholds;
  const fill = Math.min(1, threshold0 > 0 ? count0 / threshold0 : 0);
  const event = view.playback?.event;
  const detail = event?.detail;
  const replaying = playback !== null && playback.step === view.snapshot.step;
  return (
    <section className="gc-panel" aria-label="Garbage collector" data-gc-enabled={gc.enabled}>
      <p>
        {t(lang, 'gcLine')} <strong data-testid="gc-enabled">{t(lang, gc.enabled ? 'gcOn' : 'gcOff')}</strong> · {t(lang, 'counts')} <span data-testid="gc-counts">{gc.counts.join(', ')}</span> · {t(lang, 'thresholds')} {gc.thresholds.join(', ')} · {gc.collectionCount} {t(lang, 'collections')}
      </p>
      <div className={`gc-gauge${gc.enabled ? '' : ' off'}${count0 > threshold0 ? ' over' : ''}`} role="meter" aria-valuemin={0} aria-valuemax={threshold0} aria-valuenow={count0}
        aria-label={`${t(lang, 'generation')} 0: ${count0} / ${threshold0}`}>
        <span className="gc-gauge-fill" style={{ width: `${fill * 100}%` }} />
        <span className="gc-gauge-text">{t(lang, 'generation')} 0: {count0} / {threshold0}{gc.enabled && count0 <= threshold0 ? ` · ${threshold0 - count0 + 1} ${t(lang, 'untilThreshold')}` : ''}</span>
      </div>
      {event && detail && (
        <div className="gc-replay">
          <p>
            {replaying ? t(lang, 'replaying') : ''} {t(lang, `reason_${event.reason}` as StringKey)}, {t(lang, 'generation')} {event.generation}: {event.examined} → {event.collected}
            {replaying && <button type="button" className="skip" onClick={() => setPlayback(null)} aria-label={t(lang, 'skipLabel')}>{t(lang, 'skip')}</button>}
          </p>
          <ol className="gc-phases" aria-label={`Collection of generation ${event.generation}`}>
            {detail.phases.map((p, i) => {
              const active = replaying && playback.phase === i;
              const drawn = drawnCount(p.objectIds, view.playback!.before);
              return (
                <li key={p.name} className={active ? 'active' : replaying && playback.phase > i ? 'done' : undefined} aria-current={active ? 'step' : undefined}>
                  <code>{p.name}</code>: {t(lang, `phase_${p.name}` as StringKey)} ({p.objectIds.length}{p.objectIds.length !== drawn ? `, ${drawn} ${t(lang, 'drawn')}` : ''})
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
