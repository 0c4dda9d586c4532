// tracemalloc's record of live allocations: the blocks CPython's allocator would hand out for the objects made
// while tracing (an object, and a second block for a list's items or an instance's values), each with its size
// and the source line that allocated it; the traced total and its peak.

import type { PyObject } from './object';
import type { FreeListKind } from './freeLists';
import { DICT_HEADER_BYTES, LIST_HEADER_BYTES } from './blockSizes';

export interface AllocationSite {
  readonly filename: string;
  readonly line: number;
}

export interface Trace {
  bytes: number;
  site: AllocationSite;
}

/** The running program, as far as the tracer asks (the VM): its innermost frame. */
export interface RunningProgram {
  readonly frame: { readonly code: { readonly filename: string; readonly lines: Int32Array }; readonly pc: number } | null;
}

/**
 * An exact list's or dict's object header (PyGC_Head included: sys.getsizeof of an empty one). CPython allocates
 * its items (a list's ob_item, a dict's keys) as a second block, which a resize reallocates.
 */
export function headerBytes(o: PyObject): number {
  const type = o.type;
  if (type.isHeapType) return 0;
  return type.name === 'list' ? LIST_HEADER_BYTES : type.name === 'dict' ? DICT_HEADER_BYTES : 0;
}

export class AllocationTracer {
  /** Each live object's block (its header when its items are a block of their own); none if it is not traced. */
  readonly traces = new Map<PyObject, Trace>();
  /** The second blocks: a list's or dict's items, an instance's values. */
  readonly itemBlocks = new Map<PyObject, Trace>();
  /**
   * Blocks parked on a free list while tracing, by free list, last parked last: CPython keeps a parked object's
   * memory (still traced, at the line that first allocated it) and hands it out again without a new trace. An
   * entry is null for an object that was not traced; objects parked before tracing started lie beneath these.
   */
  private readonly parked = new Map<FreeListKind, (Trace | null)[]>();
  current = 0;
  peak = 0;

  /** `program` tells where the program is (the line running) when an allocation happens. */
  constructor(private readonly program: RunningProgram) {}

  private siteNow(): AllocationSite {
    const f = this.program.frame;
    if (!f) return { filename: '<unknown>', line: 0 };
    return { filename: f.code.filename, line: f.code.lines[Math.max(0, f.pc - 1)] };
  }

  /** Every traced block: live objects', their items', and those parked on free lists. */
  allTraces(): Trace[] {
    const all = [...this.traces.values(), ...this.itemBlocks.values()];
    for (const stack of this.parked.values()) for (const trace of stack) if (trace) all.push(trace);
    return all;
  }

  /** A new object of `bytes`; `reusedFrom`: the free list that supplied its header, if one did. */
  allocated(o: PyObject, bytes: number, reusedFrom: FreeListKind | null): void {
    const header = headerBytes(o) || bytes;
    if (reusedFrom !== null) {
      const trace = this.parked.get(reusedFrom)?.pop();
      if (trace) this.traces.set(o, trace);
    } else {
      this.traces.set(o, { bytes: header, site: this.siteNow() });
      this.grow(header);
    }
    if (bytes > header) {
      this.itemBlocks.set(o, { bytes: bytes - header, site: this.siteNow() });
      this.grow(bytes - header);
    }
  }

  /** A second block an object allocates when made (an instance's inline values), freed with it. */
  addBlock(o: PyObject, bytes: number): void {
    this.itemBlocks.set(o, { bytes, site: this.siteNow() });
    this.grow(bytes);
  }

  /** Takes away `o`'s second block (an instance's values, for the dict that takes them over), if it has one. */
  takeItemBlock(o: PyObject): Trace | undefined {
    const block = this.itemBlocks.get(o);
    this.itemBlocks.delete(o);
    return block;
  }

  /** Gives `o` a block taken with takeItemBlock: no new allocation. */
  putItemBlock(o: PyObject, block: Trace): void {
    this.itemBlocks.set(o, block);
  }

  /**
   * An object's storage was reallocated: the trace takes the new size and the line that resized it. A list's or
   * dict's items block is traced from then on even if the object was made before tracing (realloc adds a trace).
   */
  resized(o: PyObject, bytes: number, newBlockFirst = false): void {
    const header = headerBytes(o);
    const blocks = header > 0 ? this.itemBlocks : this.traces;
    const size = bytes - header;
    const trace = blocks.get(o);
    if (header > 0 && size <= 0) {
      if (trace) {
        blocks.delete(o);
        this.current -= trace.bytes;
      }
      return;
    }
    if (!trace) {
      if (header === 0) return;
      blocks.set(o, { bytes: size, site: this.siteNow() });
      this.grow(size);
      return;
    }
    const delta = size - trace.bytes;
    // A dict's resize allocates its new table before it frees the old one: the peak holds both.
    if (newBlockFirst) {
      this.grow(size);
      this.current -= trace.bytes;
    } else this.grow(delta);
    trace.bytes = size;
    trace.site = this.siteNow();
  }

  /** A block no object owns (list.sort's merge storage), until temporaryFreed. */
  temporaryAllocated(bytes: number): void {
    this.grow(bytes);
  }

  temporaryFreed(bytes: number): void {
    this.current -= bytes;
  }

  /** A block reallocated (a str grown in place): traced from now on at its new size and the line running, as realloc traces. */
  reallocated(o: PyObject, bytes: number): void {
    const trace = this.traces.get(o);
    this.grow(bytes - (trace?.bytes ?? 0));
    this.traces.set(o, { bytes, site: this.siteNow() });
  }

  /** An object freed; `parkedOn`: the free list that keeps its header, if one does. */
  freed(o: PyObject, parkedOn: FreeListKind | null): void {
    const items = this.itemBlocks.get(o);
    if (items) {
      this.itemBlocks.delete(o);
      this.current -= items.bytes;
    }
    const trace = this.traces.get(o) ?? null;
    this.traces.delete(o);
    if (parkedOn !== null) {
      let stack = this.parked.get(parkedOn);
      if (!stack) this.parked.set(parkedOn, (stack = []));
      stack.push(trace);
    } else if (trace) this.current -= trace.bytes;
  }

  /** A full collection emptied the free lists: their parked blocks are released. */
  freeListsEmptied(): void {
    for (const stack of this.parked.values()) for (const trace of stack) if (trace) this.current -= trace.bytes;
    this.parked.clear();
  }

  clear(): void {
    this.traces.clear();
    this.itemBlocks.clear();
    this.parked.clear();
    this.current = 0;
    this.peak = 0;
  }

  resetPeak(): void {
    this.peak = this.current;
  }

  private grow(delta: number): void {
    this.current += delta;
    if (this.current > this.peak) this.peak = this.current;
  }
}
