// The selected object's ledger: who holds a reference to it right now, what it keeps alive, and how its
// count changed from the start of the run (found by the worker, so it is the same however the step was reached).

import { usePlayground } from '../context';
import { t } from '../i18n';
import type { ObjectBox } from '../../view/model';

export function Inspector() {
  const view = usePlayground((s) => s.view);
  const selectedId = usePlayground((s) => s.selectedId);
  const inspection = usePlayground((s) => s.inspection);
  const lang = usePlayground((s) => s.lang);
  if (!view || selectedId === null) return <aside className="inspector" aria-label={t(lang, 'objectDetails')}><p>{t(lang, 'clickObject')}</p></aside>;
  const box = view.layout.boxes.find((b): b is ObjectBox => b.kind === 'object' && b.objectId === selectedId);
  const o = view.snapshot.objects.find((x) => x.id === selectedId);
  if (!box || !o) return <aside className="inspector" aria-label={t(lang, 'objectDetails')}><p>{t(lang, 'freedObject')}</p></aside>;
  const ready = inspection && inspection.id === selectedId;
  return (
    <aside className="inspector" aria-label={t(lang, 'objectDetails')}>
      <h2>{box.fullTitle ?? box.title}</h2>
      <p>refcount <strong>{o.refcount}</strong> · {o.size} {t(lang, 'bytes')}{ready ? <> (<span data-testid="retained">{inspection.retained}</span> {t(lang, 'freedWithIt')})</> : null} · {o.gcTracked ? `${t(lang, 'tracked')} ${o.gcGeneration}` : t(lang, 'untracked')} · {t(lang, o.state === 'alive' ? 'alive' : 'unreachableState')}</p>
      <p className="repr">{o.repr}</p>
      {ready && inspection.address !== null && <p>id() <code data-testid="object-address">{inspection.address}</code></p>}
      {ready && (
        <>
          <h3>{t(lang, 'referencesTo')} ({inspection.holders.length})</h3>
          <ul>{inspection.holders.map((h, i) => <li key={i}>{h}</li>)}</ul>
          <h3>{t(lang, 'countChanged')}</h3>
          <ol className="count-history">
            {inspection.history.map((c) => (
              <li key={c.step} data-step={c.step}>
                {c.from === null ? `created with ${c.to}` : c.to === null ? 'freed' : `${c.from} → ${c.to} (${(c.to ?? 0) > c.from ? '+' : ''}${(c.to ?? 0) - c.from})`}
                {c.line !== null ? ` by line ${c.line}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
