// The shared objects' counts each interpreter keeps: CPython's start-up counts when a program starts, and only
// that program's references on top, whatever other runs and forks in the same process hold.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../interpreter';

const HOLDS_TRUE = 'import sys\nkeep = [True] * 1000\nprint(sys.getrefcount(True), sys.getrefcount(int))\n';

function runToEnd(source: string): string {
  const run = new Interpreter(source);
  run.run();
  return run.stdout;
}

describe('shared objects refcounts', () => {
  it('start from CPython 3.11 start-up counts plus the program references', () => {
    // python3: getrefcount(True) is 409 (its constant and the argument included), int 99.
    expect(runToEnd('import sys\nprint(sys.getrefcount(True), sys.getrefcount(int))\n')).toBe('409 99\n');
    expect(runToEnd(HOLDS_TRUE)).toBe('1409 99\n');
  });

  it('are the same in a second run, after a run that kept references', () => {
    const first = new Interpreter(HOLDS_TRUE);
    first.run();
    expect(runToEnd(HOLDS_TRUE)).toBe(first.stdout);
  });

  it("are each fork's own: a paused run holding references does not change what its fork counts", () => {
    const original = new Interpreter(HOLDS_TRUE);
    const { interpreter: fork } = original.fork();
    // Up to the print: the list of a thousand Trues is made.
    while (!original.snapshot().frames[0] || original.snapshot().frames[0].line < 3) original.step();
    expect(original.stdout).toBe('');
    fork.run();
    original.run();
    expect(fork.stdout).toBe('1409 99\n');
    expect(original.stdout).toBe('1409 99\n');
  });
});
