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

describe('time on a simulated clock', () => {
  it('starts at the real time, and sleeps advance the clocks without blocking', () => {
    const before = Date.now() / 1000;
    const started = performance.now();
    const { stdout, stderr } = runProgram(`
import time
t0, m0, p0, c0, n0 = time.time(), time.monotonic(), time.process_time(), time.perf_counter(), time.time_ns()
time.sleep(1000)
time.sleep(0.25)
t1, m1, p1, c1, n1 = time.time(), time.monotonic(), time.process_time(), time.perf_counter(), time.time_ns()
print(t0)
print(t1 - t0, m1 - m0, c1 - c0, (n1 - n0) / 1e9, p1 - p0)
last = time.monotonic()
steps = []
for i in range(1000):
    now = time.monotonic()
    steps.append(now - last)
    last = now
print(min(steps), max(steps))
`, { filename: 'main.py' });
    const after = Date.now() / 1000;
    expect(stderr).toBe('');
    // Nothing blocked: the 1,000 simulated seconds took real milliseconds.
    expect(performance.now() - started).toBeLessThan(20_000);
    const [start, elapsed, steps] = stdout.trim().split('\n').map((line) => line.split(' ').map(Number));
    expect(start[0]).toBeGreaterThanOrEqual(Math.floor(before));
    expect(start[0]).toBeLessThanOrEqual(after + 1);
    // Wall, monotonic and perf_counter moved by the sleeps plus the instructions between the reads.
    for (const d of elapsed.slice(0, 4)) {
      expect(d).toBeGreaterThanOrEqual(1000.25);
      expect(d).toBeLessThan(1000.26);
    }
    // Process time does not count sleeping, only the (simulated) work.
    expect(elapsed[4]).toBeGreaterThan(0);
    expect(elapsed[4]).toBeLessThan(0.01);
    // Every loop iteration executes instructions: the clock strictly advances, by the same small amount.
    expect(steps[0]).toBeGreaterThan(0);
    expect(steps[1]).toBeLessThan(1e-5);
  });
});
