// One step's view for the page: the picture, what changed since the step before, the narration, the
// collections to replay, and the output's tail.

import type { Snapshot } from '../python/snapshot';
import type { GcEvent } from '../python/gc/events';
import { layoutSnapshot } from '../view/layout';
import { stepChanges } from '../view/changes';
import { narrate } from '../view/narration';
import type { ViewOptions } from '../view/model';
import type { CollectionPlayback, StepView } from './protocol';

/** How the current step was reached: the state before it, what it freed, its collections with the heap before each. */
export interface StepTransition {
  readonly before: Snapshot | null;
  readonly freedIds: readonly number[];
  readonly collections: readonly { readonly event: GcEvent; readonly before: Snapshot }[];
}

/** The page keeps this many lines of output; older ones are counted, not sent. */
export const OUTPUT_LINES_KEPT = 1000;

/** The last `keep` lines of `text`, and how many were dropped before them. */
export function outputTail(text: string, keep = OUTPUT_LINES_KEPT): { text: string; dropped: number } {
  let at = text.length;
  if (text.endsWith('\n')) at--;
  for (let n = 0; n < keep; n++) {
    const i = text.lastIndexOf('\n', at - 1);
    if (i < 0) return { text, dropped: 0 };
    at = i;
  }
  let dropped = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i <= at; i = text.indexOf('\n', i + 1)) dropped++;
  return { text: text.slice(at + 1), dropped };
}

export function buildStepView(source: string, snap: Snapshot, transition: StepTransition | null, options: ViewOptions): StepView {
  const layout = layoutSnapshot(snap, options);
  const changes = stepChanges(transition?.before ?? null, snap, transition?.freedIds ?? []);
  const narration = narrate(source, transition?.before ?? null, snap, changes, layout);
  // The step's last collection that found something is replayed; else its last one.
  let playback: CollectionPlayback | null = null;
  const watched = transition?.collections ?? [];
  if (watched.length > 0) {
    let i = watched.length - 1;
    for (let k = watched.length - 1; k >= 0; k--) {
      if (watched[k].event.collected > 0) {
        i = k;
        break;
      }
    }
    if (watched[i].event.detail) playback = { event: watched[i].event, before: layoutSnapshot(watched[i].before, options) };
  }
  const out = outputTail(snap.stdout);
  return { snapshot: { ...snap, stdout: out.text }, layout, changes, narration, playback, droppedLines: out.dropped, waitingForInput: null };
}
