// The page side of the interpreter worker: posts commands, forwards updates, restarts the worker to stop a run.

import type { EngineClient } from './store';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { CountChange, HeapAction } from '../worker/session';
import InterpreterWorker from '../worker/worker.ts?worker';
import interpreterWorkerUrl from '../worker/worker.ts?worker&url';

export interface EngineCallbacks {
  onUpdate(update: Extract<FromWorker, { type: 'snapshot' }>): void;
  onHistory(id: number, changes: CountChange[]): void;
  onCrash(message: string): void;
}

export class WorkerEngine implements EngineClient {
  private worker: Worker;
  private lastCode = '';
  private lastStep = 0;

  constructor(private readonly callbacks: EngineCallbacks) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    let worker: Worker;
    if (self.origin === 'null') {
      // In a sandboxed frame (opaque origin) a worker must come from a blob: fetch the script, queue messages meanwhile.
      const pending: ToWorker[] = [];
      const stub = { postMessage: (m: ToWorker) => pending.push(m), terminate: () => undefined } as unknown as Worker;
      worker = stub;
      fetch(new URL(interpreterWorkerUrl, location.href)).then((r) => r.text()).then((text) => {
        if (this.worker !== stub) return;
        // The worker bundle is self-contained, so it also runs as a classic worker (which opaque origins allow).
        const real = new Worker(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
        real.onmessage = this.onMessage;
        real.onerror = (e) => this.callbacks.onCrash(`the interpreter could not start: ${e.message || 'worker error'}`);
        this.worker = real;
        for (const m of pending) real.postMessage(m);
      }).catch((e) => this.callbacks.onCrash(`could not start the interpreter: ${String(e)}`));
      return worker;
    }
    worker = new InterpreterWorker();
    worker.onmessage = this.onMessage;
    return worker;
  }

  private readonly onMessage = (event: MessageEvent<FromWorker>) => {
    {
      const msg = event.data;
      if (msg.type === 'snapshot') {
        this.lastStep = msg.snapshot.step;
        this.callbacks.onUpdate(msg);
      } else if (msg.type === 'history') this.callbacks.onHistory(msg.id, msg.changes);
      else this.callbacks.onCrash(msg.message);
    }
  };

  private post(msg: ToWorker): void {
    this.worker.postMessage(msg);
  }

  load(code: string, step = 0): void {
    this.lastCode = code;
    this.post({ type: 'load', code, step });
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
  history(id: number): void {
    this.post({ type: 'history', id });
  }
  stop(): void {
    // A program deep in a loop never reads its messages: the only sure stop is a new worker.
    this.worker.terminate();
    this.worker = this.spawn();
    this.load(this.lastCode, this.lastStep);
  }
  dispose(): void {
    this.worker.terminate();
  }
}
