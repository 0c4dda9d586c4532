// A returned function's frame is reused by the next call of its code (PyCode.spareFrames) only when nothing else
// holds it: the reuse must happen in a loop of plain calls and in recursions, never for a frame a frame object
// refers to, and a fork (a checkpoint) starts without spares rather than sharing or copying them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Interpreter } from '../interpreter';
import { Frame, MAX_CODES_WITH_SPARES } from './frame';

function reopenedFrames(source: string): { reopened: number; stdout: string } {
  const reopen = vi.spyOn(Frame.prototype, 'reopen');
  const interp = new Interpreter(source);
  interp.run();
  return { reopened: reopen.mock.calls.length, stdout: interp.stdout };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('spare frames', () => {
  it('reuses one frame for a loop of calls to the same function, each call seeing only its own arguments', () => {
    const { reopened, stdout } = reopenedFrames('def f(x, y=1):\n    z = x + y\n    return z\nprint([f(i) for i in range(100)][-3:])\n');
    expect(stdout).toBe('[98, 99, 100]\n');
    expect(reopened).toBe(99);
  });

  it('never reuses a frame that sys._getframe or a traceback made a frame object for', () => {
    const source = [
      'import sys',
      'def here(n):',
      '    return sys._getframe()',
      'def fails(i):',
      '    try:',
      '        1 / 0',
      '    except ZeroDivisionError as e:',
      '        return e',
      'frames = [here(i) for i in range(5)]',
      'errors = [fails(i) for i in range(5)]',
      "print([f.f_locals['n'] for f in frames], [e.__traceback__.tb_frame.f_locals['i'] for e in errors])",
    ].join('\n');
    const { reopened, stdout } = reopenedFrames(source);
    expect(stdout).toBe('[0, 1, 2, 3, 4] [0, 1, 2, 3, 4]\n');
    expect(reopened).toBe(0);
  });

  it('keeps a frame per level of a recursion, so calling it again makes no new frame', () => {
    const source = 'def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint([depth(6) for _ in range(10)][-1])\n';
    const { reopened, stdout } = reopenedFrames(source);
    expect(stdout).toBe('6\n');
    // The first call makes its 7 frames; the 9 calls after it reopen all of them.
    expect(reopened).toBe(9 * 7);
  });

  it('gives a fork no spare frames, and the fork and its original both go on as one run would', () => {
    const source = [
      'def depth(n):',
      '    return 0 if n == 0 else 1 + depth(n - 1)',
      'first = depth(5)',
      'second = [depth(i) for i in range(8)]',
      'print(first, second)',
    ].join('\n');
    const original = new Interpreter(source);
    while (original.step() === 'paused' && original.vm.heap.codesWithSpareFrames.length === 0);
    expect(original.vm.heap.codesWithSpareFrames.length).toBe(1);
    const fork = original.fork().interpreter;
    expect(original.vm.heap.codesWithSpareFrames).toEqual([]);
    expect(fork.vm.heap.codesWithSpareFrames).toEqual([]);
    original.run();
    fork.run();
    expect(fork.stdout).toBe('5 [0, 1, 2, 3, 4, 5, 6, 7]\n');
    expect(original.stdout).toBe(fork.stdout);
  });

  it('lists a bounded number of code objects holding spares, however many a program makes', () => {
    const interp = new Interpreter('for i in range(1500):\n    exec("def f(n):\\n    return n\\nf(1)")\nprint(i)\n');
    interp.run();
    expect(interp.stdout).toBe('1499\n');
    expect(interp.vm.heap.codesWithSpareFrames.length).toBeGreaterThan(0);
    expect(interp.vm.heap.codesWithSpareFrames.length).toBeLessThanOrEqual(MAX_CODES_WITH_SPARES);
  });
});
