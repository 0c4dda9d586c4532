// Memory: large allocations CPython makes succeed here too; exhausting memory raises a catchable MemoryError
// with CPython's traceback (python3 runs under a ulimit, ours under PY_PLAYGROUND_MEMORY_MB), never a crash.
import { describe, expect, it } from 'vitest';
import { JS_TRACE, runBoth } from './support';

const CASES: Record<string, { source: string; limitMb?: number }> = {
  'a list of 10**8 items': { source: 'a = [0] * 10**8\nprint(len(a))\ndel a\n' },
  'a big power': { source: 'x = 2 ** 200000\nprint(x.bit_length())\n' },
  'an impossible list': { source: 'try:\n    b = [0] * 10**12\nexcept MemoryError as e:\n    print("caught", repr(e), e.args)\n' },
  'an impossible str': { source: "try:\n    s = 'ab' * 10**12\nexcept MemoryError:\n    print('caught')\n" },
  'an impossible list, uncaught': { source: 'x = 1\nb = [x] * 10**12\n' },
  'exhaustion in a loop, caught': {
    source: 'keep = []\ntry:\n    while True:\n        keep.append([0] * 100_000)\nexcept MemoryError as e:\n    n = len(keep)\n    del keep\n    print("caught", type(e).__name__, n > 100)\nprint("after", sum(range(10)))\n',
    limitMb: 300,
  },
  'exhaustion in a loop, uncaught': { source: 'keep = []\nwhile True:\n    keep.append([0] * 10_000_000)\n', limitMb: 300 },
  'exhaustion in a function': {
    source: 'def grow(acc):\n    acc.append([None] * 5_000_000)\n\nacc = []\nfor i in range(10**6):\n    grow(acc)\n',
    limitMb: 300,
  },
};

describe('memory: allocations and MemoryError as in python3', () => {
  for (const [name, { source, limitMb }] of Object.entries(CASES)) {
    it(name, () => {
      // python3 gets three times the address space: its allocator fails at the same statement, later.
      const { ours, theirs } = runBoth(source, {
        pythonPrefix: `ulimit -v ${(limitMb ?? 3000) * 3 * 1024}`,
        env: limitMb ? { PY_PLAYGROUND_MEMORY_MB: String(limitMb) } : {},
      });
      expect(ours.stderr).not.toMatch(JS_TRACE);
      expect(ours.seconds).toBeLessThan(30);
      expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }).toEqual({ stdout: theirs.stdout, stderr: theirs.stderr, status: theirs.status });
    }, 120_000);
  }
});
