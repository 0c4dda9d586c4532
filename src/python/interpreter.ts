// The interpreter's public face: load a program, step it line by line or run it, and take snapshots.

import { reportGarbageAtShutdown } from './gc/debug';
import { formatSyntaxWarning, type SyntaxWarningNote } from './compiler/syntaxWarnings';
import { PySyntaxError, type SyntaxDiagnostic } from './errors';
import { parseModule } from './syntax/statementParser';
import { compileModule } from './compiler/compiler';
import type { CodeObject } from './bytecode/code';
import { PyDict } from './runtime/dict';
import { PyBool, PyCode, PyFunction, PyInstance, PyInt } from './runtime/objects';
import { E, None, T } from './runtime/builtinTypes';
import { newInt, newStr } from './runtime/factory';
import { newBytes } from './runtime/bytesObject';
import { FIRST_HEAP_ID, decref, incref, noteSharedRefcounts, setActiveHeap } from './runtime/heap';
import { PyObject } from './runtime/object';
import { cloneGraph } from './fork/graphClone';
import { dictDelete } from './runtime/containers';
import { VM, ExecutionHalted, InputNeeded, ModuleCodeNeeded, PyRaise, type VMOptions } from './vm/vm';
import { Frame, dropSpareFrames } from './vm/frame';
import { runLoop } from './vm/eval';
import { exceptionOnlyLine, exceptionReportPieces, exceptionTypeName, formatSyntaxError } from './vm/traceback';
import { flushAfterMain, flushStandardFiles, restoreStandardStreams, silenceStandardStreams, writeReport } from './vm/stderrSink';
import { exceptionStr, str } from './runtime/ops/repr';
import { bootstrap, materializeCode, spelledNames } from './bootstrap';
import { runExitCallbacks } from './modules/atexit';
import { applyStartupState } from './runtime/startupState';
import { applyStartupRefcounts } from './runtime/startupRefcountsApply';
import { parserArenaShared, type ArenaCounts } from './compiler/parserArena';
import { buildSnapshot, type SnapshotScope } from './snapshotBuilder';
import type { ErrorSnapshot, RunStatus, Snapshot, StepEvent } from './snapshot';
import { hostLimits } from './runtime/hostLimits';
import { StderrMarks } from './outputOrder';
import { reportThroughExcepthook } from './vm/excepthook';

export interface InterpreterOptions extends VMOptions {
  /** The file could not be read past `source` (an undecodable line, from the CLI): raised when tokenizing gets there. */
  unreadableFrom?: SyntaxDiagnostic;
}

/** Compiles source to a code object, or returns the syntax error CPython would report. */
type CompiledSource = { code: CodeObject; warnings: SyntaxWarningNote[]; arena: ArenaCounts } | { error: SyntaxDiagnostic; warnings: SyntaxWarningNote[] };

export function compileSource(source: string, filename = 'main.py', unreadableFrom?: SyntaxDiagnostic): CompiledSource {
  // The tokenizer's warnings come first (also before a syntax error), then the compiler's.
  const warnings: SyntaxWarningNote[] = [];
  try {
    const module = parseModule(source, unreadableFrom && new PySyntaxError(unreadableFrom), warnings);
    const code = compileModule(module, filename, false, warnings);
    return { code, warnings, arena: parserArenaShared(module) };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.diagnostic, warnings };
    throw e;
  }
}

/** The parser's arena outlives the module's code (it is freed when the program has run): its shared literals' references. */
function holdParserArena(arena: ArenaCounts): void {
  for (const { value, references } of arena.values()) {
    const literal = typeof value === 'bigint' ? newInt(value) : typeof value === 'string' ? newStr(value) : newBytes(value.bytes);
    literal.refcount += references - 1;
  }
}

/**
 * One program run. Example:
 * ```ts
 * const it = new Interpreter('a = []\nb = a\n');
 * while (it.step() === 'paused') console.log(it.snapshot().line);
 * ```
 */
