// One step's view for the page: the picture, what changed since the step before, the narration, the
// collections to replay, and the output's tail.

import type { Snapshot } from '../python/snapshot';
import type { GcEvent } from '../python/gc/events';
import { layoutSnapshot } from '../view/layout';
import { stepChanges } from '../view/changes';
import { narrate } from '../view/narration';
import type { GraphLayout, ViewOptions } from '../view/model';
import type { CollectionPlayback, StepView } from './protocol';
import { outputTail } from '../python/outputOrder';

/**
 * How the current step was reached: the state before it (and its picture, when that was shown), what it freed, its
 * collections with the heap before each.
 */
export interface StepTransition {
  readonly before: Snapshot | null;
  readonly layoutBefore?: GraphLayout;
  readonly freedIds: readonly number[];
  readonly collections: readonly { readonly event: GcEvent; readonly before: Snapshot }[];
}

/** The page keeps this many lines of output; older ones are counted, not sent. */
export const OUTPUT_LINES_KEPT = 1000;

export function buildStepView(source: string, snap: Snapshot, transition: StepTransition | null, options: ViewOptions): StepView {
  const layout = layoutSnapshot(snap, options);
  const changes = stepChanges(transition?.before ?? null, snap, transition?.freedIds ?? []);
  const before = transition?.before ?? null;
  // Asked for only when there is a step before.
  const layoutBefore = () => transition?.layoutBefore ?? layoutSnapshot(before!, options);
  const narration = narrate(source, before, snap, changes, layout, layoutBefore);
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
  const out = outputTail(snap.stdout, snap.stderr, snap.stderrMarks, OUTPUT_LINES_KEPT);
  // The marks are offsets into the whole stdout: the page reads the order from `output` instead.
  const snapshot = { ...snap, stdout: snap.stdout.slice(out.stdoutFrom), stderrMarks: [] };
  return { snapshot, layout, changes, narration, playback, output: out.pieces, droppedLines: out.dropped, waitingForInput: null };
}
