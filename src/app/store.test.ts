// The store with a fake engine: commands go to the engine, updates and notices come back.
import { describe, expect, it } from 'vitest';
import { createPlaygroundStore, type EngineClient } from './store';
import { Session } from '../worker/session';

/** An engine that runs the real Session synchronously, as the worker would. */
function syncEngine(onView: (s: Session) => void): EngineClient & { calls: string[] } {
  let session: Session | null = null;
  const calls: string[] = [];
  const publish = () => onView(session!);
  return {
    calls,
    load(code, step = 0, stdin = '') { calls.push(`load@${step}${stdin ? ` stdin ${JSON.stringify(stdin)}` : ''}`); session = new Session(code, { askForInput: true, stdin }); session.goto(step); publish(); },
    answer(text) { calls.push(`answer ${text}`); session!.answer(text); session!.runSlice(Date.now() + 5000, new Set()); publish(); },
    step(delta) { calls.push(`step ${delta}`); if (delta >= 0) session!.forward(delta); else session!.back(-delta); publish(); },
    goto(step) { calls.push(`goto ${step}`); session!.goto(step); publish(); },
    run(bps) { calls.push(`run ${bps.join(',')}`); session!.runSlice(Date.now() + 5000, new Set(bps)); publish(); },
    act(action) { calls.push(`act ${action.kind}`); session!.act(action); publish(); },
    stop() { calls.push('stop'); },
    inspect() { calls.push('inspect'); },
    setViewOptions(showShared, expanded) { calls.push(`view ${showShared} ${expanded.join(',')}`); },
  };
}

function makeStore(code: string, stdin?: string) {
  let store: ReturnType<typeof createPlaygroundStore> | null = null;
  const engine = syncEngine((s) => store!.getState().receiveView(s.view(), { running: false, totalSteps: null, lastStateStep: null }));
  store = createPlaygroundStore(engine, code, { stdin });
  return { store, engine };
}

describe('playground store', () => {
  it('reports what a gc.collect() press collected', () => {
    const { store } = makeStore('a = []\na.append(a)\ndel a\nx = 1\n');
    store.getState().load();
    store.getState().step(3);
    store.getState().collect();
    expect(store.getState().notice).toBe('gc.collect() collected 1 object');
  });

  it('keeps the current step when the code is edited and reloaded', () => {
    const { store, engine } = makeStore('a = 1\nb = 2\nc = 3\n');
    store.getState().load();
    store.getState().step(2);
    store.getState().setCode('a = 1\nb = 2\nc = 4\n');
    store.getState().load();
    expect(engine.calls.at(-1)).toBe('load@2');
    expect(store.getState().view!.snapshot.step).toBe(2);
  });

  it('passes breakpoints to a run and toggles them per line', () => {
    const { store, engine } = makeStore('x = 1\n');
    store.getState().load();
    store.getState().toggleBreakpoint(3);
    store.getState().toggleBreakpoint(1);
    store.getState().toggleBreakpoint(3);
    store.getState().run();
    expect(engine.calls.at(-1)).toBe('run 1');
  });

  it('switches shared objects on and off, expands containers, and remembers the selection', () => {
    const { store, engine } = makeStore('x = 1\n');
    store.getState().toggleShared();
    store.getState().toggleExpanded(7);
    store.getState().select(42);
    expect([store.getState().showShared, store.getState().selectedId, store.getState().expanded]).toEqual([true, 42, [7]]);
    expect(engine.calls.slice(-3)).toEqual(['view true ', 'view true 7', 'inspect']);
  });

  it('sends the answer when input() waits, and only then', () => {
    const { store, engine } = makeStore("name = input('Name? ')\nprint('Hi', name)\n");
    store.getState().load();
    store.getState().answer('early');
    expect(engine.calls).toEqual(['load@0']);
    store.getState().run();
    expect(store.getState().view!.waitingForInput).toEqual({ prompt: 'Name? ' });
    store.getState().answer('Ada');
    expect(store.getState().view!.waitingForInput).toBeNull();
    expect(store.getState().view!.snapshot.stdout).toBe('Name? Hi Ada\n');
  });

  it('gives the host\'s stdin lines to every load and reset, so input() does not ask', () => {
    const { store, engine } = makeStore("print(input('Name? '))\n", 'Ada');
    store.getState().load();
    store.getState().run();
    expect(store.getState().view!.waitingForInput).toBeNull();
    expect(store.getState().view!.snapshot.stdout).toBe('Name? Ada\n');
    store.getState().setStdin('Bob\n');
    store.getState().reset();
    expect(engine.calls.at(-1)).toBe('load@0 stdin "Bob\\n"');
  });
});
