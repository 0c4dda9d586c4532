// Time travel's checkpoints: forks of the run kept every few milliseconds of replay, so going to any step
// replays only from the nearest one before it. Whoever runs the program ahead (the scout, a Run) offers its
// interpreter after each step; a fork is taken when a replay from the last one would take long enough.

import type { Interpreter } from '../python/interpreter';
import { NotForkable } from '../python/fork/graphClone';

/** Replay time between checkpoints: the most a jump replays. */
const REPLAY_MS = 8;
/**
 * Steps a restored fork replays per ms until measured. A fork steps slower than the run it was taken from
 * (its objects are copies whose hidden classes are new to the compiled hot paths): jumps into a 10^6-step loop
 * replayed 330-360 steps per ms in Node. The scout spaces its checkpoints before any replay is measured, so an
 * optimistic rate here spaced them twice too far for the first jumps.
 */
const INITIAL_REPLAY_RATE = 400;
/** A fork may cost at most this share of the stepping time between checkpoints... */
const FORK_SHARE = 0.3;
/**
 * ...and more the longer a checkpoint is overdue (the share grows with the steps since the last one over the
 * planned spacing), up to this. A 10^6-step loop stepped 7 times faster than its forks replay, so the time rule
 * alone left gaps of 30,000 steps, 10 times the planned ones, which jumps replayed in full.
 */
const OVERDUE_FORK_SHARE = 0.6;
/** Below this many steps apart, a checkpoint saves less than restoring it costs. */
const MIN_SPACING = 500;
/** Copied object slots (about 16 bytes each with their objects) all checkpoints may hold: about 600 MB. */
const SLOT_BUDGET = 40_000_000;
/** Forks whose cost per copied slot the estimate is the median of. */
const FORK_SAMPLES = 9;
/**
 * The first forks are not counted: V8 is still compiling the copying code (a 10^6-step loop's first three took
 * 29.6, 14.7 and 0.9 ms, the rest about 0.4). One cold sample held the next checkpoint back for 67,000 steps.
 */
export const WARM_UP_FORKS = 2;

/**
 * What the next fork will cost: the median ms per copied slot of the last forks, times the slots. A median, so
 * one fork that a major GC or a busy machine stretched does not space the next checkpoints far apart (a jump
 * into that stretch would replay all of it). The lower median: of two samples, the faster one.
 */
export class ForkCost {
  private readonly msPerSlot: number[] = [];
  private next = 0;
  private forksSeen = 0;

  note(ms: number, slots: number): void {
    if (++this.forksSeen <= WARM_UP_FORKS) return;
    const rate = ms / Math.max(1, slots);
    if (this.msPerSlot.length < FORK_SAMPLES) this.msPerSlot.push(rate);
    else this.msPerSlot[this.next] = rate;
    this.next = (this.next + 1) % FORK_SAMPLES;
  }

  /** Expected ms to fork `slots` slots (0 before two forks are counted: one alone may be a pause's). */
  estimate(slots: number): number {
    if (this.msPerSlot.length < 2) return 0;
    const sorted = [...this.msPerSlot].sort((a, b) => a - b);
    return sorted[(sorted.length - 1) >> 1] * slots;
  }
}

interface Checkpoint {
  readonly step: number;
  readonly interp: Interpreter;
  readonly slots: number;
}

export class Checkpoints {
  /** By step, ascending. */
  private readonly kept: Checkpoint[] = [];
  private slots = 0;
  /** Both double each time the budget makes the store drop every other checkpoint. */
  private minSpacing = MIN_SPACING;
  private replayMs: number;
  /** Steps per ms of replays from checkpoints, as measured (smoothed). */
  private replayRate = INITIAL_REPLAY_RATE;
  private lastFork = { step: 0, at: 0, slots: 0 };
  private readonly forkCost = new ForkCost();
  private offerer: Interpreter | null = null;

  /** `replayMs`: replay time between checkpoints; 0 takes one every MIN_SPACING steps whatever forks cost (tests). `clock`: ms (tests). */
  // performance.now, not Date.now: a fork takes 0.2-1 ms, which whole milliseconds measured as 0, 1 or 2 ms, and a
  // sample of 2 for a 0.3 ms fork held the next checkpoint back for thousands of steps.
  constructor(replayMs = REPLAY_MS, private readonly clock: () => number = () => performance.now()) {
    this.replayMs = replayMs;
  }

