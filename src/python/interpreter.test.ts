// Behaviour of the interpreter's public API: the tutorial's numbers, stepping, snapshots, errors and limits.
import { describe, expect, it } from 'vitest';
import { Interpreter } from './interpreter';
import { runProgram } from '../cli/runProgram';

/** Steps to the end; line events as numbers, return and yield steps as `return@line`. */
function stepAll(source: string): { interp: Interpreter; lines: (number | string)[] } {
  const interp = new Interpreter(source);
  const lines: (number | string)[] = [interp.snapshot().line!];
  while (interp.step() === 'paused') {
    const snap = interp.snapshot();
    if (snap.line !== null) lines.push(snap.event === 'line' ? snap.line : `${snap.event}@${snap.line}`);
  }
  return { interp, lines };
}

const TUTORIAL_REFCOUNT = `import sys

a = []
print(sys.getrefcount(a))

b = a
print(sys.getrefcount(a))

del b
print(sys.getrefcount(a))
`;

const TUTORIAL_CYCLE = `import gc
a = []
b = []
a.append(b)
b.append(a)
del a, b
print(gc.collect())
`;

describe('the tutorial programs', () => {
  it('prints refcounts 2, 3, 2 for the reference counting lesson', () => {
    expect(runProgram(TUTORIAL_REFCOUNT).stdout).toBe('2\n3\n2\n');
  });

  it('frees a two-list cycle on gc.collect() and reports 2', () => {
    expect(runProgram(TUTORIAL_CYCLE).stdout).toBe('2\n');
  });

  it('shows the two lists as unreachable with refcount 1 after del a, b', () => {
    const interp = new Interpreter(TUTORIAL_CYCLE);
    while (interp.step() === 'paused' && interp.snapshot().line !== 7);
    const lists = interp.snapshot().objects.filter((o) => o.type === 'list' && o.state === 'unreachable');
    expect(lists.map((o) => [o.refcount, o.state])).toEqual([[1, 'unreachable'], [1, 'unreachable']]);
  });
});