export class Interpreter {
  readonly vm: VM;
  readonly sourceLines: string[];
  status: RunStatus = 'ready';
  /** Line events taken so far. */
  steps = 0;
  stderr = '';
  /** Told each piece of stderr text as it is written (a host that interleaves it with stdout in program order). */
  onStderrWrite: ((text: string) => void) | null = null;
  /** Where each piece of stderr fell among stdout's text (snapshots carry them: the page shows both in order). */
  readonly stderrMarks = new StderrMarks();
  error: ErrorSnapshot | null = null;
  /** How many collections had run when the last step started (the step's own are the ones after). */
  stepStartCollections = 0;
  /** What the last step did: see StepEvent. */
  event: StepEvent = 'start';
  /** The first id of the objects this run made (the program's own objects are numbered from here). */
  idBase = 0;
  private moduleFrame: Frame | null = null;
  /** The module body has returned. */
  private atExit = false;
  /** The uncaught exception, kept from its step until exit when stepping (owned). */
  uncaught: PyInstance | null = null;
  /** When stepping, an uncaught exception is one step and interpreter exit the next: the status to end with. */
  private exitPending: RunStatus | null = null;
  private globals: PyDict | null = null;
  /** The exit status a SystemExit asked for. */
  private exitCode: number | null = null;

  constructor(readonly source: string, readonly options: InterpreterOptions = {}) {
    this.vm = new VM(options);
    this.sourceLines = source.split(/\r?\n/);
    this.vm.sourceLines = this.sourceLines;
    this.listenToStderr();
    const compiled = compileSource(source, this.vm.filename, options.unreadableFrom);
    // The compiler's warnings reach stderr before the program runs (or its syntax error), as python3 prints them.
    for (const w of compiled.warnings) this.writeStderr(formatSyntaxWarning(w, this.vm.filename, this.sourceLines));
    if ('error' in compiled) {
      const d = compiled.error;
      this.writeStderr(formatSyntaxError(d, this.vm.filename, this.sourceLines));
      const located = d.line > 0;
      // The editor marks offset to end_offset on the line (-1: no end, to the line's end).
      const endColumn = located && (d.endLine === undefined || d.endLine === d.line) ? d.endColumn ?? null : null;
      this.error = { type: d.type, message: d.message, line: located ? d.line : null, column: located ? d.column : null, endColumn, traceback: this.stderr };
      this.status = 'error';
      return;
    }
    this.activate();
    this.globals = bootstrap(this.vm);
    applyStartupRefcounts(this.vm.builtins);
    this.idBase = this.vm.heap.peekNextId();
    const names = spelledNames(compiled.code);
    const code: PyCode = materializeCode(this.vm, compiled.code, names);
    holdParserArena(compiled.arena);
    // PyEval_EvalCode runs the module through a function object made for it, which holds the globals.
    const func = this.vm.heap.register(new PyFunction(T.function, incref(code), incref(this.globals), null, null, null));
    this.vm.heap.track(func);
    applyStartupState(this.vm.heap, compiled.code);
    this.vm.heap.programNames = { names, code };
    const frame = this.vm.frameForBody(code, this.globals, this.globals, func);
    decref(func);
    frame.isBoundary = true;
    this.vm.pushFrame(frame);
    this.moduleFrame = frame;
    this.vm.moduleCode = code;
  }

  private listenToStderr(): void {
    this.vm.onStderr = (text) => this.writeStderr(text);
  }

  /** Appends to the run's stderr and tells the host's listener. */
  private writeStderr(text: string): void {
    this.stderr += text;
    this.stderrMarks.note(this.vm.stdout.length, this.stderr.length);
    this.onStderrWrite?.(text);
  }

  /**
   * An independent copy of this run at its current step (a time-travel checkpoint): going on with either
   * leaves the other as it was. Throws NotForkable while a native operation waits on a Python callee.
   */
  fork(): { interpreter: Interpreter; slots: number } {
    noteSharedRefcounts(this.vm.heap);
    dropSpareFrames(this.vm.heap);
    const { copy, slots } = cloneGraph<Interpreter>(this, (o) => this.sharedWithForks(o));
    copy.vm.installHeapHooks();
    copy.listenToStderr();
    return { interpreter: copy, slots };
  }

  /** What a fork shares with this run: objects every interpreter shares, compiled code, the run's inputs. */
  private sharedWithForks(o: object): boolean {
    if (o instanceof PyObject) return o.id > 0 && o.id < FIRST_HEAP_ID;
    return (o as { kind?: unknown }).kind === 'code' || o === this.options || o === this.sourceLines;
  }

