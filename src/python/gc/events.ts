// The record of every collection, phase by phase, so the UI can replay what the collector did.

/** Why a collection ran; `shutdown` and `finalization` are the two of interpreter exit (PyGC_Collect, _PyGC_CollectNoFail). */
export type CollectionReason = 'explicit' | 'threshold' | 'button' | 'shutdown' | 'finalization';

/** One collector phase, named as in CPython's Python/gc.c. */
export interface GcPhase {
  readonly name: 'update_refs' | 'subtract_refs' | 'move_unreachable' | 'handle_weakrefs' | 'finalize_garbage' | 'delete_garbage';
  /** Objects in the phase's result (for move_unreachable: the unreachable ones). */
  readonly objectIds: readonly number[];
  /** gc_refs per object id after the phase, where meaningful. */
  readonly gcRefs?: Readonly<Record<number, number>>;
}

export interface GcEvent {
  readonly generation: number;
  readonly reason: CollectionReason;
  /** Instructions executed when it ran: places the event on the timeline. */
  readonly atInstruction: number;
  readonly examinedIds: readonly number[];
  readonly unreachableIds: readonly number[];
  readonly freedIds: readonly number[];
  /** What gc.collect() returned. */
  readonly collected: number;
  readonly phases: readonly GcPhase[];
}

/** Keeps the collections of a run, newest last. */
export class GcLog {
  readonly events: GcEvent[] = [];
  add(event: GcEvent): void {
    this.events.push(event);
  }
}