describe('stepping', () => {
  it('pauses before each line in execution order, entering functions', () => {
    const { lines } = stepAll('def f(x):\n    y = x + 1\n    return y\nz = f(1)\nprint(z)\n');
    // sys.settrace in python3 reports the same lines and the two 'return' events (f's and the module's).
    expect(lines).toEqual([1, 4, 2, 3, 'return@3', 5, 'return@5']);
  });

  it('revisits a loop body line on every iteration', () => {
    const { lines } = stepAll('for i in range(3):\n    pass\n');
    expect(lines).toEqual([1, 2, 1, 2, 1, 2, 1, 'return@1']);
  });

  it('returns to a multi-line condition\'s first line for its jump, as sys.settrace reports', () => {
    const source = [
      'def f(a, b):', '    if (a and', '        b):', '        x = 1', '    y = (1 if', '         a else 2)',
      '    while (a and', '           b):', '        b = 0', '    z = [v for v in', '         [1, 2] if', '         v]',
      '    return x', 'f(1, 1)',
    ].join('\n') + '\n';
    const interp = new Interpreter(source);
    const inF: number[] = [];
    while (interp.step() === 'paused') {
      const s = interp.snapshot();
      if (s.event === 'line' && s.frames[s.frames.length - 1].name === 'f') inF.push(s.line!);
    }
    // python3 3.11, sys.settrace on f: its 'line' events.
    expect(inF).toEqual([2, 3, 2, 4, 6, 5, 7, 8, 7, 9, 7, 8, 7, 10, 11, 10, 13]);
  });

  it('steps through decorators: each called on its own line after the def or class line', () => {
    const source = 'def a(f): return f\ndef b(n): return a\n@a\n@b(1)\ndef f(x=1): pass\n@a\nclass C:\n    y = 2\nprint(f, C)\n';
    const interp = new Interpreter(source);
    const stops: string[] = [];
    while (interp.step() === 'paused') {
      const s = interp.snapshot();
      if (s.event === 'line') stops.push(`${s.frames[s.frames.length - 1].name}:${s.line}`);
    }
    // python3 3.11, sys.settrace: the same after its first event (<module>:1, where this run starts paused).
    expect(stops.join(' ')).toBe('<module>:2 <module>:3 <module>:4 b:2 <module>:5 <module>:4 a:1 <module>:3 a:1 <module>:5 '
      + '<module>:6 <module>:7 C:6 C:8 <module>:6 a:1 <module>:7 <module>:9');
  });

  it('steps into a property\'s deleter as into its setter: `del obj.prop` runs it as a frame', () => {
    const source = 'class T:\n    @property\n    def p(self): return 1\n    @p.deleter\n    def p(self):\n        print("deleting")\nt = T()\ndel t.p\nprint("done")\n';
    const interp = new Interpreter(source);
    const stops: string[] = [];
    while (interp.step() === 'paused') {
      const s = interp.snapshot();
      if (s.event === 'line') stops.push(`${s.frames[s.frames.length - 1].name}:${s.line}`);
    }
    // python3 3.11, sys.settrace: '<module>:7 <module>:8 p:6 <module>:9' after the class body.
    expect(stops.slice(stops.indexOf('<module>:7')).join(' ')).toBe('<module>:7 <module>:8 p:6 <module>:9');
    expect(interp.stdout).toBe('deleting\ndone\n');
  });

  it('snapshots frames with their variables pointing at heap objects', () => {
    const interp = new Interpreter('def f(items):\n    n = len(items)\n    return n\nf([1, 2])\n');
    while (interp.step() === 'paused' && interp.snapshot().line !== 3);
    const snap = interp.snapshot();
    expect(snap.frames.map((f) => f.name)).toEqual(['<module>', 'f']);
    const local = snap.frames[1].variables.map((v) => v.label);
    expect(local).toEqual(['items', 'n']);
    const items = snap.objects.find((o) => o.id === snap.frames[1].variables[0].targetId)!;
    expect(items.type).toBe('list');
    expect(items.references.map((r) => r.label)).toEqual(['[0]', '[1]']);
  });

  it('lists a snapshot\'s objects by id, whatever order the heap walk found them in', () => {
    // The walk goes depth-first from the frames: the dict made last is found before the lists made first.
    const interp = new Interpreter('a = [1]\nb = [2]\nc = {"x": (a, b)}\nd = c\npass\n');
    while (interp.step() === 'paused' && interp.snapshot().line !== 5);
    for (const snap of [interp.snapshot(), interp.snapshot({ rowLimit: 10, expanded: new Set(), maxObjects: 100 })]) {
      const ids = snap.objects.map((o) => o.id);
      expect(ids.length).toBeGreaterThan(5);
      expect(ids.every((id, i) => i === 0 || ids[i - 1] < id)).toBe(true);
    }
  });
});

describe('class statements', () => {
  it('steps through class bodies with the line events CPython\'s sys.settrace reports', () => {
    const interp = new Interpreter('class A:\n    x = 1\n    def m(self):\n        return self.x\n\na = A()\nprint(a.m())\nclass B(A):\n    pass\n');
    const stops: string[] = [];
    const record = () => {
      const s = interp.snapshot();
      stops.push(`${s.frames[s.frames.length - 1].name}:${s.line}`);
    };
    record();
    while (interp.step() === 'paused' && !interp.finishedBody) record();
    // python3 with sys.settrace: [('<module>', 1), ('A', 1), ('A', 2), ('A', 3), ('<module>', 6), ...];
    // the return of m is a step (class bodies' returns are not: the class is made then).
    expect(stops).toEqual(['<module>:1', 'A:1', 'A:2', 'A:3', '<module>:6', '<module>:7', 'm:4', 'm:4', '<module>:8', 'B:8', 'B:9']);
    expect(interp.stdout).toBe('1\n');
  });

  it('releases the class statement\'s references when its body raises', () => {
    const r = runProgram('import sys\nbase = type(1)\ntry:\n    class A:\n        raise ValueError("in body")\nexcept ValueError as e:\n    print(e)\nprint(sys.getrefcount(base) > 2)\n');
    expect(r.stdout).toBe('in body\nTrue\n');
    expect(r.status).toBe(0);
  });
});

