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
  /** Objects in the generations examined, found unreachable, and freed. */
  readonly examined: number;
  readonly unreachable: number;
  readonly freed: number;
  /** What gc.collect() returned. */
  readonly collected: number;
  /** Recorded only while the log asks for detail (the step the UI replays): which objects, phase by phase. */
  readonly detail?: GcEventDetail;
}

export interface GcEventDetail {
  readonly examinedIds: readonly number[];
  readonly unreachableIds: readonly number[];
  readonly freedIds: readonly number[];
  readonly phases: readonly GcPhase[];
}

/** Keeps the collections of a run, newest last; the objects of each only while `recordDetail` is set. */
export class GcLog {
  private readonly events: GcEvent[] = [];
  /** Set by the host around the step it wants to show phase by phase (details of every collection would be too many). */
  recordDetail = false;
  /** Called as a collection starts, while recordDetail is set: the host can look at the heap just before. */
  onCollectionStart: ((generation: number) => void) | null = null;

  add(event: GcEvent): void {
    this.events.push(event);
  }
  get count(): number {
    return this.events.length;
  }
  get last(): GcEvent | undefined {
    return this.events[this.events.length - 1];
  }
  /** The collections since the `index`-th. */
  since(index: number): GcEvent[] {
    return this.events.slice(index);
  }
}
