// The playground page: editor left, stack and heap right, output below, controls on top.

import { useEffect, useMemo, useRef } from 'react';
import { PlaygroundContext, usePlayground } from './context';
import { createPlaygroundStore, type PlaygroundStore } from './store';
import { WorkerEngine } from './engine';
import { Controls } from './components/Controls';
import { Editor } from './components/Editor';
import { GraphPanel } from './components/GraphPanel';
import { Output } from './components/Output';
import { Inspector } from './components/Inspector';
import { GcPanel } from './components/GcPanel';
import { Timeline } from './components/Timeline';

const EDIT_DEBOUNCE_MS = 500;

function useReloadOnEdit() {
  const code = usePlayground((s) => s.code);
  const load = usePlayground((s) => s.load);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      load();
      return;
    }
    const t = setTimeout(load, EDIT_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [code, load]);
}

function Shell() {
  useReloadOnEdit();
  const step = usePlayground((s) => s.step);
  const run = usePlayground((s) => s.run);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const inEditor = (e.target as HTMLElement).closest('.editor-pane');
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    } else if (!inEditor && e.key === 'ArrowRight') step(1);
    else if (!inEditor && e.key === 'ArrowLeft') step(-1);
  };
  return (
    <div className="playground" onKeyDown={onKeyDown}>
      <header className="topbar">
        <h1>Python Memory Playground</h1>
        <Controls />
      </header>
      <main className="panes">
        <Editor />
        <GraphPanel />
      </main>
      <footer className="bottom">
        <Output />
        <div className="side">
          <GcPanel />
          <Timeline />
          <Inspector />
        </div>
      </footer>
    </div>
  );
}

export function App({ initialCode }: { initialCode: string }) {
  const store = useMemo<PlaygroundStore>(() => {
    let s: PlaygroundStore | null = null;
    const engine = new WorkerEngine({
      onUpdate: (u) => s!.getState().receive(u),
      onCrash: (m) => s!.getState().receiveCrash(m),
      onHistory: (id, changes) => s!.getState().receiveHistory(id, changes),
    });
    s = createPlaygroundStore(engine, initialCode);
    return s;
  }, [initialCode]);
  return (
    <PlaygroundContext.Provider value={store}>
      <Shell />
    </PlaygroundContext.Provider>
  );
}
