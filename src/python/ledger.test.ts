// The ledger in words: who holds an object, what freeing it would release, and the CLI's --explain.
import { describe, expect, it } from 'vitest';
import { Interpreter } from './interpreter';
import { referencesTo, retainedSize } from './ledger';
import { explainGlobal } from '../cli/explain';

function snapshotAtLine(source: string, line: number) {
  const interp = new Interpreter(source);
  while (interp.snapshot().line !== line && interp.step() === 'paused');
  return interp.snapshot();
}

describe('referencesTo', () => {
  it('names globals, items, attributes and locals of a running function', () => {
    const src = 'class Box:\n    pass\na = []\nbox = Box()\nbox.item = a\nholder = [a]\ndef f(x):\n    return x\nf(a)\n';
    const snap = snapshotAtLine(src, 8);
    const id = snap.frames[0].variables.find((v) => v.label === 'a')!.targetId;
    expect(referencesTo(snap, id).map((r) => r.description.replace(/#\d+/g, '#N'))).toEqual([
      'local `x` in `f()`', 'global `a`', 'attribute `.item` of Box #N', 'item [0] of list #N',
    ]);
  });

  it('names the running frame and the function as what holds a code object (f_code, __code__)', () => {
    const snap = snapshotAtLine('def f():\n    return 1\ncode = f.__code__\nf()\n', 2);
    const id = snap.frames[0].variables.find((v) => v.label === 'code')!.targetId;
    expect(referencesTo(snap, id).map((r) => r.description.replace(/#\d+/g, '#N'))).toEqual([
      'the running frame of `f()` (its code)', 'global `code`', 'the constants of code #N', '`__code__` of function #N',
    ]);
  });

  it('names a f(*args) call, which holds its callable and argument tuple until it returns, as the waiting call', () => {
    const snap = snapshotAtLine('def f(x):\n    return x\nargs = [1]\nf(*args)\n', 2);
    const id = snap.frames[0].variables.find((v) => v.label === 'f')!.targetId;
    expect(referencesTo(snap, id).map((r) => r.description)).toEqual([
      'the running frame of `f()`', 'the call waiting for `f()` to return (it holds its arguments until then)', 'global `f`',
    ]);
  });

  it("names the class call waiting for __init__: its argument tuple, the caller's operand and the new instance", () => {
    const snap = snapshotAtLine('class C:\n    def __init__(self, x):\n        self.x = x\no = []\nc = C(o)\n', 3);
    const o = snap.frames[0].variables.find((v) => v.label === 'o')!.targetId;
    // python3 prints 5 for sys.getrefcount(x) here: x, the tuple, the caller's stack, o, and getrefcount's argument.
    expect(snap.objects.find((x) => x.id === o)!.refcount).toBe(4);
    expect(referencesTo(snap, o).map((r) => r.description)).toEqual([
      'local `x` in `C.__init__()`',
      'the call `C(...)` waiting for `C.__init__()` to return (it holds its arguments until then)',
      'the call `C(...)` waiting for `C.__init__()` to return (it holds its arguments until then)',
      'global `o`',
    ]);
    const self = snap.frames[1].variables.find((v) => v.label === 'self')!.targetId;
    expect(referencesTo(snap, self).map((r) => r.description)).toEqual([
      'local `self` in `C.__init__()`', 'the call `C(...)` waiting for `C.__init__()` to return (the new instance it will return)',
    ]);
  });

  it('names the builtin whose temporaries hold an object while Python code it called runs (sorted with a key)', () => {
    const snap = snapshotAtLine('def k(v):\n    return v\nys = sorted([3, 1, 2], key=k)\n', 2);
    // sorted()'s own list, empty while it sorts (as list.sort empties a list it sorts).
    const sortedList = snap.objects.find((x) => x.type === 'list' && x.repr === '[]')!;
    expect(referencesTo(snap, sortedList.id).map((r) => r.description)).toEqual(['`sorted()` running in the module (holds it while it works)']);
    const sortSnap = snapshotAtLine('def k(v):\n    return v\nxs = [3, 1, 2]\nxs.sort(key=k)\n', 2);
    const labels = sortSnap.frames[0].references.map((r) => r.label).filter((l) => l.startsWith('temporary of'));
    expect(new Set(labels)).toEqual(new Set(['temporary of list.sort()']));
  });

  it('names what holds a class: its mro, its descriptors, a subclass, an instance (8, as CPython counts)', () => {
    const snap = snapshotAtLine('class Node:\n    pass\nclass Leaf(Node):\n    pass\nx = Node()\ny = 0\n', 6);
    const id = snap.frames[0].variables.find((v) => v.label === 'Node')!.targetId;
    expect(snap.objects.find((o) => o.id === id)!.refcount).toBe(8);
    expect(referencesTo(snap, id).map((r) => r.description.replace(/#\d+/g, '#N'))).toEqual([
      'global `Node`', 'item [0] of `Node.__mro__`',
      "the descriptor <attribute '__dict__' of 'Node'> in its class dict",
      "the descriptor <attribute '__weakref__' of 'Node'> in its class dict",
      "`__base__` of subclass <class 'Leaf'>", 'item [0] of `Leaf.__bases__`', 'item [1] of `Leaf.__mro__`',
      'instance #N of it (every instance holds its class)',
    ]);
  });
});

describe('retainedSize', () => {
  it('counts what only the object keeps alive', () => {
    const snap = snapshotAtLine('inner = [1, 2]\nouter = [[3], inner]\nx = 0\n', 3);
    const outer = snap.frames[0].variables.find((v) => v.label === 'outer')!.targetId;
    const size = (id: number) => snap.objects.find((o) => o.id === id)!.size;
    const only = snap.objects.find((o) => o.type === 'list' && o.references.length === 1)!;
    expect(retainedSize(snap, outer)).toBe(size(outer) + size(only.id));
  });
});

describe('explainGlobal', () => {
  it('explains the refcount lesson line by line', () => {
    const text = explainGlobal('a = []\nb = a\nc = [a]\ndel b\n', 'a');
    expect(text).toMatch(/^`a` is a list \(id \d+\) with refcount 2, 56 bytes/);
    expect(text).toContain('  global `a`\n');
    expect(text.split('How its count changed:\n')[1]).toBe([
      '  line 1: created, refcount 1', '  line 2: +1 -> 2', '  line 3: +1 -> 3', '  line 4: -1 -> 2', '',
    ].join('\n'));
  });

  it('says when there is no such global', () => {
    expect(explainGlobal('x = 1\n', 'y')).toContain('there is no global of that name');
  });
});
