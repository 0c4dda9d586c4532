// The controls bar: run, step, back, reset, the step slider, the gc buttons, sharing and embedding.

import { usePlayground } from '../context';
import { shareLink } from '../share';
import { t } from '../i18n';
import { embedSnippet } from '../../embed/params';
import { compressToEncodedURIComponent } from 'lz-string';

export function Controls({ embed }: { embed: boolean }) {
  const running = usePlayground((s) => s.running);
  const step = usePlayground((s) => s.snapshot?.step ?? 0);
  const status = usePlayground((s) => s.snapshot?.status ?? 'ready');
  const totalSteps = usePlayground((s) => s.totalSteps);
  const gcEnabled = usePlayground((s) => s.snapshot?.gc.enabled ?? true);
  const lang = usePlayground((s) => s.lang);
  const code = usePlayground((s) => s.code);
  const run = usePlayground((s) => s.run);
  const stop = usePlayground((s) => s.stop);
  const stepBy = usePlayground((s) => s.step);
  const goto = usePlayground((s) => s.goto);
  const reset = usePlayground((s) => s.reset);
  const collect = usePlayground((s) => s.collect);
  const setGcEnabled = usePlayground((s) => s.setGcEnabled);
  const toggleShared = usePlayground((s) => s.toggleShared);
  const max = Math.max(totalSteps ?? step, step, 1);
  const finished = status === 'finished' || status === 'error' || status === 'halted';
  const copy = (text: string) => navigator.clipboard?.writeText(text).catch(() => undefined);
  const copyShare = () => {
    const url = shareLink(location.href, code);
    try {
      history.replaceState(null, '', url);
    } catch {
      // Sandboxed frames may refuse history changes; copying still works.
    }
    copy(url);
  };
  const copyEmbed = () => copy(embedSnippet(location.href, code, compressToEncodedURIComponent(code), { lang }));
  return (
    <div className="controls" role="toolbar" aria-label={t(lang, 'toolbar')}>
      {running ? (
        <button type="button" onClick={stop} aria-label={t(lang, 'stopLabel')}>{t(lang, 'stop')}</button>
      ) : (
        <button type="button" onClick={run} aria-label={t(lang, 'runLabel')} title="Ctrl+Enter">{t(lang, 'run')}</button>
      )}
      <button type="button" onClick={() => stepBy(-1)} disabled={step === 0 || running} aria-label={t(lang, 'backLabel')} title="←">{t(lang, 'back')}</button>
      <button type="button" onClick={() => stepBy(1)} disabled={running || finished} aria-label={t(lang, 'stepLabel')} title="→">{t(lang, 'step')}</button>
      <button type="button" onClick={reset} disabled={running} aria-label={t(lang, 'resetLabel')}>{t(lang, 'reset')}</button>
      <input className="step-slider" type="range" min={0} max={max} value={step} aria-label={t(lang, 'stepSlider')}
        onChange={(e) => goto(Number(e.target.value))} disabled={running} />
      <span className="step-counter" aria-live="polite">{t(lang, 'stepCounter')} {step}{totalSteps !== null ? ` / ${totalSteps}` : ''}</span>
      <span className="spacer" />
      <button type="button" className="gc-button" onClick={collect} disabled={running} aria-label={t(lang, 'collectLabel')}>gc.collect()</button>
      <button type="button" className="gc-button" onClick={() => setGcEnabled(!gcEnabled)} disabled={running}
        aria-label={gcEnabled ? 'gc.disable()' : 'gc.enable()'} aria-pressed={!gcEnabled}>
        {gcEnabled ? 'gc.disable()' : 'gc.enable()'}
      </button>
      <button type="button" onClick={toggleShared} aria-label={t(lang, 'sharedLabel')}>{t(lang, 'shared')}</button>
      {!embed && <button type="button" onClick={copyShare} aria-label={t(lang, 'shareLabel')}>{t(lang, 'share')}</button>}
      {!embed && <button type="button" onClick={copyEmbed} aria-label={t(lang, 'embedLabel')}>{t(lang, 'embedCode')}</button>}
    </div>
  );
}
