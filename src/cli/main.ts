// The `py` command: `npm run --silent py -- FILE.py` behaves like `python3 FILE.py`. This thread reads the file,
// tries a quick run of it (cliWorker.ts: quickRun), and otherwise runs it in an interpreter thread, forwarding
// Ctrl-C (a signal cannot reach that thread).

import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { totalmem } from 'node:os';
import * as nodeModule from 'node:module';
import { loadBundle, WARM_UP_PROGRAM, writeCodeCache } from './bundleCodeCache';
import { decodePythonSource } from './sourceFile';
import type { CliResult, CliRun } from './cliProtocol';
import { INTERRUPT_KEYBOARD, INTERRUPT_POLL } from '../python/vm/interruptFlags';

/** How often the interpreter thread is asked to flush its buffered output. */
const OUTPUT_POLL_MS = 50;

/**
 * The interpreter thread's JavaScript heap: half the machine's memory, at most 16 GiB. Its simulated memory
 * limit is an eighth of that: measured JavaScript bytes per simulated byte run from 1 (one big str) to about
 * 6 (many small instances), so the limit's MemoryError comes before V8 runs out of heap.
 */
const HEAP_MB = Math.min(16384, Math.floor(totalmem() / 2 ** 20 / 2));
const DEFAULT_MEMORY_LIMIT = Math.floor((HEAP_MB * 2 ** 20) / 8);
/** PY_PLAYGROUND_MEMORY_MB sets a smaller limit (the tests reach MemoryError quickly with it). */
const requestedMb = Number(process.env.PY_PLAYGROUND_MEMORY_MB);
const MEMORY_LIMIT = requestedMb > 0 ? Math.min(DEFAULT_MEMORY_LIMIT, requestedMb * 2 ** 20) : DEFAULT_MEMORY_LIMIT;

// Node 22 keeps V8's compiled code of the bundles between runs (parsing the interpreter's is most of start-up);
// Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Ends this process as CPython does after an uncaught KeyboardInterrupt: killed by SIGINT. */
function dieBySigint(): void {
  process.removeAllListeners('SIGINT');
  process.kill(process.pid, 'SIGINT');
}

/**
 * Both bundles are CommonJS (Node's ES module loader costs tens of ms at start): the interpreter's sits beside
 * this one, with V8's code cache of it.
 */
const INTERPRETER_BUNDLE = join(__dirname, 'cli-worker.cjs');
/**
 * The interpreter thread starts this bundle with this one argument: a quick run never loads node:worker_threads,
 * whose load is a good part of an empty program's start-up.
 */
const INTERPRETER_THREAD_ARGUMENT = '--interpreter-thread';

/** `--write-code-cache` (scripts/run-cli.mjs, after bundling): a warm-up run, then V8's code of it saved. */
function writeInterpreterCodeCache(): void {
  const loaded = loadBundle(INTERPRETER_BUNDLE);
  const interpreter = loaded.exports as typeof import('./cliWorker');
  interpreter.quickResult({
    source: WARM_UP_PROGRAM, filename: join(__dirname, 'warm_up.py'), scriptArgument: 'warm_up.py', programArguments: [], stdin: '', explainName: null,
    interrupt: new SharedArrayBuffer(4), memoryLimit: MEMORY_LIMIT,
  });
  writeCodeCache(INTERPRETER_BUNDLE, loaded);
  interpreter.writeChunkCodeCaches();
}

