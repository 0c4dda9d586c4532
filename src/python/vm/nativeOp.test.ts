// Native operations that call Python code: their callees are frames of the eval loop (stepping enters them,
// snapshots list them), nesting costs no JS stack, and exceptions travel between callee and operation.
import { describe, expect, it } from 'vitest';
import { ChainDone, nested, stepChain, type NativeOp } from './nativeOp';
import { Interpreter } from '../interpreter';
import { runProgram } from '../../cli/runProgram';
import { ledgerMismatches } from '../../../tests/support/ledger';

/** Steps until the innermost frame is `name`; returns the snapshot there. */
function pauseIn(interp: Interpreter, name: string) {
  while (interp.step() === 'paused') {
    const snap = interp.snapshot();
    if (snap.frames[snap.frames.length - 1]?.name === name) return snap;
  }
  throw new Error(`never paused in ${name}`);
}

/**
 * Steps `source` to its end, checking the ledger at every step; at each line the generator `callee` runs, the
 * length of the `type` object the module frame holds as the temporary of `operation`.
 */
function temporaryLengths(source: string, callee: string, operation: string, type: string): { lengths: number[]; stdout: string } {
  const interp = new Interpreter(source, { recordFreedIds: true });
  const lengths: number[] = [];
  while (interp.step() === 'paused') {
    const snap = interp.snapshot();
    expect(ledgerMismatches(snap)).toEqual([]);
    if (snap.frames[snap.frames.length - 1]?.name !== callee || snap.event !== 'line') continue;
    const held = snap.frames[0].references.filter((r) => r.label === `temporary of ${operation}`);
    const object = snap.objects.find((o) => o.type === type && held.some((r) => r.targetId === o.id));
    if (object) lengths.push(object.length ?? -1);
  }
  return { lengths, stdout: interp.stdout };
}

describe('operation chains', () => {
  it('nest 100000 operations deep without JS recursion', () => {
    function* countdown(n: number): NativeOp<number> {
      if (n === 0) return 0;
      return 1 + (yield* nested(countdown(n - 1)));
    }
    const step = stepChain([countdown(100_000)], null, null, false);
    expect(step).toEqual(new ChainDone(100_000));
  });

  it('throw an exception from a nested operation into the one that started it', () => {
    function* failing(): NativeOp<number> {
      throw new Error('inner');
    }
    function* catching(): NativeOp<string> {
      try {
        yield* nested(failing());
        return 'not reached';
      } catch (e) {
        return (e as Error).message;
      }
    }
    expect(stepChain([catching()], null, null, false)).toEqual(new ChainDone('inner'));
  });
});

