// The CLI as a process: `npm run --silent py -- FILE.py` (scripts/py.cjs) prints, fails and exits like `python3 FILE.py`.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { PYTHON_ENV } from './support/pythonEnv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

function runBoth(source: string, stdin = '') {
  const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));
  writeFileSync(join(dir, 'main.py'), source);
  const ours = spawnSync(process.execPath, [join(root, 'scripts', 'py.cjs'), 'main.py'], { cwd: dir, input: stdin, encoding: 'utf8' });
  const theirs = spawnSync('python3', ['main.py'], { cwd: dir, input: stdin, encoding: 'utf8', env: PYTHON_ENV });
  return { ours, theirs };
}


/** Runs `command` and closes its stdout pipe after the first chunk (as `| head -c 10` does); stderr and status. */
function runWithReaderGone(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<{ stderr: string; status: number | null }> {
  // A real pipe read by `head` (Node's own stdio pipes are socket pairs: closing one with data unread makes the
  // writer's next write ECONNRESET, not EPIPE, and python3 then reports ConnectionResetError by chance).
  return new Promise((resolveRun) => {
    const child = spawn('bash', ['-c', 'set -o pipefail; "$0" "$@" | head -c 1 > /dev/null', command, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('close', (status) => resolveRun({ stderr, status }));
  });
}

/** Runs `command` with its stdout and stderr writing into ONE pipe (sh's `2>&1`): what came out, in order, and the status. */
function runIntoOnePipe(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const r = spawnSync('sh', ['-c', '"$0" "$@" 2>&1', command, ...args], { cwd, env, encoding: 'utf8' });
  return `${r.stdout}[exit ${r.status}]`;
}

describe('py CLI', () => {
  it('prints the output and exits 0 for a good program', () => {
    const { ours, theirs } = runBoth('import sys\na = []\nprint(sys.getrefcount(a))\n');
    expect([ours.stdout, ours.stderr, ours.status]).toEqual([theirs.stdout, theirs.stderr, theirs.status]);
  }, 30_000);

  it('prints the traceback on stderr and exits 1 for an uncaught exception', () => {
    const { ours, theirs } = runBoth('def f(d):\n    return d["missing"]\nprint("before")\nf({})\n');
    expect(ours.status).toBe(1);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stderr).toBe(theirs.stderr);
  }, 30_000);

  it('reports a syntax error with the source line and caret, exit status 1', () => {
    const { ours, theirs } = runBoth('x = 1\nif x > 0\n    print(x)\n');
    expect(ours.status).toBe(1);
    expect(ours.stderr).toBe(theirs.stderr);
  }, 30_000);

  it('bundles the interpreter as ASCII, which its loader reads as latin1 (src/cli/bundleCodeCache.ts)', () => {
    // Non-ASCII text in a program and in the library's tables (str.upper's special cases) survives esbuild's escapes.
    const { ours, theirs } = runBoth('print("h\u00e9llo \u4e16\u754c \U0001F600".upper(), "\u00df".upper(), len("\U0001F600"))\n');
    expect([ours.stdout, ours.stderr]).toEqual([theirs.stdout, theirs.stderr]);
    const bundle = readFileSync(join(root, '.cache', 'cli-worker.cjs'));
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  }, 60_000);

  it('runs a program too long for the quick run on the interpreter thread, its early output written once', () => {
    const { ours, theirs } = runBoth('print("start")\ntotal = 0\nfor i in range(400_000):\n    total += i\nprint(total)\n');
    expect([ours.stdout, ours.stderr, ours.status]).toEqual([theirs.stdout, theirs.stderr, theirs.status]);
    expect(ours.stdout).toBe('start\n79999800000\n');
  }, 60_000);

  it('writes stderr in program order with stdout into one pipe, as python3 -u does (quick run and thread run)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));
    const body = 'import sys, warnings\nprint("one")\nprint("err one", file=sys.stderr)\nprint("two")\n'
      + 'warnings.warn("careful")\nsys.stderr.write("err two\\n")\nprint("three")\nx = 1 is 1\n1/0\n';
    writeFileSync(join(dir, 'quick.py'), body);
    // A loop beyond the quick run's instruction budget: the interpreter thread runs it.
    writeFileSync(join(dir, 'thread.py'), 'for i in range(400_000):\n    pass\n' + body);
    for (const name of ['quick.py', 'thread.py']) {
      const ours = runIntoOnePipe(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), name], dir);
      const theirs = runIntoOnePipe('python3', [name], dir, PYTHON_ENV);
      expect(ours).toBe(theirs);
      expect(ours).toContain('one\nerr one\ntwo\n');
    }
  }, 60_000);

  it('reads input() from stdin', () => {
    const { ours, theirs } = runBoth('name = input("Name: ")\nprint("hi", name)\n', 'Ani\n');
    expect(ours.stdout).toBe(theirs.stdout);
  }, 30_000);

  it('reads sys.stdin line by line, as python3 does', () => {
    const { ours, theirs } = runBoth('import sys\nfor line in sys.stdin:\n    print(len(line), repr(line))\n', 'ab\nc');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stdout).toBe("3 'ab\\n'\n1 'c'\n");
  }, 30_000);

  it('raises EOFError when stdin runs out, as python3 does (the page asks instead; the CLI never does)', () => {
    const { ours, theirs } = runBoth('a = input("1? ")\ntry:\n    input("2? ")\nexcept EOFError as e:\n    print(repr(e))\ninput("3? ")\n', 'x\n');
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stderr).toBe(theirs.stderr);
    expect(ours.status).toBe(theirs.status);
  }, 30_000);

  it("gives the words after the script to the program as sys.argv[1:], as python3 does (the tutorial's `python fibo.py 50`)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));
    writeFileSync(join(dir, 'fibo.py'), 'import sys\nprint(sys.argv)\nn = int(sys.argv[1])\na, b = 0, 1\nwhile a < n:\n    print(a, end=" ")\n    a, b = b, a + b\nprint()\n');
    const words = ['fibo.py', '50', '--flag', 'two words', '-x'];
    const ours = spawnSync(process.execPath, [join(root, 'scripts', 'py.cjs'), ...words], { cwd: dir, encoding: 'utf8' });
    const theirs = spawnSync('python3', words, { cwd: dir, encoding: 'utf8', env: PYTHON_ENV });
    expect(theirs.stdout).toContain("['fibo.py', '50', '--flag', 'two words', '-x']");
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.stderr).toBe(theirs.stderr);
    expect(ours.status).toBe(theirs.status);
  }, 30_000);

  it('explains a variable with --explain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));
    writeFileSync(join(dir, 'main.py'), 'a = []\nb = a\n');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), '--explain', 'a', 'main.py'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toContain('--- explain a ---\n`a` is a list');
    expect(r.stdout).toContain('  line 2: +1 -> 2');
  }, 30_000);

  it('raises BrokenPipeError from the print that finds stdout closed (`| head`), catchable, exit status as python3', async () => {
    const programs = {
      'uncaught.py': 'for i in range(300000):\n    print(i)\n',
      'caught.py': 'import sys\ntry:\n    for i in range(300000):\n        print(i)\nexcept BrokenPipeError as e:\n    print("caught", repr(e), e.errno, e.strerror, file=sys.stderr)\n'
        + 'for k in range(2):\n    try:\n        sys.stdout.write("z")\n    except OSError as e:\n        print(k, type(e).__name__, e, file=sys.stderr)\nsys.stdout.flush()\nprint("done", file=sys.stderr)\n',
    };
    const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));
    for (const [name, source] of Object.entries(programs)) {
      writeFileSync(join(dir, name), source);
      const ours = await runWithReaderGone(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), name], dir);
      const theirs = await runWithReaderGone('python3', [name], dir, PYTHON_ENV);
      expect(ours).toEqual(theirs);
    }
    expect(await runWithReaderGone('python3', ['uncaught.py'], dir, PYTHON_ENV)).toEqual({
      stderr: expect.stringContaining('BrokenPipeError: [Errno 32] Broken pipe'), status: 1,
    });
  }, 60_000);
  it('writes gc.set_debug()\'s "gc: ..." lines as python3 does (addresses, times and generation sizes masked)', () => {
    const source = 'import gc\nclass Link:\n    def __del__(self):\n        print("del")\n'
      + 'gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE | gc.DEBUG_SAVEALL)\na = Link()\nb = [a]\na.b = b\ndel a, b\n'
      + 'print(gc.collect(), gc.garbage[1])\nprint(gc.collect(1))\ngc.set_debug(0)\n';
    const dir = mkdtempSync(join(tmpdir(), 'pymem-cli-'));
    writeFileSync(join(dir, 'main.py'), source);
    // Our generations hold our own objects, not CPython's startup ones: their sizes are masked with the rest.
    const mask = (text: string) => text.replace(/0x[0-9a-f]+/g, 'ADDR').replace(/\d+\.\d{4}s elapsed/g, 'Ts elapsed')
      .replace(/generation: \d+ \d+ \d+/g, 'generation: SIZES');
    const ours = runIntoOnePipe(process.execPath, [join(root, 'scripts', 'run-cli.mjs'), 'main.py'], dir);
    const theirs = runIntoOnePipe('python3', ['main.py'], dir, PYTHON_ENV);
    expect(mask(ours)).toBe(mask(theirs));
    expect(ours).toContain('gc: collectable <Link 0x');
  }, 30_000);
});