  get exitStatus(): number {
    if (this.exitCode !== null) return this.exitCode;
    return this.status === 'error' || this.status === 'halted' ? 1 : 0;
  }

  /** The process status a SystemExit gives (handle_system_exit): its code as a C int, or 1 after printing it. */
  private systemExitStatus(exc: PyInstance): number {
    const code = exc.exc?.code ?? None;
    if (code === None) return 0;
    if (code instanceof PyInt || code instanceof PyBool) {
      const v = code instanceof PyBool ? (code.value ? 1n : 0n) : BigInt(code.value);
      // PyLong_AsLong fails (-1) outside a C long; the int cast keeps the low 32 bits; exit() the low 8.
      const asLong = v >= -(2n ** 63n) && v < 2n ** 63n ? v : -1n;
      return Number(BigInt.asUintN(8, asLong));
    }
    let text: string;
    try {
      text = str(this.vm, code);
    } catch (e) {
      if (e instanceof ExecutionHalted) throw e;
      if (e instanceof PyRaise) decref(e.exc);
      text = '';
    }
    writeReport(this.vm, [text, '\n'], false);
    return 1;
  }

  get stdout(): string {
    return this.vm.stdout;
  }

  private activate(): void {
    setActiveHeap(this.vm.heap);
  }

  /** Runs to the next line event; returns the new status ('paused' while there is more). */
  step(): RunStatus {
    return this.advance(true);
  }

  /** Runs to the end (or an error). */
  run(): RunStatus {
    return this.advance(false);
  }

  /**
   * Stepping, the last steps of a run are: the module about to return (its final state, a 'return'
   * step) or the uncaught exception ('exception'), then interpreter exit ('exit') as a step of its own.
   */
  private advance(pauseOnLine: boolean): RunStatus {
    if (this.status !== 'ready' && this.status !== 'paused') return this.status;
    this.activate();
    const vm = this.vm;
    this.stepStartCollections = vm.gcLog.count;
    try {
      if (this.exitPending) {
        const status = this.exitPending;
        this.exitPending = null;
        this.steps++;
        this.event = 'exit';
        const uncaught = this.uncaught;
        this.uncaught = null;
        if (uncaught) decref(uncaught);
        this.shutdown();
        this.status = status;
        return this.status;
      }
      if (!this.atExit) {
        const result = runLoop(vm, this.moduleFrame!, pauseOnLine);
        this.steps++;
        if (result === null) {
          this.event = vm.pauseEvent;
          this.status = 'paused';
          return this.status;
        }
        decref(result);
        flushAfterMain(vm);
        this.atExit = true;
      }
      this.event = 'exit';
      this.finish();
      return this.status;
    } catch (e) {
      // The step is unfinished (input() is waiting for the reader, or an import for module code): the host
      // rebuilds the run with the answer, or with all module code.
      if (e instanceof InputNeeded || e instanceof ModuleCodeNeeded) throw e;
      if (e instanceof PyRaise) {
        try {
          flushAfterMain(vm);
          // Stepping, the exception stays alive until exit (as sys.last_value does): its traceback keeps the
          // frames it passed through, which the exception step shows.
          if (pauseOnLine) this.uncaught = incref(e.exc);
          this.reportUncaught(e.exc);
        } catch (halt) {
          // The program's own sys.stderr ran away while the report went through its write() or flush().
          if (!(halt instanceof ExecutionHalted)) throw halt;
          this.stopHalted(halt.reason);
          return this.status;
        }
        if (pauseOnLine) {
          this.steps++;
          this.event = 'exception';
          this.exitPending = this.status;
          this.status = 'paused';
        } else this.shutdown();
      } else if (e instanceof ExecutionHalted) this.stopHalted(e.reason);
      else throw e;
      return this.status;
    }
  }

  /** The run ends stopped by a limit: the reason on stderr, as the error the page shows. */
  private stopHalted(reason: string): void {
    this.writeStderr(`Execution stopped: ${reason}\n`);
    this.error = { type: 'ExecutionHalted', message: reason, line: this.currentLine(), column: null, traceback: this.stderr };
    this.event = 'halted';
    this.status = 'halted';
  }

