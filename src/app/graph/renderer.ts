// D3 owns the graph's SVG: a plain object with update and destroy, created once by the React component.

import { select, zoom, zoomIdentity, type Selection, type ZoomBehavior } from 'd3';
import type { GraphLayout, ObjectBox, FrameBox, Row } from './layout';
import { HEADER_HEIGHT, ROW_HEIGHT } from './layout';

export interface GraphRenderer {
  update(layout: GraphLayout, selectedId: number | null, unreachableLabel?: string): void;
  destroy(): void;
}

export interface RendererOptions {
  onSelect(id: number | null): void;
  reducedMotion: boolean;
}

const ARROW_ID = 'pm-arrow';

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function drawRows(g: Selection<SVGGElement, unknown, null, undefined>, rows: readonly Row[], width: number, hidden: number): void {
  rows.forEach((r, i) => {
    const y = HEADER_HEIGHT + i * ROW_HEIGHT + 14;
    g.append('text').attr('class', 'row-label').attr('x', 8).attr('y', y).text(truncate(r.label, 16));
    if (r.inline !== null) g.append('text').attr('class', 'row-value').attr('x', width - 8).attr('y', y).attr('text-anchor', 'end').text(truncate(r.inline, 14));
    else g.append('circle').attr('class', r.weak ? 'row-dot weak' : 'row-dot').attr('cx', width - 10).attr('cy', y - 4).attr('r', 3.5);
  });
  if (hidden > 0) {
    g.append('text').attr('class', 'row-more').attr('x', 8).attr('y', HEADER_HEIGHT + rows.length * ROW_HEIGHT + 14).text(`… ${hidden} more`);
  }
}

