// The reprs a picture writes in its boxes: cut to 60 characters, built from the start of a long value only, and
// true at every step while they are remembered between snapshots; the sizes a snapshot gives (measured once, by
// the heap walk) are sys.getsizeof's.
import { describe, expect, it } from 'vitest';
import { Interpreter } from './interpreter';
import type { Snapshot } from './snapshot';

/** The display repr and value of the object a global names, at the program's last line. */
function shown(source: string, name: string): { repr: string; value?: string } {
  const interp = new Interpreter(source);
  while (interp.step() === 'paused' && interp.snapshot().line !== source.split('\n').length);
  const snap = interp.snapshot();
  const id = snap.frames[0].variables.find((v) => v.label === name)!.targetId;
  const o = snap.objects.find((x) => x.id === id)!;
  return { repr: o.repr, value: o.value };
}

describe('display repr', () => {
  it("quotes a long str by the whole string's quotes, though only its start is shown", () => {
    const { repr, value } = shown(`s = "a" * 100 + "'"\npass`, 's');
    expect(repr).toBe('"' + 'a'.repeat(58) + '…');
    expect(value).toBe(repr);
  });
  it('shows a short str whole, escapes included', () => {
    expect(shown(`s = "it's\\n"\npass`, 's').repr).toBe(`"it's\\n"`);
  });
  it('cuts long bytes and bytearrays at 60 characters', () => {
    expect(shown(`b = b"\\x00" * 50 + b"'"\npass`, 'b').repr).toBe('b"' + '\\x00'.repeat(14) + '\\…');
    expect(shown(`b = bytearray(b"xy" * 40)\npass`, 'b').repr).toBe("bytearray(b'" + 'xy'.repeat(23) + 'x…');
  });
});

/** Steps to the end, taking a snapshot at every step (so each repr is remembered on the way); the last one. */
function finalSnapshot(source: string): Snapshot {
  const interp = new Interpreter(source);
  let last = interp.snapshot();
  while (interp.step() === 'paused') last = interp.snapshot();
  expect(interp.stderr).toBe('');
  return last;
}

function globalTarget(snap: Snapshot, name: string) {
  const row = snap.frames[0].variables.find((v) => v.label === name);
  return snap.objects.find((o) => o.id === row?.targetId)!;
}

describe('display reprs remembered between snapshots', () => {
  it('follow a str appended to in place (same object, new text) at every step', () => {
    // s is the function's only reference, so once `s += ch` is specialized (from its 8th run, as CPython 3.11)
    // it resizes the same str object (PyUnicode_Append).
    const snap = finalSnapshot('def build():\n    s = "ab" * 2\n    for ch in "x" * 30:\n        s += ch\n    return s\nr = build()\ndone = True\n');
    expect(globalTarget(snap, 'r').repr).toBe(`'abab${'x'.repeat(30)}'`);
  });

  it('tell 0.0 from -0.0, and show a float as repr() does', () => {
    const snap = finalSnapshot('a = 0.0 * 1\nb = -0.0 * 1\nc = a\nd = b\ne = 1 / 3\n');
    expect(globalTarget(snap, 'c').repr).toBe('0.0');
    expect(globalTarget(snap, 'd').repr).toBe('-0.0');
    expect(globalTarget(snap, 'e').repr).toBe('0.3333333333333333');
  });

  it('show a container\'s first items only, in its order', () => {
    const snap = finalSnapshot('d = {k: k * 2 for k in range(10)}\ns = {3}\nt = tuple(range(10))\nl = list(range(10))\n');
    expect(globalTarget(snap, 'd').repr).toBe('{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10}');
    expect(globalTarget(snap, 's').repr).toBe('{3}');
    expect(globalTarget(snap, 't').repr).toBe('(0, 1, 2, 3, 4, 5, 6, 7)');
    expect(globalTarget(snap, 'l').repr).toBe('[0, 1, 2, 3, 4, 5, 6, 7, …]');
  });
});

describe('snapshot sizes', () => {
  it('are sys.getsizeof\'s for live, immortal and unreachable objects', () => {
    const source = [
      'import gc, sys',
      'gc.disable()',
      'class Node:',
      '    pass',
      'a = Node()',
      'a.me = a',
      'sizes = {"list": sys.getsizeof([1, 2, 3]), "none": sys.getsizeof(None), "dict": sys.getsizeof(a.__dict__)}',
      'l = [1, 2, 3]',
      'n = None',
      'dd = a.__dict__',
      'del a, dd',
      'x = 1',
    ].join('\n') + '\n';
    // Paused at the last line: the program's exit would clear __main__.
    const paused = new Interpreter(source);
    while (paused.step() === 'paused' && paused.snapshot().line !== 12);
    const snap = paused.snapshot();
    expect(snap.stderr).toBe('');
    const sizesDict = globalTarget(snap, 'sizes');
    const sizeOf = (key: string) => Number(snap.objects.find((o) => o.id === sizesDict.references.find((r) => r.label === `['${key}']`)!.targetId)!.value);
    expect(globalTarget(snap, 'l').size).toBe(sizeOf('list'));
    expect(globalTarget(snap, 'n').size).toBe(sizeOf('none'));
    const unreachable = snap.objects.filter((o) => o.state === 'unreachable');
    const cycleDict = unreachable.find((o) => o.type === 'dict');
    expect(unreachable.map((o) => o.type).sort()).toEqual(['Node', 'dict']);
    expect(cycleDict!.size).toBe(sizeOf('dict'));
  });
});
