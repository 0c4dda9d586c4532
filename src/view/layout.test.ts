// The picture's invariants, checked at every step of the teaching programs: no box over another, no arrow
// under a box, every reference of a box's count either an arrow or a note, the same picture however reached.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../python/interpreter';
import { layoutSnapshot } from './layout';
import { arrowsUnderBoxes, overlappingBoxes, unaccountedBadges } from './geometry';
import { DETAIL_HEIGHT, HEADER_HEIGHT, NOTE_HEIGHT, ROW_HEIGHT, ROW_LIMIT } from './metrics';
import { TEACHING_PROGRAMS } from '../../tests/support/teachingPrograms';
import type { FrameBox, GraphLayout, ObjectBox } from './model';
import type { Snapshot } from '../python/snapshot';

const SCOPE = { rowLimit: ROW_LIMIT, expanded: new Set<number>(), maxObjects: 3000 };

function everyStep(source: string, visit: (snap: Snapshot, layout: GraphLayout) => void): number {
  const interp = new Interpreter(source);
  let steps = 0;
  for (;;) {
    const scoped = buildScoped(interp);
    visit(scoped, layoutSnapshot(scoped, { showShared: false }));
    steps++;
    if (interp.step() !== 'paused') {
      const last = buildScoped(interp);
      visit(last, layoutSnapshot(last, { showShared: false }));
      return steps + 1;
    }
  }
}

function buildScoped(interp: Interpreter): Snapshot {
  return interp.snapshot(SCOPE);
}

function objectBoxes(layout: GraphLayout): ObjectBox[] {
  return layout.boxes.filter((b): b is ObjectBox => b.kind === 'object');
}

function layoutWhen(source: string, done: (interp: Interpreter) => boolean): GraphLayout {
  const interp = new Interpreter(source);
  while (!done(interp) && interp.step() === 'paused');
  return layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
}

describe('the picture at every step of the teaching programs', () => {
  for (const [name, source] of Object.entries(TEACHING_PROGRAMS)) {
    it(`never overlaps boxes or hides an arrow under a box: ${name}`, () => {
      const problems: string[] = [];
      const steps = everyStep(source, (snap, layout) => {
        for (const [a, b] of overlappingBoxes(layout.boxes)) problems.push(`step ${snap.step}: ${a} overlaps ${b}`);
        for (const { edge, box } of arrowsUnderBoxes(layout)) problems.push(`step ${snap.step}: arrow ${edge} under ${box}`);
      });
      expect(steps).toBeGreaterThan(5);
      expect(problems).toEqual([]);
    });

    it(`accounts for every reference a badge counts: ${name}`, () => {
      const problems: string[] = [];
      everyStep(source, (snap, layout) => {
        for (const p of unaccountedBadges(layout)) problems.push(`step ${snap.step}: ${p}`);
        for (const b of objectBoxes(layout)) {
          const noteRoom = b.height - HEADER_HEIGHT - (b.detail ? DETAIL_HEIGHT : 0) - b.rows.length * ROW_HEIGHT - 6;
          if (b.notes.length > 0 && noteRoom < NOTE_HEIGHT) problems.push(`step ${snap.step}: ${b.title} has notes but no room for them`);
        }
      });
      expect(problems).toEqual([]);
    });
  }
});

