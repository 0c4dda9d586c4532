// An activation record on our heap (never the JS stack): localsplus, value stack, handler blocks, position.

import type { FreeListKind } from '../runtime/freeLists';
import { activeHeap, type Heap } from '../runtime/heap';
import { emptyObjectArray } from '../runtime/objectArrays';
import type { ClassBuild } from '../builtins/buildClass';
import type { PyFrameObject } from '../runtime/objects';
import { FastKind, type CodeObject, type SourcePosition } from '../bytecode/code';
import type { PyObject } from '../runtime/object';
import type { PyDict } from '../runtime/dict';
import type { PyCode, PyFunction, PyGenerator, PyInstance } from '../runtime/objects';
import type { NativeTask } from './nativeOp';
import { operationName } from './operationNames';

/** A SETUP_FINALLY block: where to go on an exception and how deep the value stack was. */
export interface HandlerBlock {
  readonly handler: number;
  readonly stackDepth: number;
}

/** How a finished or suspended generator frame hands its result back to the frame that resumed it. */
export const enum ResumeMode {
  /** Resumed by FOR_ITER: a yield pushes the value; a return pops the iterator and jumps to `forIterTarget`. */
  FOR_ITER = 1,
  /** Called normally, or resumed by native code in a nested run loop (which returns at the boundary). */
  NATIVE = 2,
  /** Called or resumed by a native operation of the frame below (its `task`), which gets the result. */
  TASK = 3,
  /** Resumed by a delegating generator's `yield from`: a yield passes through it, a return ends it. */
  YIELD_FROM = 4,
  /**
   * Being closed for a delegating generator that is closed itself: yielding is "generator ignored
   * GeneratorExit", returning or raising GeneratorExit lets the GeneratorExit go on in the delegator.
   */
  CLOSING = 5,
  /**
   * The `__next__` (a Python function) of the iterator FOR_ITER steps, entered by FOR_ITER itself: a return
   * pushes the value; a StopIteration out of it ends the loop, jumping to `forIterTarget` (unwindException).
   */
  ITER_NEXT = 6,
  /**
   * An async generator resumed by the `await` of its asend awaitable (on the resumer's stack, under YIELD_FROM):
   * a wrapped yield ends that await with the value, a plain one (an inner await's) passes through as YIELD_FROM's
   * does, a return is StopAsyncIteration in the resumer.
   */
  ASYNC_GEN_SEND = 7,
}

/**
 * Spare frames kept per code object: a recursion takes one per level (with one spare, fib(25) made a frame about
 * every other call, and ran 23-24% slower warm); 32 levels cover teaching programs' recursions, in bounded memory.
 */
const SPARE_FRAMES_PER_CODE = 32;
/**
 * Code objects the heap lists as holding spares before it drops them all: the list keeps its code objects alive
 * in JS, and a program can make code objects without end (`exec` of a def in a loop), which outlive their use.
 */
export const MAX_CODES_WITH_SPARES = 1024;

/**
 * Empties the spare frames of `heap`'s code objects, before a fork: a fork copies everything reachable, and spare
 * frames are only a cache of empty frames (its run makes new ones as a fresh run does, with the same ids).
 */
export function dropSpareFrames(heap: Heap): void {
  for (const code of heap.codesWithSpareFrames) {
    code.spareFrames.length = 0;
    code.spareFramesListed = false;
  }
  heap.codesWithSpareFrames.length = 0;
}

export class Frame {
  /** Numbered per heap in creation order, so a frame has the same id however its step was reached. */
  id = activeHeap().nextFrameId++;
  /** Fast locals, cells and free variables (CPython's localsplus). */
  readonly localsplus: (PyObject | null)[];
  readonly stack: (PyObject | null)[] = emptyObjectArray();
  readonly blocks: HandlerBlock[] = [];
  /** Index of the next instruction. */
  pc = 0;
  /** Where the exception being raised is reported instead of the current instruction (a loop head), once. */
  raisedAt: SourcePosition | null = null;
  /** Line of the instruction last executed, for line events; 0 before the first. */
  line = 0;
  back: Frame | null = null;
  /** The generator owning this frame, if any. */
  generator: PyGenerator | null = null;
  resumeMode: ResumeMode = ResumeMode.NATIVE;
  forIterTarget = 0;
  /** Run loops started by native code stop when this frame returns (the JS caller gets the value). */
  isBoundary = false;
  /** For an `__init__` frame run by a class call: the new instance, pushed in place of the return value. */
  initInstance: PyObject | null = null;
  /** Allocations CPython holds for the duration of this call (type_call's argument tuple); released on exit. */
  hiddenTemporaries: readonly FreeListKind[] | null = null;
  /**
   * CALL_FUNCTION_EX's operands (the callable, the argument tuple, the keyword dict, and _PyStack_UnpackDict's
   * copies of the arguments when there are keywords), which CPython holds until the call returns.
   */
  callOperands: PyObject[] | null = null;
  /** For a class body: the class to make from its namespace when it returns. */
  classBuild: ClassBuild | null = null;
  /** The RETURN_VALUE/YIELD_VALUE position the run paused before (a return step), else -1. */
  pausedToLeave = -1;
  /** Set once a traceback needed this frame as an object (CPython materializes a PyFrameObject). */
  frameObject: PyFrameObject | null = null;
  /** A function frame's f_locals dict, made by the first locals() or vars() call and kept with the frame. */
  fastLocalsDict: PyDict | null = null;
  /** The native operation of this frame's current instruction, suspended while its Python callee runs. */
  task: NativeTask | null = null;
  /** Recursion-depth counts held for this frame besides its own (the C call that entered it, as type_call's). */
  guards = 0;
  /** For a generator's frame being resumed by throw() or close(): the exception to raise where it is suspended. */
  pendingThrow: PyInstance | null = null;
  /** In CLOSING mode: the GeneratorExit to raise in the delegating generator once this one is closed. */
  closingWith: PyInstance | null = null;
  /** Until released: the counted reference to pyCode (f_code). */
  private holdsCode = true;

