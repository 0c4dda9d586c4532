// The one data contract between interpreter and UI: a paused state of the program, as plain serialisable data.

import type { GcEvent } from './gc/events';

/** A reference from a holder (frame, object or the interpreter itself) to a heap object. */
export interface ReferenceSnapshot {
  /** `[0]`, `['key']`, `key`, `.next`, `cell_contents`, `__dict__`, a variable name, `stack[1]`. */
  readonly label: string;
  readonly targetId: number;
  /** Weak references do not count in the target's refcount and are drawn differently. */
  readonly weak?: boolean;
}

/**
 * What the step that led to a snapshot did: `start` (nothing ran yet), `line` (a new line is about to
 * run), `return`/`yield` (the innermost frame is about to give its value back), `exception` (an uncaught
 * exception ended the program: the state where it stopped), `exit` (interpreter shutdown ran), `halted`.
 */
export type StepEvent = 'start' | 'line' | 'return' | 'yield' | 'exception' | 'exit' | 'halted';

export interface FrameSnapshot {
  readonly id: number;
  /** `<module>`, `f`, `<listcomp>`... */
  readonly name: string;
  readonly qualname: string;
  /** Set for a class body being run by a `class` statement. */
  readonly isClassBody?: boolean;
  /** For a frame running a library's code (functools, collections...): that module's name. */
  readonly library?: string;
  /**
   * For a frame running code compiled from other text than the program (exec'd source, a dataclass's generated
   * `__init__`): that code's filename (`<string>`), whose lines `line` counts.
   */
  readonly file?: string;
  /** Line about to run (the innermost frame) or of the call in progress (outer frames). */
  readonly line: number;
  /** Named variables: fast locals, cells, free variables, or the module/class namespace entries. */
  readonly variables: readonly ReferenceSnapshot[];
  /** Value-stack temporaries, bottom first (null for CPython's NULL marker). */
  readonly stack: readonly (number | null)[];
  /** Every counted reference the frame holds (variables, stack, namespace, function), for the ledger. */
  readonly references: readonly ReferenceSnapshot[];
  /**
   * Set for a frame that has finished but that an uncaught exception's traceback keeps (the exception step):
   * the id of the frame object that holds its variables now.
   */
  readonly heldBy?: number;
  /** The namespace dict of a module or class body (its variables are that dict's entries). */
  readonly namespaceId?: number;
  /** Set on a return or yield step: the value being handed back (the top of the value stack). */
  readonly returning?: { readonly kind: 'return' | 'yield'; readonly valueId: number };
}

export type ObjectState = 'alive' | 'unreachable' | 'freed';

export interface ObjectSnapshot {
  readonly id: number;
  /** Python type name: `list`, `dict`, `Node`... */
  readonly type: string;
  /** A short repr for display (truncated). */
  readonly repr: string;
  readonly refcount: number;
  /** sys.getsizeof. */
  readonly size: number;
  readonly gcTracked: boolean;
  /** 0..2 while tracked, else -1. */
  readonly gcGeneration: number;
  /** Shared objects that live forever (small ints, None, True, False): the UI draws them inline by default. */
  readonly immortal: boolean;
  /** `alive` if reachable from a frame or module, `unreachable` if alive but only held by garbage (a leaked cycle). */
  readonly state: ObjectState;
  /** Outgoing references, counted ones and weak ones. */
  readonly references: readonly ReferenceSnapshot[];
  /** For containers: number of items (the UI collapses big ones). */
  readonly length?: number;
  /** For str/int/float/bool/None: the value as the UI prints it inline. */
  readonly value?: string;
  /** A function's, class's, generator's or module's (qualified) name. */
  readonly name?: string;
  /**
   * For a class or function a library module defined (not the program), or a generator or coroutine suspended in
   * a library's code: that module's name.
   */
  readonly library?: string;
  /** A generator's state: `suspended at line 3`, `running`, `finished`. */
  readonly detail?: string;
  /** A closure's free variable names, in the order of its `__closure__` cells. */
  readonly names?: readonly string[];
  /** In a partial snapshot: items of a big container not listed in `references` (the first ones are). */
  readonly hiddenItems?: number;
  /** In a partial snapshot: references from objects the snapshot does not describe, grouped. */
  readonly externalReferrers?: readonly ExternalReferrer[];
}

/** `count` references labelled `label` (`[i]` for any item) from objects of type `holderType`. */
export interface ExternalReferrer {
  readonly holderType: string;
  readonly label: string;
  readonly count: number;
  readonly exampleHolderId: number;
}

export interface GcSnapshot {
  readonly enabled: boolean;
  readonly counts: readonly [number, number, number];
  readonly thresholds: readonly [number, number, number];
  /** Collections so far in the run. */
  readonly collectionCount: number;
  /** The collections that ran during the step into this state (with their phases when recorded). */
  readonly stepCollections: readonly GcEvent[];
}

export interface ErrorSnapshot {
  /** `NameError`, `SyntaxError`... */
  readonly type: string;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
  /** Where the failing expression ends on `line` (1-based, exclusive), when it ends there. */
  readonly endColumn?: number | null;
  /** The full text CPython would print on stderr. */
  readonly traceback: string;
}

export type RunStatus = 'ready' | 'paused' | 'finished' | 'error' | 'halted';

export interface Snapshot {
  readonly status: RunStatus;
  /** Steps taken so far (the slider position): line events, returns and yields, the end of the run. */
  readonly step: number;
  readonly event: StepEvent;
  /** The first id of the program's own objects (ids below it are the interpreter's); UIs number objects from it. */
  readonly idBase: number;
  /** The id the next new object will get: objects with ids from the previous step's nextId on are new. */
  readonly nextId: number;
  /** Line about to run, or null when finished. */
  readonly line: number | null;
  /** Outermost frame first. */
  readonly frames: readonly FrameSnapshot[];
  readonly objects: readonly ObjectSnapshot[];
  /** References the interpreter itself holds (sys.modules, module code, exceptions being handled). */
  readonly roots: readonly ReferenceSnapshot[];
  readonly stdout: string;
  readonly stderr: string;
  /**
   * Where stderr's text falls among stdout's, as flat pairs `[stdoutLength, stderrEnd, ...]`: stderr up to
   * `stderrEnd` (from the previous pair's end) was written after the first `stdoutLength` characters of stdout.
   * Text after the last pair: stdout's, then stderr's. `outputPieces` (outputOrder.ts) reads them.
   */
  readonly stderrMarks: readonly number[];
  readonly gc: GcSnapshot;
  readonly error: ErrorSnapshot | null;
  /** Ids of the gc objects freed so far, when the run keeps them (VMOptions.recordFreedIds), else empty. */
  readonly freedIds: readonly number[];
  readonly liveObjectCount: number;
  readonly liveBytes: number;
  /** Set when built with a scope: `objects` holds only what a picture shows (see SnapshotScope). */
  readonly partial?: boolean;
}
