// Times a program's body inside our interpreter for `npm run bench` (bundled with esbuild): run N times in this
// process, a fresh Interpreter each, as scripts/bench_body.py does for python3. Setup (parse, compile, builtins) and
// interpreter exit are timed apart from the body. Prints one JSON line per run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../src/python/modules/library/installStaticLibrary';
import { Interpreter } from '../src/python/interpreter';

interface Moment {
  cpu: number;
  wall: number;
}

function now(): Moment {
  const u = process.cpuUsage();
  return { cpu: (u.user + u.system) / 1000, wall: performance.now() };
}

function runOnce(source: string, filename: string) {
  const setupStart = performance.now();
  const interp = new Interpreter(source, { filename });
  const setupMs = performance.now() - setupStart;
  // The body ends where interpreter exit (Interpreter.shutdown: atexit, exit collections, clearing __main__) begins.
  const hooks = interp as unknown as { shutdown: () => void };
  if (typeof hooks.shutdown !== 'function') throw new Error('Interpreter.shutdown is gone: update scripts/benchBody.ts');
  const shutdown = hooks.shutdown;
  let bodyEnd: Moment | null = null;
  hooks.shutdown = function (this: Interpreter) {
    bodyEnd ??= now();
    shutdown.call(this);
  };
  const start = now();
  interp.run();
  const exitEnd = now();
  const end = bodyEnd ?? exitEnd;
  return {
    stdout: interp.stdout, stderr: interp.stderr, status: interp.exitStatus,
    cpuMs: end.cpu - start.cpu, wallMs: end.wall - start.wall, setupMs, exitMs: exitEnd.wall - end.wall,
  };
}

const file = resolve(process.argv[2]);
const repeat = Number(process.argv[3] ?? 1);
const source = readFileSync(file, 'utf8');
const reports = [];
for (let i = 0; i < repeat; i++) reports.push(runOnce(source, file));
for (const r of reports) process.stdout.write(JSON.stringify(r) + '\n');
