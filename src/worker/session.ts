// Time travel over a program run: the interpreter only moves forward; going back replays the program (it is
// deterministic) with the recorded button actions. Each step's view is built with the step before it, so the
// page can show what changed.

import { Interpreter, type InterpreterOptions } from '../python/interpreter';
import { InputNeeded } from '../python/vm/vm';
import type { Snapshot } from '../python/snapshot';
import type { SnapshotScope } from '../python/snapshotBuilder';
import { ROW_LIMIT } from '../view/metrics';
import type { GraphLayout, Narration, ViewOptions } from '../view/model';
import { buildStepView, type StepTransition } from './stepView';
import type { StepView } from './protocol';
import { stdinLines } from './stdinLines';
import { Checkpoints } from './checkpoints';
import { groupDigits } from '../view/groupDigits';

export { stdinLines };

/** What the user did with the buttons; part of the history, replayed at the step where it happened. */
export type HeapAction = { readonly kind: 'collect' } | { readonly kind: 'set-gc'; readonly enabled: boolean };

export interface TimedAction {
  readonly step: number;
  readonly action: HeapAction;
}

export interface SessionOptions extends InterpreterOptions {
  /** Steps after which a run stops (a program this long is almost surely looping). */
  maxSteps?: number;
  /** Stepping time between time-travel checkpoints, in ms (see Checkpoints). */
  checkpointEveryMs?: number;
}

/** input() is waiting at the current step: the step that asks has not been taken. */
export interface InputWait {
  /** The last unfinished line of output (what input() printed, usually). */
  readonly prompt: string;
  /** What the unfinished step wrote before asking (shown, though the step is not taken yet). */
  readonly pendingOutput: string;
}

export const DEFAULT_MAX_STEPS = 10_000_000;
/** Objects a step's snapshot describes at most (the picture's boxes are fewer still). */
const MAX_DESCRIBED = 4000;

/** A jump replays from the nearest checkpoint when that saves at least this many steps over going on from the current one. */
const CHECKPOINT_WORTH = 256;

/**
 * A program and everything done to it. Example:
 * ```ts
 * const s = new Session('a = []\nb = a\n');
 * s.forward(2); s.back(1); s.view().snapshot.line // 2
 * ```
 */
export class Session {
  private interp: Interpreter;
  private readonly actions: TimedAction[] = [];
  readonly maxSteps: number;
  viewOptions: ViewOptions & { readonly expanded: ReadonlySet<number> } = { showShared: false, expanded: new Set() };
  /** How the interpreter came to its current step (null after a jump that had no step before). */
  private transition: StepTransition | null = null;
  private cachedView: StepView | null = null;
  /** With askForInput: every line input() has read so far, the host's stdin lines then the reader's answers. */
  private readonly answers: string[];
  /** Set while input() waits: the step before the asking one, which nothing goes past until the answer. */
  private waiting: (InputWait & { readonly step: number }) | null = null;
  /** Counts the times input() has asked, so a move knows it was cut short by one. */
  private inputRequests = 0;
  /** Forks of this run along its steps (taken by whoever runs ahead: the scout, a Run), where jumps start from. */
  readonly checkpoints: Checkpoints;

  constructor(readonly source: string, readonly options: SessionOptions = {}) {
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.checkpoints = new Checkpoints(options.checkpointEveryMs);
    this.answers = options.askForInput ? stdinLines(options.stdin) : [];
    this.interp = this.fresh();
  }

  /** Options for an interpreter replaying this session (the scout, the inspector): the answers are its stdin. */
  get interpreterOptions(): SessionOptions {
    if (!this.options.askForInput) return this.options;
    return { ...this.options, stdin: this.answers.map((a) => a + '\n').join('') };
  }

  /** input() is asking the reader at the current step (null otherwise). */
  get waitingForInput(): InputWait | null {
    return this.waiting && { prompt: this.waiting.prompt, pendingOutput: this.waiting.pendingOutput };
  }

  /** Every line given to input() so far. */
  get inputHistory(): readonly string[] {
    return this.answers;
  }

  private fresh(): Interpreter {
    const interp = new Interpreter(this.source, this.interpreterOptions);
    this.applyActions(interp, 0);
    return interp;
  }

  /** A run at `step` or before it: the nearest checkpoint's, or a fresh one. */
  private startingBefore(step: number): Interpreter {
    return this.checkpoints.restore(step) ?? this.fresh();
  }

  get step(): number {
    return this.interp.steps;
  }

  /** The run has ended: exit, an error at exit, or a halt. */
  get done(): boolean {
    const s = this.interp.status;
    return s !== 'ready' && s !== 'paused';
  }

  /** The program's last state is showing (the step Run stops at). */
  get atLastState(): boolean {
    return this.interp.finishedBody || this.interp.status === 'halted';
  }

  get history(): readonly TimedAction[] {
    return this.actions;
  }

  get scope(): SnapshotScope {
    return { rowLimit: ROW_LIMIT, expanded: this.viewOptions.expanded, maxObjects: MAX_DESCRIBED };
  }

