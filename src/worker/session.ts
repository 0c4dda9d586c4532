// Time travel over a program run: deterministic replay from the start plus a cache of visited snapshots.

import { Interpreter, type InterpreterOptions } from '../python/interpreter';
import type { Snapshot } from '../python/snapshot';

/** What the user did with the buttons; part of the history, replayed at the step where it happened. */
export type HeapAction = { readonly kind: 'collect' } | { readonly kind: 'set-gc'; readonly enabled: boolean };

/** A change of one object's refcount between two consecutive steps; null counts mean "did not exist". */
export interface CountChange {
  readonly step: number;
  readonly line: number | null;
  readonly from: number | null;
  readonly to: number | null;
}

export interface TimedAction {
  readonly step: number;
  readonly action: HeapAction;
}

export interface SessionOptions extends InterpreterOptions {
  /** Snapshots kept for instant stepping back. */
  cacheSize?: number;
  /** Line events after which a run stops (a program this long is almost surely looping). */
  maxSteps?: number;
}

const DEFAULT_MAX_STEPS = 1_000_000;

/**
 * A program and everything done to it. The interpreter only moves forward; going back replays the
 * program (it is deterministic) with the recorded actions. Example:
 * ```ts
 * const s = new Session('a = []\nb = a\n');
 * s.forward(2); s.back(1); s.current.line // 2
 * ```
 */
export class Session {
  private interp: Interpreter;
  private readonly actions: TimedAction[] = [];
  private readonly cache = new Map<number, Snapshot>();
  private readonly cacheSize: number;
  readonly maxSteps: number;
  /** Known once the program has been run to its end. */
  totalSteps: number | null = null;
  current: Snapshot;

  constructor(readonly source: string, readonly options: SessionOptions = {}) {
    this.cacheSize = options.cacheSize ?? 5000;
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.interp = new Interpreter(source, options);
    this.current = this.remember(this.interp.snapshot());
  }

  get step(): number {
    return this.interp.steps;
  }

  get done(): boolean {
    const s = this.interp.status;
    return s !== 'ready' && s !== 'paused';
  }

  get history(): readonly TimedAction[] {
    return this.actions;
  }

  private remember(snap: Snapshot): Snapshot {
    this.cache.set(snap.step, snap);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return snap;
  }

  /** Runs one line event on the live interpreter, then applies the actions recorded for the new step. */
  private advanceOne(): boolean {
    if (this.done || this.interp.steps >= this.maxSteps) return false;
    this.interp.step();
    for (const a of this.actions) if (a.step === this.interp.steps) this.apply(a.action);
    if (this.done) this.totalSteps = this.interp.steps;
    return true;
  }

  private apply(action: HeapAction): void {
    const vm = this.interp.vm;
    if (action.kind === 'collect') vm.collect(2, 'button');
    else vm.heap.gcEnabled = action.enabled;
  }

  /** Moves forward `n` line events (stops at the end). */
  forward(n = 1): Snapshot {
    for (let i = 0; i < n; i++) if (!this.advanceOne()) break;
    this.current = this.remember(this.interp.snapshot());
    return this.current;
  }

  /** Runs to the end, to `maxSteps`, or until `deadline` (ms timestamp) passes; returns whether it finished. */
  runUntil(deadline: number, now: () => number = Date.now): boolean {
    let count = 0;
    while (!this.done && this.interp.steps < this.maxSteps) {
      this.advanceOne();
      if (++count % 256 === 0 && now() > deadline) break;
    }
    this.current = this.remember(this.interp.snapshot());
    return this.done || this.interp.steps >= this.maxSteps;
  }

  /**
   * Runs until `deadline` (ms), the end, or a breakpoint line, without building snapshots on the way
   * (a million steps take well under a second); `sample` sees the live object count after each step.
   * Returns true when it stopped for good (end or breakpoint).
   */
  runSlice(deadline: number, breakpoints: ReadonlySet<number>, sample: (step: number, liveObjects: number, collections: number) => void): boolean {
    const vm = this.interp.vm;
    let count = 0;
    let stopped = false;
    for (;;) {
      if (this.done || this.interp.steps >= this.maxSteps) {
        stopped = true;
        break;
      }
      const before = this.interp.steps;
      this.advanceOne();
      if (this.interp.steps !== before) sample(this.interp.steps, vm.heap.liveObjects, vm.gcLog.events.length);
      const f = vm.frame;
      if (breakpoints.size > 0 && f && breakpoints.has(f.code.lines[f.pc])) {
        stopped = true;
        break;
      }
      if (++count % 512 === 0 && Date.now() > deadline) break;
    }
    this.current = this.remember(this.interp.snapshot());
    return stopped;
  }

  back(n = 1): Snapshot {
    return this.goto(Math.max(0, this.interp.steps - n));
  }

  /** Any step, forward or back: cached snapshots are instant, otherwise the program is replayed. */
  goto(step: number): Snapshot {
    const target = Math.max(0, this.totalSteps !== null ? Math.min(step, this.totalSteps) : step);
    if (target >= this.interp.steps) return this.forward(target - this.interp.steps);
    const cached = this.cache.get(target);
    this.interp = new Interpreter(this.source, this.options);
    for (const a of this.actions) if (a.step === 0) this.apply(a.action);
    while (this.interp.steps < target && this.advanceOne());
    this.current = cached && cached.step === this.interp.steps ? cached : this.remember(this.interp.snapshot());
    return this.current;
  }

  /**
   * How an object's refcount changed over the steps seen so far: each change with the line whose
   * execution caused it (the line the program was on at the step before).
   */
  countHistory(id: number): CountChange[] {
    const steps = [...this.cache.keys()].filter((k) => k <= this.interp.steps).sort((a, b) => a - b);
    const changes: CountChange[] = [];
    let previous: { count: number | null; line: number | null; step: number } | null = null;
    for (const step of steps) {
      const snap = this.cache.get(step)!;
      const count = snap.objects.find((o) => o.id === id)?.refcount ?? null;
      if (previous && previous.step === step - 1 && count !== previous.count) {
        changes.push({ step, line: previous.line, from: previous.count, to: count });
      }
      previous = { count, line: snap.line, step };
    }
    return changes;
  }

  /** Does something to the live heap at the current step and records it in the history. */
  act(action: HeapAction): Snapshot {
    this.actions.push({ step: this.interp.steps, action });
    // Snapshots after this step are no longer true.
    for (const k of [...this.cache.keys()]) if (k >= this.interp.steps) this.cache.delete(k);
    this.apply(action);
    this.current = this.remember(this.interp.snapshot());
    return this.current;
  }
}
