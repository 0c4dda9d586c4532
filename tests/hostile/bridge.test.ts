// The embed bridge under hostile messages: 10,000 seeded random and malformed messages are ignored without
// throwing, and leave the playground's state exactly as it was (a fake window and store record every call).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmbedBridge } from '../../src/embed/bridge';
import type { PlaygroundStore } from '../../src/app/store';
import type { EmbedOptions } from '../../src/embed/params';
import { validateHostMessage } from '../../src/embed/protocol';

/** Mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNEL = 'lesson-1';
const TYPES = ['load', 'run', 'step', 'goto', 'gc-collect', 'gc-set-enabled', 'get-state', 'set-options', 'ready', 'state', '', 'LOAD', '__proto__', 'constructor', 'toString'];
const KEYS = ['source', 'version', 'channel', 'type', 'code', 'run', 'delta', 'step', 'enabled', 'theme', 'lang', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'then', 'valueOf'];

/** A random value of any shape postMessage can carry, plus some it cannot (null-prototype objects, symbols). */
function anyValue(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * 16);
  switch (pick) {
    case 0: return null;
    case 1: return undefined;
    case 2: return next() < 0.5;
    case 3: return Math.floor(next() * 2 ** 40) - 2 ** 39;
    case 4: return [NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 1, 0.5][Math.floor(next() * 7)];
    case 5: return 'x'.repeat(Math.floor(next() * 10)) + String.fromCharCode(Math.floor(next() * 0xffff));
    case 6: return 'y'.repeat(next() < 0.1 ? 200_001 : Math.floor(next() * 300));
    case 7: return BigInt(Math.floor(next() * 1e9));
    case 8: return Symbol('hostile');
    case 9: return TYPES[Math.floor(next() * TYPES.length)];
    case 10: return depth > 3 ? {} : Array.from({ length: Math.floor(next() * 4) }, () => anyValue(next, depth + 1));
    case 11: return depth > 3 ? [] : anyObject(next, depth + 1, false);
    case 12: return depth > 3 ? null : anyObject(next, depth + 1, true);
    case 13: return new Date(Math.floor(next() * 1e12));
    case 14: return new Map([[anyValue(next, 9), anyValue(next, 9)]]);
    default: return CHANNEL;
  }
}

function anyObject(next: () => number, depth: number, nullPrototype: boolean): Record<string, unknown> {
  const o: Record<string, unknown> = nullPrototype ? Object.create(null) : {};
  const n = Math.floor(next() * 6);
  for (let i = 0; i < n; i++) {
    const key = next() < 0.8 ? KEYS[Math.floor(next() * KEYS.length)] : String(Math.floor(next() * 100));
    // defineProperty: a `__proto__` key becomes an own field, as JSON.parse and structured clone make it.
    Object.defineProperty(o, key, { value: anyValue(next, depth), enumerable: true, configurable: true, writable: true });
  }
  return o;
}

/** A message close to a valid one with one thing wrong, or something random. */
function hostileMessage(next: () => number): unknown {
  if (next() < 0.3) return anyValue(next, 0);
  const m: Record<string, unknown> = { source: 'pymem', version: 1, channel: CHANNEL, type: TYPES[Math.floor(next() * 8)] };
  const field = KEYS[Math.floor(next() * KEYS.length)];
  const value = anyValue(next, 1);
  Object.defineProperty(m, field, { value, enumerable: true, configurable: true, writable: true });
  return m;
}

function fakeStore(calls: string[]): PlaygroundStore {
  const actions = {
    snapshot: null, totalSteps: null, showShared: false,
    setCode: () => calls.push('setCode'), reset: () => calls.push('reset'), run: () => calls.push('run'),
    step: () => calls.push('step'), goto: () => calls.push('goto'), collect: () => calls.push('collect'),
    setGcEnabled: () => calls.push('setGcEnabled'), setOptions: () => calls.push('setOptions'), setStdin: () => calls.push('setStdin'),
  };
  return { getState: () => actions, subscribe: () => () => {}, setState: () => calls.push('setState') } as unknown as PlaygroundStore;
}

describe('embed bridge under hostile messages', () => {
  beforeAll(() => {
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('ignores 10,000 random and malformed messages without throwing or changing state', () => {
    const next = random(20240611);
    const calls: string[] = [];
    const posted: unknown[] = [];
    const parent = { postMessage: (m: unknown) => posted.push(m) };
    let listener: ((e: MessageEvent) => void) | null = null;
    const win = {
      parent,
      addEventListener: (_type: string, f: (e: MessageEvent) => void) => (listener = f),
      removeEventListener: () => (listener = null),
      document: { documentElement: { scrollHeight: 300 }, body: {} },
    } as unknown as Window;
    const options: EmbedOptions = { embed: true, autorun: false, readonly: false, step: 0, panes: ['graph'], theme: 'light', lang: 'en', channel: CHANNEL, origins: [], stepLimit: 1000, stdin: '' };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = startEmbedBridge(fakeStore(calls), options, win);
    let checked = 0;
    for (let i = 0; checked < 10_000; i++) {
      const data = hostileMessage(next);
      // A message that happens to be well formed is not hostile: leave it out.
      let valid = false;
      try {
        const r = validateHostMessage(data);
        valid = r.ok && r.message.channel === CHANNEL;
      } catch (e) {
        throw new Error(`validateHostMessage threw on message ${i}: ${String(e)}`);
      }
      if (valid) continue;
      checked++;
      const source = next() < 0.9 ? parent : {};
      expect(() => listener!({ data, source, origin: 'https://host.example' } as MessageEvent), `message ${i}`).not.toThrow();
    }
    stop();
    warn.mockRestore();
    expect(calls).toEqual([]);
    expect(posted).toEqual([]);
  });
});
