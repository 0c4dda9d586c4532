// Time travel: stepping back and forth gives the same states, button actions are part of history, and each
// step knows what it changed.
import { describe, expect, it, vi } from 'vitest';
import { Session } from './session';
import { Scout } from './scout';
import { inspectObject } from './inspect';

const CYCLE = 'a = []\nb = []\na.append(b)\nb.append(a)\ndel a, b\nx = 1\n';

const listStates = (s: Session) =>
  s.view().snapshot.objects.filter((o) => o.type === 'list' && o.state !== 'alive').map((o) => [o.state, o.refcount]);

describe('Session', () => {
  it('returns to an earlier step with the same heap and the same ids as when it was first reached', () => {
    const s = new Session('a = []\nb = a\ndel b\nc = [a]\n');
    s.forward(2);
    const atTwo = s.view().snapshot;
    s.forward(2);
    s.goto(2);
    const back = s.view().snapshot;
    expect(back.line).toBe(atTwo.line);
    expect(back.objects.map((o) => [o.id, o.type, o.refcount])).toEqual(atTwo.objects.map((o) => [o.id, o.type, o.refcount]));
  });

  it('replays a gc.collect() press when stepping back past it and forward again', () => {
    const s = new Session(CYCLE);
    s.forward(5);
    expect(listStates(s)).toEqual([['unreachable', 1], ['unreachable', 1]]);
    s.act({ kind: 'collect' });
    expect(listStates(s)).toEqual([]);
    expect(s.view().playback?.event).toMatchObject({ reason: 'button', collected: 2 });
    s.goto(4);
    expect(s.view().snapshot.objects.filter((o) => o.type === 'list' && o.state === 'alive').length).toBe(2);
    s.goto(5);
    expect(listStates(s)).toEqual([]);
  });

  it('knows what each step changed: a new list, then one more reference to it', () => {
    const s = new Session('a = []\nb = a\nprint(b)\n');
    s.forward(1);
    const made = s.view();
    const list = made.snapshot.objects.find((o) => o.type === 'list')!;
    expect(made.changes.created).toContain(list.id);
    s.forward(1);
    expect(s.view().changes.refDeltas[list.id]).toBe(1);
    expect(s.view().narration.en).toBe(`\`b = a\`: list #${list.id - made.snapshot.idBase + 1} now has 2 references: \`a\`, \`b\` (+1)`);
  });

  it('steps through the program\'s own lines only: stdlib code written in Python runs within a step', () => {
    const source = 'import copy\nfrom collections import OrderedDict\ndef twice(x):\n    return [x, x]\n'
      + 'a = OrderedDict(k=[1])\nb = copy.deepcopy(a)\nc = sorted([3, 1], key=lambda v: -v)\nd = twice(c)\n';
    const s = new Session(source);
    const lines: (number | null)[] = [];
    const frames: string[][] = [];
    for (;;) {
      const step = s.step;
      s.forward(1);
      if (s.step === step) break;
      const snap = s.view().snapshot;
      lines.push(snap.line);
      frames.push(snap.frames.map((f) => f.qualname));
    }
    // Each module line once; the lambda's line each time sorted() calls it; twice()'s line, then its return.
    expect(lines).toEqual([2, 3, 5, 6, 7, 7, 7, 7, 7, 8, 4, 4, 8, null]);
    expect(frames.flat().every((q) => ['<module>', 'twice', '<lambda>'].includes(q))).toBe(true);
  });

  it('ends a run on the program\'s last state, then interpreter exit as a step of its own', () => {
    const s = new Session('x = [1]\ny = x\n');
    expect(s.runSlice(Date.now() + 5000, new Set())).toBe(true);
    const last = s.view().snapshot;
    expect(last.event).toBe('return');
    expect(last.frames[0].variables.map((v) => v.label)).toEqual(['x', 'y']);
    expect(last.objects.some((o) => o.type === 'list')).toBe(true);
    s.forward(1);
    expect(s.view().snapshot.event).toBe('exit');
    expect(s.view().snapshot.objects.some((o) => o.type === 'list')).toBe(false);
  });

  it('shows a program stopped by an exception at its failing line, with the frames its traceback keeps', () => {
    const s = new Session('def f(n):\n    items = [n]\n    return 1 / n\nx = [0]\nf(0)\n');
    expect(s.runSlice(Date.now() + 5000, new Set())).toBe(true);
    const last = s.view().snapshot;
    expect(last.event).toBe('exception');
    expect(last.frames.map((f) => [f.name, f.line])).toEqual([['<module>', 5], ['f', 3]]);
    const f = last.frames[1];
    expect(f.variables.map((v) => v.label)).toEqual(['n', 'items']);
    const items = last.objects.find((o) => o.id === f.variables[1].targetId)!;
    expect(items.type).toBe('list');
    s.forward(1);
    expect(s.view().snapshot.event).toBe('exit');
    expect(s.view().snapshot.objects.some((o) => o.type === 'list')).toBe(false);
  });

  it('shows the state a Run of a single step reached, not the view cached before it', () => {
    const s = new Session("print('one line')\n");
    expect(s.view().snapshot.step).toBe(0);
    s.runSlice(Date.now() + 1000, new Set());
    expect(s.view().snapshot.step).toBe(1);
    expect(s.view().snapshot.stdout).toBe('one line\n');
  });

  it('stops a Run at a breakpoint line', () => {
    const s = new Session('a = 1\nb = 2\nc = 3\n');
    s.runSlice(Date.now() + 1000, new Set([3]));
    expect(s.view().snapshot.line).toBe(3);
  });

  it('records the gc switch so a cycle made while disabled is not collected automatically', () => {
    const s = new Session('import gc\nfor i in range(2000):\n    a = []\n    a.append(a)\nprint(gc.collect())\n');
    s.act({ kind: 'set-gc', enabled: false });
    while (!s.runSlice(Date.now() + 10_000, new Set()));
    expect(s.view().snapshot.stdout).toBe('1999\n');
  });
});