describe('errors', () => {
  it('prints a CPython traceback and exits with status 1', () => {
    const r = runProgram('def f():\n    return x\nf()\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    f()\n' +
      '  File "main.py", line 2, in f\n    return x\n           ^\nNameError: name \'x\' is not defined\n',
    );
  });

  it('reports the failing expression\'s columns, the range CPython\'s markers underline', () => {
    const interp = new Interpreter('d = {}\ntotal = 1 + d["k"]\n');
    while (interp.step() === 'paused');
    expect(interp.error).toMatchObject({ type: 'KeyError', line: 2, column: 13, endColumn: 19 });
    expect(interp.stderr).toContain('    total = 1 + d["k"]\n                ~^^^^^\n');
  });

  it('raises RecursionError for runaway recursion without using the JS stack', () => {
    const r = runProgram('def f(n):\n    return f(n + 1)\nf(0)\n');
    expect(r.stderr.trim().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
  });

  it('stops an infinite loop with a clear message', () => {
    const r = runProgram('while True:\n    pass\n', { instructionBudget: 100_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Execution stopped: .*infinite loop/);
  });

  it('reports a syntax error with its line', () => {
    const interp = new Interpreter('if True\n    pass\n');
    expect(interp.status).toBe('error');
    expect(interp.error).toMatchObject({ type: 'SyntaxError', message: "expected ':'", line: 1 });
  });

  it('turns runaway allocation into MemoryError', () => {
    const r = runProgram('x = [0] * (10 ** 9)\n');
    expect(r.stderr.trim().split('\n').pop()).toBe('MemoryError');
  });
});

describe('the log of freed objects', () => {
  const CYCLE_THEN_COLLECT = 'import gc\na = []\nb = [a]\na.append(b)\nc = {}\ndel a, b, c\ngc.collect()\n';
  const freedIdsAtEnd = (interp: Interpreter) => {
    while (interp.step() === 'paused');
    return interp.snapshot().freedIds;
  };

  it('keeps no log by default: a long run does not grow one', () => {
    const interp = new Interpreter(CYCLE_THEN_COLLECT);
    expect(freedIdsAtEnd(interp)).toEqual([]);
    expect(interp.vm.freedLog).toBeNull();
    // Still counted: as many as a run that keeps the log records.
    expect(interp.vm.freedCount).toBe(freedIdsAtEnd(new Interpreter(CYCLE_THEN_COLLECT, { recordFreedIds: true })).length);
    expect(interp.vm.freedCount).toBeGreaterThanOrEqual(3);
  });

  it('keeps every freed gc object\'s id when asked, in the order they were freed', () => {
    const interp = new Interpreter(CYCLE_THEN_COLLECT, { recordFreedIds: true });
    const ids: Record<string, number> = {};
    while (interp.step() === 'paused') {
      for (const r of interp.snapshot().frames[0].variables) if (['a', 'b', 'c'].includes(r.label)) ids[r.label] = r.targetId;
    }
    const freed = interp.snapshot().freedIds;
    // c dies at `del`; the cycle a <-> b only when gc.collect() clears it.
    expect(freed.indexOf(ids.c)).toBeGreaterThanOrEqual(0);
    expect(freed.indexOf(ids.c)).toBeLessThan(freed.indexOf(ids.a));
    expect(freed).toContain(ids.b);
  });

  it('records what an action frees, also inside an enclosing recording', () => {
    // The last line keeps interpreter exit (which frees the module's objects) out of the steps recorded.
    const interp = new Interpreter('a = []\ndel a\nb = {}\ndel b\nz = 0\n');
    const vm = interp.vm;
    const idOf = (name: string) => interp.snapshot().frames[0].variables.find((r) => r.label === name)?.targetId;
    let a: number | undefined;
    let b: number | undefined;
    let inner: number[] = [];
    const outer = vm.recordingFrees(() => {
      interp.step();
      a = idOf('a');
      interp.step();
      inner = vm.recordingFrees(() => {
        interp.step();
        b = idOf('b');
        interp.step();
      });
    });
    expect([a, b].every((id) => typeof id === 'number')).toBe(true);
    expect(inner).toEqual([b]);
    expect(outer).toEqual([a, b]);
    expect(vm.freedLog).toBeNull();
  });
});
