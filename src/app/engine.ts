// The page side of the interpreter worker: posts commands, forwards updates, restarts the worker to stop a run.

import type { EngineClient } from './store';
import type { FromWorker, Inspection, RunOverview, StepView, ToWorker } from '../worker/protocol';
import type { HeapAction } from '../worker/session';
import { stdinLines } from '../worker/stdinLines';
import InterpreterWorker from '../worker/worker.ts?worker';
import { takeStartedWorker, type StartedWorker } from './workerStart';
import { loadMessage, sameLoad } from './loadMessage';
import { markOnce } from '../worker/startupMarks';
import standaloneWorkerUrl from '../worker/workerStandalone.ts?worker&url';

export interface EngineCallbacks {
  onView(view: StepView, info: { running: boolean; totalSteps: number | null; lastStateStep: number | null }): void;
  onOverview(overview: RunOverview, running: boolean): void;
  onInspection(inspection: Inspection): void;
  onCrash(message: string): void;
}

export class WorkerEngine implements EngineClient {
  private worker: Worker;
  private lastCode = '';
  private lastStep = 0;
  /** The host's stdin lines, then the reader's answers since the last load: Stop's reload replays them all. */
  private stdinGiven: string[] = [];
  /** The worker started by the page's entry, with the load it was sent, until the first load here adopts it. */
  private early: StartedWorker | null = null;

  constructor(private readonly callbacks: EngineCallbacks, private readonly stepLimit: number | null = null) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    let worker: Worker;
    if (self.origin === 'null') {
      // In a sandboxed frame (opaque origin) a worker must come from a blob: fetch the script, queue messages meanwhile.
      const pending: ToWorker[] = [];
      const stub = { postMessage: (m: ToWorker) => pending.push(m), terminate: () => undefined } as unknown as Worker;
      worker = stub;
      fetch(new URL(standaloneWorkerUrl, location.href)).then((r) => r.text()).then((text) => {
        if (this.worker !== stub) return;
        // The standalone bundle is self-contained, so it runs as a classic worker (which opaque origins allow).
        const real = new Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
        real.onmessage = this.onMessage;
        real.onerror = (e) => this.callbacks.onCrash(`the interpreter could not start: ${e.message || 'worker error'}`);
        this.worker = real;
        for (const m of pending) real.postMessage(m);
      }).catch((e) => this.callbacks.onCrash(`could not start the interpreter: ${String(e)}`));
      return worker;
    }
    this.early = takeStartedWorker();
    // Its replies are kept (workerStart.ts) until the first load here decides whether they are wanted.
    if (this.early) return this.early.worker;
    worker = new InterpreterWorker();
    worker.onmessage = this.onMessage;
    return worker;
  }

  private readonly onMessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    switch (msg.type) {
      case 'view':
        markOnce('page:first-view-received');
        this.lastStep = msg.view.snapshot.step;
        this.callbacks.onView(msg.view, { running: msg.running, totalSteps: msg.totalSteps, lastStateStep: msg.lastStateStep });
        break;
      case 'overview':
        this.callbacks.onOverview(msg.overview, msg.running);
        break;
      case 'inspection':
        this.callbacks.onInspection(msg.inspection);
        break;
      case 'crash':
        this.callbacks.onCrash(msg.message);
        break;
    }
  };

  private post(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  load(code: string, step = 0, stdin = ''): void {
    this.lastCode = code;
    this.stdinGiven = stdinLines(stdin);
    const load = loadMessage(code, step, this.stdinGiven, this.stepLimit);
    const early = this.early;
    this.early = null;
    if (early) {
      if (sameLoad(early.load, load)) {
        // The entry already sent this very load: take the replies that came meanwhile, then the rest as they come.
        this.worker.onmessage = this.onMessage;
        for (const data of early.replies) this.onMessage({ data } as MessageEvent<FromWorker>);
        return;
      }
      // Another program: a fresh worker, so no reply about the early one can arrive after this load's.
      this.worker.terminate();
      this.worker = new InterpreterWorker();
      this.worker.onmessage = this.onMessage;
    }
    markOnce('page:load-posted');
    this.post(load);
  }
  answer(text: string): void {
    this.stdinGiven.push(...stdinLines(text + '\n'));
    this.post({ type: 'answer', text });
  }
  step(delta: number): void {
    this.post({ type: 'step', delta });
  }
  goto(step: number): void {
    this.post({ type: 'goto', step });
  }
  run(breakpoints: number[]): void {
    this.post({ type: 'run', breakpoints });
  }
  act(action: HeapAction): void {
    this.post({ type: 'action', action });
  }
  inspect(id: number): void {
    this.post({ type: 'inspect', id });
  }
  setViewOptions(showShared: boolean, expanded: number[]): void {
    this.viewOptions = { showShared, expanded };
    this.post({ type: 'view-options', showShared, expanded });
  }
  private viewOptions = { showShared: false, expanded: [] as number[] };
  stop(): void {
    // A program deep in a loop never reads its messages: the only sure stop is a new worker.
    this.worker.terminate();
    this.worker = this.spawn();
    this.post(loadMessage(this.lastCode, this.lastStep, this.stdinGiven, this.stepLimit));
    if (this.viewOptions.showShared || this.viewOptions.expanded.length > 0) this.setViewOptions(this.viewOptions.showShared, this.viewOptions.expanded);
  }
  dispose(): void {
    this.worker.terminate();
  }
}