describe('Scout', () => {
  it('learns the length of a run, its collections and its memory over the steps', () => {
    const scout = new Scout('t = []\nfor i in range(2000):\n    a = []\n    a.append(a)\n', {}, []);
    while (!scout.runSlice(Date.now() + 1000));
    const o = scout.overview();
    expect(o.totalSteps).toBeGreaterThan(4000);
    expect(o.lastStateStep).toBe(o.totalSteps! - 1);
    expect(o.collections.filter((c) => c.reason === 'threshold').length).toBeGreaterThan(0);
    expect(o.points.length).toBeLessThanOrEqual(2001);
    expect(o.points.some((p) => p.bytes > 0)).toBe(true);
  });

  it('marks where a disabled gc would have collected', () => {
    const scout = new Scout('import gc\ngc.disable()\nfor i in range(3000):\n    a = []\n    a.append(a)\n', {}, []);
    while (!scout.runSlice(Date.now() + 1000));
    const o = scout.overview();
    expect(o.collections.filter((c) => c.reason === 'threshold')).toEqual([]);
    expect(o.wouldCollect.length).toBe(4);
  });

  it('says in words that a runaway loop hit the step limit', () => {
    const scout = new Scout('while True:\n    pass\n', { maxSteps: 5000 }, []);
    while (!scout.runSlice(Date.now() + 1000));
    expect(scout.overview().halted).toMatch(/5,000 steps without ending/);
    expect(scout.overview().totalSteps).toBe(5000);
  });
});

