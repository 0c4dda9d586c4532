// The interpreter's Web Worker: owns the Session (the reader's position) and a Scout (the whole run, ahead
// of the reader), and runs long work in slices so new messages are read between them. Started by worker.ts
// (module code fetched in chunks) or workerStandalone.ts (all linked in, for sandboxed frames).

import { Session, type SessionOptions } from './session';
import { Scout } from './scout';
import { inspectObject } from './inspect';
import type { FromWorker, RunOverview, ToWorker } from './protocol';
import { ModuleCodeNeeded } from '../python/vm/vm';
import { installModuleLibrary, type ModuleLibrary } from '../python/modules/library/moduleLibrary';
import { markOnce } from './startupMarks';

/** Where module code comes from: a load first fetches what the program can import. */
export interface PrefetchingLibrary extends ModuleLibrary {
  prefetchFor(source: string): Promise<void>;
  prefetchAll(): Promise<void>;
}

let library: PrefetchingLibrary;

const SLICE_MS = 30;
/** The timeline is sent at most this often while the scout runs. */
const OVERVIEW_EVERY_MS = 200;
/**
 * The page's simulated memory: MemoryError past 256 MiB of live objects. JavaScript takes 1 to 6 bytes per
 * simulated byte (measured: a big str 1, lists of ints 4, small instances 6), which keeps the tab well inside
 * the browser's heap.
 */
const PAGE_MEMORY_LIMIT = 256 * 2 ** 20;
/** input() with no stdin line left asks the reader in the page (the CLI raises EOFError instead). */
const OPTIONS: SessionOptions = { instructionBudget: 4_000_000_000, memoryLimit: PAGE_MEMORY_LIMIT, askForInput: true };

let session: Session | null = null;
/** The program loaded last, to load again with all module code if an import finds its chunk missing. */
let lastLoad: Extract<ToWorker, { type: 'load' }> | null = null;
/** Messages are handled one after another; a load waits for its module code first. */
let queue: Promise<void> = Promise.resolve();
let scout: Scout | null = null;
let stdin = '';
/** Set while Run is in progress: the breakpoints it stops at. */
let runTo: ReadonlySet<number> | null = null;
/** Where the reader was going when input() asked: an answer goes on there (a Run, or a step). */
let resume: { kind: 'run'; breakpoints: ReadonlySet<number> } | { kind: 'goto'; step: number } | null = null;
let pumping = false;
let lastOverview = 0;
let lastRunView = 0;
/** During a long Run, the picture is refreshed this often. */
const RUN_VIEW_EVERY_MS = 300;

function post(message: FromWorker): void {
  (self as unknown as Worker).postMessage(message);
}

function overview(): RunOverview | null {
  return scout?.overview() ?? null;
}

function publishView(): void {
  if (!session) return;
  const o = overview();
  markOnce('worker:first-view-made');
  post({ type: 'view', view: session.view(), running: runTo !== null, totalSteps: o?.totalSteps ?? null, lastStateStep: o?.lastStateStep ?? null });
}

function publishOverview(): void {
  const o = overview();
  if (o) post({ type: 'overview', overview: o, running: runTo !== null });
  lastOverview = Date.now();
}

/** Advances the scout and a Run in progress, a slice at a time, until both are done. */
function pump(): void {
  if (pumping) return;
  pumping = true;
  const tick = () => {
    try {
      if (scout && !scout.finished) {
        const done = scout.runSlice(Date.now() + SLICE_MS);
        if (done || Date.now() - lastOverview > OVERVIEW_EVERY_MS) publishOverview();
        if (done) scheduleRehearsal();
      }
      if (session && runTo) {
        if (session.runSlice(Date.now() + SLICE_MS, runTo)) {
          if (session.waitingForInput) resume = { kind: 'run', breakpoints: runTo };
          runTo = null;
          publishView();
          publishOverview();
        } else if (Date.now() - lastRunView > RUN_VIEW_EVERY_MS) {
          // A long Run shows where it is now and then (and Stop resumes from there).
          publishView();
          lastRunView = Date.now();
        }
      }
    } catch (e) {
      runTo = null;
      crash(e);
    }
    if ((scout && !scout.finished) || runTo) setTimeout(tick, 0);
    else pumping = false;
  };
  setTimeout(tick, 0);
}

/** Where the idle worker practises jumps (shares of the run's steps): once per program loaded. */
const REHEARSAL_POINTS = [0.35, 0.7, 0.5];
let rehearsed: Session | null = null;

