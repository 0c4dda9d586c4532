// The selected object's ledger: who holds a reference to it right now, and its size.

import { usePlayground } from '../context';
import { t } from '../i18n';
import { retainedSize } from '../../python/ledger';
import type { Snapshot } from '../../python/snapshot';

export interface Holder {
  readonly holder: string;
  readonly label: string;
}

/** Every counted reference to `id` in the snapshot, described for people. */
export function holdersOf(snap: Snapshot, id: number): Holder[] {
  const out: Holder[] = [];
  for (const f of snap.frames) {
    for (const r of f.references) {
      if (r.targetId !== id) continue;
      const place = f.name === '<module>' ? 'global' : f.isClassBody ? `name in the body of class ${f.qualname}` : `local in ${f.qualname}()`;
      out.push({ holder: r.label.startsWith('stack[') ? `value stack of ${f.name}` : place, label: r.label });
    }
  }
  // Module globals live in the __main__ module's dict: show them as globals, not as dict items.
  const mainModuleId = snap.roots.find((r) => r.label === "sys.modules['__main__']")?.targetId;
  const mainDictId = snap.objects.find((o) => o.id === mainModuleId)?.references.find((r) => r.label === '__dict__')?.targetId;
  for (const o of snap.objects) {
    for (const r of o.references) {
      if (r.targetId !== id || r.weak) continue;
      if (o.id === mainDictId) out.push({ holder: 'global', label: r.label.replace(/^\['(.*)'\]$/, '$1') });
      else out.push({ holder: `${o.type} #${o.id}`, label: r.label });
    }
  }
  for (const r of snap.roots) if (r.targetId === id) out.push({ holder: 'interpreter', label: r.label });
  return out;
}

export function Inspector() {
  const snapshot = usePlayground((s) => s.snapshot);
  const selectedId = usePlayground((s) => s.selectedId);
  const history = usePlayground((s) => s.countHistory);
  const lang = usePlayground((s) => s.lang);
  if (!snapshot || selectedId === null) return <aside className="inspector" aria-label={t(lang, 'objectDetails')}><p>{t(lang, 'clickObject')}</p></aside>;
  const o = snapshot.objects.find((x) => x.id === selectedId);
  if (!o) return <aside className="inspector" aria-label={t(lang, 'objectDetails')}><p>{t(lang, 'freedObject')}</p></aside>;
  const holders = holdersOf(snapshot, o.id);
  return (
    <aside className="inspector" aria-label={t(lang, 'objectDetails')}>
      <h2>{o.type} #{o.id}</h2>
      <p>refcount <strong>{o.refcount}</strong> · {o.size} {t(lang, 'bytes')} (<span data-testid="retained">{retainedSize(snapshot, o.id)}</span> {t(lang, 'freedWithIt')}) · {o.gcTracked ? `${t(lang, 'tracked')} ${o.gcGeneration}` : t(lang, 'untracked')} · {t(lang, o.state === 'alive' ? 'alive' : 'unreachableState')}</p>
      <p className="repr">{o.repr}</p>
      <h3>{t(lang, 'referencesTo')} ({holders.length})</h3>
      <ul>{holders.map((h, i) => <li key={i}>{h.label} — {h.holder}</li>)}</ul>
      {history && history.id === o.id && (
        <>
          <h3>{t(lang, 'countChanged')}</h3>
          <ol className="count-history">
            {history.changes.map((c) => (
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
