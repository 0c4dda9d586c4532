// A returned function's frame is reused by the next call of its code (PyCode.spareFrame) only when nothing else
// holds it: the reuse must happen in a loop of plain calls, and never for a frame a frame object refers to.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Interpreter } from '../interpreter';
import { Frame } from './frame';

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
});
