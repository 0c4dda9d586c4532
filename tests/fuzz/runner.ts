// Runs a program on our interpreter (in process) and on python3 (a child process), and compares the two runs.

import { spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../../src/cli/runProgram';
import { PYTHON_ENV } from '../support/pythonEnv';

export interface Run {
  stdout: string;
  stderr: string;
  status: number;
  /** Our interpreter threw a JavaScript error (a bug whatever the program). */
  crash?: string;
  /** python3 took too long, or we ran out of the instruction budget. */
  timedOut?: boolean;
  ms: number;
}

export type DiffKind = 'crash' | 'timeout' | 'exception' | 'stdout' | 'stderr' | 'status';

export interface Diff {
  kind: DiffKind;
  /** What identifies the difference: the same for the same bug in most programs (digits and names blurred). */
  fingerprint: string;
  /** The first differing line on each side (or the exception lines). */
  python: string;
  ours: string;
}

const BUDGET = 50_000_000;

export function runOurs(source: string): Run {
  const start = performance.now();
  try {
    const r = runProgram(source, { filename: 'main.py', instructionBudget: BUDGET });
    const timedOut = r.stderr.includes('Execution stopped:');
    return { ...r, timedOut, ms: performance.now() - start };
  } catch (e) {
    const err = e as Error;
    const where = (err.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' | ');
    return { stdout: '', stderr: '', status: -1, crash: `${err.name}: ${err.message} @ ${where}`, ms: performance.now() - start };
  }
}

/** Runs `python3 main.py` in a fresh directory, as scripts/regen_expected.py records the corpus. */
export function runPython(source: string, timeoutMs = 20_000): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'pyfuzz-'));
  writeFileSync(join(dir, 'main.py'), source);
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('python3', ['main.py'], { cwd: dir, env: PYTHON_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => {
      clearTimeout(timer);
      const real = realpathSync(dir);
      const stderr = Buffer.concat(err).toString('utf8').split(real + '/').join('').split(dir + '/').join('');
      rmSync(dir, { recursive: true, force: true });
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr, status: code ?? -1, timedOut, ms: performance.now() - start });
    });
  });
}

/** Blurs what varies between programs hitting the same bug: numbers and generated names. */
export function blur(line: string): string {
  return line.replace(/0x[0-9a-f]+/g, '0x_').replace(/\b([a-zA-Z_]+?)\d+\b/g, '$1#').replace(/\d+/g, '9').slice(0, 160);
}

function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

function firstDifference(a: string, b: string): [string, string] {
  const al = a.split('\n'), bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return [al[i] ?? '<end>', bl[i] ?? '<end>'];
  }
  return ['', ''];
}

/** How our run differs from python3's, or null when they are the same. */
export function compareRuns(py: Run, ours: Run): Diff | null {
  if (ours.crash) return { kind: 'crash', fingerprint: 'crash: ' + blur(ours.crash.split(' @ ')[0]), python: lastLine(py.stderr), ours: ours.crash };
  if (py.timedOut || ours.timedOut) {
    if (py.timedOut && ours.timedOut) return null;
    return { kind: 'timeout', fingerprint: `timeout: ${py.timedOut ? 'python3' : 'ours'}`, python: py.timedOut ? 'timed out' : lastLine(py.stderr), ours: lastLine(ours.stderr) };
  }
  if (py.stdout === ours.stdout && py.stderr === ours.stderr && py.status === ours.status) return null;
  const pyExc = py.status !== 0 ? lastLine(py.stderr) : '';
  const ourExc = ours.status !== 0 ? lastLine(ours.stderr) : '';
  if (pyExc !== ourExc) {
    return { kind: 'exception', fingerprint: `exception: ${blur(pyExc) || '(none)'} => ${blur(ourExc) || '(none)'}`, python: pyExc, ours: ourExc };
  }
  if (py.stdout !== ours.stdout) {
    const [p, o] = firstDifference(py.stdout, ours.stdout);
    return { kind: 'stdout', fingerprint: `stdout: ${blur(p)} => ${blur(o)}`, python: p, ours: o };
  }
  if (py.stderr !== ours.stderr) {
    const [p, o] = firstDifference(py.stderr, ours.stderr);
    return { kind: 'stderr', fingerprint: `stderr: ${blur(p)} => ${blur(o)}`, python: p, ours: o };
  }
  return { kind: 'status', fingerprint: `status: ${py.status} => ${ours.status}`, python: String(py.status), ours: String(ours.status) };
}

/** Runs both and compares: python3 in the background while ours runs here. */
export async function check(source: string): Promise<{ diff: Diff | null; py: Run; ours: Run }> {
  const pending = runPython(source);
  const ours = runOurs(source);
  const py = await pending;
  return { diff: compareRuns(py, ours), py, ours };
}
