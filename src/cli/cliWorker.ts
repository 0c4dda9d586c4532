// The CLI's interpreter: on its own thread, runs the program the main thread read, writing its output as it goes;
// on the main thread, first tries a quick run (quickRun) that saves starting that thread for short programs.

import { installCliLibrary } from './cliLibrary';
import { Interpreter } from '../python/interpreter';
import { hostLimits } from '../python/runtime/hostLimits';
import { explainGlobal } from './explain';
import { FdWriter } from './fdOutput';
import { NodeFileSystem } from './nodeFileSystem';
import { directoryModuleFinder } from './moduleFinder';
import { libraryCodeCacheIn } from './libraryCodeCache';
import { installLibraryCodeCache } from '../python/modules/registry';
import { join } from 'node:path';
import type { CliRun, CliResult } from './cliProtocol';

/** Where scripts/run-cli.mjs writes the library's compiled code when it bundles the CLI (beside this bundle). */
export const LIBRARY_CODE_DIR = join(__dirname, 'library-code');
installCliLibrary();
installLibraryCodeCache(libraryCodeCacheIn(LIBRARY_CODE_DIR));
export { writeLibraryCodeCache } from './libraryCodeCache';
export { writeChunkCodeCaches } from './cliLibrary';

/**
 * Bytecode instructions a quick run may take (some tens of ms): a program that needs more runs again on the
 * interpreter thread, where Ctrl-C reaches it and its output streams.
 */
export const QUICK_INSTRUCTIONS = 300_000;
/** Simulated bytes a quick run may hold: the main thread's JS heap is smaller than the interpreter thread's. */
export const QUICK_MEMORY = 64 * 2 ** 20;

function run(job: CliRun): CliResult {
  const stdout = new FdWriter(1);
  const stderr = new FdWriter(2);
  const interp = new Interpreter(job.source, {
    filename: job.filename, scriptArgument: job.scriptArgument, programArguments: job.programArguments, stdin: job.stdin, unreadableFrom: job.unreadableFrom,
    scriptDirectory: job.scriptDirectory, moduleFinder: directoryModuleFinder(process.cwd()),
    interruptFlag: new Int32Array(job.interrupt), memoryLimit: job.memoryLimit, fileSystem: new NodeFileSystem(true),
  });
  // A closed stdout pipe raises BrokenPipeError from the print or write that finds it (fdOutput.ts).
  interp.vm.onOutput = (text) => stdout.write(text);
  // The main thread asks every few tens of milliseconds: output waiting in the buffer goes out.
  interp.vm.onPoll = () => stdout.flush();
  // stderr goes out as it is written, after the stdout before it (python3 -u's order in one terminal); what the
  // compiler wrote (warnings, a SyntaxError) comes first. A closed stderr pipe loses the text quietly.
  const writeStderr = (text: string) => {
    stdout.flush();
    if (!stderr.broken) writeQuietly(stderr, text);
  };
  if (interp.stderr) writeStderr(interp.stderr);
  interp.onStderrWrite = writeStderr;
  interp.run();
  stdout.flush();
  if (job.explainName && !stdout.broken) {
    stdout.write(`--- explain ${job.explainName} ---\n` + explainGlobal(job.source, job.explainName, {
      filename: job.filename, scriptDirectory: job.scriptDirectory, moduleFinder: directoryModuleFinder(process.cwd()),
    }));
    stdout.flush();
  }
  // An uncaught KeyboardInterrupt ends CPython by SIGINT itself (exit status 130 in a shell).
  return { status: interp.exitStatus, interrupted: interp.error?.type === 'KeyboardInterrupt' };
}

/** A quick run's output: each stream whole, and the pieces of both in the order the program wrote them. */
export interface QuickResult {
  stdout: string;
  stderr: string;
  output: Array<{ fd: 1 | 2; text: string }>;
  status: number;
}

/**
 * Runs the program on the calling (main) thread within QUICK_INSTRUCTIONS and QUICK_MEMORY, its output held back.
 * If it ended there without meeting a limit of this thread (its JS stack is smaller, its heap too), that is the
 * run the interpreter thread would make (runs are deterministic): its output and status. Otherwise null.
 */
export function quickResult(job: CliRun): QuickResult | null {
  if (job.explainName) return null;
  const limitsBefore = hostLimits.hits;
  const output: QuickResult['output'] = [];
  let interp: Interpreter;
  try {
    interp = new Interpreter(job.source, {
      filename: job.filename, scriptArgument: job.scriptArgument, programArguments: job.programArguments, stdin: job.stdin, unreadableFrom: job.unreadableFrom,
      scriptDirectory: job.scriptDirectory, moduleFinder: directoryModuleFinder(process.cwd()),
      memoryLimit: Math.min(job.memoryLimit, QUICK_MEMORY), instructionBudget: QUICK_INSTRUCTIONS,
      // The run may be made again on the interpreter thread: it halts before its first change of a file.
      fileSystem: new NodeFileSystem(false),
    });
    if (interp.stderr) output.push({ fd: 2, text: interp.stderr });
    interp.vm.onOutput = (text) => output.push({ fd: 1, text });
    interp.onStderrWrite = (text) => output.push({ fd: 2, text });
    interp.run();
  } catch {
    return null;
  }
  if (interp.status === 'halted' || hostLimits.hits !== limitsBefore) return null;
  return { stdout: interp.stdout, stderr: interp.stderr, output, status: interp.exitStatus };
}

/** quickResult, written out; null when the program must run on the interpreter thread (nothing written, or stdout found closed). */
export function quickRun(job: CliRun): CliResult | null {
  const result = quickResult(job);
  if (!result) return null;
  const stdout = new FdWriter(1);
  const stderr = new FdWriter(2);
  // Pieces of the same stream go out together (fewer writes); stdout is flushed before any stderr after it.
  for (let i = 0; i < result.output.length;) {
    const fd = result.output[i].fd;
    let text = '';
    for (; i < result.output.length && result.output[i].fd === fd; i++) text += result.output[i].text;
    if (fd === 1) {
      writeQuietly(stdout, text);
      // The reader closed the pipe: a print of the program would have raised BrokenPipeError, which the run on
      // the interpreter thread raises from the print that finds it.
      if (stdout.broken) return null;
    } else if (!stderr.broken) writeQuietly(stderr, text); // a closed stderr pipe loses the text quietly
  }
  return { status: result.status, interrupted: false };
}

/** Writes and flushes; a closed pipe only marks the writer broken. */
function writeQuietly(writer: FdWriter, text: string): void {
  try {
    writer.write(text);
  } catch {
    // BrokenPipeError: `writer.broken` says so.
  }
  writer.flush();
}

/** The interpreter thread's work (main.ts starts it): the run its workerData describes, its result posted back. */
export function runOnInterpreterThread(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  parentPort!.postMessage(run(workerData as CliRun));
}
