// The virtual machine's state and services: frames, calls between native and Python code, exceptions, heap hooks.

import { strKey, type MapKey } from '../runtime/mapKey';
import { AddressBook } from '../runtime/addressBook';
import { MemoryFileSystem, type FileSystem } from '../modules/io/fileSystem';
import type { ModuleFinder } from '../modules/fileModules';
import type { ExitCallback } from '../modules/atexit';
import type { CodeObject } from '../bytecode/code';
import { ModuleTable } from './moduleTable';
import { slotsOf } from '../runtime/nativeSlots';
import { newBytes } from '../runtime/bytesObject';
import { NativeRaise, type BuiltinErrorName } from '../errors';
import { CodeFlag, SUSPENDABLE_CODE } from '../bytecode/code';
import { ObjectFlag, PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyType } from '../runtime/types';
import {
  PyBoundMethod, PyBuiltinFunction, PyCode, PyDescriptorWrapper, PyFunction, PyGenerator, isGeneratorIterator, PyInstance, PyList,
  PyMethodDescriptor, PyModule, PyNativeIterator, PySet, PySlice, PyStr, PyTuple, PyWeakref, PyWeakProxy, PyDictView, PyMappingProxy,
  PyFrameObject,
} from '../runtime/objects';
import { E, None, T } from '../runtime/builtinTypes';
import { Heap, decref, incref, setActiveHeap } from '../runtime/heap';
import { newBuiltinException, newDict, newException, newInt, newStr } from '../runtime/factory';
import { initExceptionMembers, setExceptionMember } from '../runtime/exceptionMembers';
import { hostLimits } from '../runtime/hostLimits';
import { builtinTruth, isTrueResumable } from '../runtime/ops/compare';
import { sequenceIterator } from '../runtime/ops/items';
import * as containers from '../runtime/containers';
import { dictCopy, dictUpdate } from '../runtime/dictMerge';
import { Frame, ResumeMode } from './frame';
import { createInstance, frameForCall, initExceptionAfterNew } from './calls';
import { runLoop } from './eval';
import { percentFormatObjects, wholePercentArgument } from '../runtime/ops/percentFormat';
import { collectGarbage, type CollectionReason } from '../gc/collector';
import { GcLog } from '../gc/events';
import { HiddenAllocations, tpCallPacksArguments } from './hiddenAllocations';
import { allocationSize } from '../runtime/sizeof';
import { abandonClassBuild, instantiateMetaclass } from '../builtins/buildClass';
import { hasPythonSpecials, overridesSpecial, wrapperKind } from '../runtime/ops/attributeHooks';
import { unraisablePieces } from './traceback';
import { writeReport } from './stderrSink';
import { ChainDone, stepChain, type NativeOp, type NativeTask } from './nativeOp';
import { abandonFrame, releaseUnstartedFrame } from './evalSupport';
import { checkDescriptorSelf, holdPackedArguments, initToRun, isIteratorObject, pythonNext, releaseReferences, resumeGeneratorOp, slotWrapperPackedArguments } from './callOps';
import { finalizeGenerator } from './generatorControl';

/** How deep synchronous nested run loops may nest (each costs JS stack; see checkNesting). */
const MAX_NESTED_RUNS = 100;

/** The message ending of the recursion guard around calls of C functions and of types. */
export const WHILE_CALLING = ' while calling a Python object';

/**
 * A Python exception travelling through JavaScript code; owns one reference to `exc`. No Error: constructing one
 * costs more than the rest of a raise (every `except` of a loop raises one), and the VM always catches it.
 */
export class PyRaise {
  constructor(readonly exc: PyInstance, readonly reraise = false) {}
  get message(): string {
    return `Python exception ${this.exc.type.name}`;
  }
}

/** The run was stopped by the host (step budget, Stop button): not catchable by Python code. */
export class ExecutionHalted extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * input() found no stdin line left while the host asks the reader for one (VMOptions.askForInput). A halt,
 * so nothing in Python catches it; the interpreter is left mid-line and the host rebuilds it with the answer.
 */
export class InputNeeded extends ExecutionHalted {
  constructor(readonly prompt: string) {
    super('waiting for input');
  }
}

/**
 * A module the playground has was imported while its code was not loaded (the page's worker fetches module code
 * before a run, src/python/modules/library): a halt like InputNeeded, which the host answers by loading it all
 * and running the program again.
 */
export class ModuleCodeNeeded extends ExecutionHalted {
  constructor(readonly moduleName: string, readonly chunk: string) {
    super(`the code of module '${moduleName}' was not loaded before the program ran`);
  }
}