  snapshot(): Snapshot {
    return this.interp.snapshot(this.scope);
  }

  private applyActions(interp: Interpreter, step: number): void {
    for (const a of this.actions) if (a.step === step) apply(interp, a.action);
  }

  /** One step on the live interpreter (and the actions recorded for the step it reaches). */
  private advanceOne(): boolean {
    if (this.done || (this.waiting && this.interp.steps >= this.waiting.step)) return false;
    if (this.interp.steps >= this.maxSteps) {
      this.interp.halt(`the program ran for ${groupDigits(this.maxSteps)} steps without ending (is there an infinite loop?)`);
      return false;
    }
    try {
      this.interp.step();
    } catch (e) {
      if (!(e instanceof InputNeeded)) throw e;
      this.waitForInput();
      return false;
    }
    this.applyActions(this.interp, this.interp.steps);
    this.checkpoints.offer(this.interp);
    return true;
  }

  /**
   * input() ran out of lines mid-step: the live interpreter is left inside the step, so the session goes back
   * to the step before it (replaying it as goto does, with what that step changed) and waits for an answer.
   */
  private waitForInput(): void {
    this.inputRequests++;
    const written = this.interp.stdout;
    const step = this.interp.steps;
    this.interp = this.startingBefore(step - 1);
    this.shown = null;
    this.transition = null;
    if (step > this.interp.steps) this.arriveAt(step);
    this.cachedView = null;
    this.waiting = { step, prompt: written.slice(written.lastIndexOf('\n') + 1), pendingOutput: written.slice(this.interp.stdout.length) };
  }

  /**
   * The reader's answer to the input() that is waiting: input() returns it when the step is taken (forward or
   * Run). It joins the stdin of every replay, so going back and forward again does not ask again.
   */
  answer(text: string): void {
    if (!this.waiting) return;
    const lines = text.split(/\r?\n/);
    this.answers.push(...lines);
    // Checkpoints were taken without the answer in stdin: a run restored from one would ask again.
    this.checkpoints.clear();
    // The live interpreter is at the step before the asking one, its stdin used up: the same as a replay.
    for (const line of lines) this.interp.vm.supplyInput(line);
    this.waiting = null;
    this.cachedView = null;
  }

  /** Takes the last step to `target` watching it: the state before, what was freed, collections' pictures. */
  private arriveAt(target: number): void {
    if (this.waiting && target > this.waiting.step) {
      // Nothing goes past an input() that waits: the move ends at the step before it.
      if (this.interp.steps === this.waiting.step) return;
      target = this.waiting.step;
    }
    const asked = this.inputRequests;
    while (this.interp.steps < target - 1 && this.advanceOne());
    this.cachedView = null;
    // input() asked on the way: the session is already at the step before, with what that step changed.
    if (this.inputRequests !== asked) return;
    if (this.done && this.interp.steps < target - 1 && this.interp.steps > 0) {
      // Past the end of the run: arrive at its final state (interpreter exit is only reached by asking for it).
      const end = this.interp.event === 'exit' ? this.interp.steps - 1 : this.interp.steps;
      this.interp = this.startingBefore(end - 1);
      this.arriveAt(end);
      return;
    }
    if (this.interp.steps !== target - 1 || this.done) {
      this.transition = null;
      return;
    }
    // Stepping on from the state just shown, that state is the step before.
    const shown = this.shown !== null && this.shown.snapshot.step === this.interp.steps ? this.shown : null;
    const transition = this.watch(shown ? shown.snapshot : this.snapshot(), () => this.advanceOne());
    if (this.inputRequests === asked) this.transition = shown ? { ...transition, layoutBefore: shown.layout } : transition;
  }

  /** The snapshot and picture of the view last built, while it is still the live state (cleared when the heap is acted on). */
  private shown: { readonly snapshot: Snapshot; readonly layout: GraphLayout } | null = null;

  /** Runs `act` recording what happens to memory meanwhile. */
  private watch(before: Snapshot | null, act: () => void): StepTransition {
    const vm = this.interp.vm;
    const collectionsFrom = vm.gcLog.count;
    const collectionsBefore: Snapshot[] = [];
    vm.gcLog.recordDetail = true;
    vm.gcLog.onCollectionStart = () => collectionsBefore.push(this.interp.snapshot(this.scope));
    let freedIds: number[];
    try {
      freedIds = vm.recordingFrees(act);
    } finally {
      vm.gcLog.recordDetail = false;
      vm.gcLog.onCollectionStart = null;
    }
    const events = vm.gcLog.since(collectionsFrom);
    const collections = events.length === collectionsBefore.length ? events.map((event, i) => ({ event, before: collectionsBefore[i] })) : [];
    return { before, freedIds, collections };
  }

  /** Moves forward `n` steps (stops at the end). */
  forward(n = 1): void {
    if (n <= 0) return;
    this.arriveAt(this.interp.steps + n);
  }

  back(n = 1): void {
    this.goto(Math.max(0, this.interp.steps - n));
  }

