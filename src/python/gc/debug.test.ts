// gc.set_debug(gc.DEBUG_SAVEALL) in the picture: the saved objects stay, held by the gc module's garbage list.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../interpreter';
import { runProgram } from '../../cli/runProgram';

const SAVEALL = `import gc
class Link:
    pass
gc.set_debug(gc.DEBUG_SAVEALL)
a = Link()
b = Link()
a.other = b
b.other = a
del a, b
found = gc.collect()
done = True
`;

describe('DEBUG_SAVEALL', () => {
  it('keeps the collected cycle alive and reachable, referenced from the items of gc.garbage', () => {
    const interp = new Interpreter(SAVEALL);
    while (interp.step() === 'paused' && interp.snapshot().line !== 11);
    const snap = interp.snapshot();
    const links = snap.objects.filter((o) => o.type === 'Link');
    expect(links.map((o) => [o.state, o.refcount])).toEqual([['alive', 2], ['alive', 2]]);
    // The one list holding both: gc.garbage, itself held by the gc module's namespace under that name.
    const garbage = snap.objects.filter((o) => o.type === 'list' && links.every((l) => o.references.some((r) => r.targetId === l.id)));
    expect(garbage).toHaveLength(1);
    expect(garbage[0].references.map((r) => r.label)).toEqual(['[0]', '[1]']);
    const holder = snap.objects.find((o) => o.references.some((r) => r.targetId === garbage[0].id && r.label === "['garbage']"));
    const gcModule = snap.objects.find((o) => o.type === 'module' && o.name === 'gc');
    expect(holder?.type).toBe('dict');
    expect(gcModule?.references.some((r) => r.targetId === holder?.id)).toBe(true);
  });

  it('writes the collectable and stats lines in the order python3 does, __del__ output between them', () => {
    const source = 'import gc\nclass A:\n    def __del__(self):\n        print("del")\n'
      + 'gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)\na = A()\na.me = a\ndel a\ngc.collect()\ngc.set_debug(0)\n';
    const result = runProgram(source);
    expect(result.stdout).toBe('del\n');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('gc: collecting generation 2...');
    expect(lines[1]).toMatch(/^gc: objects in each generation: \d+ \d+ \d+$/);
    expect(lines[2]).toBe('gc: objects in permanent generation: 0');
    expect(lines[3]).toMatch(/^gc: collectable <A 0x[0-9a-f]+>$/);
    expect(lines[4]).toMatch(/^gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$/);
    expect(lines.slice(5)).toEqual(['']);
  });
});