describe('what the picture shows', () => {
  it('draws three arrows into the aliased row, whose badge says 4 (row and three items)', () => {
    const interp = new Interpreter(TEACHING_PROGRAMS.aliasing);
    while (interp.step() === 'paused' && interp.snapshot().line !== 5);
    const layout = layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
    const row = objectBoxes(layout).find((b) => b.type === 'list' && b.rows.length === 3 && b.rows.every((r) => r.value === '0'))!;
    const intoRow = layout.edges.filter((e) => e.toKey === row.key);
    expect(intoRow.map((e) => e.fromKey).filter((k) => k !== 'f1').length).toBe(3);
    expect(row.refcount).toBe(4);
  });

  it('shows a suspended generator by its locals, not its code (gi_code and f_code are bookkeeping)', () => {
    const interp = new Interpreter('def count(n):\n    while n > 0:\n        yield n\n        n -= 1\ngen = count(3)\nfirst = next(gen)\ndone = 1\n');
    while (interp.step() === 'paused' && interp.snapshot().line !== 7);
    const layout = layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
    const gen = objectBoxes(layout).find((b) => b.type === 'generator')!;
    expect(gen.rows.map((r) => r.label)).toEqual(['n']);
    expect(objectBoxes(layout).some((b) => b.type === 'code')).toBe(false);
  });

  it('titles a suspended coroutine by its kind and name, with its locals', () => {
    const interp = new Interpreter('class Tick:\n    def __await__(self):\n        yield 1\nasync def fetch(name):\n    await Tick()\nco = fetch("a")\nco.send(None)\ndone = 1\n');
    while (interp.step() === 'paused' && interp.snapshot().line !== 8);
    const layout = layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
    const coro = objectBoxes(layout).find((b) => b.type === 'coroutine')!;
    expect(coro.title).toMatch(/^coroutine fetch #\d+$/);
    expect(coro.rows.map((r) => r.label)).toContain('name');
  });

  it("notes what no arrow shows while __init__ runs: the class call's arguments and the instance it will return", () => {
    const interp = new Interpreter('class C:\n    def __init__(self, x):\n        self.x = x\no = [1]\nc = C(o)\n');
    while (interp.step() === 'paused' && interp.snapshot().line !== 3);
    const layout = layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
    const list = objectBoxes(layout).find((b) => b.type === 'list')!;
    expect(list.notes).toEqual(['2× waiting call']);
    expect(list.noteSentences).toEqual(['2× the call waiting for C.__init__() to return (its arguments)']);
    const instance = objectBoxes(layout).find((b) => b.type === 'C')!;
    expect(instance.notes).toEqual(['class call']);
  });

  it('lays out a linked list left to right, one column per node, level with the .next rows', () => {
    const interp = new Interpreter(TEACHING_PROGRAMS.linkedList);
    while (interp.step() === 'paused' && !interp.finishedBody);
    const layout = layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
    const nodes = objectBoxes(layout).filter((b) => b.type === 'Node').sort((a, b) => a.x - b.x);
    expect(nodes.length).toBe(6);
    expect(new Set(nodes.map((n) => n.x)).size).toBe(6);
    expect(new Set(nodes.slice(1).map((n) => n.y)).size).toBe(1);
  });

  it('gives the same picture to a step reached by stepping and by a fresh run', () => {
    const a = new Interpreter(TEACHING_PROGRAMS.tree);
    for (let i = 0; i < 40; i++) a.step();
    const b = new Interpreter(TEACHING_PROGRAMS.tree);
    for (let i = 0; i < 40; i++) b.step();
    expect(layoutSnapshot(a.snapshot(SCOPE), { showShared: false })).toEqual(layoutSnapshot(b.snapshot(SCOPE), { showShared: false }));
  });

  it('shows a collapsed container\'s first rows and how many more', () => {
    const interp = new Interpreter('items = [[i] for i in range(2000)]\nx = 1\n');
    while (interp.step() === 'paused' && !interp.finishedBody);
    const layout = layoutSnapshot(interp.snapshot(SCOPE), { showShared: false });
    const list = objectBoxes(layout).find((b) => b.collapsed)!;
    expect(list.rows.length).toBe(ROW_LIMIT + 1);
    expect(list.rows[ROW_LIMIT].label).toBe('… 1,990 more');
    expect(objectBoxes(layout).length).toBe(ROW_LIMIT + 1);
  });
});

describe('one reference, one arrow: a dict two boxes could list is listed by one', () => {
  it("points an instance's box to its __dict__ when something else holds that dict too (vars(p))", () => {
    const layout = layoutWhen('class P:\n    pass\np = P()\np.items = [1, 2]\nd = vars(p)\ndone = 1\n', (i) => i.snapshot().line === 6);
    const instance = objectBoxes(layout).find((b) => b.type === 'P')!;
    const dict = objectBoxes(layout).find((b) => b.type === 'dict')!;
    expect(instance.rows.map((r) => r.label)).toEqual(['__dict__']);
    expect(layout.edges.filter((e) => e.fromKey === instance.key).map((e) => e.toKey)).toEqual([dict.key]);
    expect(dict.rows.map((r) => r.label)).toEqual(["'items'"]);
    expect(unaccountedBadges(layout)).toEqual([]);
  });

  it("still folds an instance's __dict__ into its box when only the instance holds it", () => {
    const layout = layoutWhen('class P:\n    pass\np = P()\np.items = [1, 2]\ndone = 1\n', (i) => i.snapshot().line === 5);
    expect(objectBoxes(layout).find((b) => b.type === 'P')!.rows.map((r) => r.label)).toEqual(['.items']);
    expect(objectBoxes(layout).some((b) => b.type === 'dict')).toBe(false);
  });

  it("writes a reference to the module's own globals inline, as the frame box lists them (g = globals())", () => {
    const layout = layoutWhen('items = [1]\ng = globals()\ndone = 1\n', (i) => i.snapshot().line === 3);
    const frame = layout.boxes.find((b) => b.kind === 'frame')!;
    expect(frame.rows.find((r) => r.label === 'g')!.value).toBe("the module's globals");
    expect(objectBoxes(layout).some((b) => b.type === 'dict')).toBe(false);
    expect(unaccountedBadges(layout)).toEqual([]);
  });

  it("gives exec'd code running in the module's globals no second copy of the module's variables", () => {
    // The exec'd code's lines are no steps of their own: its frame is drawn where its exception ends the program.
    const layout = layoutWhen('items = [1]\nexec("more = items\\nraise KeyError(1)")\n', (i) => i.snapshot().event === 'exception');
    const frames = layout.boxes.filter((b) => b.kind === 'frame');
    expect(frames.length).toBe(2);
    expect(frames[1].rows.map((r) => r.label)).toEqual(['variables: those of the module']);
    expect(unaccountedBadges(layout)).toEqual([]);
  });

  it('draws a frame the traceback passes through twice (caught, then raised again) as one box', () => {
    const source = 'try:\n    raise KeyError("a")\nexcept KeyError as e:\n    err = e\nitems = [1]\nraise err\n';
    const layout = layoutWhen(source, (i) => i.snapshot().event === 'exception');
    expect(layout.boxes.filter((b) => b.kind === 'frame').length).toBe(1);
    expect(overlappingBoxes(layout.boxes)).toEqual([]);
    expect(unaccountedBadges(layout)).toEqual([]);
  });
});

describe('a frame with more variables than a box shows rows', () => {
  it('describes every variable of the global frame, past the row limit', () => {
    const names = Array.from({ length: ROW_LIMIT + 5 }, (_, i) => `v${i}`);
    const interp = new Interpreter(names.map((n, i) => `${n} = [${i}]`).join('\n') + '\nprint(len(dir()))\n');
    let snap = interp.snapshot(SCOPE);
    // Up to the last line, where every variable is bound and the frame is still there.
    while (snap.line !== names.length + 1 && interp.step() === 'paused') snap = interp.snapshot(SCOPE);
    const described = new Set(snap.objects.map((o) => o.id));
    const globals = snap.frames[0].variables.filter((v) => names.includes(v.label));
    expect(globals.map((v) => v.label)).toEqual(names);
    expect(globals.filter((v) => !described.has(v.targetId)).map((v) => v.label)).toEqual([]);
  });
});

describe("the module's own dunder entries", () => {
  it('leaves __builtins__, __loader__ and __annotations__ out of the picture, though the program can use them', () => {
    const interp = new Interpreter("x = [__file__, __loader__.name]\nprint(x)\n");
    while (interp.step() === 'paused');
    expect(interp.stdout).toBe("['main.py', '__main__']\n");
    const fresh = new Interpreter('x = 1\n');
    const snap = fresh.snapshot(SCOPE);
    expect(snap.frames[0].variables.map((v) => v.label)).toEqual([]);
    // The main module's dict is described (the frame box draws it), and sys.modules, but not what only the
    // dunder rows reach, nor the namespaces of the modules sys.modules holds.
    const types = snap.objects.map((o) => o.type);
    expect(types).not.toContain('SourceFileLoader');
    const dicts = snap.objects.filter((o) => o.type === 'dict').map((o) => o.id);
    const sysModules = snap.roots.find((r) => r.label === 'sys.modules')!.targetId;
    expect(dicts.sort()).toEqual([snap.frames[0].namespaceId, sysModules].sort());
    expect(layoutSnapshot(snap, { showShared: false }).boxes.map((b) => b.kind)).toEqual(['frame']);
  });
});

describe("a library's classes and functions", () => {
  it('are written inline like builtins, so the boxes are the program\'s own objects', () => {
    const source = 'from collections import OrderedDict\nfrom dataclasses import dataclass\n'
      + '@dataclass\nclass Node:\n    name: str\n\nn = Node("a")\nod = OrderedDict(n=n)\n';
    const interp = new Interpreter(source);
    while (interp.step() === 'paused' && interp.snapshot(SCOPE).event !== 'return');
    const snap = interp.snapshot(SCOPE);
    const layout = layoutSnapshot(snap, { showShared: false });
    const titles = objectBoxes(layout).map((b) => b.title.replace(/ #\d+$/, ''));
    expect(titles).toEqual(expect.arrayContaining(['class Node', 'Node', 'collections.OrderedDict']));
    expect(titles.join(' ')).not.toMatch(/class OrderedDict|function dataclass/);
    const frame = layout.boxes.find((b) => b.kind === 'frame')!;
    const values = Object.fromEntries(frame.rows.map((r) => [r.label, r.value]));
    expect(values).toMatchObject({ OrderedDict: "<class 'OrderedDict'>", dataclass: '<function dataclass>' });
    // Shown with the shared objects, they get their boxes again.
    const all = objectBoxes(layoutSnapshot(snap, { showShared: true })).map((b) => b.title);
    expect(all.some((t) => t.startsWith('class OrderedDict'))).toBe(true);
  });
});

describe("a library's frames", () => {
  it('are not drawn; a memoized function is one C wrapper object whose cache dict is its own box', () => {
    const interp = new Interpreter(TEACHING_PROGRAMS.memo);
    let deepest: GraphLayout | null = null;
    let snap: Snapshot | null = null;
    while (interp.step() === 'paused') {
      const s = buildScoped(interp);
      if (s.frames.length > (snap?.frames.length ?? 0)) [snap, deepest] = [s, layoutSnapshot(s, { showShared: false })];
    }
    // fib(5) -> fib(4) -> ... -> fib(1): each call went through the C lru_cache wrapper, which has no frame.
    expect(snap!.frames.some((f) => f.library === 'functools')).toBe(false);
    const frameTitles = deepest!.boxes.filter((b) => b.kind === 'frame').map((b) => b.title);
    expect(frameTitles).toEqual(['<module>', 'fib()', 'fib()', 'fib()', 'fib()', 'fib()']);
    // The module's `fib` is the wrapper (functools._lru_cache_wrapper), not a closure: its cache row points at
    // the dict that keeps what it caches alive, and __wrapped__ at the user's function.
    const boxes = objectBoxes(deepest!);
    const byId = new Map(boxes.map((b) => [b.objectId, b]));
    const moduleFrame = deepest!.boxes.find((b) => b.kind === 'frame')!;
    const wrapper = byId.get(moduleFrame.rows.find((r) => r.label === 'fib')!.targetId!)!;
    expect(wrapper.title).toMatch(/^functools\._lru_cache_wrapper/);
    const row = (label: string) => wrapper.rows.find((r) => r.label === label);
    expect(byId.get(row('cache')!.targetId!)?.title).toMatch(/^dict #/);
    expect(byId.get(row('.__wrapped__')!.targetId!)?.title).toMatch(/^function fib/);
    expect(boxes.some((b) => b.title.startsWith('cell') && b.rows.some((r) => r.label === 'contents' && r.targetId === row('cache')!.targetId))).toBe(false);
  });
});

describe("a library's module globals", () => {
  it("are named in the notes of what they hold: asyncio's running loop", () => {
    const interp = new Interpreter('import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    await asyncio.sleep(0)\n    return loop\nasyncio.run(main())\n');
    let loop: ObjectBox | undefined;
    while (!loop && interp.step() === 'paused') {
      loop = objectBoxes(layoutSnapshot(buildScoped(interp), { showShared: false })).find((b) => b.type === '_UnixSelectorEventLoop');
    }
    expect(loop?.notes).toEqual(expect.arrayContaining(['asyncio._running_loop', 'asyncio._current_loop']));
    expect(loop?.noteSentences).toEqual(expect.arrayContaining(["asyncio's global _running_loop"]));
  });

  it("leave no box for what a library's suspended coroutine holds (asyncio.sleep's loop, Future and timer)", () => {
    const libraryBoxes: string[] = [];
    let inlineSleep = 0;
    everyStep(TEACHING_PROGRAMS.asyncio, (snap, layout) => {
      for (const b of objectBoxes(layout)) if (!/^((function|coroutine) (fetch|main)|list) #/.test(b.title)) libraryBoxes.push(`step ${snap.step}: ${b.title}`);
      if (layout.boxes.some((b) => b.rows.some((r) => r.value === '<coroutine sleep>'))) inlineSleep++;
    });
    expect(libraryBoxes).toEqual([]);
    expect(inlineSleep).toBeGreaterThan(0);
  });

  it("draw the program's paused coroutines that only the event loop's Tasks hold: main() awaiting gather, fetch('a') asleep", () => {
    let seen = 0;
    everyStep(TEACHING_PROGRAMS.asyncio, (snap, layout) => {
      const running = snap.frames.at(-1);
      if (running?.name !== 'fetch' || snap.step !== 8) return;
      seen++;
      const boxes = objectBoxes(layout);
      const main = boxes.find((b) => b.title.startsWith('coroutine main'));
      const asleep = boxes.find((b) => b.title.startsWith('coroutine fetch'));
      expect(main?.detail).toBe('suspended at line 8');
      expect(asleep?.detail).toBe('suspended at line 4');
      // Its own variables, and the library's coroutine it awaits written inline.
      expect(asleep?.rows.map((r) => [r.label, r.value])).toEqual(expect.arrayContaining([['name', "'a'"], ['delay', '0.2'], ['temp', '<coroutine sleep>']]));
      // Held by Tasks, which have no box: the notes name them, so the badge adds up.
      expect(main!.notes.length).toBeGreaterThan(0);
    });
    expect(seen).toBe(1);
  });

  it('leave no box for the garbage of their imports (the classes types makes and deletes, and their code)', () => {
    const garbageBoxes: string[] = [];
    everyStep(TEACHING_PROGRAMS.asyncio, (snap, layout) => {
      const unreachable = new Set(snap.objects.filter((o) => o.state === 'unreachable').map((o) => o.id));
      for (const b of objectBoxes(layout)) if (unreachable.has(b.objectId)) garbageBoxes.push(`step ${snap.step}: ${b.title}`);
    });
    expect(garbageBoxes).toEqual([]);
  });
});

describe("a library's leftovers", () => {
  it("are counted by the collector but get no box: datetime's 295 objects, beside the program's own leaked list", () => {
    const interp = new Interpreter('import gc\nimport datetime\nx = [1]\nx.append(x)\ndel x\nprint(gc.collect())\n');
    while (interp.step() === 'paused' && interp.snapshot().line !== 6);
    const snap = buildScoped(interp);
    expect(snap.objects.filter((o) => o.state === 'unreachable').length).toBeGreaterThan(295);
    const garbageBoxes = objectBoxes(layoutSnapshot(snap, { showShared: false })).filter((b) => snap.objects.find((o) => o.id === b.objectId)?.state === 'unreachable');
    expect(garbageBoxes.map((b) => b.type)).toEqual(['list']);
    interp.run();
    expect(interp.stdout).toBe('296\n');
  });
});

describe('a frame running code compiled from other text', () => {
  it("says so in its header: a dataclass's generated __init__ is at <string>:N, not at the program's line N", () => {
    const source = [
      'from dataclasses import dataclass',
      '@dataclass',
      'class Point:',
      '    x: int',
      '    y: int = 0',
      '    def __post_init__(self):',
      '        self.norm = abs(self.x) + abs(self.y)',
      'p = Point(3, -4)',
      '',
    ].join('\n');
    const layout = layoutWhen(source, (interp) => interp.snapshot(SCOPE).frames.some((f) => f.name === '__post_init__'));
    const frames = layout.boxes.filter((b): b is FrameBox => b.kind === 'frame');
    expect(frames.map((f) => [f.title, f.lineLabel])).toEqual([
      ['<module>', 'line 8'], ['Point.__init__()', '<string>:5'], ['Point.__post_init__()', 'line 7'],
    ]);
    expect(overlappingBoxes(layout.boxes)).toEqual([]);
  });
});
