// Ctrl-C: the CLI turns SIGINT into KeyboardInterrupt inside the running program (catchable), prints CPython's
// traceback when it is not caught and ends killed by SIGINT, as python3 does.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, JS_TRACE } from './support';
import { PYTHON_ENV } from '../support/pythonEnv';

interface Interrupted {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the program, sends SIGINT once it has printed its first line, and collects what it prints. */
function interrupt(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Interrupted> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!sent && stdout.includes('\n')) {
        sent = true;
        setTimeout(() => child.kill('SIGINT'), 300);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${cmd} did not stop: ${stdout} ${stderr}`));
    }, 30_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ stdout, stderr, status, signal });
    });
  });
}

const PROGRAMS: Record<string, string> = {
  'uncaught, in `while True`': 'print("start")\ni = 0\nwhile True:\n    i += 1\n',
  'uncaught, in a while loop in a function':
    'def work(n):\n    i = 0\n    while i < n:\n        i += 1\n    return i\n\nprint("start")\nwork(10**12)\n',
  'uncaught, in a for loop': 'print("start")\nfor i in range(10**12):\n    pass\n',
  'caught, then the program goes on':
    'def spin(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n\nprint("start")\ntry:\n    while True:\n        spin(1000)\nexcept KeyboardInterrupt as e:\n    print("caught", repr(e))\nprint("after")\n',
  'finally blocks run':
    'print("start")\ntry:\n    for i in range(10**12):\n        pass\nfinally:\n    print("cleanup")\n',
};

describe('Ctrl-C in the CLI', () => {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    it(name, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pymem-sigint-'));
      writeFileSync(join(dir, 'main.py'), source);
      const [ours, theirs] = await Promise.all([
        interrupt(process.execPath, [CLI, 'main.py'], dir, process.env),
        interrupt('python3', ['main.py'], dir, PYTHON_ENV),
      ]);
      expect(ours.stderr).not.toMatch(JS_TRACE);
      expect(ours).toEqual(theirs);
    }, 60_000);
  }
});