describe('inspectObject', () => {
  it('lists each refcount change with the line that caused it, however the step was reached', () => {
    const source = 'a = []\nb = a\nc = [a]\ndel b\nx = 1\n';
    const s = new Session(source);
    s.forward(5);
    const id = s.view().snapshot.objects.find((o) => o.type === 'list' && o.references.length === 0)!.id;
    const inspection = inspectObject(source, {}, [], id, s.step);
    expect(inspection.history).toEqual([
      { step: 1, line: 1, from: null, to: 1 },
      { step: 2, line: 2, from: 1, to: 2 },
      { step: 3, line: 3, from: 2, to: 3 },
      { step: 4, line: 4, from: 3, to: 2 },
    ]);
    const snap = s.view().snapshot;
    const holder = snap.objects.find((o) => o.type === 'list' && o.references.some((r) => r.targetId === id))!;
    expect(inspection.holders).toEqual(['global `a`', `item [0] of list #${holder.id - snap.idBase + 1}`]);
  });
});

describe('Session.goto past the end', () => {
  it('lands on the final state, and on interpreter exit only when asked for that step', () => {
    const s = new Session('x = [1]\n');
    s.goto(1_000_000);
    const last = s.view().snapshot;
    expect(last.event).toBe('return');
    s.goto(last.step + 1);
    expect(s.view().snapshot.event).toBe('exit');
  });
});

describe('Session checkpoints', () => {
  // Lists, dicts, instances, cycles the gc collects, a generator, enumerate and dict iteration across steps.
  const LONG = [
    'import gc',
    'class Node:',
    '    def __init__(self, v):',
    '        self.v = v',
    '        self.peer = None',
    'def gen(n):',
    '    for i in range(n):',
    '        yield {i: [i] * (i % 4)}',
    'kept = []',
    'for k, d in enumerate(gen(400)):',
    '    for key, value in d.items():',
    '        a, b = Node(key), Node(value)',
    '        a.peer, b.peer = b, a',
    '        if k % 3 == 0:',
    '            kept.append(a)',
    '    if k % 50 == 0:',
    '        gc.collect()',
    'print(len(kept))',
  ].join('\n') + '\n';

  it('reaches any step from the nearest checkpoint in exactly the state stepping there gives', () => {
    const s = new Session(LONG, { checkpointEveryMs: 0 });
    const scout = new Scout(s.source, s.interpreterOptions, s.history, s.checkpoints);
    while (!scout.runSlice(Date.now() + 1000));
    const total = scout.overview().totalSteps!;
    expect(total).toBeGreaterThan(5000);
    expect(s.checkpoints.count).toBeGreaterThan(5);
    let seed = 12;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const targets = Array.from({ length: 12 }, () => 1 + Math.floor(random() * (total - 1)));
    const seen = new Map<number, string>();
    for (const t of targets) {
      s.goto(t);
      const v = s.view();
      seen.set(t, JSON.stringify([v.snapshot, v.changes, v.narration]));
    }
    // The reference only steps forward from the start, one step at a time.
    const straight = new Session(LONG);
    for (const t of [...seen.keys()].sort((a, b) => a - b)) {
      while (straight.step < t) straight.forward(1);
      const v = straight.view();
      expect(JSON.stringify([v.snapshot, v.changes, v.narration]), `step ${t}`).toBe(seen.get(t));
    }
  });

  it('keeps checkpoints before a button press and drops the ones after it', () => {
    const s = new Session(LONG, { checkpointEveryMs: 0 });
    s.runSlice(Date.now() + 5000, new Set());
    const taken = s.checkpoints.count;
    expect(taken).toBeGreaterThan(2);
    s.goto(3000);
    s.act({ kind: 'collect' });
    expect(s.checkpoints.count).toBeLessThan(taken);
    expect(s.checkpoints.stepBefore(1e9)).toBeLessThan(3000);
    s.goto(5000);
    const after = JSON.stringify(s.view().snapshot);
    const straight = new Session(LONG);
    straight.goto(3000);
    straight.act({ kind: 'collect' });
    straight.forward(2000);
    expect(JSON.stringify(straight.view().snapshot)).toBe(after);
  });
});

