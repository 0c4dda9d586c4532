// Messages between the page and the interpreter worker: one union per direction, keyed on `type`.

import type { Snapshot } from '../python/snapshot';
import type { CountChange, HeapAction } from './session';

export type ToWorker =
  | { type: 'load'; code: string; step?: number }
  | { type: 'step'; delta: number }
  | { type: 'goto'; step: number }
  | { type: 'run'; breakpoints: number[] }
  | { type: 'action'; action: HeapAction }
  | { type: 'history'; id: number };

export type FromWorker =
  | { type: 'snapshot'; snapshot: Snapshot; totalSteps: number | null; running: boolean; memory: MemoryPoint[] }
  | { type: 'history'; id: number; changes: CountChange[] }
  | { type: 'crash'; message: string };

/** One point of the memory timeline: live objects and bytes after a step. */
export interface MemoryPoint {
  step: number;
  objects: number;
  bytes: number;
  collected: number;
}
