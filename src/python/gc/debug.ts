// gc.set_debug(): the collector's debugging flags and the "gc: ..." lines they write to stderr (PySys_WriteStderr),
// worded as CPython 3.11's Python/gc.c words them.

import type { PyObject } from '../runtime/object';
import { hexAddress } from '../runtime/address';
import { listAppend } from '../runtime/containers';
import { writeReport } from '../vm/stderrSink';
import { repr } from '../runtime/ops/repr';
import type { VM } from '../vm/vm';

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export const GC_DEBUG_FLAGS: Readonly<Record<string, number>> = {
  DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK,
};

function writeLine(vm: VM, text: string): void {
  writeReport(vm, [text + '\n'], false);
}

/** A collection's start under DEBUG_STATS: its generation and how many objects each list holds. */
export function reportCollectionStart(vm: VM, generation: number): number {
  if (!(vm.heap.gcDebug & DEBUG_STATS)) return 0;
  const heap = vm.heap;
  // The oldest generation also holds the objects CPython's startup left there (startupState.ts).
  const sizes = heap.generations.map((g, i) => g.objects.size + (i === 2 ? heap.startupLongLived : 0));
  writeLine(vm, `gc: collecting generation ${generation}...`);
  writeLine(vm, `gc: objects in each generation: ${sizes.join(' ')}`);
  writeLine(vm, `gc: objects in permanent generation: ${heap.permanent.size}`);
  return performance.now();
}

/** DEBUG_COLLECTABLE: each object found unreachable (before weakrefs are cleared and finalizers run). */
export function reportCollectable(vm: VM, unreachable: readonly PyObject[]): void {
  if (!(vm.heap.gcDebug & DEBUG_COLLECTABLE)) return;
  for (const o of unreachable) writeLine(vm, `gc: collectable <${o.type.name} ${hexAddress(o)}>`);
}

/** DEBUG_STATS: the collection's end. Nothing of ours has a legacy (tp_del) finalizer, so none is uncollectable. */
export function reportCollectionDone(vm: VM, unreachable: number, startedAt: number): void {
  if (!(vm.heap.gcDebug & DEBUG_STATS)) return;
  const seconds = (performance.now() - startedAt) / 1000;
  writeLine(vm, `gc: done, ${unreachable} unreachable, 0 uncollectable, ${seconds.toFixed(4)}s elapsed`);
}

/**
 * delete_garbage under DEBUG_SAVEALL: the unreachable objects go to gc.garbage instead of being cleared (their
 * finalizers have run already). Returns false when the flag is off and the caller should clear them.
 */
export function saveGarbage(vm: VM, unreachable: readonly PyObject[]): boolean {
  if (!(vm.heap.gcDebug & DEBUG_SAVEALL)) return false;
  const garbage = vm.gcGarbage;
  if (garbage) for (const o of unreachable) if (o.alive && o !== garbage) listAppend(garbage, o);
  return true;
}

/**
 * _PyGC_DumpShutdownStats: objects left in gc.garbage at exit (without DEBUG_SAVEALL) are a ResourceWarning, ignored
 * by default; under DEBUG_UNCOLLECTABLE their repr is printed too.
 */
export function reportGarbageAtShutdown(vm: VM): void {
  const garbage = vm.gcGarbage;
  const flags = vm.heap.gcDebug;
  if (!garbage || garbage.items.length === 0) return;
  if (flags & DEBUG_SAVEALL || !(flags & DEBUG_UNCOLLECTABLE)) return;
  writeLine(vm, `      ${repr(vm, garbage)}`);
}