describe('a program that does not compile', () => {
  it('gives a view with the SyntaxError and its line, and no interpreter world', () => {
    const s = new Session('x = 1\nif x > 0\n    print(x)\n');
    const snap = s.view().snapshot;
    expect(snap.error).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(snap.roots).toEqual([]);
  });
});

describe('Session output order', () => {
  it('shows stdout and stderr in program order at every step, going back and forward again', () => {
    const s = new Session('import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\nx = 1\n');
    const shown = () => s.view().output.map((p) => `${p.stream}:${p.text}`).join('');
    s.goto(4);
    expect(shown()).toBe('stdout:a\nstderr:b\nstdout:c\n');
    s.back(1);
    expect(shown()).toBe('stdout:a\nstderr:b\n');
    s.back(2);
    expect(shown()).toBe('');
    s.forward(3);
    expect(shown()).toBe('stdout:a\nstderr:b\nstdout:c\n');
    expect(s.view().snapshot.stdout).toBe('a\nc\n');
    expect(s.view().snapshot.stderr).toBe('b\n');
  });

  it('describes every variable of the frames an uncaught exception keeps, at its step', () => {
    // Imports make the global frame longer than a container's shown rows: its namespace must still be drawn whole.
    const s = new Session('import sys, warnings, gc\nx = [1, 2]\ny = x\ndef f(n):\n    inner = [n]\n    return {}[n]\nf(3)\n');
    for (let i = 0; i < 20 && !s.view().snapshot.error; i++) s.forward(1);
    const { frames, objects, error } = s.view().snapshot;
    expect(error?.type).toBe('KeyError');
    expect(frames.map((f) => f.name)).toEqual(['<module>', 'f']);
    const ids = new Set(objects.map((o) => o.id));
    const missing = frames.flatMap((f) => f.variables.filter((v) => !ids.has(v.targetId)).map((v) => `${f.name}.${v.label}`));
    expect(missing).toEqual([]);
    // x's list and inner, besides gc.garbage and gc.callbacks: the collector holds both (gcstate's references).
    expect(objects.filter((o) => o.type === 'list').length).toBe(4);
  });
});

describe('Session.rehearseJumps', () => {
  const LOOP = 'total = 0\nfor i in range(3000):\n    total += i\nprint(total)\n';

  /** A session at step 10 after a gc.collect() press there, its scout run to the end (checkpoints all along). */
  function pressedAtTen(): { s: Session; total: number } {
    const s = new Session(LOOP, { checkpointEveryMs: 0 });
    s.forward(10);
    s.act({ kind: 'collect' });
    const scout = new Scout(LOOP, s.interpreterOptions, s.history, s.checkpoints);
    while (!scout.runSlice(Date.now() + 1000));
    return { s, total: scout.overview().totalSteps! };
  }

  it('practises jumps from checkpoints and leaves the reader where they were, with the same view', () => {
    const { s, total } = pressedAtTen();
    const reader = s.interpreter;
    const shown = s.view();
    const restores = vi.spyOn(s.checkpoints, 'restore');
    // 20: after the reader's step with no checkpoint between (the reader's interpreter must not be stepped on).
    s.rehearseJumps([Math.round(total / 2), total - 5, 20]);
    expect(restores).toHaveBeenCalledTimes(3);
    expect(s.interpreter).toBe(reader);
    expect(s.step).toBe(10);
    expect(s.view()).toBe(shown);
    expect(s.view().playback?.event).toMatchObject({ reason: 'button' });
  });

  it('changes nothing the reader sees next', () => {
    const control = pressedAtTen().s;
    const { s, total } = pressedAtTen();
    s.rehearseJumps([Math.round(total / 3), 15]);
    control.forward(3);
    s.forward(3);
    expect(s.view().snapshot).toEqual(control.view().snapshot);
    expect(s.view().narration).toEqual(control.view().narration);
  });
});