/** Creates the renderer inside an <svg> element. */
export function createGraphRenderer(svgElement: SVGSVGElement, options: RendererOptions): GraphRenderer {
  const svg = select(svgElement);
  svg.selectAll('*').remove();
  const defs = svg.append('defs');
  defs.append('marker').attr('id', ARROW_ID).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
    .append('path').attr('d', 'M 0 0 L 10 5 L 0 10 z').attr('class', 'arrow-head');
  const root = svg.append('g').attr('class', 'viewport');
  // A margin so labels above the top boxes and self-reference loops stay in view.
  const content = root.append('g').attr('transform', 'translate(8,24)');
  const edgesLayer = content.append('g').attr('class', 'edges');
  const framesLayer = content.append('g').attr('class', 'frames');
  const objectsLayer = content.append('g').attr('class', 'objects');
  const zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.25, 3])
    .on('zoom', (event) => root.attr('transform', event.transform.toString()));
  svg.call(zoomBehavior);
  svg.on('click', (event: MouseEvent) => {
    if (event.target === svgElement) options.onSelect(null);
  });
  const duration = options.reducedMotion ? 0 : 350;

  function update(layout: GraphLayout, selectedId: number | null, unreachableLabel = 'unreachable: waiting for gc'): void {
    // Frames.
    const frames = framesLayer.selectAll<SVGGElement, FrameBox>('g.frame').data(layout.frames, (d) => String(d.id));
    frames.exit().remove();
    const framesEnter = frames.enter().append('g').attr('class', 'frame');
    framesEnter.merge(frames).each(function (d) {
      const g = select(this as SVGGElement);
      g.selectAll('*').remove();
      g.attr('transform', `translate(${d.x},${d.y})`).attr('data-frame-id', d.id).classed('active', d.active);
      g.append('rect').attr('width', d.width).attr('height', d.height).attr('rx', 6);
      g.append('text').attr('class', 'box-title').attr('x', 8).attr('y', 17).text(truncate(d.title, 22));
      drawRows(g as unknown as Selection<SVGGElement, unknown, null, undefined>, d.rows, d.width, 0);
    });

    // Objects: enter fades in, exit fades out, update moves.
    const objects = objectsLayer.selectAll<SVGGElement, ObjectBox>('g.heap-object').data(layout.objects, (d) => String(d.object.id));
    objects.exit().attr('data-state', 'freed').transition('fade').duration(duration).style('opacity', 0).remove();
    const entered = objects.enter().append('g').attr('class', 'heap-object').style('opacity', 0)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    // Named transitions: moving a box must not cancel its fade-in.
    entered.transition('fade').duration(duration).style('opacity', 1);
    const merged = entered.merge(objects);
    merged.transition('move').duration(duration).attr('transform', (d) => `translate(${d.x},${d.y})`);
    merged.each(function (d) {
      const g = select(this as SVGGElement);
      const o = d.object;
      g.selectAll('*').remove();
      g.attr('data-object-id', o.id).attr('data-type', o.type).attr('data-refcount', o.refcount).attr('data-state', o.state)
        .attr('tabindex', 0).attr('role', 'img')
        .attr('aria-label', `${o.type} object, refcount ${o.refcount}, ${o.size} bytes, ${o.state}`)
        .classed('selected', o.id === selectedId);
      g.append('rect').attr('class', 'box').attr('width', d.width).attr('height', d.height).attr('rx', 6);
      g.append('text').attr('class', 'box-title').attr('x', 8).attr('y', 17).text(o.type);
      g.append('text').attr('class', 'box-size').attr('x', d.width - 44).attr('y', 17).attr('text-anchor', 'end').text(`${o.size} B`);
      const badge = g.append('g').attr('class', 'refcount-badge').attr('transform', `translate(${d.width - 22},13)`);
      badge.append('circle').attr('r', 11);
      badge.append('text').attr('text-anchor', 'middle').attr('y', 4).text(String(o.refcount));
      if (o.state === 'unreachable') g.append('text').attr('class', 'leak-label').attr('x', 8).attr('y', -5).text(unreachableLabel);
      if (d.rows.length === 0 && o.length === undefined) {
        g.append('text').attr('class', 'row-value').attr('x', 8).attr('y', HEADER_HEIGHT + 14).text(truncate(o.repr, 26));
      }
      drawRows(g as unknown as Selection<SVGGElement, unknown, null, undefined>, d.rows, d.width, d.hiddenRows);
      // The box's accessible name is its aria-label; the drawn text is for the eyes (the text alternative has it all).
      g.selectAll('text').attr('aria-hidden', 'true');
    });
    merged.on('click', (event: MouseEvent, d) => {
      event.stopPropagation();
      options.onSelect(d.object.id);
    }).on('keydown', (event: KeyboardEvent, d) => {
      if (event.key === 'Enter' || event.key === ' ') options.onSelect(d.object.id);
    });

    // Edges, drawn under the boxes.
    const edges = edgesLayer.selectAll<SVGPathElement, (typeof layout.edges)[number]>('path.edge').data(layout.edges);
    edges.exit().remove();
    edges.enter().append('path').merge(edges)
      .attr('class', (d) => (d.weak ? 'edge weak' : 'edge'))
      .attr('data-target', (d) => d.toId)
      .attr('marker-end', `url(#${ARROW_ID})`)
      .attr('d', (d) => {
        if (d.fromId === d.toId) {
          // A reference to itself: loop out to the right and back onto the box's top edge.
          const x = d.fromX, y = d.fromY;
          return `M ${x} ${y} C ${x + 60} ${y}, ${x + 40} ${d.toY - 40}, ${x - 20} ${d.toY - 14}`;
        }
        const mx = (d.fromX + d.toX) / 2;
        return `M ${d.fromX} ${d.fromY} C ${mx} ${d.fromY}, ${mx} ${d.toY}, ${d.toX} ${d.toY}`;
      });
    svg.attr('data-object-count', layout.objects.length);
    fitToView(layout);
  }

  let fitted = false;
  /** Scales the drawing down once when it is wider than the pane (phones, small iframes); the user can zoom after. */
  function fitToView(layout: GraphLayout): void {
    const box = svgElement.getBoundingClientRect();
    if (fitted || box.width === 0 || layout.objects.length === 0) return;
    const scale = Math.min(1, box.width / (layout.width + 10));
    if (scale < 1) {
      svg.call(zoomBehavior.transform, zoomIdentity.translate(4, 4).scale(Math.max(scale, 0.35)));
      fitted = true;
    }
  }

  return {
    update,
    destroy() {
      svg.on('.zoom', null);
      svg.selectAll('*').remove();
    },
  };
}
