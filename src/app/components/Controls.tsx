// The controls bar: run, step, back, reset, the step slider, the gc buttons and sharing.

import { usePlayground } from '../context';
import { shareLink } from '../share';

export function Controls() {
  const running = usePlayground((s) => s.running);
  const step = usePlayground((s) => s.snapshot?.step ?? 0);
  const status = usePlayground((s) => s.snapshot?.status ?? 'ready');
  const totalSteps = usePlayground((s) => s.totalSteps);
  const gcEnabled = usePlayground((s) => s.snapshot?.gc.enabled ?? true);
  const actions = usePlayground((s) => s);
  const max = Math.max(totalSteps ?? step, step, 1);
  const copyShare = () => {
    const url = shareLink(location.href, actions.code);
    history.replaceState(null, '', url);
    navigator.clipboard?.writeText(url).catch(() => undefined);
  };
  return (
    <div className="controls" role="toolbar" aria-label="Program controls">
      {running ? (
        <button type="button" onClick={actions.stop} aria-label="Stop the program">■ Stop</button>
      ) : (
        <button type="button" onClick={actions.run} aria-label="Run to the end" title="Run (Ctrl+Enter)">▶ Run</button>
      )}
      <button type="button" onClick={() => actions.step(-1)} disabled={step === 0 || running} aria-label="Back one step" title="Back (←)">◀ Back</button>
      <button type="button" onClick={() => actions.step(1)} disabled={running || status === 'finished' || status === 'error' || status === 'halted'} aria-label="Step forward" title="Step (→)">Step ▶</button>
      <button type="button" onClick={actions.reset} disabled={running} aria-label="Reset to the start">↺ Reset</button>
      <input className="step-slider" type="range" min={0} max={max} value={step} aria-label="Step"
        onChange={(e) => actions.goto(Number(e.target.value))} disabled={running} />
      <span className="step-counter" aria-live="polite">Step {step}{totalSteps !== null ? ` / ${totalSteps}` : ''}</span>
      <span className="spacer" />
      <button type="button" className="gc-button" onClick={actions.collect} disabled={running} aria-label="Run gc.collect()">gc.collect()</button>
      <button type="button" className="gc-button" onClick={() => actions.setGcEnabled(!gcEnabled)} disabled={running}
        aria-label={gcEnabled ? 'gc.disable()' : 'gc.enable()'} aria-pressed={!gcEnabled}>
        {gcEnabled ? 'gc.disable()' : 'gc.enable()'}
      </button>
      <button type="button" onClick={actions.toggleShared} aria-label="Show shared objects (small ints, None, True, False) as boxes">Shared objects</button>
      <button type="button" onClick={copyShare} aria-label="Copy a share link">Share</button>
    </div>
  );
}
