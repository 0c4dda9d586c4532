// The page side of the interpreter worker: posts commands, forwards updates, restarts the worker to stop a run.

import type { EngineClient } from './store';
import type { FromWorker, ToWorker } from '../worker/protocol';
import type { CountChange, HeapAction } from '../worker/session';

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
    const worker = new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'snapshot') {
        this.lastStep = msg.snapshot.step;
        this.callbacks.onUpdate(msg);
      } else if (msg.type === 'history') this.callbacks.onHistory(msg.id, msg.changes);
      else this.callbacks.onCrash(msg.message);
    };
    return worker;
  }

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
