// Time travel: stepping back and forth gives the same snapshots, and button actions are part of history.
import { describe, expect, it } from 'vitest';
import { Session } from './session';

const CYCLE = 'a = []\nb = []\na.append(b)\nb.append(a)\ndel a, b\nx = 1\n';

const listStates = (s: Session) =>
  s.current.objects.filter((o) => o.type === 'list' && o.state !== 'alive').map((o) => [o.state, o.refcount]);

describe('Session', () => {
  it('returns to an earlier step with the same heap as when it was first reached', () => {
    const s = new Session('a = []\nb = a\ndel b\nc = 1\n');
    s.forward(2);
    const atTwo = s.current;
    s.forward(2);
    const back = s.goto(2);
    expect(back.line).toBe(atTwo.line);
    expect(back.objects.map((o) => [o.type, o.refcount])).toEqual(atTwo.objects.map((o) => [o.type, o.refcount]));
  });

  it('replays a gc.collect() press when stepping back past it and forward again', () => {
    const s = new Session(CYCLE);
    s.forward(5);
    expect(listStates(s)).toEqual([['unreachable', 1], ['unreachable', 1]]);
    s.act({ kind: 'collect' });
    expect(listStates(s)).toEqual([]);
    s.back(1);
    expect(listStates(s)).toEqual([]);
    s.goto(4);
    expect(s.current.objects.filter((o) => o.type === 'list' && o.state === 'alive').length).toBeGreaterThanOrEqual(2);
    s.goto(5);
    expect(listStates(s)).toEqual([]);
    expect(s.current.gc.collections.at(-1)).toMatchObject({ reason: 'button', collected: 2 });
  });

  it('reaches any step of a long program by replay', () => {
    const s = new Session('t = 0\nfor i in range(3000):\n    t += i\nprint(t)\n', { cacheSize: 10 });
    s.runUntil(Date.now() + 10_000);
    expect(s.totalSteps).toBeGreaterThan(6000);
    const mid = s.goto(3001);
    expect(mid.step).toBe(3001);
    expect(s.goto(s.totalSteps!).stdout).toBe('4498500\n');
  });

  it('records the gc switch so a cycle made while disabled is not collected automatically', () => {
    const s = new Session('import gc\nfor i in range(2000):\n    a = []\n    a.append(a)\nprint(gc.collect())\n');
    s.act({ kind: 'set-gc', enabled: false });
    s.runUntil(Date.now() + 10_000);
    expect(s.current.stdout).toBe('1999\n');
  });
});

describe('Session.countHistory', () => {
  it('lists each refcount change with the line that caused it', () => {
    const s = new Session('a = []\nb = a\nc = [a]\ndel b\nx = 1\n');
    for (let i = 0; i < 5; i++) s.forward(1);
    const id = s.current.objects.find((o) => o.type === 'list' && o.references.length === 0)!.id;
    expect(s.countHistory(id)).toEqual([
      { step: 1, line: 1, from: null, to: 1 },
      { step: 2, line: 2, from: 1, to: 2 },
      { step: 3, line: 3, from: 2, to: 3 },
      { step: 4, line: 4, from: 3, to: 2 },
    ]);
  });
});

describe('Session.runSlice', () => {
  it('runs a long program quickly and stops at a breakpoint line', () => {
    const s = new Session('t = 0\nfor i in range(100000):\n    t += i\nprint(t)\n');
    const samples: number[] = [];
    const started = Date.now();
    while (!s.runSlice(Date.now() + 50, new Set(), (step) => samples.push(step)));
    expect(s.current.stdout).toBe('4999950000\n');
    expect(samples.length).toBe(s.totalSteps);
    expect(Date.now() - started).toBeLessThan(5000);
    const b = new Session('a = 1\nb = 2\nc = 3\n');
    b.runSlice(Date.now() + 1000, new Set([3]), () => undefined);
    expect(b.current.line).toBe(3);
  });
});