  /** Marks the run as stopped by its host (a step budget), with the reason in words. */
  halt(reason: string): void {
    if (this.status !== 'ready' && this.status !== 'paused') return;
    this.stopHalted(reason);
  }

  /** True once the program's last state is showing: the module about to return, or the uncaught exception. */
  get finishedBody(): boolean {
    if (this.event === 'exception' || this.atExit) return true;
    return this.event === 'return' && this.vm.frame === this.moduleFrame;
  }

  private currentLine(): number | null {
    const f = this.vm.frame;
    return f ? f.lastLine() : null;
  }

  private reportUncaught(exc: PyInstance): void {
    const vm = this.vm;
    if (exc.type.isSubtypeOf(E.SystemExit)) {
      this.status = 'finished';
      this.exitCode = this.systemExitStatus(exc);
      decref(exc);
      return;
    }
    const text = exceptionReportPieces(vm, exc, this.sourceLines);
    reportThroughExcepthook(vm, exc, text);
    const tb = exc.exc?.traceback ?? [];
    let message = '';
    try {
      message = exceptionStr(vm, exc);
    } catch (e) {
      if (e instanceof RangeError) hostLimits.hits++;
      message = exceptionOnlyLine(vm, exc);
    }
    // The innermost entry's range is the expression CPython's markers point at: the editor marks it too.
    const at = tb[0];
    const column = at?.col !== undefined && at.col >= 0 ? at.col + 1 : null;
    const endColumn = column !== null && at?.endLine === at?.line && at?.endCol !== undefined ? at.endCol + 1 : null;
    this.error = { type: exceptionTypeName(exc), message, line: at?.line ?? null, column, endColumn, traceback: text.join('') };
    this.status = 'error';
    // pymain_main's exit_sigint: an unhandled KeyboardInterrupt (run_eval_code_obj compares the exact type) ends
    // the process as SIGINT would (128 + 2).
    if (exc.type === E.KeyboardInterrupt) this.exitCode = 130;
    decref(exc);
  }

  private finish(): void {
    this.status = 'finished';
    this.shutdown();
  }

  /**
   * Interpreter exit, as Py_FinalizeEx: atexit, a collection if enabled, then finalize_modules:
   * sys.modules lets go of __main__, and a last collection (even with gc disabled, without callbacks)
   * frees what it kept alive, __del__ running in the collector's order. Globals still alive after
   * that are cleared in order.
   */
  private shutdown(): void {
    const vm = this.vm;
    try {
      // atexit's callbacks, newest first (weakref.finalize registers its own when the first one is made).
      runExitCallbacks(vm);
      // Py_FinalizeEx's flush_std_files: a failed flush makes the exit status 120.
      if (!flushStandardFiles(vm)) this.exitCode = 120;
      vm.finalizing = true;
      if (vm.heap.gcEnabled) vm.collect(2, 'shutdown');
      restoreStandardStreams(vm);
      const main = vm.modules.get('__main__');
      const g = this.globals;
      if (main && g) {
        // finalize_modules empties sys.modules and sys.meta_path: a traceback printed from here on (a __del__
        // raising) cannot import io to read source lines, so its entries have none.
        vm.modulesRemoved = true;
        vm.modules.delete('__main__');
        vm.collect(2, 'finalization');
        reportGarbageAtShutdown(vm);
        if (g.alive) {
          // finalize_modules_clear_weaklist clears the modules still alive last imported first: the codecs the
          // text streams encode with are gone before __main__, so what its objects' __del__ print is lost.
          silenceStandardStreams(vm);
          for (const h of [...g.map.keys()]) dictDelete(g, h);
        }
      }
    } catch (e) {
      if (e instanceof InputNeeded || e instanceof ModuleCodeNeeded || !(e instanceof PyRaise || e instanceof ExecutionHalted)) throw e;
    }
  }

  /** The paused state for the UI: everything, or what a picture of it shows (see SnapshotScope). */
  snapshot(scope?: SnapshotScope): Snapshot {
    this.activate();
    return buildSnapshot(this, scope);
  }
}
