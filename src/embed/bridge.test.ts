// The embed bridge's first messages: `ready` (with the height) and the state, also when the first step reached the
// store before the bridge started (the worker started by the page's entry can answer before the UI's effects run).
import { describe, expect, it } from 'vitest';
import { startEmbedBridge } from './bridge';
import { parseEmbedOptions } from './params';
import { createPlaygroundStore, type EngineClient } from '../app/store';
import { Session } from '../worker/session';

function storeWithEngine() {
  let store: ReturnType<typeof createPlaygroundStore> | null = null;
  const noop = () => {};
  const engine: EngineClient = {
    load(code) { store!.getState().receiveView(new Session(code).view(), { running: false, totalSteps: null, lastStateStep: null }); },
    answer: noop, step: noop, goto: noop, run: noop, act: noop, inspect: noop, setViewOptions: noop, stop: noop,
  };
  store = createPlaygroundStore(engine, 'a = []\nb = a\n');
  return store;
}

function fakeFrame(posted: { type: string; height?: number }[]): Window {
  return {
    parent: { postMessage: (m: { type: string }) => posted.push(m) },
    addEventListener: () => {},
    removeEventListener: () => {},
    document: { documentElement: { scrollHeight: 320 }, body: {} },
  } as unknown as Window;
}

describe('the embed bridge', () => {
  const options = parseEmbedOptions('?embed=1&channel=c');
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class { observe() {} disconnect() {} };

  it('says ready once the first step arrives', () => {
    const store = storeWithEngine();
    const posted: { type: string; height?: number }[] = [];
    const stop = startEmbedBridge(store, options, fakeFrame(posted));
    expect(posted).toEqual([]);
    store.getState().load();
    expect(posted.map((m) => m.type)).toEqual(['ready', 'resize', 'state']);
    expect(posted[1].height).toBe(320);
    stop();
  });

  it('says ready at once when the first step is in the store already', () => {
    const store = storeWithEngine();
    store.getState().load();
    const posted: { type: string; height?: number }[] = [];
    const stop = startEmbedBridge(store, options, fakeFrame(posted));
    expect(posted.map((m) => m.type)).toEqual(['ready', 'resize', 'state']);
    stop();
  });
});