export interface VMOptions {
  filename?: string;
  /** sys.argv[0]: the script as the command line named it (the filename when not given). */
  scriptArgument?: string;
  /** sys.argv[1:]: what the command line gave after the script. */
  programArguments?: readonly string[];
  stdin?: string;
  /** input() past the last stdin line throws InputNeeded instead of raising EOFError (the page asks the reader). */
  askForInput?: boolean;
  /** Maximum number of bytecode instructions before the run is halted. */
  instructionBudget?: number;
  /**
   * Simulated bytes (sys.getsizeof of every live object) past which an allocation raises MemoryError, as
   * CPython does when malloc fails. Default: no limit (the CLI and the page set one below what their
   * JavaScript heap can hold).
   */
  memoryLimit?: number;
  /**
   * Set by another thread (element 0) to get the running program's attention where the VM polls for halts
   * (backward jumps and calls): INTERRUPT_KEYBOARD raises KeyboardInterrupt, as Ctrl-C does; INTERRUPT_POLL
   * runs VM.onPoll (the CLI flushes output). The VM clears it.
   */
  interruptFlag?: Int32Array;
  /** The id of an object to keep track of from its creation (see Heap.findById). */
  watchId?: number;
  /** Keep the ids of every freed gc object (VM.freedLog) for snapshots: tests checking that no reference outlives its object. */
  recordFreedIds?: boolean;
  /** The files open() and os see: the host's (the CLI's real ones), or by default an empty one in memory. */
  fileSystem?: FileSystem;
  /** Finds a program's own modules on sys.path (the CLI reads the files); without one, only the library's. */
  moduleFinder?: ModuleFinder;
  /** sys.path[0] as the host resolved it (python3: the real directory of the script); else from the filename. */
  scriptDirectory?: string;
}

export class VM {
  readonly heap = new Heap();
  /** Counts for CPython's allocations that have no object here (argument tuples, keyword dicts, parsers). */
  readonly hidden = new HiddenAllocations(this.heap);
  frame: Frame | null = null;
  depth = 0;
  recursionLimit = 1000;
  /** Exceptions being handled (innermost last): sys.exc_info, bare raise, implicit __context__. */
  readonly handling: PyInstance[] = [];
  builtins!: PyDict;
  /** sys.modules (made by bootstrap). */
  modules!: ModuleTable;
  mainModule!: PyModule;
  readonly filename: string;
  readonly scriptArgument: string;
  readonly programArguments: readonly string[];
  stdout = '';
  private stdinLines: string[];
  /** Whether the host's stdin ended without a newline (its last line has none). */
  private stdinUnterminated = false;
  private readonly askForInput: boolean;
  instructions = 0;
  instructionBudget: number;
  /** Why the outermost run last paused: a new line, or a frame about to return or yield. */
  pauseEvent: 'line' | 'return' | 'yield' = 'line';
  /** Nested native-to-Python runs in progress; only the outermost run pauses on line events. */
  nestedRuns = 0;
  pendingKwNames: PyTuple | null = null;
  /** Set by a generator frame's RETURN_VALUE, read by the native resumer. */
  generatorReturned = false;
  /** What the last generator finished by resumeGenerator returned (the StopIteration value), owned. */
  lastGeneratorResult: PyObject | null = null;
  readonly gcLog = new GcLog();
  /** Weak references by target id. */
  readonly weakrefs = new Map<number, PyWeakref[]>();
  /** Gc objects freed so far (a collection's count of what it freed). */
  freedCount = 0;
  /**
   * While set, the ids of freed gc objects are appended: what the UI shows fading out after a step or a
   * collection (see recordingFrees). Off by default, so a long run keeps no log that grows with every free
   * and that every checkpoint's fork would copy. VMOptions.recordFreedIds keeps one from the start (tests).
   */
  freedLog: number[] | null = null;
  haltRequested: string | null = null;
  /** See VMOptions.interruptFlag (a private flag when none is shared). */
  readonly interruptFlag: Int32Array;
  /** The module's code object, held by the interpreter for the whole run. */
  moduleCode: PyCode | null = null;
  onOutput: ((text: string) => void) | null = null;
  /** See VMOptions.fileSystem; an in-memory one is part of the interpreter's state (forks copy it). */
  readonly fileSystem: FileSystem;
  /** Run when the host asked with INTERRUPT_POLL. */
  onPoll: (() => void) | null = null;
  /** See VMOptions.moduleFinder and scriptDirectory. */
  readonly moduleFinder: ModuleFinder | null;
  readonly scriptDirectory: string | null;
  /** The source lines of the program's modules loaded from files, by filename (tracebacks show them). */
  readonly moduleSourceLines = new Map<string, readonly string[]>();

  constructor(options: VMOptions = {}) {
    setActiveHeap(this.heap);
    this.filename = options.filename ?? 'main.py';
    this.scriptArgument = options.scriptArgument ?? this.filename;
    this.programArguments = options.programArguments ?? [];
    this.stdinLines = !options.stdin ? [] : options.stdin.split('\n');
    if (options.stdin !== undefined && options.stdin.endsWith('\n')) this.stdinLines.pop();
    this.stdinUnterminated = options.stdin !== undefined && options.stdin !== '' && !options.stdin.endsWith('\n');
    this.askForInput = options.askForInput ?? false;
    this.instructionBudget = options.instructionBudget ?? 2_000_000_000;
    if (options.memoryLimit !== undefined) this.heap.memoryLimit = options.memoryLimit;
    this.interruptFlag = options.interruptFlag ?? new Int32Array(1);
    this.fileSystem = options.fileSystem ?? new MemoryFileSystem();
    this.moduleFinder = options.moduleFinder ?? null;
    this.scriptDirectory = options.scriptDirectory ?? null;
    this.heap.measure = allocationSize;
    if (options.watchId !== undefined) this.heap.watchId = options.watchId;
    if (options.recordFreedIds) this.freedLog = [];
    this.installHeapHooks();
  }

  /** Points the heap's hooks at this VM (again, after a fork copied a VM whose hooks point at the original). */
  installHeapHooks(): void {
    this.heap.hooks = {
      finalize: (o) => this.finalize(o),
      collectAutomatically: () => this.collectAutomatically(),
      onFree: (o) => this.onFree(o),
    };
  }

  // ----- output and input -----