  constructor(
    readonly code: CodeObject,
    readonly pyCode: PyCode,
    readonly consts: PyObject[],
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The namespace of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    readonly localsDict: PyDict | null,
    public func: PyFunction | null,
  ) {
    this.localsplus = pyCode.emptyLocals.slice();
    // f_code: CPython's frame holds its code object.
    pyCode.refcount++;
  }

  /**
   * After a plain function's return, once nothing else holds this frame (no frame object, not a generator's, not
   * a native caller's): keeps it among its code's spare frames. release() has emptied its locals and stack already.
   */
  recycle(): void {
    this.pc = 0;
    this.raisedAt = null;
    this.line = 0;
    this.forIterTarget = 0;
    this.initInstance = null;
    this.pausedToLeave = -1;
    this.task = null;
    this.pendingThrow = null;
    this.closingWith = null;
    this.func = null;
    // A frame a native operation called: its next call may come from the loop.
    this.resumeMode = ResumeMode.NATIVE;
    if (this.blocks.length > 0) this.blocks.length = 0;
    const pyCode = this.pyCode;
    if (!pyCode.spareFramesListed) {
      const heap = activeHeap();
      if (heap.codesWithSpareFrames.length >= MAX_CODES_WITH_SPARES) dropSpareFrames(heap);
      pyCode.spareFramesListed = true;
      heap.codesWithSpareFrames.push(pyCode);
    }
    if (pyCode.spareFrames.length < SPARE_FRAMES_PER_CODE) pyCode.spareFrames.push(this);
  }

  /** The spare frame taken for a new call: a new id and f_code's reference, as a new frame has. */
  reopen(): this {
    this.id = activeHeap().nextFrameId++;
    this.holdsCode = true;
    this.pyCode.refcount++;
    return this;
  }

  get name(): string {
    return this.code.name;
  }

  /** The line of the instruction running or last run (the first instruction's before any ran). */
  lastLine(): number {
    return this.code.lines[Math.max(0, this.pc - 1)];
  }

  /** co_varnames: the localsplus slots that are parameters or plain locals (not only cells or frees). */
  get varnames(): string[] {
    const { localsplusNames: names, localsplusKinds: kinds } = this.code;
    return names.filter((_, i) => (kinds[i] & FastKind.LOCAL) !== 0);
  }

  /** Reports every counted reference the frame holds (for gc and snapshots). */
  traverse(visit: (target: PyObject, label: string) => void): void {
    const names = this.code.localsplusNames;
    for (let i = 0; i < this.localsplus.length; i++) {
      const v = this.localsplus[i];
      if (v) visit(v, names[i]);
    }
    for (let i = 0; i < this.stack.length; i++) {
      const v = this.stack[i];
      if (v) visit(v, `stack[${i}]`);
    }
    if (this.localsDict) visit(this.localsDict, 'f_locals');
    if (this.frameObject) visit(this.frameObject, 'frame object');
    if (this.fastLocalsDict) visit(this.fastLocalsDict, 'f_locals');
    if (this.func) visit(this.func, 'f_func');
    if (this.holdsCode) visit(this.pyCode, 'f_code');
    if (this.initInstance) visit(this.initInstance, 'instance being initialised');
    if (this.callOperands) for (const v of this.callOperands) visit(v, 'call operand');
    if (this.pendingThrow) visit(this.pendingThrow, 'exception thrown in');
    if (this.closingWith) visit(this.closingWith, 'GeneratorExit to pass on');
    const task = this.task;
    if (task !== null && task.temporaries.length > 0) {
      const label = `temporary of ${operationName(task, this.stack)}`;
      for (const t of task.temporaries) {
        if (Array.isArray(t)) for (const o of t as readonly PyObject[]) visit(o, label);
        else visit(t as PyObject, label);
      }
    }
    const build = this.classBuild;
    if (build) {
      // __build_class__'s own references while the body runs: its arguments and the namespace it made.
      build.held.forEach((o, i) => visit(o, i === 0 ? 'class body function' : i === 1 ? 'class name' : 'base class'));
      visit(build.ns, 'namespace of the class being built');
    }
  }

  /** Releases everything the frame holds: locals first, then the value stack (as CPython's frame clear). */
  /** After a CALL_FUNCTION_EX call is over: its operands, in the order CPython drops them. */
  dropCallOperands(release: (target: PyObject) => void): void {
    const held = this.callOperands;
    if (held === null) return;
    this.callOperands = null;
    for (const v of held) release(v);
  }

  release(release: (target: PyObject) => void): void {
    for (let i = 0; i < this.localsplus.length; i++) {
      const v = this.localsplus[i];
      if (v) {
        this.localsplus[i] = null;
        release(v);
      }
    }
    while (this.stack.length > 0) {
      const v = this.stack.pop();
      if (v) release(v);
    }
    if (this.localsDict) release(this.localsDict);
    const fastLocals = this.fastLocalsDict;
    this.fastLocalsDict = null;
    if (fastLocals) release(fastLocals);
    if (this.func) release(this.func);
    if (this.holdsCode) {
      this.holdsCode = false;
      release(this.pyCode);
    }
  }
}
