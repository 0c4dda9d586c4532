// One store per playground instance, provided through React context; components read it with selectors.

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlaygroundActions, PlaygroundState, PlaygroundStore } from './store';

export const PlaygroundContext = createContext<PlaygroundStore | null>(null);

/** Reads one slice of the playground store; the component re-renders only when that slice changes. */
export function usePlayground<T>(selector: (state: PlaygroundState & PlaygroundActions) => T): T {
  const store = useContext(PlaygroundContext);
  if (!store) throw new Error('usePlayground outside a PlaygroundContext');
  return useStore(store, selector);
}
