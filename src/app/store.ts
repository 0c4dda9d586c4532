// The playground's UI state in one zustand store per playground (state and actions declared apart).

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Snapshot } from '../python/snapshot';
import type { Inspection, RunOverview, StepView } from '../worker/protocol';
import type { HeapAction } from '../worker/session';
import type { Lang, Theme } from '../embed/params';
import { t } from './i18n';

/** What the store needs from the interpreter worker (a fake in unit tests). */
export interface EngineClient {
  /** `stdin`: the host's lines for input() (the reader is asked once they are used up). */
  load(code: string, step?: number, stdin?: string): void;
  /** The reader's answer to the input() that is waiting. */
  answer(text: string): void;
  step(delta: number): void;
  goto(step: number): void;
  run(breakpoints: number[]): void;
  act(action: HeapAction): void;
  /** Asks for an object's holders and refcount history (answered through receiveInspection). */
  inspect(id: number): void;
  setViewOptions(showShared: boolean, expanded: number[]): void;
  /** Ends a running program by restarting the worker. */
  stop(): void;
}

export interface PlaygroundState {
  code: string;
  /** Lines for input() given by the embedding page (URL `stdin` or a `load` message), used before asking. */
  stdin: string;
  /** The code the interpreter has now (an edit differs from it until reloaded). */
  loadedCode: string | null;
  view: StepView | null;
  totalSteps: number | null;
  /** The step showing the program's final state (Run goes there; the step after it is interpreter exit). */
  lastStateStep: number | null;
  running: boolean;
  overview: RunOverview | null;
  showShared: boolean;
  /** Containers shown in full (the others show their first rows). */
  expanded: number[];
  selectedId: number | null;
  inspection: Inspection | null;
  /** "collected 2 objects" after a gc.collect() press. */
  notice: string | null;
  crash: string | null;
  breakpoints: number[];
  lang: Lang;
  theme: Theme;
  /** The collection being replayed on the graph: the step it belongs to and the phase shown (null when none). */
  playback: { step: number; phase: number } | null;
}

export interface PlaygroundActions {
  setCode(code: string): void;
  setStdin(stdin: string): void;
  load(): void;
  answer(text: string): void;
  step(delta: number): void;
  goto(step: number): void;
  run(): void;
  stop(): void;
  reset(): void;
  collect(): void;
  setGcEnabled(enabled: boolean): void;
  select(id: number | null): void;
  toggleShared(): void;
  toggleExpanded(id: number): void;
  toggleBreakpoint(line: number): void;
  setOptions(options: { lang?: Lang; theme?: Theme }): void;
  setPlayback(playback: { step: number; phase: number } | null): void;
  /** Called by the engine with each new state. */
  receiveView(view: StepView, info: { running: boolean; totalSteps: number | null; lastStateStep: number | null }): void;
  receiveOverview(overview: RunOverview, running: boolean): void;
  receiveCrash(message: string): void;
  receiveInspection(inspection: Inspection): void;
}

export type PlaygroundStore = StoreApi<PlaygroundState & PlaygroundActions>;

/** The snapshot the page is showing (null before the first). */
export const selectSnapshot = (s: PlaygroundState): Snapshot | null => s.view?.snapshot ?? null;

export function createPlaygroundStore(engine: EngineClient, initialCode: string, initial: { lang?: Lang; theme?: Theme; stdin?: string } = {}): PlaygroundStore {
  return createStore<PlaygroundState & PlaygroundActions>()((set, get) => ({
    code: initialCode,
    stdin: initial.stdin ?? '',
    loadedCode: null,
    view: null,
    totalSteps: null,
    lastStateStep: null,
    running: false,
    overview: null,
    showShared: false,
    expanded: [],
    selectedId: null,
    inspection: null,
    notice: null,
    crash: null,
    breakpoints: [],
    lang: initial.lang ?? 'en',
    theme: initial.theme ?? 'light',
    playback: null,
    setPlayback: (playback) => set({ playback }),
    setOptions: ({ lang, theme }) => set({ ...(lang ? { lang } : {}), ...(theme ? { theme } : {}) }),
    setCode: (code) => set({ code }),
    setStdin: (stdin) => set({ stdin }),
    load: () => {
      const step = get().view?.snapshot.step ?? 0;
      set({ notice: null, crash: null, overview: null, totalSteps: null, lastStateStep: null, loadedCode: get().code });
      engine.load(get().code, step, get().stdin);
    },
    answer: (text) => {
      if (!get().view?.waitingForInput) return;
      engine.answer(text);
    },
    step: (delta) => engine.step(delta),
    goto: (step) => engine.goto(step),
    run: () => {
      set({ running: true, notice: null });
      engine.run(get().breakpoints);
    },
    stop: () => {
      engine.stop();
      set({ running: false, notice: t(get().lang, 'stopped') });
    },
    reset: () => {
      set({ notice: null, selectedId: null, inspection: null, loadedCode: get().code, overview: null, totalSteps: null, lastStateStep: null });
      engine.load(get().code, 0, get().stdin);
    },
    collect: () => {
      set({ notice: null });
      engine.act({ kind: 'collect' });
    },
    setGcEnabled: (enabled) => engine.act({ kind: 'set-gc', enabled }),
    select: (id) => {
      set({ selectedId: id, inspection: null });
      if (id !== null) engine.inspect(id);
    },
    toggleShared: () => {
      set({ showShared: !get().showShared });
      engine.setViewOptions(get().showShared, get().expanded);
    },
    toggleExpanded: (id) => {
      const expanded = get().expanded.includes(id) ? get().expanded.filter((x) => x !== id) : [...get().expanded, id];
      set({ expanded });
      engine.setViewOptions(get().showShared, expanded);
    },
    toggleBreakpoint: (line) => {
      const bps = get().breakpoints;
      set({ breakpoints: bps.includes(line) ? bps.filter((l) => l !== line) : [...bps, line].sort((a, b) => a - b) });
    },
    receiveView: (view, info) => {
      const prev = get().view;
      let notice = get().notice;
      const button = view.snapshot.gc.stepCollections.find((e) => e.reason === 'button');
      if (button && view.playback && prev?.snapshot.step === view.snapshot.step) {
        const lang = get().lang;
        notice = `${t(lang, 'collected')} ${button.collected} ${t(lang, button.collected === 1 ? 'objectWord' : 'objectsWord')}`;
      }
      set({ view, notice, crash: null, running: info.running, totalSteps: info.totalSteps, lastStateStep: info.lastStateStep });
      const selected = get().selectedId;
      if (selected !== null && prev?.snapshot.step !== view.snapshot.step) engine.inspect(selected);
    },
    receiveOverview: (overview, running) => set({ overview, running, totalSteps: overview.totalSteps, lastStateStep: overview.lastStateStep }),
    receiveCrash: (message) => set({ crash: message, running: false }),
    receiveInspection: (inspection) => {
      if (get().selectedId === inspection.id) set({ inspection });
    },
  }));
}