/** The practice waits this long after the scout's end, and for a moment with no message from the page. */
const REHEARSAL_DELAY_MS = 250;
/** When the last message from the page was taken (the practice is for when the reader is idle). */
let lastMessageAt = 0;

/** Once the run is known and the reader idle, practises a few jumps (Session.rehearseJumps) so the first real ones are quick. */
function scheduleRehearsal(): void {
  const target = session;
  setTimeout(() => {
    if (session !== target) return;
    if (Date.now() - lastMessageAt < REHEARSAL_DELAY_MS) scheduleRehearsal();
    else enqueue(rehearse);
  }, REHEARSAL_DELAY_MS);
}

function rehearse(): void {
  const total = scout?.finished ? scout.overview().totalSteps : null;
  if (!session || rehearsed === session || runTo || total === null) return;
  rehearsed = session;
  try {
    session.rehearseJumps(REHEARSAL_POINTS.map((share) => Math.round(total * share)));
  } catch {
    // A practice that fails changes nothing the reader sees (the session's state is put back): the real jump
    // will report whatever went wrong.
    return;
  }
  markOnce('worker:jumps-rehearsed');
}

function crash(e: unknown): void {
  if (e instanceof ModuleCodeNeeded && lastLoad) {
    // The program imported a module its text did not name (the prefetch's scan missed it): fetch everything and
    // load the program again at the step the reader is at.
    const again = { ...lastLoad, step: session?.step ?? lastLoad.step };
    const running = runTo;
    session = null;
    scout = null;
    runTo = null;
    enqueue(async () => {
      await library.prefetchAll();
      handle(again);
      if (running && session) handle({ type: 'run', breakpoints: [...running] });
    });
    return;
  }
  post({ type: 'crash', message: e instanceof Error ? e.message : String(e) });
}

function restartScout(): void {
  if (!session) return;
  scout = new Scout(session.source, session.interpreterOptions, session.history, session.checkpoints);
  pump();
}

function enqueue(work: () => void | Promise<void>): void {
  queue = queue.then(work).catch(crash);
}

export function startWorker(modules: PrefetchingLibrary): void {
  library = modules;
  installModuleLibrary(modules);
  markOnce('worker:ready');
  self.onmessage = (event: MessageEvent<ToWorker>) => {
    const msg = event.data;
    lastMessageAt = Date.now();
    if (msg.type === 'load') markOnce('worker:load-received');
    enqueue(async () => {
      if (msg.type === 'load') await library.prefetchFor(msg.code);
      if (msg.type === 'load') markOnce('worker:modules-fetched');
      handle(msg);
    });
  };
}

function handle(msg: ToWorker): void {
  try {
    switch (msg.type) {
      case 'load':
        lastLoad = msg;
        stdin = msg.stdin ?? '';
        runTo = null;
        resume = null;
        session = new Session(msg.code, { ...OPTIONS, stdin, ...(msg.maxSteps ? { maxSteps: msg.maxSteps } : {}) });
        if (msg.step) goto(session, msg.step);
        // The picture first: the scout's interpreter is made after it (the old program's scout knows nothing of this one).
        scout = null;
        publishView();
        restartScout();
        return;
      case 'step':
        if (!session) return;
        goto(session, session.step + msg.delta);
        break;
      case 'goto':
        if (!session) return;
        goto(session, msg.step);
        break;
      case 'answer': {
        if (!session?.waitingForInput) return;
        session.answer(msg.text);
        const then = resume;
        resume = null;
        // The scout learns the rest of the run with the answer.
        restartScout();
        if (then?.kind === 'run') {
          runTo = then.breakpoints;
          publishView();
          pump();
          return;
        }
        if (then) goto(session, then.step);
        break;
      }
      case 'run':
        if (!session) return;
        resume = null;
        runTo = new Set(msg.breakpoints);
        publishView();
        pump();
        return;
      case 'action':
        if (!session) return;
        session.act(msg.action);
        restartScout();
        break;
      case 'inspect':
        if (!session) return;
        post({ type: 'inspection', inspection: inspectObject(session.source, session.interpreterOptions, session.history, msg.id, session.step) });
        return;
      case 'view-options':
        if (!session) return;
        session.setViewOptions({ showShared: msg.showShared, expanded: new Set(msg.expanded) });
        break;
    }
    publishView();
  } catch (e) {
    crash(e);
  }
}

/** Moves to a step; if input() asks on the way, remembers the step so the answer goes on to it. */
function goto(s: Session, step: number): void {
  resume = null;
  s.goto(step);
  if (s.waitingForInput) resume = { kind: 'goto', step };
}
