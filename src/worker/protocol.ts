// Messages between the page and the interpreter worker: one union per direction, keyed on `type`.

import type { GcEvent } from '../python/gc/events';
import type { Snapshot } from '../python/snapshot';
import type { OutputPiece } from '../python/outputOrder';
import type { GraphLayout, Narration, StepChanges } from '../view/model';
import type { HeapAction } from './session';

export type ToWorker =
  | { type: 'load'; code: string; step?: number; stdin?: string; maxSteps?: number }
  | { type: 'step'; delta: number }
  | { type: 'goto'; step: number }
  /** Runs to the program's last state, or to the first breakpoint line after the current step. */
  | { type: 'run'; breakpoints: number[] }
  | { type: 'action'; action: HeapAction }
  /** The reader's answer to the input() that is waiting; the Run or step it interrupted goes on. */
  | { type: 'answer'; text: string }
  | { type: 'inspect'; id: number }
  | { type: 'view-options'; showShared: boolean; expanded: number[] };

/** A collection that ran during the step, with the picture just before it, for the page to replay. */
export interface CollectionPlayback {
  readonly event: GcEvent;
  readonly before: GraphLayout;
}

/** Everything the page draws for one step. */
export interface StepView {
  /**
   * The state, describing only the objects the picture can show (see SnapshotScope); stdout cut to the part
   * `output` shows, stderr whole, stderrMarks left out (`output` has the order).
   */
  readonly snapshot: Snapshot;
  readonly layout: GraphLayout;
  readonly changes: StepChanges;
  readonly narration: Narration;
  readonly playback: CollectionPlayback | null;
  /** The output's last lines (OUTPUT_LINES_KEPT), stdout and stderr in the order the program wrote them. */
  readonly output: readonly OutputPiece[];
  /** Lines of output dropped before `output` (the page keeps the last ones). */
  readonly droppedLines: number;
  /** input() is asking the reader, with this prompt (the last unfinished line of output); null otherwise. */
  readonly waitingForInput: { readonly prompt: string } | null;
}

/** The whole run as the scout saw it: its length and memory over the steps. */
export interface RunOverview {
  /** Known once the program has been run to its end (or to the step limit). */
  readonly totalSteps: number | null;
  /** The step that shows the program's final state (before interpreter exit): where Run goes. */
  readonly lastStateStep: number | null;
  /** Why the run stopped early, in words (a step limit), or null. */
  readonly halted: string | null;
  /** The run reached an input() not answered yet: its length is known only after the answer. */
  readonly inputNeeded: boolean;
  readonly points: readonly MemoryPoint[];
  readonly collections: readonly CollectionMark[];
  /** Steps where an automatic collection would have run had the gc been enabled. */
  readonly wouldCollect: readonly number[];
}

/** One point of the memory timeline: live objects (and bytes, when measured) after a step. */
export interface MemoryPoint {
  readonly step: number;
  readonly objects: number;
  /** sys.getsizeof summed over live objects; -1 where not measured. */
  readonly bytes: number;
}

export interface CollectionMark {
  readonly step: number;
  readonly generation: number;
  readonly reason: GcEvent['reason'];
  readonly collected: number;
}

export interface Inspection {
  readonly id: number;
  /** What id() returns for it (its address: a freed object's may be given to a new one, as in CPython). */
  readonly address: number | null;
  /** Who holds a reference to it now, in words. */
  readonly holders: readonly string[];
  /** Bytes freed with it: its own size and what only it keeps alive. */
  readonly retained: number;
  /** Each change of its refcount from the start of the run to the current step. */
  readonly history: readonly CountChange[];
}

/** A change of one object's refcount during one step; null counts mean "did not exist". */
export interface CountChange {
  readonly step: number;
  readonly line: number | null;
  readonly from: number | null;
  readonly to: number | null;
}

export type FromWorker =
  | { type: 'view'; view: StepView; running: boolean; totalSteps: number | null; lastStateStep: number | null }
  | { type: 'overview'; overview: RunOverview; running: boolean }
  | { type: 'inspection'; inspection: Inspection }
  | { type: 'crash'; message: string };
