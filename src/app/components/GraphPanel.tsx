// The stack and heap graph: D3 draws the worker's layout; a collection in the step is replayed phase by phase.

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { usePlayground } from '../context';
import { t } from '../i18n';
import { createGraphRenderer, type GraphRenderer, type RendererTexts } from '../graph/renderer';
import { describeGraph } from '../graph/describe';
import { PHASE_MS, phaseDecoration } from '../graph/playback';
import { markOnce } from '../../worker/startupMarks';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
}

export function GraphPanel() {
  const view = usePlayground((s) => s.view);
  const selectedId = usePlayground((s) => s.selectedId);
  const select = usePlayground((s) => s.select);
  const toggleExpanded = usePlayground((s) => s.toggleExpanded);
  const lang = usePlayground((s) => s.lang);
  const playback = usePlayground((s) => s.playback);
  const setPlayback = usePlayground((s) => s.setPlayback);
  const svgRef = useRef<SVGSVGElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  const [scale, setScale] = useState(1);

  // A layout effect, so the renderer exists before the draw below (also a layout effect) first runs.
  useLayoutEffect(() => {
    renderer.current = createGraphRenderer(svgRef.current!, { onSelect: select, onExpand: toggleExpanded, onZoom: setScale, reducedMotion: prefersReducedMotion() });
    return () => renderer.current?.destroy();
  }, [select, toggleExpanded]);

  // A step with a collection starts its replay; the next step (or Skip) ends it.
  useEffect(() => {
    if (!view?.playback?.event.detail || prefersReducedMotion()) {
      setPlayback(null);
      return;
    }
    const step = view.snapshot.step;
    const phases = view.playback.event.detail.phases.length;
    let phase = 0;
    setPlayback({ step, phase });
    const timer = setInterval(() => {
      phase++;
      if (phase >= phases) {
        clearInterval(timer);
        setPlayback(null);
      } else setPlayback({ step, phase });
    }, PHASE_MS);
    return () => clearInterval(timer);
  }, [view, setPlayback]);

  // Drawn in React's commit, before the browser paints, so the boxes always show the same step and collector phase
  // as the panels rendered from the same store update (a draw deferred to the next frame lagged them by one).
  useLayoutEffect(() => {
    if (!view) return;
    const texts: RendererTexts = {
      globalFrame: t(lang, 'globalFrame'), returnValue: t(lang, 'returnValue'), yieldValue: t(lang, 'yieldValue'), temp: t(lang, 'temp'),
      alsoHeldBy: t(lang, 'alsoHeldBy'), expand: t(lang, 'expand'), collapse: t(lang, 'collapse'), unreachable: t(lang, 'unreachable'),
    };
    const replaying = playback && view.playback?.event.detail && playback.step === view.snapshot.step;
    if (replaying) {
      const layout = view.playback!.before;
      renderer.current?.update(layout, { selectedId, changes: null, gc: phaseDecoration(view.playback!.event.detail!, playback.phase, layout) }, texts);
    } else {
      renderer.current?.update(view.layout, { selectedId, changes: view.changes, gc: null }, texts);
    }
    // Tells tests (and anyone watching) which step the drawing shows, and whether a replay is on.
    svgRef.current?.setAttribute('data-step', String(view.snapshot.step));
    svgRef.current?.setAttribute('data-replaying', replaying ? 'true' : 'false');
    markOnce('page:first-graph-drawn');
  }, [view, selectedId, lang, playback]);

  const gcOff = view && !view.snapshot.gc.enabled;
  return (
    <div className="graph-pane">
      {view && <p className="narration" data-testid="narration" aria-live="polite">{view.narration[lang]}</p>}
      <div className="graph-stage" tabIndex={0} aria-label={t(lang, 'graphPane')}>
        <svg ref={svgRef} className="heap-graph" role="group" aria-label={t(lang, 'graph')} />
        {gcOff && <span className="gc-off-badge" data-testid="gc-off-badge">{t(lang, 'gcOffBadge')}</span>}
        <div className="zoom-controls" role="group" aria-label={t(lang, 'zoom')}>
          <button type="button" onClick={() => renderer.current?.fit()} aria-label={t(lang, 'zoomFit')}>{t(lang, 'fit')}</button>
          <button type="button" onClick={() => renderer.current?.actualSize()} aria-label={t(lang, 'zoomActual')} aria-pressed={Math.abs(scale - 1) < 0.01}>100%</button>
          {Math.abs(scale - 1) >= 0.01 && <span className="zoom-level" data-testid="zoom-level">{Math.round(scale * 100)}%</span>}
        </div>
      </div>
      <div className="sr-only">{view ? describeGraph(view.snapshot, view.layout) : ''}</div>
    </div>
  );
}