  write(text: string): void {
    this.stdout += text;
    this.onOutput?.(text);
  }

  /** The next stdin line, or null at end of file; `prompt` is what input() wrote, for a host that asks. */
  readLine(prompt = ''): string | null {
    if (this.stdinLines.length === 0) {
      if (this.askForInput) throw new InputNeeded(prompt);
      return null;
    }
    return this.stdinLines.shift()!;
  }

  /** sys.stdin.readline(): the next line with its newline (the last one without, if stdin ended so), '' at its end. */
  readStdinLine(): string {
    const line = this.readLine();
    if (line === null) return '';
    return this.stdinLines.length === 0 && this.stdinUnterminated ? line : line + '\n';
  }

  /** A line the reader typed after input() asked (VMOptions.askForInput): the next one read. */
  supplyInput(line: string): void {
    this.stdinLines.push(line);
  }

  // ----- refcount helpers for ops modules -----

  decref(o: PyObject): void {
    decref(o);
  }

  exceptionType(name: keyof typeof E): PyType {
    return E[name];
  }

  keyError(key: PyObject): PyRaise {
    return new PyRaise(newException(E.KeyError, [incref(key)]));
  }

  isAttributeError(e: unknown): boolean {
    if (e instanceof NativeRaise) return e.pyType === 'AttributeError';
    if (e instanceof PyRaise && e.exc.type.isSubtypeOf(E.AttributeError)) {
      decref(e.exc);
      return true;
    }
    return false;
  }

  /** Whether a JS error is (or carries) a Python exception of the given class; consumes it when it matches. */
  matches(e: unknown, name: BuiltinErrorName): boolean {
    if (e instanceof NativeRaise) return e.pyType === name || (name === 'LookupError' && (e.pyType === 'KeyError' || e.pyType === 'IndexError'));
    if (e instanceof PyRaise && e.exc.type.isSubtypeOf(E[name])) {
      decref(e.exc);
      return true;
    }
    return false;
  }

  // ----- containers -----

  newDictTracked(): PyDict {
    return newDict();
  }
  dictSet(d: PyDict, key: PyObject, value: PyObject): void {
    containers.dictSet(this, d, key, value);
  }
  dictSetStr(d: PyDict, name: string, value: PyObject): void {
    containers.dictSetStr(d, name, value);
  }
  dictDelStr(d: PyDict, name: string): boolean {
    return containers.dictDelete(d, strKey(name));
  }
  dictDelete(d: PyDict, h: MapKey): boolean {
    return containers.dictDelete(d, h);
  }
  dictUpdate(d: PyDict, other: PyDict): void {
    dictUpdate(this, d, other);
  }
  dictCopy(d: PyDict): PyDict {
    return dictCopy(this, d);
  }
  listExtend(l: PyList, iterable: PyObject): void {
    containers.listExtend(this, l, iterable);
  }
  listAssignSlice(l: PyList, s: PySlice, value: PyObject): void {
    containers.listAssignSlice(this, l, s, value);
  }
  listDeleteSlice(l: PyList, s: PySlice): void {
    containers.listDeleteSlice(l, s);
  }
  listShrunk(l: PyList): void {
    containers.listShrunk(l);
  }
  percentFormat(template: string, args: PyObject): PyObject {
    const whole = wholePercentArgument(template, args);
    if (whole) return incref(whole);
    return newStr(percentFormatObjects(this, template, args));
  }

  /** Whether `code` is the program's own (its file): steps stop only there; a library's code runs within a step. */
  isProgramCode(code: CodeObject): boolean {
    return code.filename === this.filename;
  }

  /** All items of an iterable as new references. */
  collectItems(iterable: PyObject): PyObject[] {
    if ((iterable instanceof PyList || iterable instanceof PyTuple) && !overridesSpecial(iterable, '__iter__')) return iterable.items.map((x) => incref(x));
    if (iterable instanceof PySet && !overridesSpecial(iterable, '__iter__')) return iterable.ordered().map((x) => incref(x));
    const it = this.getIter(iterable);
    const out: PyObject[] = [];
    try {
      for (let v = this.iterNext(it); v; v = this.iterNext(it)) out.push(v);
    } catch (e) {
      for (const o of out) decref(o);
      throw e;
    } finally {
      decref(it);
    }
    return out;
  }

  // ----- truth, iteration -----

  isTrue(o: PyObject): boolean {
    const b = builtinTruth(o);
    if (b !== null) return b;
    return this.runSync(isTrueResumable(this, o));
  }

  /** iter(o): a new reference. */
  getIter(o: PyObject, notIterableMessage?: string): PyObject {
    if ((o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict || o instanceof PySet)
      && (o.attrs === null || !overridesSpecial(o, '__iter__'))) {
      return sequenceIterator(this, o);
    }
    if (o.type === T.range) return sequenceIterator(this, o as never);
    if (o instanceof PyDictView && o.dict) return sequenceIterator(this, o.dict, o.kind);
    if (o instanceof PyMappingProxy && o.mapping) return this.getIter(o.mapping);
    if ((o instanceof PyNativeIterator && (o.attrs === null || !overridesSpecial(o, '__iter__'))) || isGeneratorIterator(o)) return incref(o);
    const slots = slotsOf(o.type);
    if (slots?.iter) return slots.iter(this, o);
    if (hasPythonSpecials(o)) {
      const iterMethod = o.type.lookup('__iter__');
      // slot_tp_iter: `__iter__ = None` says the class is not iterable.
      if (iterMethod === None) throw new NativeRaise('TypeError', notIterableMessage ?? `'${o.type.name}' object is not iterable`);
      if (iterMethod) {
        const it = this.callMethod(iterMethod, o, []);
        if (!isIteratorObject(it)) {
          const name = it.type.name;
          decref(it);
          throw new NativeRaise('TypeError', `iter() returned non-iterator of type '${name}'`);
        }
        return it;
      }
      if (o instanceof PyInstance && o.type.lookup('__getitem__')) return this.getItemIterator(o);
    }
    throw new NativeRaise('TypeError', notIterableMessage ?? `'${o.type.name}' object is not iterable`);
  }