function main(argv: string[]): void {
  if (argv[0] === '--write-code-cache') {
    writeInterpreterCodeCache();
    return;
  }
  if (argv[0] === '--write-library-code-cache') {
    const interpreter = loadBundle(INTERPRETER_BUNDLE).exports as typeof import('./cliWorker');
    interpreter.writeLibraryCodeCache(interpreter.LIBRARY_CODE_DIR);
    return;
  }
  // As python3's command line: our options, the script, then the program's own arguments (sys.argv[1:]).
  let explainName: string | null = null;
  let at = 0;
  for (; at < argv.length && argv[at].startsWith('--'); at++) {
    if (argv[at] === '--explain') explainName = argv[++at] ?? null;
  }
  const file = argv[at];
  const programArguments = argv.slice(at + 1);
  if (!file) {
    process.stderr.write('usage: npm run --silent py -- FILE.py\n');
    process.exitCode = 2;
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    process.stderr.write(`python3: can't open file '${file}': [Errno 2] No such file or directory\n`);
    process.exitCode = 2;
    return;
  }
  // CPython 3.11 names the script by its path made absolute, not normalized (`./a/../b.py` stays as given), in
  // __file__ and tracebacks; sys.path[0] is the real directory it is in (symbolic links resolved).
  const filename = isAbsolute(file) ? file : `${process.cwd()}/${file}`;
  const scriptDirectory = dirname(realpathSync(filename));
  const { text: source, unreadableFrom } = decodePythonSource(bytes, filename);
  const interrupt = new SharedArrayBuffer(4);
  const flag = new Int32Array(interrupt);
  const job: CliRun = {
    source, filename, scriptDirectory, scriptArgument: file, programArguments, unreadableFrom, explainName, interrupt, memoryLimit: MEMORY_LIMIT,
    // Read only for a program that can read it: input(), help()'s interactive prompt, license()'s pages, or sys.stdin.
    stdin: /\b(?:input|help|license)\s*\(|\bstdin\b/.test(source) ? readStdin() : '',
  };
  // Most programs end within a few tens of ms: run them here first, saving the interpreter thread's start-up.
  const interpreter = loadBundle(INTERPRETER_BUNDLE).exports as typeof import('./cliWorker');
  const quick = interpreter.quickRun(job);
  if (quick) {
    // The output is written (synchronously). Ending here skips the event loop's wait for V8's background
    // compilations of the run, which nothing needs any more (tens of ms after a run that warmed the JIT).
    process.exit(quick.status);
  }
  // The thread starts in this bundle, which loads the interpreter's (below).
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(__filename, {
    argv: [INTERPRETER_THREAD_ARGUMENT],
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, stackSizeMb: 8 },
  });
  let result: CliResult | null = null;
  let interrupted = false;
  process.on('SIGINT', () => {
    // A second Ctrl-C while the first is still pending (a long native step): stop at once.
    if (interrupted && Atomics.load(flag, 0) === INTERRUPT_KEYBOARD) {
      void worker.terminate().then(dieBySigint);
      return;
    }
    interrupted = true;
    Atomics.store(flag, 0, INTERRUPT_KEYBOARD);
  });
  // The interpreter thread cannot run timers while the program runs: it flushes its output when asked.
  const poll = setInterval(() => Atomics.compareExchange(flag, 0, 0, INTERRUPT_POLL), OUTPUT_POLL_MS);
  worker.on('message', (r: CliResult) => {
    result = r;
    // The program's output is written (the worker writes to the fds itself): end now, without waiting for the
    // interpreter thread's heap to be torn down.
    clearInterval(poll);
    if (r.interrupted) dieBySigint();
    else process.exit(r.status);
  });
  worker.on('error', (e: Error & { code?: string }) => {
    // The simulated limit should come first; if V8's heap runs out anyway, say what CPython would.
    process.stderr.write(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'MemoryError\n' : `internal error in the playground: ${e.message}\n`);
    process.exitCode = 1;
  });
  worker.on('exit', () => {
    clearInterval(poll);
    if (result?.interrupted) dieBySigint();
    else if (result) process.exitCode = result.status;
  });
}

// The interpreter thread runs the program its workerData holds (cliWorker.ts).
if (process.argv[2] === INTERPRETER_THREAD_ARGUMENT && process.argv.length === 3) {
  (loadBundle(INTERPRETER_BUNDLE).exports as typeof import('./cliWorker')).runOnInterpreterThread();
} else main(process.argv.slice(2));
