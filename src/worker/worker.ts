// The interpreter's Web Worker: owns the Session, runs long programs in slices so Stop and new messages get through.

import { Session } from './session';
import type { FromWorker, MemoryPoint, ToWorker } from './protocol';
import type { Snapshot } from '../python/snapshot';

const SLICE_MS = 40;
let session: Session | null = null;
let memory: MemoryPoint[] = [];
let running = false;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

function record(snap: Snapshot): void {
  const last = memory[memory.length - 1];
  if (last && last.step >= snap.step) memory = memory.filter((p) => p.step < snap.step);
  const collected = snap.gc.collections.length;
  memory.push({ step: snap.step, objects: snap.liveObjectCount, bytes: snap.liveBytes, collected });
}

function publish(): void {
  if (!session) return;
  post({ type: 'snapshot', snapshot: session.current, totalSteps: session.totalSteps, running, memory });
}

/** Runs to the end in time slices, recording the memory timeline as it goes. */
function runSlices(breakpoints: ReadonlySet<number>): void {
  if (!session) return;
  running = true;
  const s = session;
  const tick = () => {
    if (s !== session) return;
    const deadline = Date.now() + SLICE_MS;
    let finished = false;
    while (Date.now() < deadline) {
      const before = s.step;
      s.forward(1);
      record(s.current);
      if (s.done || s.step === before || s.step >= s.maxSteps || (s.current.line !== null && breakpoints.has(s.current.line))) {
        finished = true;
        break;
      }
    }
    running = !finished;
    publish();
    if (!finished) setTimeout(tick, 0);
  };
  tick();
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    switch (msg.type) {
      case 'load':
        session = new Session(msg.code, { instructionBudget: 200_000_000 });
        memory = [];
        record(session.current);
        if (msg.step) session.goto(msg.step);
        break;
      case 'step':
        if (!session) return;
        if (msg.delta >= 0) session.forward(msg.delta);
        else session.back(-msg.delta);
        record(session.current);
        break;
      case 'goto':
        if (!session) return;
        session.goto(msg.step);
        break;
      case 'run':
        runSlices(new Set(msg.breakpoints));
        return;
      case 'history':
        if (!session) return;
        post({ type: 'history', id: msg.id, changes: session.countHistory(msg.id) });
        return;
      case 'action':
        if (!session) return;
        session.act(msg.action);
        record(session.current);
        break;
    }
    publish();
  } catch (e) {
    post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
  }
};
