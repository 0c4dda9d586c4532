// D3 owns the graph's SVG: a plain object with update and destroy, created once by the React component.
// Boxes are keyed by object or frame id, so a box keeps its element (and slides) from step to step.

import { interpolate, select, zoom, zoomIdentity, type Selection, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Box, Edge, GraphLayout, StepChanges } from '../../view/model';
import { drawBox, boxSignature, type BoxTexts } from './drawBox';
import { roundedPath } from './paths';
import { BADGE_ROOM, sizeRoom } from '../../view/metrics';

/** What to show on top of the picture: the selection, this step's changes, a collection phase. */
export interface Decorations {
  readonly selectedId: number | null;
  readonly changes: StepChanges | null;
  readonly gc: GcDecoration | null;
}

/** One phase of a collection being replayed on the boxes. */
export interface GcDecoration {
  readonly phase: string;
  readonly examined: ReadonlySet<number>;
  /** gc_refs shown on each examined box, where the phase has them. */
  readonly gcRefs: Readonly<Record<number, number>> | null;
  readonly unreachable: ReadonlySet<number>;
  /** Objects the phase acts on (finalized, freed). */
  readonly acted: ReadonlySet<number>;
}

export interface GraphRenderer {
  update(layout: GraphLayout, decorations: Decorations, texts: RendererTexts): void;
  /** Scales the picture to fit the pane. */
  fit(): void;
  /** Back to 100%, the top-left corner in view. */
  actualSize(): void;
  readonly scale: number;
  destroy(): void;
}

export interface RendererTexts extends BoxTexts {
  readonly unreachable: string;
}

export interface RendererOptions {
  onSelect(id: number | null): void;
  onExpand(id: number): void;
  onZoom(scale: number): void;
  reducedMotion: boolean;
}