  /** How many are kept (tests, the bench). */
  get count(): number {
    return this.kept.length;
  }

  /** Offers the state `interp` just reached (after the step's recorded actions): kept if one is due here. */
  offer(interp: Interpreter): void {
    const step = interp.steps;
    if (interp.status !== 'paused') return;
    if (this.offerer !== interp) {
      // A new run offering: its stepping time starts now.
      this.offerer = interp;
      this.lastFork = { step, at: this.clock(), slots: this.lastFork.slots };
      return;
    }
    const since = step - this.lastFork.step;
    if (since < this.minSpacing || (step & 63) !== 0) return;
    const planned = this.replayMs * this.replayRate;
    if (this.replayMs > 0 && since < planned) return;
    const now = this.clock();
    const share = Math.min(OVERDUE_FORK_SHARE, FORK_SHARE * (since / planned));
    if (this.replayMs > 0 && now - this.lastFork.at < this.forkCost.estimate(this.lastFork.slots) / share) return;
    const before = this.before(step);
    // Another run already left one in the stretch just stepped (a scout run again after an action).
    if (before && (before.step > this.lastFork.step || step - before.step < this.minSpacing)) {
      this.lastFork = { step, at: now, slots: this.lastFork.slots };
      return;
    }
    let slots: number;
    try {
      const fork = interp.fork();
      slots = fork.slots;
      this.insert({ step, interp: fork.interpreter, slots });
    } catch (e) {
      // Mid-way through a native operation (a JS generator): try again a little later.
      if (!(e instanceof NotForkable)) throw e;
      return;
    }
    const done = this.clock();
    this.forkCost.note(done - now, slots);
    this.lastFork = { step, at: done, slots };
  }

  /** A replay from a checkpoint took `ms` for `steps`: checkpoints are spaced by what replays cost. */
  noteReplay(steps: number, ms: number): void {
    if (steps < 1000 || ms <= 0) return;
    this.replayRate = Math.max(50, 0.7 * this.replayRate + 0.3 * (steps / ms));
  }

  /** The checkpoint nearest before or at `step`. */
  private before(step: number): Checkpoint | null {
    let lo = 0, hi = this.kept.length - 1, found: Checkpoint | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.kept[mid].step <= step) {
        found = this.kept[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The step of the latest checkpoint at or before `step`, or -1. */
  stepBefore(step: number): number {
    return this.before(step)?.step ?? -1;
  }

  /** A run at the latest checkpoint at or before `step` (a fork: the checkpoint stays as it was), or null. */
  restore(step: number): Interpreter | null {
    const c = this.before(step);
    if (!c) return null;
    try {
      return c.interp.fork().interpreter;
    } catch (e) {
      if (e instanceof NotForkable) return null;
      throw e;
    }
  }

  /** The history changed at `step` (an action there): checkpoints from it on describe another run. */
  invalidateFrom(step: number): void {
    while (this.kept.length > 0 && this.kept[this.kept.length - 1].step >= step) this.slots -= this.kept.pop()!.slots;
    this.offerer = null;
  }

  clear(): void {
    this.invalidateFrom(0);
  }

  private insert(c: Checkpoint): void {
    const kept = this.kept;
    let i = kept.length;
    while (i > 0 && kept[i - 1].step > c.step) i--;
    kept.splice(i, 0, c);
    this.slots += c.slots;
    while (this.slots > SLOT_BUDGET && kept.length > 1) this.thin();
  }

  /** Over budget: every other checkpoint goes, and they are taken twice as far apart from now on. */
  private thin(): void {
    const kept = this.kept;
    let w = 0;
    this.slots = 0;
    for (let r = 0; r < kept.length; r++) {
      if (r % 2 === 1 && r !== kept.length - 1) continue;
      kept[w++] = kept[r];
      this.slots += kept[r].slots;
    }
    kept.length = w;
    this.minSpacing *= 2;
    this.replayMs *= 2;
  }
}