  /** The old sequence protocol: o[0], o[1], ... until IndexError. */
  private getItemIterator(o: PyInstance): PyObject {
    return this.heap.register(new PyNativeIterator(T.iterator, [incref(o)], (vm, it) => {
      const self = it.held[0];
      if (!self) return null;
      const item = vm.sequenceItemOrEnd(self, it.state);
      if (item === null) it.exhaust();
      else it.state++;
      return item;
    }));
  }

  /**
   * seq[i] for the sequence protocol's iterators (iter() and reversed() of a class with __getitem__); null when
   * IndexError or StopIteration says the sequence ended. __getitem__ is looked up at each step, as
   * PySequence_GetItem does (and no closure holds a heap object: forks copy the iterators).
   */
  sequenceItemOrEnd(seq: PyObject, i: number): PyObject | null {
    const getitem = seq.type.lookup('__getitem__');
    if (!getitem) throw new NativeRaise('TypeError', `'${seq.type.name}' object is not subscriptable`);
    const index = newInt(i);
    try {
      return this.callMethod(getitem, seq, [index]);
    } catch (e) {
      if (this.matches(e, 'IndexError') || this.matches(e, 'StopIteration')) return null;
      throw e;
    } finally {
      decref(index);
    }
  }

  /** next(it): a new reference, or null when exhausted. */
  iterNext(it: PyObject): PyObject | null {
    if (it instanceof PyNativeIterator && !pythonNext(it)) return it.step(this, it);
    if (isGeneratorIterator(it)) return this.resumeGenerator(it, None);
    if (it instanceof PyInstance || it instanceof PyNativeIterator) {
      const next = it.type.lookup('__next__');
      if (next) {
        try {
          return this.callMethod(next, it, []);
        } catch (e) {
          if (this.matches(e, 'StopIteration')) return null;
          throw e;
        }
      }
    }
    throw new NativeRaise('TypeError', `'${it.type.name}' object is not an iterator`);
  }

  /** Runs a generator until its next yield (the value, a new reference) or its end (null), in a nested loop. */
  resumeGenerator(gen: PyGenerator, sent: PyObject): PyObject | null {
    return this.runSync(resumeGeneratorOp(this, gen, sent));
  }

  // ----- frames and calls -----