describe('Python code called from builtins', () => {
  it('runs __repr__ called by print as a frame: stepping enters it, the snapshot lists both frames', () => {
    const interp = new Interpreter('class A:\n    def __repr__(self):\n        return "A!"\n\nprint([A()])\n', { recordFreedIds: true });
    const snap = pauseIn(interp, '__repr__');
    expect(snap.frames.map((f) => f.name)).toEqual(['<module>', '__repr__']);
    // print and its argument list are still on the module frame's value stack while __repr__ runs.
    expect(snap.frames[0].stack.length).toBeGreaterThanOrEqual(2);
    expect(ledgerMismatches(snap)).toEqual([]);
    while (interp.step() === 'paused');
    expect(interp.stdout).toBe('[A!]\n');
  });

  it("reports what sorted() holds while a key function runs (the list's items and the keys so far)", () => {
    const interp = new Interpreter('def key(x):\n    return -x\n\nout = sorted([3, 1, 2], key=key)\nprint(out)\n', { recordFreedIds: true });
    const snap = pauseIn(interp, 'key');
    expect(snap.frames[0].references.some((r) => r.label === 'temporary of sorted()')).toBe(true);
    expect(ledgerMismatches(snap)).toEqual([]);
    while (interp.step() === 'paused') expect(ledgerMismatches(interp.snapshot())).toEqual([]);
    expect(interp.stdout).toBe('[3, 2, 1]\n');
  });

  it("steps into a key's __hash__ and __eq__ run by dict.get and dict.setdefault, the ledger agreeing at every step", () => {
    const source = [
      'class K:',
      '    def __hash__(self):',
      '        return 1',
      '    def __eq__(self, other):',
      '        return True',
      '',
      'd = {K(): "v"}',
      'print(d.get(K()), d.setdefault(K(), "w"))',
    ].join('\n') + '\n';
    const interp = new Interpreter(source, { recordFreedIds: true });
    const seen = new Set<string>();
    while (interp.step() === 'paused') {
      const snap = interp.snapshot();
      seen.add(snap.frames.map((f) => f.name).join(' > '));
      expect(ledgerMismatches(snap)).toEqual([]);
    }
    expect(seen).toContain('<module> > __hash__');
    expect(seen).toContain('<module> > __eq__');
    expect(interp.stdout).toBe('v v\n');
  });

  it('sets each pair dict() takes from a generator before the generator runs again (dict_merge_from_seq2)', () => {
    const run = temporaryLengths('def pairs():\n    for k in "abc":\n        yield k, 0\n\nd = dict(pairs())\nprint(d)\n', 'pairs', 'dict()', 'dict');
    // The dict under construction is shown at every line the generator runs, one pair longer at each resume.
    expect([...new Set(run.lengths)]).toEqual([0, 1, 2, 3]);
    expect(run.stdout).toBe("{'a': 0, 'b': 0, 'c': 0}\n");
  });

  it('shows the tuple tuple() is filling from a generator, which keeps the refcounts and sizes accounted at each step', () => {
    const run = temporaryLengths('def items():\n    for k in range(3):\n        yield str(k)\n\nt = tuple(items())\nprint(t)\n', 'items', 'tuple()', 'tuple');
    // The tuple is allocated for the hint (10 slots) before the first item and holds each item as it comes.
    expect([...new Set(run.lengths)]).toEqual([0, 1, 2, 3]);
    expect(run.stdout).toBe("('0', '1', '2')\n");
  });

  it('gives an exception raised by the callee to the builtin, which may handle it (getattr default)', () => {
    const source = 'class A:\n    def __getattr__(self, name):\n        raise AttributeError(name)\n\nprint(getattr(A(), "x", "default"))\n';
    expect(runProgram(source)).toEqual({ stdout: 'default\n', stderr: '', status: 0 });
  });

  it("unwinds an exception the builtin lets through into the calling frame's handlers", () => {
    const source = 'class A:\n    def __repr__(self):\n        raise KeyError("k")\n\ntry:\n    repr(A())\nexcept KeyError as e:\n    print("caught", e)\n';
    expect(runProgram(source).stdout).toBe("caught 'k'\n");
  });

  it('recurses through repr 10000 levels deep (three levels of the limit each) and never exhausts the JS stack', () => {
    const source = [
      'import sys',
      'sys.setrecursionlimit(40000)',
      'class Node:',
      '    def __init__(self, nxt):',
      '        self.nxt = nxt',
      '    def __repr__(self):',
      '        return "(" + repr(self.nxt) + ")"',
      'n = None',
      'for i in range(10000):',
      '    n = Node(n)',
      'print(len(repr(n)))',
      'sys.setrecursionlimit(1000)',
      'try:',
      '    repr(n)',
      'except RecursionError as e:',
      '    print(e)',
    ].join('\n');
    expect(runProgram(source)).toEqual({
      stdout: '20004\nmaximum recursion depth exceeded while calling a Python object\n', stderr: '', status: 0,
    });
  });

  it('raises RecursionError at a nested synchronous call before the JS stack runs out', () => {
    // list.__repr__ called on a subclass instance (one with a __dict__) runs its items' reprs in a nested run
    // loop: 5,000 of them nested.
    const source = [
      'class L(list):',
      '    def __repr__(self):',
      '        return list.__repr__(self)',
      'x = L()',
      'for _ in range(5000):',
      '    x = L([x])',
      'try:',
      '    repr(x)',
      'except RecursionError as e:',
      '    print("caught", e)',
    ].join('\n');
    // python3's message.
    expect(runProgram(source)).toEqual({ stdout: 'caught maximum recursion depth exceeded while calling a Python object\n', stderr: '', status: 0 });
  });
});
