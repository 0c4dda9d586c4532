// The picture of a paused state as plain data: boxes with rows, arrows as routed points. No DOM: it is built in
// the interpreter's worker and drawn by the page.

import type { ObjectState, StepEvent } from '../python/snapshot';

/** A row inside a box: a name and either an inline value or an arrow to another box. */
export interface Row {
  readonly label: string;
  /** The value written in the row (small ints, strs, None...), or null when an arrow leaves the row. */
  readonly value: string | null;
  /** The object the row refers to (also for inline values, so the inspector can show it). */
  readonly targetId: number | null;
  readonly weak: boolean;
  /** `field`: a variable, item, entry or attribute; `temp`: a value-stack temporary; `return`: the value being returned; `more`: a collapsed container's rest. */
  readonly kind: 'field' | 'temp' | 'return' | 'more';
  /** The full label and value when they had to be shortened. */
  readonly full?: string;
}

interface BoxBase {
  /** Stable across steps: `f<frame id>` or `o<object id>`. */
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** The full title when it had to be shortened. */
  readonly fullTitle?: string;
  readonly rows: readonly Row[];
}

export interface FrameBox extends BoxBase {
  readonly kind: 'frame';
  readonly frameId: number;
  /** The innermost frame, running now. */
  readonly active: boolean;
  readonly line: number;
  /** What its header says of where it is: `line 7`, or `<string>:4` for code compiled from other text. */
  readonly lineLabel: string;
  /** `<module>` frames show a translated title. */
  readonly isModule: boolean;
}

export interface ObjectBox extends BoxBase {
  readonly kind: 'object';
  readonly objectId: number;
  readonly type: string;
  /** `#n`: objects numbered from the program's first (ids themselves are large). */
  readonly number: number;
  readonly refcount: number;
  readonly size: number;
  readonly state: ObjectState;
  /** A generator's state and the like, under the title. */
  readonly detail?: string;
  /** References counted in the badge but not drawn as arrows, in words ("2× __class__", "sys.modules"). */
  readonly notes: readonly string[];
  /** The same references in sentences ("__class__ of Node #4"), for the tooltip. */
  readonly noteSentences: readonly string[];
  /** How many references the notes stand for. */
  readonly notedReferences: number;
  /** A container showing only its first rows; the `more` row expands it. */
  readonly collapsed: boolean;
}

export type Box = FrameBox | ObjectBox;

export interface Edge {
  /** Stable: `<from box key>:<row index>`. */
  readonly key: string;
  readonly fromKey: string;
  readonly rowIndex: number;
  readonly toKey: string;
  readonly weak: boolean;
  /** Orthogonal route from the row's dot to the target's left side (drawn with rounded corners). */
  readonly points: readonly (readonly [number, number])[];
}

export interface GraphLayout {
  readonly boxes: readonly Box[];
  readonly edges: readonly Edge[];
  readonly width: number;
  readonly height: number;
  /** Where the unreachable objects' region starts (null when there is no garbage). */
  readonly garbageTop: number | null;
  /** Objects the snapshot described but the picture left out (a cap on boxes). */
  readonly omitted: number;
}

export interface ViewOptions {
  /** Draw shared objects and interpreter internals (small ints, None, modules, code) as boxes. */
  readonly showShared: boolean;
}

/** What happened to memory in one step: the diff of two snapshots. */
export interface StepChanges {
  readonly created: readonly number[];
  readonly freed: readonly { readonly id: number; readonly type: string }[];
  /** Refcount changes of objects alive before and after, by id. */
  readonly refDeltas: Readonly<Record<number, number>>;
}

export interface Narration {
  readonly en: string;
  readonly id: string;
}

export type { StepEvent };
