// The interpreter's Web Worker: owns the Session, runs long programs in slices so Stop and new messages get through.

import { Session } from './session';
import type { FromWorker, MemoryPoint, ToWorker } from './protocol';
import type { Snapshot } from '../python/snapshot';

/**
 * The page's simulated memory: MemoryError past 256 MiB of live objects. JavaScript takes 1 to 6 bytes per
 * simulated byte (measured: a big str 1, lists of ints 4, small instances 6), which keeps the tab well inside
 * the browser's heap.
 */
const PAGE_MEMORY_LIMIT = 256 * 2 ** 20;

const SLICE_MS = 40;
/** The timeline keeps at most this many points, thinning itself as a run gets longer. */
const MAX_POINTS = 2000;
let session: Session | null = null;
let memory: MemoryPoint[] = [];
let sampleEvery = 1;
let running = false;

function sample(step: number, objects: number, collected: number): void {
  const last = memory[memory.length - 1];
  const collectedNow = !!last && collected > last.collected;
  if (step % sampleEvery !== 0 && !collectedNow) return;
  memory.push({ step, objects, bytes: 0, collected });
  if (memory.length > MAX_POINTS) {
    sampleEvery *= 2;
    memory = memory.filter((p, i) => i % 2 === 0 || p.collected !== memory[i - 1]?.collected);
  }
}

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

function record(snap: Snapshot): void {
  const last = memory[memory.length - 1];
  if (last && last.step >= snap.step) {
    if (memory.some((p) => p.step === snap.step)) return;
    memory = memory.filter((p) => p.step < snap.step);
  }
  memory.push({ step: snap.step, objects: snap.liveObjectCount, bytes: snap.liveBytes, collected: snap.gc.collections.length });
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
    const finished = s.runSlice(Date.now() + SLICE_MS, breakpoints, sample);
    // Bytes need a heap walk: measured once per slice, from the snapshot the slice ends with.
    const snap = s.current;
    const point = memory.find((p) => p.step === snap.step);
    if (point) point.bytes = snap.liveBytes;
    else record(snap);
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
        session = new Session(msg.code, { instructionBudget: 2_000_000_000, maxSteps: 10_000_000, memoryLimit: PAGE_MEMORY_LIMIT });
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