  /**
   * Makes `frame` the running frame, checking the recursion limit: the frame counts one level, plus its
   * `guards` (the C-level call that entered it, as type_call for `__init__`), as CPython 3.11 counts both.
   */
  pushFrame(frame: Frame): void {
    const guards = frame.guards;
    if (this.depth + guards >= this.recursionLimit) {
      if (frame.generator) frame.generator.running = false;
      const where = guards > 0 && this.depth >= this.recursionLimit ? WHILE_CALLING : '';
      throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + where);
    }
    frame.back = this.frame;
    frame.line = 0;
    this.frame = frame;
    this.depth += 1 + guards;
    frame.pyCode.warmUp();
    const gen = frame.generator;
    // gen_send_ex links the generator's exception state on top of the caller's while it runs.
    if (gen !== null) {
      gen.handlingBase = this.handling.length;
      const resumed = gen.suspendedHandling;
      if (resumed !== null) {
        gen.suspendedHandling = null;
        for (const e of resumed) this.handling.push(e);
      }
    }
  }

  /** Py_EnterRecursiveCall: a C-level recursion guard (`where` ends CPython's message); pair with leaveRecursiveCall. */
  enterRecursiveCall(where: string): void {
    if (this.depth >= this.recursionLimit) throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + where);
    this.depth++;
  }

  leaveRecursiveCall(): void {
    this.depth--;
  }

  /**
   * The native operation being stepped by the eval loop (null inside runSync): what it holds besides its
   * operands is reported with its frame, so snapshots taken while its Python callee runs count it.
   */
  currentTask: NativeTask | null = null;

  /** Reports `o` (or the objects an array holds, as it changes) as held by the running native operation. */
  holdTemporary(o: PyObject | readonly PyObject[]): void {
    this.currentTask?.temporaries.push(o);
  }

  dropTemporary(o: PyObject | readonly PyObject[]): void {
    const temps = this.currentTask?.temporaries;
    if (!temps) return;
    const last = temps.length - 1;
    // Usually the last one held (splice would make an array of the removed one each time).
    if (last >= 0 && temps[last] === o) temps.length = last;
    else {
      const i = temps.lastIndexOf(o);
      if (i >= 0) temps.splice(i, 1);
    }
  }

  /**
   * Drives a native operation synchronously: each frame it yields runs in a nested run loop (JS recursion),
   * for the places that cannot suspend (finalizers, weakref and gc callbacks, the collector).
   */
  runSync<T>(op: NativeOp<T>): T {
    const outer = this.currentTask;
    this.currentTask = null;
    try {
      const ops: NativeOp<unknown>[] = [op];
      let step = stepChain(ops, null, null, false);
      while (!(step instanceof ChainDone)) {
        let result: PyObject | null = null;
        let failure: unknown = null;
        let failed = false;
        try {
          result = this.runFrameNested(step);
        } catch (e) {
          if (e instanceof ExecutionHalted) throw e;
          failure = e;
          failed = true;
        }
        step = stepChain(ops, result, failure, failed);
      }
      return step.value as T;
    } finally {
      this.currentTask = outer;
    }
  }

  /** Enters a frame a native operation yielded and runs it in a nested loop; null when a generator finished. */
  private runFrameNested(frame: Frame): PyObject | null {
    const gen = frame.generator;
    frame.resumeMode = ResumeMode.NATIVE;
    if (gen) gen.running = true;
    try {
      this.checkNesting();
      this.pushFrame(frame);
    } catch (e) {
      abandonFrame(frame);
      throw e;
    }
    const result = this.runNested(frame);
    if (gen && this.generatorReturned) {
      this.generatorReturned = false;
      if (this.lastGeneratorResult) decref(this.lastGeneratorResult);
      this.lastGeneratorResult = result;
      return null;
    }
    return result;
  }

  /** Leaves the running frame, releasing what it holds unless it is a suspended generator's. */
  popFrame(frame: Frame, finished: boolean): void {
    const gen = frame.generator;
    // A generator leaving its frame takes the exceptions it is handling with it (a yield inside `except`): the
    // caller's sys.exc_info(), bare raise and __context__ no longer see them.
    if (gen !== null && this.handling.length > gen.handlingBase) {
      const own = this.handling.splice(gen.handlingBase);
      if (finished) for (const e of own) decref(e);
      else gen.suspendedHandling = own;
    }
    // pop_frame clears a function's frame while it is still the running one (a __del__ it triggers runs
    // above it); a generator's frame is cleared by gen_send_ex once its caller runs again.
    if (finished && !gen) this.releaseFrame(frame);
    this.frame = frame.back;
    frame.back = null;
    this.depth -= 1 + frame.guards;
    frame.guards = 0;
    if (gen) {
      gen.running = false;
      if (!finished) return;
      gen.frame = null;
      this.releaseFrame(frame);
    }
  }

  /** A generator that never started, closed: its frame is cleared (its arguments released) and it is finished. */
  finishUnstartedGenerator(gen: PyGenerator): void {
    const frame = gen.frame!;
    gen.frame = null;
    this.releaseFrame(frame);
  }

  /** _PyFrame_GetFrameObject: the frame as an object (borrowed), made on first need. */
  frameObjectOf(frame: Frame): PyFrameObject {
    const code = frame.code;
    return frame.frameObject ??= this.heap.unlimited(() => this.heap.register(new PyFrameObject(T.frame, code.name, code.qualname, frame)));
  }

  /**
   * _PyFrame_Clear: when a traceback still holds the frame's object, the object takes the frame's variables
   * over (take_ownership) and they stay alive with it; otherwise the object goes and the variables are released.
   */
  private releaseFrame(frame: Frame): void {
    const frameObject = frame.frameObject;
    frame.frameObject = null;
    let owned = false;
    if (frameObject) {
      if (frameObject.refcount > 1) {
        frameObject.owned = frame;
        // take_ownership links f_back to the caller's frame object, making that object if need be.
        if (frame.back) frameObject.back = incref(this.frameObjectOf(frame.back));
        this.heap.track(frameObject);
        owned = true;
      }
      decref(frameObject);
    }
    if (!owned) frame.release(decref);
    if (frame.classBuild) {
      abandonClassBuild(frame.classBuild);
      frame.classBuild = null;
    }
    if (frame.hiddenTemporaries) {
      this.hidden.release(frame.hiddenTemporaries);
      frame.hiddenTemporaries = null;
    }
    frame.dropCallOperands(decref);
  }

  /**
   * Nested run loops (Python code called from native code that must stay synchronous) recurse on the JS
   * stack, which a browser worker cannot enlarge: past this many, the call raises RecursionError, a
   * normal Python exception at the call, before JS could run out of stack.
   */
  private checkNesting(): void {
    if (this.nestedRuns >= MAX_NESTED_RUNS) throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + WHILE_CALLING);
  }

  /** Runs `frame` (already pushed) to completion from native code; returns its result (new reference). */
  runNested(frame: Frame): PyObject {
    frame.isBoundary = true;
    this.nestedRuns++;
    try {
      return runLoop(this, frame, false)!;
    } finally {
      this.nestedRuns--;
    }
  }

  /**
   * Calls any callable with borrowed positional arguments (and keyword arguments) from native code;
   * returns a new reference. A call of a builtin or of a type without vectorcall counts a recursion level.
   */
  call(callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
    const guarded = callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor
      || (callable instanceof PyType && tpCallPacksArguments(callable)) || callable instanceof PyInstance;
    if (!guarded) return this.callUnguarded(callable, args, kwargs);
    this.enterRecursiveCall(WHILE_CALLING);
    try {
      return this.callUnguarded(callable, args, kwargs);
    } finally {
      this.leaveRecursiveCall();
    }
  }

  /** `call` without its own recursion guard (the eval loop counts guards for its calls itself). */
  callUnguarded(callable: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
    if (callable instanceof PyFunction) {
      const frame = frameForCall(this, callable, args, kwargs);
      if (callable.code.code.flags & SUSPENDABLE_CODE) return this.makeGenerator(frame);
      try {
        this.checkNesting();
        this.pushFrame(frame);
      } catch (e) {
        releaseUnstartedFrame(frame);
        throw e;
      }
      return this.runNested(frame);
    }
    if (callable instanceof PyBoundMethod) return this.call(callable.func, [callable.self, ...args], kwargs);
    if (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor || callable instanceof PyType) {
      const selfCount = callable instanceof PyMethodDescriptor ? 1 : 0;
      const temporaries = this.hidden.enterCall(callable, args.length - selfCount, kwargs?.size ?? 0);
      // enterCall's temporaries start with the argument tuple CPython packs: it holds the arguments while the callee runs.
      const packed = slotWrapperPackedArguments(callable, args)
        ?? (temporaries.length > 0 && args.length > selfCount ? args.slice(selfCount) : null);
      const held = packed !== null ? holdPackedArguments(this, packed, null) : null;
      try {
        return this.callNative(callable, args, kwargs);
      } finally {
        releaseReferences(this, held);
        this.hidden.release(temporaries);
      }
    }
    if (callable.attrs !== null) {
      const method = callable.type.lookup('__call__');
      if (method) return this.callMethod(method, callable, args, kwargs);
    }
    if (callable instanceof PyDescriptorWrapper && callable.type.isSubtypeOf(T.staticmethod)) return this.call(callable.wrapped[0], args, kwargs);
    const slots = slotsOf(callable.type);
    if (slots?.call) return slots.call(this, callable, args, kwargs);
    if (slots?.callOp) {
      this.enterRecursiveCall(WHILE_CALLING);
      try {
        return this.runSync(slots.callOp(this, callable, args, kwargs));
      } finally {
        this.leaveRecursiveCall();
      }
    }
    if (callable instanceof PyWeakref && !(callable instanceof PyWeakProxy)) {
      if (args.length > 0) throw new NativeRaise('TypeError', `weakref expected 0 arguments, got ${args.length}`);
      return incref(callable.target ?? None);
    }
    throw new NativeRaise('TypeError', `'${callable.type.name}' object is not callable`);
  }

  private callNative(callable: PyBuiltinFunction | PyMethodDescriptor | PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
    if (callable instanceof PyBuiltinFunction) {
      if (callable.self) return callable.fn(this, [callable.self, ...args], kwargs);
      return callable.fn(this, args, kwargs);
    }
    if (callable instanceof PyMethodDescriptor) {
      checkDescriptorSelf(callable, args);
      return callable.fn(this, args, kwargs);
    }
    return this.callType(callable, args, kwargs);
  }

  /** Calls a method found on a type with `self` first. */
  callMethod(method: PyObject, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null = null): PyObject {
    if (method instanceof PyDescriptorWrapper) {
      if (wrapperKind(method) === T.staticmethod) return this.call(method.wrapped[0], args, kwargs);
      if (wrapperKind(method) === T.classmethod) return this.call(method.wrapped[0], [self instanceof PyType ? self : self.type, ...args], kwargs);
    }
    // A class found as a special method is no descriptor: lookup_maybe_method calls it unbound (`__call__ = dict`).
    if (method instanceof PyType && !method.type.lookup('__get__')) return this.call(method, args, kwargs);
    return this.call(method, [self, ...args], kwargs);
  }

  /** callSpecialOp's synchronous form: a function's bound method holds self while it runs. */
  callSpecial(method: PyObject, self: PyObject, args: PyObject[]): PyObject {
    if (!(method instanceof PyFunction)) return this.callMethod(method, self, args);
    incref(self);
    try {
      return this.callMethod(method, self, args);
    } finally {
      decref(self);
    }
  }

  /** Instantiates a class from native code (the in-loop CALL has its own path that steps into __init__). */
  callType(type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
    // A metaclass's own __call__ (type.__call__ below is the default).
    const metaCall = type.type.isHeapType ? type.type.lookup('__call__') : undefined;
    if (metaCall && metaCall !== T.type.dict.getStr('__call__')) return this.callMethod(metaCall, type, args, kwargs);
    return this.callTypeDefault(type, args, kwargs);
  }

  /** type.__call__: __new__ then __init__. */
  callTypeDefault(type: PyType, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
    if (type.nativeNew && !type.isHeapType) return type.nativeNew(this, args, kwargs);
    if (type.hasNoNew) throw new NativeRaise('TypeError', `cannot create '${type.name}' instances`);
    if (type.isHeapType && type.isSubtypeOf(T.type)) return instantiateMetaclass(this, type, args, kwargs);
    // type_call: __new__ makes the object (object.__new__ unless a class defines one), then __init__ runs on it.
    const newMethod = type.lookup('__new__');
    const userNew = newMethod && newMethod.type !== T.builtin_function_or_method ? newMethod : null;
    const userInit = initToRun(type);
    const hasArgs = args.length > 0 || (kwargs !== null && kwargs.size > 0);
    let inst: PyObject;
    if (userNew) {
      const fn = userNew instanceof PyDescriptorWrapper && wrapperKind(userNew) === T.staticmethod ? userNew.wrapped[0] : userNew;
      inst = this.call(fn, [type, ...args], kwargs);
      if (!inst.type.isSubtypeOf(type)) return inst;
    } else {
      if (hasArgs && !userInit && !type.isException && !type.builtinKind) throw new NativeRaise('TypeError', `${type.name}() takes no arguments`);
      inst = createInstance(this, type, args, kwargs);
    }
    try {
      if (userNew && !userInit && type.isException) initExceptionAfterNew(inst, args, kwargs);
      if (userInit) {
        const r = this.callMethod(userInit, inst, args, kwargs);
        if (r !== None) {
          const name = r.type.name;
          decref(r);
          throw new NativeRaise('TypeError', `__init__() should return None, not '${name}'`);
        }
        decref(r);
      }
    } catch (e) {
      decref(inst);
      throw e;
    }
    return inst;
  }

  makeGenerator(frame: Frame): PyGenerator {
    const code = frame.code;
    const type = code.flags & CodeFlag.COROUTINE ? T.coroutine : code.flags & CodeFlag.ASYNC_GENERATOR ? T.async_generator : T.generator;
    const gen = this.heap.register(new PyGenerator(type, frame, code.name, code.qualname));
    frame.generator = gen;
    this.heap.track(gen);
    return gen;
  }

  /** Builds a frame for a code object with an explicit namespace (module and class bodies). */
  frameForBody(code: PyCode, globals: PyDict, namespace: PyDict | null, func: PyFunction | null, builtins = this.builtins): Frame {
    const frame = new Frame(code.code, code, code.consts, globals, builtins, namespace, func);
    // f_locals is a counted reference even when it is the globals (a module body's frame).
    if (namespace) incref(namespace);
    if (func) {
      incref(func);
      const free = func.closure instanceof PyTuple ? func.closure.items : [];
      const first = code.code.localsplusNames.length - free.length;
      free.forEach((cell, i) => (frame.localsplus[first + i] = incref(cell)));
    }
    return frame;
  }

  // ----- exceptions -----

  /** Turns anything thrown by native code into a Python exception instance (new reference). */
  toException(e: unknown): PyInstance {
    if (e instanceof PyRaise) return e.exc;
    if (e instanceof NativeRaise && e.pyType === 'MemoryError') {
      hostLimits.hits++;
      return this.heap.unlimited(() => newBuiltinException('MemoryError'));
    }
    if (e instanceof NativeRaise) {
      const args = e.args?.map((a) => (typeof a === 'string' ? newStr(a) : typeof a === 'number' ? newInt(a) : newBytes(a.bytes)));
      const exc = args
        ? newException(E[e.pyType], args)
        : newBuiltinException(e.pyType, e.pyMessage === '' && e.pyType === 'StopIteration' ? undefined : e.pyMessage);
      // OSError(errno, strerror) from native code carries e.errno and e.strerror as the constructor sets them.
      if (args && exc.type.isSubtypeOf(E.OSError)) initExceptionMembers(exc, args, null);
      for (const [name, v] of Object.entries(e.members ?? {})) {
        if (typeof v !== 'string' && !(v as PyObject).alive) continue;
        const value = typeof v === 'string' ? newStr(v) : incref(v as PyObject);
        setExceptionMember(exc, name, value);
        decref(value);
      }
      return exc;
    }
    // Strings, arrays and big ints longer than JavaScript can hold: what CPython would fail to allocate.
    if (e instanceof RangeError && /Invalid (string|array|typed array) length|allocation failed|Maximum BigInt size|Map maximum size|Set maximum size/i.test(e.message)) {
      hostLimits.hits++;
      return this.heap.unlimited(() => newBuiltinException('MemoryError'));
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      hostLimits.hits++;
      return newBuiltinException('RecursionError', 'maximum recursion depth exceeded while calling a Python object');
    }
    if (e instanceof ExecutionHalted) throw e;
    const message = e instanceof Error ? e.message : String(e);
    return newException(E.SystemError, [newStr(`internal error in the playground: ${message}`)]);
  }

  raiseNew(name: keyof typeof E, message: string): never {
    throw new PyRaise(newException(E[name], [newStr(message)]));
  }

  // ----- heap hooks -----

  /** tp_clear for the collector's delete_garbage phase. */
  clearForGc(o: PyObject): void {
    o.flags |= ObjectFlag.Cleared;
    o.clear((t) => decref(t));
  }

  /** lookup_maybe_method: a function or method descriptor is called with the object; another callable as it is. */
  private callDel(del: PyObject, o: PyObject): PyObject {
    if (del instanceof PyFunction || del instanceof PyMethodDescriptor || del instanceof PyDescriptorWrapper) return this.callMethod(del, o, []);
    return this.call(del, []);
  }

  /** Runs __del__ (or a generator's close) on an object the collector found unreachable (PEP 442: once). */
  runFinalizer(o: PyObject): void {
    if (o instanceof PyGenerator) {
      finalizeGenerator(this, o, (e, where) => this.reportUnraisable(e, where));
      return;
    }
    const del = o.type.lookup('__del__');
    if (!del) return;
    o.flags |= ObjectFlag.Finalized;
    try {
      decref(this.callDel(del, o));
    } catch (e) {
      this.reportUnraisable(e, del);
    }
  }

  /**
   * Clears weak references to objects about to be collected and calls their callbacks; returns the weakrefs'
   * ids and how many of the called weakrefs were freed by their callback (CPython counts those as collected).
   */
  clearWeakrefsTo(objects: PyObject[]): { cleared: number[]; freedByCallbacks: number } {
    const cleared: number[] = [];
    const callbacks: PyWeakref[] = [];
    // Most programs make no weak reference: no lookup per collected object then.
    if (this.weakrefs.size === 0) return { cleared, freedByCallbacks: 0 };
    for (const o of objects) {
      const refs = this.weakrefs.get(o.id);
      if (!refs) continue;
      this.weakrefs.delete(o.id);
      for (const r of refs) {
        r.target = null;
        cleared.push(r.id);
        if (r.callback && r.alive && !objects.includes(r)) callbacks.push(incref(r));
      }
    }
    let freedByCallbacks = 0;
    for (const r of callbacks) {
      try {
        if (r.callback) decref(this.call(r.callback, [r]));
      } catch (e) {
        this.reportUnraisable(e, r.callback!);
      } finally {
        decref(r);
      }
      if (!r.alive) freedByCallbacks++;
    }
    return { cleared, freedByCallbacks };
  }

  /** The gc module's `callbacks` list once imported. */
  gcCallbacks: PyList | null = null;
  /** The gc module's `garbage` list once imported (where DEBUG_SAVEALL puts what a collection finds). */
  gcGarbage: PyList | null = null;
  /** Set at exit once the modules the text streams need are cleared (see Interpreter.shutdown). */
  standardStreamsLost = false;
  /** sys.is_finalizing(): set at exit after atexit and the streams' flush, as _PyRuntimeState_SetFinalizing. */
  finalizing = false;
  /** The objects id() was asked for (ctypes' from_address reads their reference counts). */
  readonly addressBook = new AddressBook();

  /** Calls each gc.callbacks entry with ("start" | "stop", {"generation", "collected", "uncollectable"}). */
  runGcCallbacks(phase: 'start' | 'stop', generation: number, collected: number): void {
    const list = this.gcCallbacks;
    if (!list || list.items.length === 0) return;
    const info = newDict();
    const values: [string, PyObject][] = [['generation', newInt(generation)], ['collected', newInt(collected)], ['uncollectable', newInt(0)]];
    for (const [k, v] of values) {
      containers.dictSetStr(info, k, v);
      decref(v);
    }
    const phaseStr = newStr(phase);
    try {
      for (const cb of list.items.slice()) {
        try {
          decref(this.call(cb, [phaseStr, info]));
        } catch (e) {
          this.reportUnraisable(e, cb);
        }
      }
    } finally {
      decref(phaseStr);
      decref(info);
    }
  }

  private finalize(o: PyObject): boolean {
    if (o instanceof PyGenerator) return o.finalized ? false : finalizeGenerator(this, o, (e, where) => this.reportUnraisable(e, where));
    if (o.attrs === null || !o.type.isHeapType) return false;
    const del = o.type.lookup('__del__');
    if (!del) return false;
    o.flags |= ObjectFlag.Finalized;
    o.refcount = 1;
    try {
      decref(this.callDel(del, o));
    } catch (e) {
      this.reportUnraisable(e, del);
    }
    if (--o.refcount > 0) return true;
    return false;
  }

  /**
   * PyErr_WriteUnraisable: an exception from __del__, a generator's close at deallocation, or a weakref or
   * gc callback is printed on stderr ("Exception ignored in: ..." and its traceback) and dropped.
   */
  reportUnraisable(e: unknown, where: PyObject, label = 'Exception ignored in'): void {
    if (e instanceof ExecutionHalted) throw e;
    const exc = this.toException(e);
    try {
      writeReport(this, unraisablePieces(this, exc, where, this.modulesRemoved ? [] : this.sourceLines, label), true);
    } finally {
      decref(exc);
    }
  }

  /** atexit's registrations, in order (an unregistered one leaves its slot empty, as atexit_delete_cb). */
  exitCallbacks: (ExitCallback | null)[] = [];

  /** Set once interpreter exit has begun removing modules (see Interpreter.shutdown). */
  modulesRemoved = false;

  /** The program's source lines, for tracebacks printed while it runs. */
  sourceLines: readonly string[] = [];
  /** Where stderr text goes (the interpreter's stderr). */
  onStderr: ((text: string) => void) | null = null;

  writeStderr(text: string): void {
    this.onStderr?.(text);
  }

  /** Runs `act` and returns the ids of the gc objects it freed (an enclosing recording gets them too). */
  recordingFrees(act: () => void): number[] {
    const outer = this.freedLog;
    const log = outer ?? [];
    const from = log.length;
    this.freedLog = log;
    try {
      act();
    } finally {
      this.freedLog = outer;
    }
    return outer ? log.slice(from) : log;
  }

  private onFree(o: PyObject): void {
    // Containers and instances are what the UI shows fading out; freed ints and strs are not recorded.
    if (o.isGcType) {
      this.freedCount++;
      this.freedLog?.push(o.id);
    }
    if (this.weakrefs.size === 0) return;
    const refs = this.weakrefs.get(o.id);
    if (!refs) return;
    this.weakrefs.delete(o.id);
    for (const r of refs) {
      r.target = null;
      // PyObject_ClearWeakRefs takes the callback out of the weakref before calling it (__callback__ is None then).
      const callback = r.callback;
      r.callback = null;
      if (!callback) continue;
      if (r.alive) {
        try {
          decref(this.call(callback, [r]));
        } catch (e) {
          this.reportUnraisable(e, callback);
        }
      }
      decref(callback);
    }
  }

  private collectAutomatically(): void {
    collectGarbage(this, -1, 'threshold');
  }

  collect(generation: number, reason: CollectionReason): number {
    return collectGarbage(this, generation, reason);
  }
}

