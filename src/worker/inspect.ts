// What the inspector shows of one object: who holds it now (in words), what it keeps alive, and how its
// refcount changed from the start of the run, found by replaying the run with the object watched.

import { Interpreter } from '../python/interpreter';
import { referencesTo, retainedSize } from '../python/ledger';
import { addressOf } from '../python/runtime/address';
import { apply, type SessionOptions, type TimedAction } from './session';
import type { CountChange, Inspection } from './protocol';

/** Replays longer than this many steps report the history of the last ones only. */
const MAX_REPLAY = 2_000_000;

export function inspectObject(source: string, options: SessionOptions, actions: readonly TimedAction[], id: number, step: number): Inspection {
  const interp = new Interpreter(source, { ...options, watchId: id });
  for (const a of actions) if (a.step === 0) apply(interp, a.action);
  const history: CountChange[] = [];
  let watched = interp.vm.heap.findById(id);
  let previous: number | null = watched?.alive ? watched.refcount : null;
  let line = interp.snapshot().line;
  while (interp.steps < Math.min(step, MAX_REPLAY)) {
    interp.step();
    for (const a of actions) if (a.step === interp.steps) apply(interp, a.action);
    watched ??= interp.vm.heap.findById(id);
    const now = watched?.alive ? watched.refcount : null;
    if (now !== previous) history.push({ step: interp.steps, line, from: previous, to: now });
    previous = now;
    const f = interp.vm.frame;
    line = f ? f.code.lines[f.pc] : null;
    if (interp.status !== 'paused') break;
  }
  const full = interp.snapshot();
  return {
    id,
    address: watched?.alive ? addressOf(watched) : null,
    holders: referencesTo(full, id).map((e) => e.description),
    retained: retainedSize(full, id),
    history,
  };
}
