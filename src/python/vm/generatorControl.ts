// Generators driven from outside: send(), throw() and close() (GeneratorExit, "generator ignored
// GeneratorExit"), delegation of a thrown exception through `yield from`, and _PyGen_Finalize.

import { NativeRaise } from '../errors';
import { Op } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyType } from '../runtime/types';
import { GeneratorKind, PyGenerator, PyInstance, PyTraceback, PyTuple, setTraceback } from '../runtime/objects';
import { warnUnawaitedCoroutine } from './unawaitedCoroutine';
import { E, None } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newException } from '../runtime/factory';
import { Frame, ResumeMode } from './frame';
import { callRequest, resumeGeneratorOp, stopIterationFromGenerator } from './callOps';
import { abandonFrame } from './evalSupport';
import type { NativeOp } from './nativeOp';
import { PyRaise, type VM } from './vm';

/** The iterator a generator frame suspended in `yield from` delegates to (on its stack's top), if any: gi_yieldfrom. */
export function delegate(gf: Frame): PyObject | null {
  if (gf.pc === 0 || gf.code.ops[gf.pc * 2] !== Op.YIELD_FROM) return null;
  return gf.stack[gf.stack.length - 1] ?? null;
}

/**
 * Raises the exception thrown into the generator frame `gf`, just entered (gen.throw, gen.close): first
 * into the generator it delegates to with `yield from` (entered in turn); GeneratorExit closes that one
 * instead and is then raised here. Throws for the run loop to unwind from vm.frame.
 */
export function raisePendingThrow(vm: VM, gf: Frame): never {
  let exc = gf.pendingThrow!;
  gf.pendingThrow = null;
  for (;;) {
    const sub = delegate(gf);
    if (!sub) break;
    const closing = exc.type.isSubtypeOf(E.GeneratorExit);
    if (sub instanceof PyGenerator && sub.frame && !sub.running) {
      const sf = sub.frame;
      sf.resumeMode = closing ? ResumeMode.CLOSING : ResumeMode.YIELD_FROM;
      sf.isBoundary = false;
      sub.running = true;
      try {
        vm.pushFrame(sf);
      } catch (e) {
        abandonFrame(sf);
        decref(exc);
        exc = vm.toException(e);
        break;
      }
      // The delegating generator is running its YIELD_FROM again, as when resumed.
      gf.pc += 1;
      if (closing) sf.closingWith = incref(exc);
      gf = sf;
      continue;
    }
    if (closing && !(sub instanceof PyGenerator)) {
      // gen_close_iter: an iterator's own close() method, if it has one.
      try {
        closeIterator(vm, sub);
      } catch (e) {
        if (e instanceof NativeRaise || e instanceof PyRaise) {
          decref(exc);
          exc = vm.toException(e);
        } else throw e;
      }
    }
    break;
  }
  throw new PyRaise(exc);
}

function closeIterator(vm: VM, it: PyObject): void {
  if (!(it instanceof PyInstance)) return;
  const close = it.type.lookup('close');
  if (close) decref(vm.callMethod(close, it, []));
}

/** gen.throw(exc): what the generator yields next; StopIteration when it returns. `exc` is owned. */
export function* throwIntoGeneratorOp(vm: VM, gen: PyGenerator, exc: PyInstance): NativeOp<PyObject> {
  const gf = gen.frame;
  if (!gf) throw new PyRaise(exc);
  if (gen.running) {
    decref(exc);
    throw new NativeRaise('ValueError', 'generator already executing');
  }
  gf.pendingThrow = exc;
  const v = (yield gf) as PyObject | null;
  if (v) return v;
  throw stopIterationFromGenerator(vm);
}

