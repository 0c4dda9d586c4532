// The stack and heap graph: the layout is computed here, D3 draws it into the SVG.

import { useEffect, useMemo, useRef } from 'react';
import { usePlayground } from '../context';
import { t } from '../i18n';
import { layoutSnapshot } from '../graph/layout';
import { createGraphRenderer, type GraphRenderer } from '../graph/renderer';
import { describeGraph } from '../graph/describe';

export function GraphPanel() {
  const snapshot = usePlayground((s) => s.snapshot);
  const showShared = usePlayground((s) => s.showShared);
  const selectedId = usePlayground((s) => s.selectedId);
  const select = usePlayground((s) => s.select);
  const lang = usePlayground((s) => s.lang);
  const svgRef = useRef<SVGSVGElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  const positions = useRef(new Map<number, { x: number; y: number }>());

  useEffect(() => {
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    renderer.current = createGraphRenderer(svgRef.current!, { onSelect: select, reducedMotion });
    return () => renderer.current?.destroy();
  }, [select]);

  const layout = useMemo(() => {
    if (!snapshot) return null;
    const l = layoutSnapshot(snapshot, { showShared, previous: positions.current, globalFrameTitle: t(lang, 'globalFrame') });
    positions.current = new Map(l.objects.map((b) => [b.object.id, { x: b.x, y: b.y }]));
    return l;
  }, [snapshot, showShared, lang]);

  useEffect(() => {
    if (layout) renderer.current?.update(layout, selectedId, t(lang, 'unreachable'));
    // Tells tests (and anyone watching) which step the drawing shows.
    if (snapshot) svgRef.current?.setAttribute('data-step', String(snapshot.step));
  }, [layout, selectedId, snapshot, lang]);

  return (
    <div className="graph-pane" tabIndex={0} aria-label={t(lang, 'graphPane')}>
      <svg ref={svgRef} className="heap-graph" role="group" aria-label={t(lang, 'graph')} />
      <div className="sr-only" aria-live="polite">{snapshot ? describeGraph(snapshot) : ''}</div>
    </div>
  );
}
