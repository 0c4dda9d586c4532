// Memory over the whole run as a chart: live objects and bytes by step, collections and the places a
// disabled gc would have collected marked, the current step shown; clicking jumps to a step.

import { useEffect, useMemo, useRef, useState } from 'react';
import { usePlayground } from '../context';
import { t } from '../i18n';
import type { RunOverview } from '../../worker/protocol';
import type { Lang } from '../../embed/params';

const HEIGHT = 96;
const PAD = { left: 44, right: 52, top: 14, bottom: 20 };

function niceMax(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= n)!;
}

function short(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)}k`;
  return String(n);
}

function shortBytes(n: number): string {
  if (n >= 1 << 20) return `${+(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** The chart without the cursor: built again only when the run's overview, the width or the language change. */
function buildChart(overview: RunOverview | null, width: number, lang: Lang) {
  const points = overview?.points ?? [];
  if (points.length < 2) return null;
  const lastStep = overview?.totalSteps ?? points[points.length - 1].step;
  const maxStep = Math.max(1, lastStep);
  const maxObjects = niceMax(Math.max(...points.map((p) => p.objects)));
  const measured = points.filter((p) => p.bytes >= 0);
  const maxBytes = niceMax(Math.max(1, ...measured.map((p) => p.bytes)));
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (s: number) => PAD.left + (s / maxStep) * plotW;
  const yObjects = (n: number) => PAD.top + plotH - (n / maxObjects) * plotH;
  const yBytes = (n: number) => PAD.top + plotH - (n / maxBytes) * plotH;
  const objectsLine = points.map((p) => `${x(p.step).toFixed(1)},${yObjects(p.objects).toFixed(1)}`).join(' ');
  const bytesLine = measured.map((p) => `${x(p.step).toFixed(1)},${yBytes(p.bytes).toFixed(1)}`).join(' ');
  const marks = (
    <>
      <line className="axis" x1={PAD.left} x2={PAD.left + plotW} y1={PAD.top + plotH} y2={PAD.top + plotH} />
      <line className="axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotH} />
      <line className="axis" x1={PAD.left + plotW} x2={PAD.left + plotW} y1={PAD.top} y2={PAD.top + plotH} />
      <text className="tick objects" x={PAD.left - 4} y={PAD.top + 4} textAnchor="end">{short(maxObjects)}</text>
      <text className="tick objects" x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end">0</text>
      <text className="tick bytes" x={PAD.left + plotW + 4} y={PAD.top + 4}>{shortBytes(maxBytes)}</text>
      <text className="tick bytes" x={PAD.left + plotW + 4} y={PAD.top + plotH}>0 B</text>
      <text className="tick" x={PAD.left} y={HEIGHT - 5}>0</text>
      <text className="tick" x={PAD.left + plotW} y={HEIGHT - 5} textAnchor="end">{short(maxStep)} {t(lang, 'stepsAxis')}</text>
      {(overview?.wouldCollect ?? []).map((s, i) => <line key={`w${i}`} className="timeline-would" data-mark="would-collect" x1={x(s)} x2={x(s)} y1={PAD.top} y2={PAD.top + plotH}><title>{t(lang, 'wouldCollectMark')}</title></line>)}
      {(overview?.collections ?? []).map((c, i) => <line key={`c${i}`} className={`timeline-gc gen${c.generation}`} data-mark="collection" data-reason={c.reason} x1={x(c.step)} x2={x(c.step)} y1={PAD.top - 6} y2={PAD.top + plotH}><title>{`${t(lang, 'collectionMark')} (${t(lang, 'generation')} ${c.generation}): ${c.collected}`}</title></line>)}
      <polyline points={objectsLine} className="timeline-line" data-series="objects" />
      {measured.length > 1 && <polyline points={bytesLine} className="timeline-bytes" data-series="bytes" />}
    </>
  );
  return { marks, x, maxStep, plotW, plotH };
}

export function Timeline() {
  const overview = usePlayground((s) => s.overview);
  const step = usePlayground((s) => s.view?.snapshot.step ?? 0);
  const goto = usePlayground((s) => s.goto);
  const lang = usePlayground((s) => s.lang);
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(400);
  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Each step moves only the cursor: the lines of up to 2,000 points are not rebuilt.
  const chart = useMemo(() => buildChart(overview, width, lang), [overview, width, lang]);
  if (!chart) return <div ref={host} className="timeline-host" />;
  const { x, maxStep, plotW, plotH } = chart;
  const jump = (e: React.MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const s = Math.round(((e.clientX - r.left - PAD.left) / plotW) * maxStep);
    goto(Math.max(0, Math.min(maxStep, s)));
  };
  return (
    <div ref={host} className="timeline-host">
      <svg className="timeline" width={width} height={HEIGHT} role="img" aria-label={t(lang, 'timelineLabel')} onClick={jump}>
        {chart.marks}
        <line className="timeline-cursor" x1={x(step)} x2={x(step)} y1={PAD.top - 6} y2={PAD.top + plotH} />
      </svg>
      <p className="timeline-legend">
        <span className="key objects" /> {t(lang, 'objectsAxis')} <span className="key bytes" /> {t(lang, 'bytesAxis')} <span className="key gc" /> {t(lang, 'collectionMark')}
        {(overview?.wouldCollect.length ?? 0) > 0 && <><span className="key would" /> {t(lang, 'wouldCollectMark')}</>}
      </p>
    </div>
  );
}
