// The playground page: editor left, stack and heap right, output below, controls on top; compact when embedded.

import { useEffect, useMemo, useRef } from 'react';
import { PlaygroundContext, usePlayground } from './context';
import { createPlaygroundStore, type PlaygroundStore } from './store';
import { WorkerEngine } from './engine';
import { Controls } from './components/Controls';
import { Editor } from './components/Editor';
import { GraphPanel } from './components/GraphPanel';
import { Output } from './components/Output';
import { InputBox } from './components/InputBox';
import { Inspector } from './components/Inspector';
import { GcPanel } from './components/GcPanel';
import { Timeline } from './components/Timeline';
import { LessonPicker, LessonText } from './components/Lessons';
import { t } from './i18n';
import type { EmbedOptions } from '../embed/params';
import { startEmbedBridge } from '../embed/bridge';

const EDIT_DEBOUNCE_MS = 500;

function useReloadOnEdit(options: EmbedOptions) {
  const code = usePlayground((s) => s.code);
  const loadedCode = usePlayground((s) => s.loadedCode);
  const load = usePlayground((s) => s.load);
  const goto = usePlayground((s) => s.goto);
  const run = usePlayground((s) => s.run);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      load();
      if (options.step > 0) goto(options.step);
      else if (options.autorun) run();
      return;
    }
    // A host's `load` (or Reset) already loaded this code: only an edit reloads it.
    if (code === loadedCode) return;
    const timer = setTimeout(load, EDIT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [code, loadedCode, load, goto, run, options]);
}

/**
 * Keyboard shortcuts for the whole page, from the moment it loads: arrows step (unless a control that
 * uses arrows has focus: the editor, the slider, a text field), Ctrl+Enter runs.
 */
function useShortcuts() {
  const step = usePlayground((s) => s.step);
  const run = usePlayground((s) => s.run);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        run();
        return;
      }
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const target = e.target;
      if (target instanceof Element && target.closest('.editor-pane, input, select, textarea, [contenteditable="true"]')) return;
      e.preventDefault();
      step(e.key === 'ArrowRight' ? 1 : -1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [step, run]);
}

function Shell({ options }: { options: EmbedOptions }) {
  useReloadOnEdit(options);
  useShortcuts();
  const lang = usePlayground((s) => s.lang);
  const theme = usePlayground((s) => s.theme);
  const setOptions = usePlayground((s) => s.setOptions);
  const panes = new Set(options.panes);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className={`playground theme-${theme}${options.embed ? ' embed' : ''}`}>
      <header className="topbar">
        {!options.embed && (
          <div className="titlebar">
            <h1>{t(lang, 'title')}</h1>
            <LessonPicker />
            <label className="lang-switch">
              {t(lang, 'language')}{' '}
              <select value={lang} onChange={(e) => setOptions({ lang: e.target.value as 'en' | 'id' })}>
                <option value="en">English</option>
                <option value="id">Bahasa Indonesia</option>
              </select>
            </label>
          </div>
        )}
        <Controls embed={options.embed} />
        {/* Without the output pane, input() asks up here. */}
        {!panes.has('output') && <InputBox />}
      </header>
      <main className={`panes${panes.has('editor') ? '' : ' no-editor'}${panes.has('graph') ? '' : ' no-graph'}`}>
        {panes.has('editor') && <Editor readOnly={options.readonly} />}
        {panes.has('graph') && <GraphPanel />}
      </main>
      <footer className="bottom">
        {panes.has('output') && <Output />}
        <div className="side">
          <LessonText />
          <GcPanel />
          {panes.has('timeline') && <Timeline />}
          <Inspector />
          {!options.embed && <p className="keyboard-help">{t(lang, 'keyboardHelp')}</p>}
        </div>
      </footer>
    </div>
  );
}

export function App({ initialCode, options }: { initialCode: string; options: EmbedOptions }) {
  const store = useMemo<PlaygroundStore>(() => {
    let s: PlaygroundStore | null = null;
    const engine = new WorkerEngine({
      onView: (view, info) => s!.getState().receiveView(view, info),
      onOverview: (overview, running) => s!.getState().receiveOverview(overview, running),
      onInspection: (inspection) => s!.getState().receiveInspection(inspection),
      onCrash: (m) => s!.getState().receiveCrash(m),
    }, options.stepLimit);
    s = createPlaygroundStore(engine, initialCode, { lang: options.lang, theme: options.theme, stdin: options.stdin });
    return s;
  }, [initialCode, options]);
  useEffect(() => startEmbedBridge(store, options), [store, options]);
  return (
    <PlaygroundContext.Provider value={store}>
      <Shell options={options} />
    </PlaygroundContext.Provider>
  );
}
