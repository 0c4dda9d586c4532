// The standard library modules written in TypeScript against python3 run at test time: long generated
// sequences (random), where a corpus program can only print checksums.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON_ENV } from './support/pythonEnv';
import { runProgram } from '../src/cli/runProgram';

/** Runs `source` with python3 and with our interpreter; both stdouts. */
function bothRun(source: string): { python: string; ours: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stdlib-'));
  writeFileSync(join(dir, 'main.py'), source);
  const py = spawnSync('python3', ['main.py'], { cwd: dir, env: PYTHON_ENV, encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(py.status, py.stderr).toBe(0);
  const ours = runProgram(source, { filename: 'main.py', instructionBudget: 500_000_000 });
  expect(ours.stderr).toBe('');
  return { python: py.stdout, ours: ours.stdout };
}

/** The first line where two outputs differ, for a readable failure. */
function firstDifference(a: string, b: string): string | null {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: ours ${JSON.stringify(x[i])}, python3 ${JSON.stringify(y[i])}`;
  }
  return null;
}

describe('random against python3', () => {
  it('draws the same long sequences from the same seeds', () => {
    const { python, ours } = bothRun(`
import random
for seed in (0, 7, 2**70 + 1, 'seed', -12345):
    r = random.Random(seed)
    print(' '.join(repr(r.random()) for _ in range(20000)))
    print(' '.join(str(r.randint(1, 6)) for _ in range(10000)))
    print(' '.join(str(r.randrange(10**12)) for _ in range(3000)))
    print(' '.join(str(r.getrandbits(97)) for _ in range(2000)))
    print(' '.join(r.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(5000)))
    deck = list(range(30))
    for _ in range(100):
        r.shuffle(deck)
        print(deck)
    print(r.sample(range(10**6), 500), r.sample(range(40), 40))
    print(' '.join(repr(r.uniform(-1, 1)) for _ in range(3000)))
    print(' '.join(repr(r.expovariate(0.5)) for _ in range(2000)))
    print(' '.join(repr(r.gammavariate(2.5, 1)) for _ in range(1000)))
    print(r.choices(range(100), weights=range(1, 101), k=3000))
`);
    expect(firstDifference(ours, python)).toBeNull();
  }, 120_000);
});
