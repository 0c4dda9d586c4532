// The CLI's quick run on its main thread: trusted only for a run that ended within its budget without meeting a
// limit of that thread; anything else is left to the interpreter thread (quickResult gives null).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quickResult, QUICK_INSTRUCTIONS } from './cliWorker';
import type { CliRun } from './cliProtocol';

const job = (source: string, stdin = ''): CliRun => ({
  source, filename: '/tmp/main.py', scriptArgument: 'main.py', programArguments: [], stdin, explainName: null, interrupt: new SharedArrayBuffer(4), memoryLimit: 2 ** 31,
});

describe('quickResult', () => {
  it('gives the output, the traceback and the status of a short run', () => {
    const r = quickResult(job('print("before")\nx = input()\nraise ValueError(x)\n', 'no\n'));
    const traceback = 'Traceback (most recent call last):\n  File "/tmp/main.py", line 3, in <module>\n    raise ValueError(x)\nValueError: no\n';
    expect(r).toEqual({
      stdout: 'before\n',
      stderr: traceback,
      output: [{ fd: 1, text: 'before\n' }, { fd: 2, text: traceback }],
      status: 1,
    });
  });

  it('leaves a run longer than its instruction budget to the interpreter thread', () => {
    expect(quickResult(job(`print("start")\nfor i in range(${QUICK_INSTRUCTIONS}):\n    pass\n`))).toBeNull();
  });

  it('leaves a run that meets its smaller memory limit to the interpreter thread (whose limit may be higher)', () => {
    expect(quickResult(job('try:\n    x = [0] * 20_000_000\nexcept MemoryError:\n    print("MemoryError")\n'))).toBeNull();
  });

  it('leaves --explain to the interpreter thread', () => {
    expect(quickResult({ ...job('a = 1\n'), explainName: 'a' })).toBeNull();
  });

  it('leaves a run that would change a file to the interpreter thread, before it changes anything', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickrun-'));
    try {
      const existing = join(dir, 'kept.txt');
      writeFileSync(existing, 'old');
      const target = join(dir, 'new.txt');
      for (const source of [
        `print("before")\nwith open(${JSON.stringify(target)}, "w") as f:\n    f.write("x")\n`,
        `f = open(${JSON.stringify(existing)}, "a")\n`,
        `open(${JSON.stringify(existing)}, "r+").write("new")\n`,
        `import os\nos.remove(${JSON.stringify(existing)})\n`,
        `import os\nos.mkdir(${JSON.stringify(join(dir, 'sub'))})\n`,
      ]) {
        expect(quickResult(job(source))).toBeNull();
        expect(existsSync(target)).toBe(false);
        expect(existsSync(join(dir, 'sub'))).toBe(false);
        expect(readFileSync(existing, 'utf8')).toBe('old');
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('runs a program that only reads files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickrun-'));
    try {
      const file = join(dir, 'data.txt');
      writeFileSync(file, 'one\ntwo\n');
      const r = quickResult(job(`import os\nwith open(${JSON.stringify(file)}) as f:\n    print(f.readlines(), os.path.exists(${JSON.stringify(file)}))\n`));
      expect(r).toMatchObject({ stdout: "['one\\n', 'two\\n'] True\n", stderr: '', status: 0 });
      expect(r!.output.map((piece) => piece.fd)).toEqual([1, 1, 1, 1]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
