// The controls bar: run, step, back, reset, the step slider, the gc buttons, sharing and embedding.

import { useState } from 'react';
import { usePlayground } from '../context';
import { shareLink } from '../share';
import { t } from '../i18n';
import { embedSnippet } from '../../embed/params';
import { compressToEncodedURIComponent } from 'lz-string';

/** A button that says "Copied" for a moment after copying. */
/** The old way, for frames without the Clipboard API: select a hidden field and copy. */
function copyWithSelection(value: string): boolean {
  const field = document.createElement('textarea');
  field.value = value;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  field.remove();
  return ok;
}

function CopyButton({ label, text, ariaLabel, copiedText, failedText }: { label: string; text: () => string; ariaLabel: string; copiedText: string; failedText: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const value = text();
    const show = (s: 'copied' | 'failed') => {
      setState(s);
      setTimeout(() => setState('idle'), 1800);
    };
    const fallback = () => show(copyWithSelection(value) ? 'copied' : 'failed');
    if (navigator.clipboard) navigator.clipboard.writeText(value).then(() => show('copied'), fallback);
    else fallback();
  };
  const shown = state === 'copied' ? `${copiedText} ✓` : state === 'failed' ? `${failedText}` : label;
  return (
    <button type="button" onClick={copy} aria-label={ariaLabel} data-copied={state === 'copied'} data-copy-state={state}>
      {shown}
      <span className="sr-only" role="status">{state === 'idle' ? '' : shown}</span>
    </button>
  );
}

export function Controls({ embed }: { embed: boolean }) {
  const running = usePlayground((s) => s.running);
  const step = usePlayground((s) => s.view?.snapshot.step ?? 0);
  const event = usePlayground((s) => s.view?.snapshot.event ?? 'start');
  const status = usePlayground((s) => s.view?.snapshot.status ?? 'ready');
  const totalSteps = usePlayground((s) => s.totalSteps);
  const halted = usePlayground((s) => s.overview?.halted ?? null);
  const gcEnabled = usePlayground((s) => s.view?.snapshot.gc.enabled ?? true);
  const showShared = usePlayground((s) => s.showShared);
  const lang = usePlayground((s) => s.lang);
  const inputNeeded = usePlayground((s) => s.overview?.inputNeeded ?? false);
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
  const ended = status === 'finished' || status === 'error' || status === 'halted';
  const where = event === 'exit' ? ` · ${t(lang, 'exitStep')}` : halted && ended ? ` · ${t(lang, 'stepLimit')}` : '';
  const copyShare = () => {
    const url = shareLink(location.href, code);
    try {
      history.replaceState(null, '', url);
    } catch {
      // Sandboxed frames may refuse history changes; copying still works.
    }
    return url;
  };
  return (
    <div className="controls" role="toolbar" aria-label={t(lang, 'toolbar')}>
      {running ? (
        <button type="button" onClick={stop} aria-label={t(lang, 'stopLabel')}>{t(lang, 'stop')}</button>
      ) : (
        <button type="button" onClick={run} aria-label={t(lang, 'runLabel')} title="Ctrl+Enter">{t(lang, 'run')}</button>
      )}
      <button type="button" onClick={() => stepBy(-1)} disabled={step === 0 || running} aria-label={t(lang, 'backLabel')} title="←">{t(lang, 'back')}</button>
      <button type="button" onClick={() => stepBy(1)} disabled={running || ended} aria-label={t(lang, 'stepLabel')} title="→">{t(lang, 'step')}</button>
      <button type="button" onClick={reset} disabled={running} aria-label={t(lang, 'resetLabel')}>{t(lang, 'reset')}</button>
      <input className="step-slider" type="range" min={0} max={max} value={step} aria-label={t(lang, 'stepSlider')}
        aria-valuetext={`${t(lang, 'stepCounter')} ${step}${totalSteps !== null ? ` / ${totalSteps}` : ''}`}
        onChange={(e) => goto(Number(e.target.value))} disabled={running} />
      <span className="step-counter" aria-live="polite" data-total={totalSteps ?? ''}>
        {t(lang, 'stepCounter')} {step} / {totalSteps !== null ? totalSteps : t(lang, inputNeeded ? 'lengthAfterInput' : 'counting')}{where}
      </span>
      <span className="spacer" />
      <button type="button" className="gc-button" onClick={collect} disabled={running || ended} aria-label={t(lang, 'collectLabel')}>gc.collect()</button>
      <button type="button" className="gc-button" onClick={() => setGcEnabled(!gcEnabled)} disabled={running || ended}
        aria-label={gcEnabled ? 'gc.disable()' : 'gc.enable()'} aria-pressed={!gcEnabled}>
        {gcEnabled ? 'gc.disable()' : 'gc.enable()'}
      </button>
      <button type="button" onClick={toggleShared} aria-label={t(lang, 'sharedLabel')} aria-pressed={showShared} className={showShared ? 'on' : undefined}>{t(lang, 'shared')}</button>
      {!embed && <CopyButton label={t(lang, 'share')} ariaLabel={t(lang, 'shareLabel')} copiedText={t(lang, 'copied')} failedText={t(lang, 'copyFailed')} text={copyShare} />}
      {!embed && <CopyButton label={t(lang, 'embedCode')} ariaLabel={t(lang, 'embedLabel')} copiedText={t(lang, 'copied')} failedText={t(lang, 'copyFailed')}
        text={() => embedSnippet(location.href, code, compressToEncodedURIComponent(code), { lang })} />}
    </div>
  );
}
