// The inside of one box: title, badge, rows, notes. Redrawn only when what it shows changed.

import type { Selection } from 'd3';
import type { Box, ObjectBox, Row } from '../../view/model';
import { BADGE_ROOM, DETAIL_HEIGHT, HEADER_HEIGHT, ROW_HEIGHT, fitText, sizeLabel } from '../../view/metrics';

export interface BoxTexts {
  /** The module frame's title in the reader's language. */
  readonly globalFrame: string;
  readonly returnValue: string;
  readonly yieldValue: string;
  readonly temp: string;
  readonly alsoHeldBy: string;
  readonly expand: string;
  readonly collapse: string;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** What a box shows, as one string: the box is redrawn when it changes. */
export function boxSignature(b: Box, texts: BoxTexts): string {
  return JSON.stringify([b.width, b.height, b.title, b.rows, b.kind === 'object' ? [b.refcount, b.size, b.state, b.notes, b.detail, b.collapsed] : [b.active, b.lineLabel], texts.globalFrame]);
}

function rowLabel(r: Row, texts: BoxTexts): string {
  if (r.kind === 'temp') return texts.temp;
  if (r.kind === 'return') return r.label === 'yield value' ? texts.yieldValue : texts.returnValue;
  return r.label;
}

function drawRows(g: G, b: Box, top: number, texts: BoxTexts): void {
  b.rows.forEach((r, i) => {
    const y = top + i * ROW_HEIGHT;
    const row = g.append('g').attr('class', `row row-${r.kind}`).attr('data-row', i);
    if (r.kind === 'return') row.append('rect').attr('class', 'row-highlight').attr('x', 1).attr('y', y).attr('width', b.width - 2).attr('height', ROW_HEIGHT);
    if (r.kind === 'more') {
      row.attr('role', 'button').attr('tabindex', 0).attr('data-action', 'expand');
      row.append('text').attr('class', 'row-more').attr('x', 8).attr('y', y + 14).text(`${r.label} · ${texts.expand}`);
      return;
    }
    row.append('text').attr('class', 'row-label').attr('x', 8).attr('y', y + 14).text(rowLabel(r, texts));
    if (r.value !== null) row.append('text').attr('class', 'row-value').attr('x', b.width - 10).attr('y', y + 14).attr('text-anchor', 'end').text(r.value);
    else if (r.targetId !== null) row.append('circle').attr('class', r.weak ? 'row-dot weak' : 'row-dot').attr('cx', b.width - 10).attr('cy', y + ROW_HEIGHT / 2).attr('r', 3.5);
    if (r.full) row.append('title').text(r.full);
  });
}

/** Draws a box's contents into its (emptied) group. */
export function drawBox(g: G, b: Box, texts: BoxTexts): void {
  g.selectAll('*').remove();
  g.append('rect').attr('class', 'box').attr('width', b.width).attr('height', b.height).attr('rx', 6);
  g.append('rect').attr('class', 'box-header').attr('width', b.width).attr('height', HEADER_HEIGHT).attr('rx', 6);
  g.append('line').attr('class', 'box-rule').attr('x1', 0).attr('x2', b.width).attr('y1', HEADER_HEIGHT).attr('y2', HEADER_HEIGHT);
  const title = b.kind === 'frame' && b.isModule ? texts.globalFrame : b.title;
  const titleText = g.append('text').attr('class', 'box-title').attr('x', 8).attr('y', 17).text(title);
  if (b.fullTitle) titleText.append('title').text(b.fullTitle);
  if (b.kind === 'frame') {
    g.append('text').attr('class', 'box-size').attr('x', b.width - 8).attr('y', 17).attr('text-anchor', 'end').text(b.lineLabel);
    drawRows(g, b, HEADER_HEIGHT, texts);
    return;
  }
  drawObject(g, b, texts);
}

function drawObject(g: G, b: ObjectBox, texts: BoxTexts): void {
  g.append('text').attr('class', 'box-size').attr('x', b.width - BADGE_ROOM).attr('y', 17).attr('text-anchor', 'end').text(sizeLabel(b.size));
  const badge = g.append('g').attr('class', 'refcount-badge').attr('transform', `translate(${b.width},0)`);
  badge.append('circle').attr('r', 11);
  badge.append('text').attr('text-anchor', 'middle').attr('y', 4).text(b.refcount > 999 ? '999+' : String(b.refcount));
  badge.append('title').text(`refcount ${b.refcount}`);
  let top = HEADER_HEIGHT;
  if (b.detail) {
    g.append('text').attr('class', 'box-detail').attr('x', 8).attr('y', top + 12).text(b.detail);
    top += DETAIL_HEIGHT;
  }
  drawRows(g, b, top, texts);
  if (b.notes.length > 0) {
    const text = `+${b.notedReferences}: ${b.notes.join(', ')}`;
    const note = g.append('text').attr('class', 'box-notes').attr('x', 8).attr('y', b.height - 7).text(fitText(text, b.width - 16));
    note.append('title').text(`${texts.alsoHeldBy} ${b.noteSentences.join('; ')}`);
  }
}
