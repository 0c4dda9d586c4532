// tracemalloc's record of live allocations: each object allocated while tracing, its size on our simulated
// heap and the source line that allocated it; the traced total and its peak.

import type { PyObject } from './object';

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

export class AllocationTracer {
  readonly traces = new Map<PyObject, Trace>();
  current = 0;
  peak = 0;

  /** `program` tells where the program is (the line running) when an allocation happens. */
  constructor(private readonly program: RunningProgram) {}

  private siteNow(): AllocationSite {
    const f = this.program.frame;
    if (!f) return { filename: '<unknown>', line: 0 };
    return { filename: f.code.filename, line: f.code.lines[Math.max(0, f.pc - 1)] };
  }

  allocated(o: PyObject, bytes: number): void {
    this.traces.set(o, { bytes, site: this.siteNow() });
    this.grow(bytes);
  }

  /** A traced object's storage was reallocated: the trace takes the new size and the line that resized it. */
  resized(o: PyObject, bytes: number): void {
    const trace = this.traces.get(o);
    if (!trace) return;
    const delta = bytes - trace.bytes;
    trace.bytes = bytes;
    trace.site = this.siteNow();
    this.grow(delta);
  }

  freed(o: PyObject): void {
    const trace = this.traces.get(o);
    if (!trace) return;
    this.traces.delete(o);
    this.current -= trace.bytes;
  }

  clear(): void {
    this.traces.clear();
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
