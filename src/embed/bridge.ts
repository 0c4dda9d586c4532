// The playground side of the postMessage API: takes commands only from the parent (and allowed origins), reports state.

import type { PlaygroundStore } from '../app/store';
import type { ObjectBox } from '../view/model';
import type { EmbedOptions } from './params';
import { SOURCE, VERSION, validateHostMessage, type EmbedState, type PlaygroundMessage } from './protocol';

type Outgoing = PlaygroundMessage extends infer M ? M extends { type: infer T } ? Omit<Extract<PlaygroundMessage, { type: T }>, 'source' | 'version' | 'channel'> : never : never;

/** The state reported to hosts: the objects drawn in the graph (same ids as the boxes), with CPython's counts. */
export function embedState(store: PlaygroundStore): EmbedState {
  const s = store.getState();
  const view = s.view;
  const snap = view?.snapshot;
  const objects = (view?.layout.boxes ?? [])
    .filter((b): b is ObjectBox => b.kind === 'object')
    .map((b) => ({ id: b.objectId, type: b.type, refcount: b.refcount, state: b.state }));
  return {
    step: snap?.step ?? 0,
    totalSteps: s.totalSteps,
    line: snap?.line ?? null,
    stdout: snap?.stdout ?? '',
    gcEnabled: snap?.gc.enabled ?? true,
    objects,
    error: snap?.error ? { type: snap.error.type, message: snap.error.message, line: snap.error.line } : null,
    event: snap?.event ?? 'start',
    narration: view ? view.narration[s.lang] : '',
    waitingForInput: view?.waitingForInput?.prompt ?? null,
  };
}

/**
 * Connects the store to the parent window. Returns an unsubscribe function.
 * Messages are taken only from window.parent and, when `origin` parameters were given, only from those origins.
 */
export function startEmbedBridge(store: PlaygroundStore, options: EmbedOptions, win: Window = window): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const targets = options.origins.length > 0 ? options.origins : ['*'];
  const post = (message: Outgoing) => {
    const full = { source: SOURCE, version: VERSION, channel: options.channel, ...message };
    for (const origin of targets) parent.postMessage(full, origin);
  };
  let ready = false;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (options.origins.length > 0 && !options.origins.includes(event.origin)) return;
    const checked = validateHostMessage(event.data);
    if (!checked.ok) {
      console.warn(`pymem: ignored a message: ${checked.reason}`);
      return;
    }
    const m = checked.message;
    if (m.channel !== options.channel) return;
    const s = store.getState();
    switch (m.type) {
      case 'load':
        s.setCode(m.code);
        if (m.stdin !== undefined) s.setStdin(m.stdin);
        s.reset();
        if (m.run) store.getState().run();
        break;
      case 'run': s.run(); break;
      case 'step': s.step(m.delta); break;
      case 'goto': s.goto(m.step); break;
      case 'gc-collect': s.collect(); break;
      case 'gc-set-enabled': s.setGcEnabled(m.enabled); break;
      case 'get-state': post({ type: 'state', ...embedState(store) }); break;
      case 'set-options': s.setOptions({ theme: m.theme, lang: m.lang }); break;
    }
  };
  win.addEventListener('message', onMessage);
  let lastHeight = 0;
  const announce = () => {
    if (!ready && store.getState().view) {
      ready = true;
      post({ type: 'ready' });
      // Offscreen frames may not get ResizeObserver callbacks until scrolled into view: report the height now.
      lastHeight = Math.ceil(win.document.documentElement.scrollHeight);
      if (lastHeight > 0) post({ type: 'resize', height: lastHeight });
    }
    post({ type: 'state', ...embedState(store) });
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view === prev.view && state.totalSteps === prev.totalSteps) return;
    announce();
  });
  // The first step can be in the store already (the worker started with the page answers before the UI is up).
  if (store.getState().view) announce();
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height > 0 && height !== lastHeight) {
      lastHeight = height;
      post({ type: 'resize', height });
    }
  });
  observer.observe(win.document.body);
  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribe();
    observer.disconnect();
  };
}
