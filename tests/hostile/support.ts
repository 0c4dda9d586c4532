// Runs one hostile program through python3 and through our CLI, in the same directory, to compare what they print.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON_ENV } from '../support/pythonEnv';

const root = join(__dirname, '..', '..');

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
  seconds: number;
}

export const CLI = join(root, 'scripts', 'run-cli.mjs');

export interface BothRuns {
  ours: Run;
  theirs: Run;
}

/** Text a JavaScript failure leaves on stderr; none of it may reach the user. */
export const JS_TRACE = /RangeError|TypeError: Cannot|at Object\.|at new |\.ts:\d|\.mjs:\d|node:internal|Node\.js v/;

function timed(run: () => ReturnType<typeof spawnSync>): Run {
  const started = performance.now();
  const r = run();
  return {
    stdout: String(r.stdout ?? ''),
    stderr: String(r.stderr ?? ''),
    status: r.status,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Writes `source` (text or raw bytes) as main.py in a fresh directory and runs `python3 main.py` and
 * `npm run py -- main.py` there. `pythonPrefix` runs python3 under a shell prefix (e.g. a ulimit).
 */
export function runBoth(source: string | Uint8Array, options: { stdin?: string; pythonPrefix?: string; timeoutMs?: number; env?: Record<string, string> } = {}): BothRuns {
  const dir = mkdtempSync(join(tmpdir(), 'pymem-hostile-'));
  writeFileSync(join(dir, 'main.py'), source);
  const timeout = options.timeoutMs ?? 60_000;
  const theirs = timed(() => options.pythonPrefix
    ? spawnSync('bash', ['-c', `${options.pythonPrefix}; exec python3 main.py`], { cwd: dir, input: options.stdin ?? '', env: PYTHON_ENV, timeout, maxBuffer: 1 << 28 })
    : spawnSync('python3', ['main.py'], { cwd: dir, input: options.stdin ?? '', env: PYTHON_ENV, timeout, maxBuffer: 1 << 28 }));
  const ours = timed(() => spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), 'main.py'], { cwd: dir, input: options.stdin ?? '', timeout, maxBuffer: 1 << 28, env: { ...process.env, ...options.env } }));
  return { ours, theirs };
}
