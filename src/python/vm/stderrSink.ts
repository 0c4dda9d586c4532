// The VM's own reports (uncaught exceptions, "Exception ignored in", SystemExit's message) written to sys.stderr
// as the program set it, and the flushes CPython does when a program ends (flush_io, flush_std_files).

import { PyModule } from '../runtime/objects';
import type { PyObject } from '../runtime/object';
import { None } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newStr } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { NativeRaise } from '../errors';
import { PyStdStream } from '../modules/stdStreams';
import { dictSetStr } from '../runtime/containers';
import { ExecutionHalted, PyRaise, type VM } from './vm';

/** sys.<name> as the program set it; undefined before sys is imported (then it is the original stream). */
function sysStream(vm: VM, name: 'stdout' | 'stderr'): PyObject | undefined {
  if (vm.standardStreamsLost) return None;
  const sys = vm.modules.get('sys');
  if (!(sys instanceof PyModule)) return undefined;
  return sys.dict.getStr(name) ?? undefined;
}

/** Runs Python code for a report; false when it raised (the error is dropped, as CPython clears it). */
function attempt(vm: VM, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (e) {
    if (e instanceof ExecutionHalted) throw e;
    if (e instanceof PyRaise) vm.decref(e.exc);
    else if (!(e instanceof NativeRaise)) throw e;
    return false;
  }
}

/** file.write(piece) for each piece, as PyFile_WriteString does (the method looked up each time); stops at an error. */
function writeThrough(vm: VM, file: PyObject, pieces: readonly string[]): void {
  for (const piece of pieces) {
    const ok = attempt(vm, () => {
      const write = getAttr(vm, file, 'write');
      const text = newStr(piece);
      try {
        decref(vm.call(write, [text]));
      } finally {
        decref(text);
        decref(write);
      }
    });
    if (!ok) return;
  }
}

/** file.flush(); false when it raised (a missing flush included). */
function flushFile(vm: VM, file: PyObject): boolean {
  return attempt(vm, () => {
    const flush = getAttr(vm, file, 'flush');
    try {
      decref(vm.call(flush, []));
    } finally {
      decref(flush);
    }
  });
}

/**
 * Writes a report to sys.stderr: the original stream (or sys not imported) takes the whole text at once; an
 * object of the program's gets each piece through its write(), then flush() when `flush` (PyErr_Display's);
 * None drops the report.
 */
export function writeReport(vm: VM, pieces: readonly string[], flush: boolean): void {
  const file = sysStream(vm, 'stderr');
  if (file === undefined) {
    vm.writeStderr(pieces.join(''));
    return;
  }
  if (file === None) return;
  if (file instanceof PyStdStream) {
    file.write(vm, pieces.join(''));
    return;
  }
  writeThrough(vm, file, pieces);
  if (flush) flushFile(vm, file);
}

/** flush_io, when the main module has run: sys.stderr's flush(), then sys.stdout's, errors ignored. */
export function flushAfterMain(vm: VM): void {
  for (const name of ['stderr', 'stdout'] as const) {
    const file = sysStream(vm, name);
    if (file !== undefined && file !== None && !(file instanceof PyStdStream)) flushFile(vm, file);
  }
}

/** file_is_closed: a true `closed` attribute (one that cannot be read counts as open). */
function isClosed(vm: VM, file: PyObject): boolean {
  let closed = false;
  attempt(vm, () => {
    const value = getAttr(vm, file, 'closed');
    try {
      closed = vm.isTrue(value);
    } finally {
      decref(value);
    }
  });
  return closed;
}

/**
 * flush_std_files at interpreter exit: sys.stdout's flush() failing is reported ("Exception ignored in") on
 * sys.stderr, sys.stderr's is not; either makes the exit status 120. Returns false when one failed.
 */
export function flushStandardFiles(vm: VM): boolean {
  let ok = true;
  const out = sysStream(vm, 'stdout');
  if (out !== undefined && out !== None && !(out instanceof PyStdStream) && !isClosed(vm, out)) {
    try {
      const flush = getAttr(vm, out, 'flush');
      try {
        decref(vm.call(flush, []));
      } finally {
        decref(flush);
      }
    } catch (e) {
      if (e instanceof ExecutionHalted || !(e instanceof PyRaise || e instanceof NativeRaise)) throw e;
      vm.reportUnraisable(e, out);
      ok = false;
    }
  }
  const err = sysStream(vm, 'stderr');
  if (err !== undefined && err !== None && !(err instanceof PyStdStream) && !isClosed(vm, err)) {
    if (!flushFile(vm, err)) ok = false;
  }
  return ok;
}

/** finalize_modules first puts sys.stdout and sys.stderr back to the originals: reports at teardown go there. */
/** From here on print() to the standard streams writes nothing and unraisable reports are dropped. */
export function silenceStandardStreams(vm: VM): void {
  vm.standardStreamsLost = true;
}

export function restoreStandardStreams(vm: VM): void {
  const sys = vm.modules.get('sys');
  if (!(sys instanceof PyModule)) return;
  for (const name of ['stdout', 'stderr'] as const) {
    const original = sys.dict.getStr(`__${name}__`);
    if (original && sys.dict.getStr(name) !== original) dictSetStr(sys.dict, name, original);
  }
}