/** gen.close(): GeneratorExit raised where it is suspended; a yield instead is an error. */
export function* closeGeneratorOp(vm: VM, gen: PyGenerator): NativeOp<void> {
  const gf = gen.frame;
  if (!gf) return;
  if (gen.running) throw new NativeRaise('ValueError', 'generator already executing');
  gf.pendingThrow = newException(E.GeneratorExit, []);
  let v: PyObject | null;
  try {
    v = (yield gf) as PyObject | null;
  } catch (e) {
    if (vm.matches(e, 'GeneratorExit') || vm.matches(e, 'StopIteration')) return;
    throw e;
  }
  if (v) {
    decref(v);
    throw new NativeRaise('RuntimeError', 'generator ignored GeneratorExit');
  }
  // It returned: its StopIteration is ignored too.
  if (vm.lastGeneratorResult) {
    decref(vm.lastGeneratorResult);
    vm.lastGeneratorResult = null;
  }
}

/** The exception gen.throw(typ[, val[, tb]]) raises (a new reference), normalized as PyErr_NormalizeException. */
export function* thrownException(vm: VM, typ: PyObject, val: PyObject | undefined, tb: PyObject | undefined): NativeOp<PyInstance> {
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) throw new NativeRaise('TypeError', 'throw() third argument must be a traceback object');
  const exc = yield* normalizedThrow(vm, typ, val);
  // _gen_throw restores the error with the traceback given: the exception's traceback starts there.
  if (tb instanceof PyTraceback && exc.exc!.tracebackHead !== tb) setTraceback(exc.exc!, tb);
  return exc;
}

function* normalizedThrow(vm: VM, typ: PyObject, val: PyObject | undefined): NativeOp<PyInstance> {
  if (typ instanceof PyType && typ.isSubtypeOf(E.BaseException)) {
    if (val instanceof PyInstance && val.exc && val.type.isSubtypeOf(typ)) return incref(val);
    const args = val === undefined || val === None ? [] : val instanceof PyTuple ? val.items : [val];
    const inst = (yield callRequest(vm, typ, args)) as PyObject;
    if (!(inst instanceof PyInstance) || !inst.exc) {
      const name = inst.type.name;
      decref(inst);
      throw new NativeRaise('TypeError', `calling ${typ.name} should have returned an instance of BaseException, not ${name}`);
    }
    return inst;
  }
  if (typ instanceof PyInstance && typ.exc) {
    if (val !== undefined && val !== None) throw new NativeRaise('TypeError', 'instance exception may not have a separate value');
    return incref(typ);
  }
  throw new NativeRaise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
}

/** gen.send(value) and next(gen): the next yielded value; StopIteration carrying the return value at the end. */
export function* sendOp(vm: VM, gen: PyGenerator, value: PyObject): NativeOp<PyObject> {
  const v = yield* resumeGeneratorOp(vm, gen, value);
  if (v) return v;
  throw stopIterationFromGenerator(vm);
}

/**
 * _PyGen_Finalize: a generator suspended in its body is closed before it is freed (its finally blocks run);
 * what close() raises is reported as unraisable. Returns whether the generator was resurrected.
 */
export function finalizeGenerator(vm: VM, gen: PyGenerator, report: (e: unknown, where: PyObject) => void): boolean {
  gen.finalized = true;
  return closeForFinalizer(vm, gen, report);
}

/** _PyGen_Finalize's work, also what `gen.__del__()` does: closes a generator suspended in its body. */
export function closeForFinalizer(vm: VM, gen: PyGenerator, report: (e: unknown, where: PyObject) => void): boolean {
  const gf = gen.frame;
  if (gf && gf.pc === 0 && !gen.running && gen.kind === GeneratorKind.COROUTINE) {
    warnUnawaitedCoroutine(vm, gen);
    return false;
  }
  if (!gf || gen.running || (gf.pc === 0 && gen.kind !== GeneratorKind.GENERATOR)) return false;
  // A generator that never started has no handler to run, but closing it still clears its frame (gen_close runs
  // it with GeneratorExit, which leaves at once): a cycle through its arguments is broken before the collector
  // counts it.
  if (gf.pc === 0) {
    vm.finishUnstartedGenerator(gen);
    return false;
  }
  const resurrect = gen.refcount === 0;
  if (resurrect) gen.refcount = 1;
  try {
    vm.runSync(closeGeneratorOp(vm, gen));
  } catch (e) {
    report(e, gen);
  }
  if (!resurrect) return false;
  return --gen.refcount > 0;
}
