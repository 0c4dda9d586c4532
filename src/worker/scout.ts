// Runs the program ahead of the reader, in slices, to learn its length and draw its memory over the steps:
// live objects every step (thinned to a bounded number of points), bytes where measuring is affordable,
// collections, and the steps where a disabled gc would have collected.

import { Interpreter } from '../python/interpreter';
import { InputNeeded } from '../python/vm/vm';
import { measureLive } from '../python/snapshotBuilder';
import { DEFAULT_MAX_STEPS, apply, type SessionOptions, type TimedAction } from './session';
import type { CollectionMark, MemoryPoint, RunOverview } from './protocol';
import type { Checkpoints } from './checkpoints';
import { groupDigits } from '../view/groupDigits';

/** The timeline keeps at most this many points, halving its resolution as a run gets longer. */
const MAX_POINTS = 2000;
/** Measuring bytes walks the heap: it may take at most this share of the scout's time. */
const MEASURE_SHARE = 0.25;

export class Scout {
  private readonly interp: Interpreter;
  private readonly maxSteps: number;
  private points: MemoryPoint[] = [];
  private readonly collections: CollectionMark[] = [];
  private readonly wouldCollect: number[] = [];
  private sampleEvery = 1;
  private measureEvery = 1;
  private measuring = 0;
  private started = Date.now();
  private halted: string | null = null;
  /** The run reached an input() with no answer yet: it goes no further, and its length is not known. */
  private waitingForInput = false;
  finished = false;

  /** `checkpoints`: where the run's states are offered as it goes (the session's jumps start from them). */
  constructor(source: string, options: SessionOptions, private readonly actions: readonly TimedAction[], private readonly checkpoints: Checkpoints | null = null) {
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.interp = new Interpreter(source, options);
    for (const a of actions) if (a.step === 0) apply(this.interp, a.action);
    this.record();
  }

  private record(): void {
    const interp = this.interp;
    const step = interp.steps;
    const heap = interp.vm.heap;
    let bytes = -1;
    if (step % this.measureEvery === 0 || interp.finishedBody || interp.status !== 'paused') {
      const t = Date.now();
      const live = measureLive(interp);
      bytes = live.bytes;
      this.measuring += Date.now() - t;
      if (this.measuring > MEASURE_SHARE * Math.max(1, Date.now() - this.started)) this.measureEvery *= 2;
    }
    if (step % this.sampleEvery === 0 || bytes >= 0) this.points.push({ step, objects: heap.liveObjects, bytes });
    if (this.points.length > MAX_POINTS) {
      this.sampleEvery *= 2;
      this.points = this.points.filter((p, i) => i % 2 === 0 || p.bytes >= 0);
      if (this.points.length > MAX_POINTS) this.points = this.points.filter((_, i) => i % 2 === 0);
    }
  }

  /** Runs until `deadline` (ms timestamp); returns true once the whole run is known. */
  runSlice(deadline: number): boolean {
    if (this.finished) return true;
    const interp = this.interp;
    const vm = interp.vm;
    let count = 0;
    while (interp.status === 'ready' || interp.status === 'paused') {
      if (interp.steps >= this.maxSteps) {
        this.halted = `the program ran for ${groupDigits(this.maxSteps)} steps without ending (is there an infinite loop?)`;
        interp.halt(this.halted);
        break;
      }
      const collectionsBefore = vm.gcLog.count;
      const wouldBefore = vm.heap.wouldHaveCollected;
      try {
        interp.step();
      } catch (e) {
        if (!(e instanceof InputNeeded)) throw e;
        this.waitingForInput = true;
        break;
      }
      for (const a of this.actions) if (a.step === interp.steps) apply(interp, a.action);
      const step = interp.steps;
      for (const e of vm.gcLog.since(collectionsBefore)) this.collections.push({ step, generation: e.generation, reason: e.reason, collected: e.collected });
      if (vm.heap.wouldHaveCollected !== wouldBefore) this.wouldCollect.push(step);
      this.record();
      this.checkpoints?.offer(interp);
      if (++count % 256 === 0 && Date.now() > deadline) return false;
    }
    if (interp.status === 'halted' && !this.halted) this.halted = interp.error?.message ?? 'stopped';
    this.finished = true;
    return true;
  }

  overview(): RunOverview {
    const total = this.finished && !this.waitingForInput ? this.interp.steps : null;
    const endsWithExit = this.finished && this.interp.event === 'exit';
    return {
      totalSteps: total,
      lastStateStep: total === null ? null : endsWithExit ? total - 1 : total,
      halted: this.halted,
      inputNeeded: this.waitingForInput,
      points: this.points,
      collections: this.collections,
      wouldCollect: this.wouldCollect,
    };
  }
}