const ARROW_ID = 'pm-arrow';
const MARGIN = 28;
const MOVE_MS = 260;
/** Above this many boxes only those near the visible area are drawn. */
const CULL_ABOVE = 250;

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Creates the renderer inside an <svg> element. */
export function createGraphRenderer(svgElement: SVGSVGElement, options: RendererOptions): GraphRenderer {
  const svg = select(svgElement);
  svg.selectAll('*').remove();
  const defs = svg.append('defs');
  defs.append('marker').attr('id', ARROW_ID).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 8).attr('markerHeight', 8).attr('markerUnits', 'userSpaceOnUse').attr('orient', 'auto')
    .append('path').attr('d', 'M 0 0 L 10 5 L 0 10 z').attr('class', 'arrow-head');
  const root = svg.append('g').attr('class', 'viewport');
  const content = root.append('g').attr('transform', `translate(${MARGIN},${MARGIN})`);
  const garbageLayer = content.append('g').attr('class', 'garbage-region');
  const boxesLayer = content.append('g').attr('class', 'boxes');
  const edgesLayer = content.append('g').attr('class', 'edges');
  const duration = options.reducedMotion ? 0 : MOVE_MS;

  let transform: ZoomTransform = zoomIdentity;
  // The stage's size, kept by a ResizeObserver: reading clientWidth/clientHeight right after drawing would force
  // a layout of the whole page in the middle of the step's task.
  let stage = { width: svgElement.clientWidth || 800, height: svgElement.clientHeight || 600 };
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    if (width > 0 && height > 0) stage = { width, height };
  });
  resizeObserver?.observe(svgElement);
  let last: { layout: GraphLayout; decorations: Decorations; texts: RendererTexts } | null = null;
  let frame = 0;
  const zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 3])
    // Plain interpolation: a pan stays at its scale (d3's default zooms out and back in on the way).
    .interpolate(interpolate)
    // The wheel pans (a page scrolls on); with Ctrl or a pinch it zooms, a little per notch.
    .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey : !(event as MouseEvent).button))
    .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.02 : 0.0015))
    .on('zoom', (event) => {
      // A pan's interpolation can leave the scale an ulp off (0.9999999999): text must stay at its exact size.
      const t = event.transform as ZoomTransform;
      const k = Math.round(t.k * 1e6) / 1e6;
      transform = k === t.k ? t : zoomIdentity.translate(t.x, t.y).scale(k);
      root.attr('transform', transform.toString());
      options.onZoom(transform.k);
      // Culling depends on what is in view: redraw on the next frame.
      if (last && last.layout.boxes.length > CULL_ABOVE && !frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) draw(last.layout, last.decorations, last.texts, false);
        });
      }
    });
  svg.call(zoomBehavior).on('dblclick.zoom', null);
  svg.on('wheel.pan', (event: WheelEvent) => {
    if (event.ctrlKey) return;
    event.preventDefault();
    zoomBehavior.translateBy(svg, -event.deltaX / transform.k, -event.deltaY / transform.k);
  }, { passive: false } as unknown as boolean);
  svg.on('click', (event: MouseEvent) => {
    const target = event.target as Element;
    const more = target.closest('[data-action="expand"]');
    const box = target.closest('.heap-object');
    if (more && box) options.onExpand(Number(box.getAttribute('data-object-id')));
    else if (box) options.onSelect(Number(box.getAttribute('data-object-id')));
    else options.onSelect(null);
  });
  svg.on('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as Element;
    const box = target.closest('.heap-object');
    if (!box) return;
    event.preventDefault();
    if (target.closest('[data-action="expand"]')) options.onExpand(Number(box.getAttribute('data-object-id')));
    else options.onSelect(Number(box.getAttribute('data-object-id')));
  });

  /** Boxes (and edges) worth drawing: all of them, or those near the visible area of a big picture. */
  function visible(layout: GraphLayout): { boxes: Box[]; edges: Edge[] } {
    if (layout.boxes.length <= CULL_ABOVE) return { boxes: layout.boxes as Box[], edges: layout.edges as Edge[] };
    const { width: w, height: h } = stage;
    const pad = 400;
    const x0 = (-transform.x) / transform.k - MARGIN - pad;
    const y0 = (-transform.y) / transform.k - MARGIN - pad;
    const x1 = x0 + w / transform.k + 2 * pad;
    const y1 = y0 + h / transform.k + 2 * pad;
    const near = (x: number, y: number, bw: number, bh: number) => x < x1 && x + bw > x0 && y < y1 && y + bh > y0;
    const boxes = layout.boxes.filter((b) => near(b.x, b.y, b.width, b.height));
    const edges = layout.edges.filter((e) => e.points.some(([x, y]) => near(x, y, 0, 0)));
    return { boxes, edges };
  }

  function draw(layout: GraphLayout, decorations: Decorations, texts: RendererTexts, animate: boolean): void {
    const { boxes, edges } = visible(layout);
    const created = new Set(decorations.changes?.created ?? []);
    const deltas = decorations.changes?.refDeltas ?? {};
    const gc = decorations.gc;
    const moveMs = animate ? duration : 0;
    let moved = false;

    const join = boxesLayer.selectAll<SVGGElement, Box>('g.box-group').data(boxes, (b) => b.key);
    join.exit().interrupt().each(function () {
      const el = select(this);
      if (!animate || !el.classed('heap-object')) {
        el.remove();
        return;
      }
      el.classed('freed', true).attr('data-state', 'freed').transition().duration(duration + 140).style('opacity', 0).remove();
    });
    const entered = join.enter().append('g').attr('class', 'box-group').style('opacity', 1)
      .attr('transform', (b) => `translate(${b.x},${b.y})`);
    const all = entered.merge(join);
    all.interrupt().style('opacity', 1).classed('freed', false).each(function (b) {
      const g = select(this) as G;
      const signature = boxSignature(b, texts);
      const el = this as SVGGElement & { __signature?: string; __x?: number; __y?: number };
      if (el.__signature !== signature) {
        drawBox(g, b, texts);
        el.__signature = signature;
      }
      if (el.__x !== undefined && (el.__x !== b.x || el.__y !== b.y)) moved = true;
      el.__x = b.x;
      el.__y = b.y;
      g.classed('frame', b.kind === 'frame').classed('heap-object', b.kind === 'object');
      if (b.kind === 'frame') {
        g.classed('active', b.active).attr('data-frame-id', b.frameId).attr('role', 'group').attr('aria-label', b.isModule ? texts.globalFrame : b.title);
        return;
      }
      const id = b.objectId;
      g.attr('data-object-id', id).attr('data-type', b.type).attr('data-refcount', b.refcount).attr('data-state', b.state)
        .attr('tabindex', 0).attr('role', 'group').attr('aria-roledescription', 'object').attr('aria-label', `${b.title}, refcount ${b.refcount}`)
        .classed('selected', decorations.selectedId === id)
        .classed('created', created.has(id))
        .classed('gc-examined', !!gc && gc.examined.has(id))
        .classed('gc-unreachable', !!gc && gc.unreachable.has(id))
        .classed('gc-acted', !!gc && gc.acted.has(id))
        .attr('data-gc-phase', gc && gc.examined.has(id) ? gc.phase : null);
      g.selectAll('.refcount-delta, .gc-refs').remove();
      const delta = deltas[id];
      if (delta) {
        // In the header, just left of the size, so it never covers an arrow running above the box.
        g.append('text').attr('class', `refcount-delta ${delta > 0 ? 'up' : 'down'}`).attr('x', b.width - BADGE_ROOM - sizeRoom(b.size)).attr('y', 17).attr('text-anchor', 'end')
          .text(delta > 0 ? `+${delta}` : `−${-delta}`);
      }
      if (gc?.gcRefs && gc.examined.has(id) && gc.gcRefs[id] !== undefined) {
        // Above the box's top edge, left of the badge: what the collector's count is at this phase.
        const text = `gc_refs ${gc.gcRefs[id]}`;
        const width = text.length * 6.7 + 12;
        const chip = g.append('g').attr('class', 'gc-refs').attr('transform', `translate(${b.width - 16 - width},-9)`);
        chip.append('rect').attr('width', width).attr('height', 16).attr('rx', 8);
        chip.append('text').attr('x', width / 2).attr('y', 12).attr('text-anchor', 'middle').text(text);
      }
    });
    all.transition().duration(moveMs).attr('transform', (b) => `translate(${b.x},${b.y})`);

    const edgeJoin = edgesLayer.selectAll<SVGPathElement, Edge>('path.edge').data(edges, (e) => e.key);
    edgeJoin.exit().remove();
    const edgesAll = edgeJoin.enter().append('path').attr('marker-end', `url(#${ARROW_ID})`).merge(edgeJoin)
      .attr('class', (e) => (e.weak ? 'edge weak' : 'edge'))
      .attr('data-from', (e) => e.fromKey).attr('data-to', (e) => e.toKey)
      .attr('d', (e) => roundedPath(e.points));
    // While boxes slide, arrows would point at where they were: show them once the boxes have arrived.
    edgesAll.interrupt();
    if (moved && moveMs > 0) edgesAll.style('opacity', 0).transition().delay(moveMs).duration(120).style('opacity', 1);
    else edgesAll.style('opacity', 1);

    garbageLayer.selectAll('*').remove();
    if (layout.garbageTop !== null) {
      garbageLayer.append('line').attr('class', 'garbage-rule').attr('x1', 0).attr('x2', layout.width).attr('y1', layout.garbageTop - 30).attr('y2', layout.garbageTop - 30);
      garbageLayer.append('text').attr('class', 'leak-label').attr('x', 0).attr('y', layout.garbageTop - 12).text(texts.unreachable);
    }
    // Counts of the whole picture (big ones draw only what is near the view).
    const objectBoxes = layout.boxes.filter((b) => b.kind === 'object');
    svgElement.setAttribute('data-object-count', String(objectBoxes.length));
    svgElement.setAttribute('data-unreachable-count', String(objectBoxes.filter((b) => b.kind === 'object' && b.state === 'unreachable').length));
  }

  /** Brings the running frame into view when a step moved it out (a deep call stack grows downwards). */
  let followed = '';
  function followActiveFrame(layout: GraphLayout): void {
    const active = layout.boxes.find((b) => b.kind === 'frame' && b.active);
    if (!active) return;
    const where = `${active.key}@${active.y}`;
    if (where === followed) return;
    followed = where;
    const h = stage.height;
    const top = (active.y + MARGIN) * transform.k + transform.y;
    const bottom = (active.y + active.height + MARGIN) * transform.k + transform.y;
    const pad = 16;
    let dy = 0;
    if (bottom > h - pad) dy = h - pad - bottom;
    if (top + dy < pad) dy = pad - top;
    if (dy !== 0) svg.transition().duration(duration).call(zoomBehavior.translateBy, 0, dy / transform.k);
  }

  return {
    update(layout, decorations, texts) {
      const previous = last;
      last = { layout, decorations, texts };
      draw(layout, decorations, texts, previous !== null);
      followActiveFrame(layout);
    },
    fit() {
      if (!last) return;
      const w = svgElement.clientWidth || 800;
      const h = svgElement.clientHeight || 600;
      const k = Math.min(1.5, Math.max(0.2, Math.min(w / (last.layout.width + 2 * MARGIN), h / (last.layout.height + 2 * MARGIN))));
      svg.transition().duration(duration).call(zoomBehavior.transform, zoomIdentity.scale(k));
    },
    actualSize() {
      svg.transition().duration(duration).call(zoomBehavior.transform, zoomIdentity);
    },
    get scale() {
      return transform.k;
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      resizeObserver?.disconnect();
      svg.on('.zoom', null).on('click', null).on('keydown', null).on('wheel.pan', null);
      svg.selectAll('*').remove();
    },
  };
}
