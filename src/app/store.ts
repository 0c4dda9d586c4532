// The playground's UI state in one zustand store per playground (state and actions declared apart).

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Snapshot } from '../python/snapshot';
import type { MemoryPoint } from '../worker/protocol';
import type { CountChange, HeapAction } from '../worker/session';
import type { Lang, Theme } from '../embed/params';
import { t } from './i18n';

/** What the store needs from the interpreter worker (a fake in unit tests). */
export interface EngineClient {
  load(code: string, step?: number): void;
  step(delta: number): void;
  goto(step: number): void;
  run(breakpoints: number[]): void;
  act(action: HeapAction): void;
  /** Asks for an object's refcount history (answered through receiveHistory). */
  history(id: number): void;
  /** Ends a running program by restarting the worker. */
  stop(): void;
}

export interface PlaygroundState {
  code: string;
  snapshot: Snapshot | null;
  totalSteps: number | null;
  running: boolean;
  memory: MemoryPoint[];
  showShared: boolean;
  selectedId: number | null;
  /** "collected 2 objects" after a gc.collect() press. */
  notice: string | null;
  crash: string | null;
  breakpoints: number[];
  lang: Lang;
  theme: Theme;
  /** Refcount changes of the selected object. */
  countHistory: { id: number; changes: CountChange[] } | null;
}

export interface PlaygroundActions {
  setCode(code: string): void;
  load(): void;
  step(delta: number): void;
  goto(step: number): void;
  run(): void;
  stop(): void;
  reset(): void;
  collect(): void;
  setGcEnabled(enabled: boolean): void;
  select(id: number | null): void;
  toggleShared(): void;
  toggleBreakpoint(line: number): void;
  setOptions(options: { lang?: Lang; theme?: Theme }): void;
  /** Called by the engine with each new state. */
  receive(update: { snapshot: Snapshot; totalSteps: number | null; running: boolean; memory: MemoryPoint[] }): void;
  receiveCrash(message: string): void;
  receiveHistory(id: number, changes: CountChange[]): void;
}

export type PlaygroundStore = StoreApi<PlaygroundState & PlaygroundActions>;

export function createPlaygroundStore(engine: EngineClient, initialCode: string, initial: { lang?: Lang; theme?: Theme } = {}): PlaygroundStore {
  return createStore<PlaygroundState & PlaygroundActions>()((set, get) => ({
    code: initialCode,
    snapshot: null,
    totalSteps: null,
    running: false,
    memory: [],
    showShared: false,
    selectedId: null,
    notice: null,
    crash: null,
    breakpoints: [],
    countHistory: null,
    lang: initial.lang ?? 'en',
    theme: initial.theme ?? 'light',
    setOptions: ({ lang, theme }) => set({ ...(lang ? { lang } : {}), ...(theme ? { theme } : {}) }),
    setCode: (code) => set({ code }),
    load: () => {
      const step = get().snapshot?.step ?? 0;
      set({ notice: null, crash: null });
      engine.load(get().code, step);
    },
    step: (delta) => engine.step(delta),
    goto: (step) => engine.goto(step),
    run: () => {
      set({ running: true });
      engine.run(get().breakpoints);
    },
    stop: () => {
      engine.stop();
      set({ running: false, notice: t(get().lang, 'stopped') });
    },
    reset: () => {
      set({ notice: null, selectedId: null });
      engine.load(get().code, 0);
    },
    collect: () => {
      set({ notice: null });
      engine.act({ kind: 'collect' });
    },
    setGcEnabled: (enabled) => engine.act({ kind: 'set-gc', enabled }),
    select: (id) => {
      set({ selectedId: id, countHistory: null });
      if (id !== null) engine.history(id);
    },
    toggleShared: () => set({ showShared: !get().showShared }),
    toggleBreakpoint: (line) => {
      const bps = get().breakpoints;
      set({ breakpoints: bps.includes(line) ? bps.filter((l) => l !== line) : [...bps, line].sort((a, b) => a - b) });
    },
    receive: ({ snapshot, totalSteps, running, memory }) => {
      const prev = get().snapshot;
      let notice = get().notice;
      const events = snapshot.gc.collections;
      const last = events[events.length - 1];
      if (last && last.reason === 'button' && (prev?.gc.collections.length ?? 0) < events.length && prev?.step === snapshot.step) {
        const lang = get().lang;
        notice = `${t(lang, 'collected')} ${last.collected} ${t(lang, last.collected === 1 ? 'objectWord' : 'objectsWord')}`;
      }
      set({ snapshot, totalSteps, running, memory, notice, crash: null });
      const selected = get().selectedId;
      if (selected !== null && prev?.step !== snapshot.step) engine.history(selected);
    },
    receiveCrash: (message) => set({ crash: message, running: false }),
    receiveHistory: (id, changes) => {
      if (get().selectedId === id) set({ countHistory: { id, changes } });
    },
  }));
}
