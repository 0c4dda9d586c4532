// The one-line narration of each step, in English and Bahasa Indonesia.
import { describe, expect, it } from 'vitest';
import { Session } from '../worker/session';
import { TEACHING_PROGRAMS } from '../../tests/support/teachingPrograms';
import type { ObjectBox } from './model';

function narrationsOf(source: string): { en: string; id: string }[] {
  const s = new Session(source);
  const out = [s.view().narration];
  for (;;) {
    const step = s.step;
    s.forward(1);
    if (s.step === step) return out;
    out.push(s.view().narration);
  }
}

describe('narration', () => {
  it('says what a new object is and who holds it, in both languages', () => {
    const [, made] = narrationsOf('a = [1, 2]\nprint(a)\n');
    expect(made.en).toMatch(/^`a = \[1, 2\]`: created list #\d+ \(72 B\), held by `a`$/);
    expect(made.id).toMatch(/^`a = \[1, 2\]`: membuat list #\d+ \(72 B\), dirujuk oleh `a`$/);
  });

  it('gives a return step the value returned, and the next step says the frame returned', () => {
    const all = narrationsOf('def f():\n    return 42\nx = f()\nprint(x)\n');
    const at = all.findIndex((n) => n.en.includes('`f()` returns 42'));
    expect(at).toBeGreaterThan(0);
    expect(all[at].id).toContain('`f()` mengembalikan 42');
    expect(all[at + 1].en).toMatch(/^`f\(\)` returned: /);
  });

  it('tells a collection and what it freed', () => {
    const all = narrationsOf('import gc\na = []\na.append(a)\ndel a\nn = gc.collect()\nprint(n)\n');
    expect(all.some((n) => /gc\.collect\(\) examined \d+ objects and freed 1 unreachable/.test(n.en))).toBe(true);
    expect(all.some((n) => /gc\.collect\(\) memeriksa \d+ objek dan membebaskan 1 yang tak terjangkau/.test(n.id))).toBe(true);
  });

  it('says a program that does not compile never ran, and where it failed', () => {
    const [only, ...rest] = narrationsOf('x = 1\nif x\n    print(x)\n');
    expect(rest).toEqual([]);
    expect(only.en).toMatch(/^SyntaxError at line 2: the program did not compile/);
    expect(only.id).toMatch(/^SyntaxError di baris 2: program tidak bisa dikompilasi/);
  });

  it('names as freed only objects the step before drew (not the event loop\'s handles of asyncio)', () => {
    const s = new Session(TEACHING_PROGRAMS.asyncio);
    const undrawn: string[] = [];
    let drawnBefore = new Set<string>();
    const toldFreed = new Map<number, string>();
    for (;;) {
      const view = s.view();
      const freed = /freed (.*?) \(no references left\)/.exec(view.narration.en);
      if (freed) {
        toldFreed.set(s.step, view.narration.en);
        for (const name of freed[1].split(', ')) if (name !== '…' && !drawnBefore.has(name)) undrawn.push(`step ${s.step}: ${name}`);
      }
      drawnBefore = new Set(view.layout.boxes.filter((b): b is ObjectBox => b.kind === 'object').map((b) => `${b.type} #${b.number}`));
      const step = s.step;
      s.forward(1);
      if (s.step === step) break;
    }
    expect(undrawn).toEqual([]);
    expect(toldFreed.size).toBeGreaterThan(0);
    // A jump draws the step before afresh for the narration: the same sentence as stepping there.
    for (const [step, told] of toldFreed) {
      const jumped = new Session(TEACHING_PROGRAMS.asyncio);
      jumped.goto(step);
      expect(jumped.view().narration.en).toBe(told);
    }
  });

  it('names the final state and interpreter exit', () => {
    const all = narrationsOf('x = 1\n');
    expect(all.at(-2)!.en).toContain('this is its final state');
    expect(all.at(-1)!.en).toMatch(/^Interpreter exit/);
    expect(all.at(-1)!.id).toMatch(/^Interpreter keluar/);
    // A cycle left at exit: its collection is told as a sentence of its own.
    const cycle = narrationsOf('a = []\na.append(a)\n').at(-1)!;
    expect(cycle.en).toMatch(/runs\. A collection at exit examined \d+ objects and found \d+ unreachable(; a collection at exit [^;]*)*\.$/);
    expect(cycle.id).toMatch(/berjalan\. Pengumpulan saat keluar memeriksa \d+ objek/);
  });
});

describe('narration of the buttons', () => {
  it('says what a gc.collect() press did, and that switching the gc off lets cycles pile up', () => {
    const s = new Session('a = []\na.append(a)\ndel a\nx = 1\n');
    s.forward(3);
    s.act({ kind: 'collect' });
    expect(s.view().narration.en).toMatch(/^gc\.collect\(\) examined \d+ objects and freed 1 unreachable/);
    s.act({ kind: 'set-gc', enabled: false });
    expect(s.view().narration.en).toBe('automatic collection is off: cycles now pile up until gc.collect()');
    expect(s.view().narration.id).toBe('pengumpulan otomatis mati: siklus kini menumpuk sampai gc.collect()');
  });
});