  /** Any step, forward or back: from the nearest checkpoint before it (or the start) unless the current step is nearer. */
  goto(step: number): void {
    const target = Math.max(0, step);
    if (target === this.interp.steps) return;
    const from = this.checkpoints.stepBefore(target - 1);
    if (target < this.interp.steps || from >= this.interp.steps + CHECKPOINT_WORTH) {
      if (target < this.interp.steps) this.waiting = null;
      this.interp = target === 0 ? this.fresh() : this.startingBefore(target - 1);
      this.shown = null;
    }
    if (target === 0) {
      this.transition = null;
      this.cachedView = null;
      return;
    }
    const replayFrom = this.interp.steps;
    const began = performance.now();
    this.arriveAt(target);
    this.checkpoints.noteReplay(this.interp.steps - replayFrom, performance.now() - began);
  }

  /**
   * Jumps practised while the worker is idle, to `steps` and back, so that V8 has compiled restoring a
   * checkpoint, replaying from its copied objects and building the view before the reader's first jump: in a
   * 10^6-step loop the first three jumps took 15-40 ms and the rest about 1. The reader's state is put back as
   * it was (the same interpreter, the same view), whatever the practice did.
   */
  rehearseJumps(steps: readonly number[]): void {
    if (this.waiting) return;
    const saved = { interp: this.interp, transition: this.transition, cachedView: this.cachedView, shown: this.shown };
    try {
      for (const step of steps) {
        if (step <= 0) continue;
        // Always from a checkpoint's copy (goto might step the reader's own interpreter on).
        this.interp = this.startingBefore(step - 1);
        this.shown = null;
        this.cachedView = null;
        this.arriveAt(step);
        this.view();
        // Input asked on the way: the practice ends (the reader's state is restored below).
        if (this.waiting) break;
      }
    } finally {
      this.waiting = null;
      this.interp = saved.interp;
      this.transition = saved.transition;
      this.cachedView = saved.cachedView;
      this.shown = saved.shown;
    }
  }

  /**
   * Runs forward until `deadline` (ms timestamp), the program's last state, or a line with a breakpoint.
   * Returns true when it stopped for good. The view of where it stops is taken by replaying its last step.
   */
  runSlice(deadline: number, breakpoints: ReadonlySet<number>): boolean {
    const startedAt = this.interp.steps;
    let count = 0;
    for (;;) {
      if (this.atLastState || this.done) break;
      // Input needed: the run stops at the step before the asking one (already replayed and watched).
      if (!this.advanceOne() && this.waiting) return true;
      const f = this.interp.vm.frame;
      if (breakpoints.size > 0 && f && this.interp.event === 'line' && breakpoints.has(f.code.lines[f.pc])) break;
      if (++count % 512 === 0 && Date.now() > deadline) {
        this.transition = null;
        this.cachedView = null;
        return false;
      }
    }
    const reached = this.interp.steps;
    if (reached > startedAt) {
      // Replaying the last step gives the page what that step changed.
      // (Even after one step: it was taken unwatched, and goto to the current step does nothing.)
      this.interp = this.startingBefore(reached - 1);
      this.shown = null;
      this.goto(reached);
    }
    return true;
  }

  /** Does something to the live heap at the current step and records it in the history. */
  act(action: HeapAction): void {
    this.shown = null;
    this.actions.push({ step: this.interp.steps, action });
    this.checkpoints.invalidateFrom(this.interp.steps);
    const before = this.snapshot();
    this.transition = this.watch(before, () => apply(this.interp, action));
    this.cachedView = null;
  }

  /** Re-lays out the current step (view options changed). */
  setViewOptions(options: { showShared: boolean; expanded: ReadonlySet<number> }): void {
    this.viewOptions = options;
    this.cachedView = null;
    this.shown = null;
    if (this.transition) {
      // The step before must be described with the same scope: take it again.
      const step = this.interp.steps;
      this.interp = this.startingBefore(step - 1);
      this.arriveAt(step);
    }
  }

  view(): StepView {
    if (!this.cachedView) {
      const snap = this.snapshot();
      const wait = this.waiting;
      // While input() asks, the output shows what the unfinished step printed (its prompt).
      const shown = wait ? { ...snap, stdout: snap.stdout + wait.pendingOutput } : snap;
      const view = buildStepView(this.source, shown, this.transition, this.viewOptions);
      this.cachedView = wait ? { ...view, narration: withInputNote(view.narration), waitingForInput: { prompt: wait.prompt } } : view;
      this.shown = { snapshot: snap, layout: view.layout };
    }
    return this.cachedView;
  }

  /** The live interpreter, for reading (tests, the refcount history). */
  get interpreter(): Interpreter {
    return this.interp;
  }
}

/** The step's narration, then what the reader is asked to do. */
function withInputNote(n: Narration): Narration {
  return { en: `${n.en} This line calls input(): type a line in the box.`, id: `${n.id} Baris ini memanggil input(): ketik satu baris di kotak.` };
}

export function apply(interp: Interpreter, action: HeapAction): void {
  const vm = interp.vm;
  if (action.kind === 'collect') vm.collect(2, 'button');
  else vm.heap.gcEnabled = action.enabled;
}
