// Memory over the steps: live objects as a line, collections as marks; click to jump to a step.

import { usePlayground } from '../context';

export function Timeline() {
  const memory = usePlayground((s) => s.memory);
  const step = usePlayground((s) => s.snapshot?.step ?? 0);
  const goto = usePlayground((s) => s.goto);
  if (memory.length < 2) return null;
  const maxStep = memory[memory.length - 1].step || 1;
  const maxObjects = Math.max(...memory.map((p) => p.objects), 1);
  const w = 600, h = 60;
  const points = memory.map((p) => `${(p.step / maxStep) * w},${h - (p.objects / maxObjects) * (h - 6)}`).join(' ');
  const withBytes = memory.filter((p) => p.bytes > 0);
  const maxBytes = Math.max(...withBytes.map((p) => p.bytes), 1);
  const bytePoints = withBytes.map((p) => `${(p.step / maxStep) * w},${h - (p.bytes / maxBytes) * (h - 6)}`).join(' ');
  const collections = memory.filter((p, i) => i > 0 && p.collected > memory[i - 1].collected);
  return (
    <svg className="timeline" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" role="img"
      aria-label="Live objects (blue) and bytes (green) over the steps" onClick={(e) => {
        const r = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
        goto(Math.round(((e.clientX - r.left) / r.width) * maxStep));
      }}>
      <polyline points={points} className="timeline-line" data-series="objects" />
      {withBytes.length > 1 && <polyline points={bytePoints} className="timeline-bytes" data-series="bytes" />}
      {collections.map((p) => <line key={p.step} x1={(p.step / maxStep) * w} x2={(p.step / maxStep) * w} y1={0} y2={h} className="timeline-gc" />)}
      <line x1={(step / maxStep) * w} x2={(step / maxStep) * w} y1={0} y2={h} className="timeline-cursor" />
    </svg>
  );
}
