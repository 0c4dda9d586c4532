// The CLI's interpreter thread: runs the program the main thread read, writing its output as it goes.

import { parentPort, workerData } from 'node:worker_threads';
import '../python/modules/library/installStaticLibrary';
import { Interpreter } from '../python/interpreter';
import { explainGlobal } from './explain';
import { FdWriter } from './fdOutput';
import type { CliRun, CliResult } from './cliProtocol';

function run(job: CliRun): CliResult {
  const stdout = new FdWriter(1);
  const stderr = new FdWriter(2);
  const interp = new Interpreter(job.source, {
    filename: job.filename, scriptArgument: job.scriptArgument, stdin: job.stdin, unreadableFrom: job.unreadableFrom,
    interruptFlag: new Int32Array(job.interrupt), memoryLimit: job.memoryLimit,
  });
  // A closed stdout pipe raises BrokenPipeError from the print or write that finds it (fdOutput.ts).
  interp.vm.onOutput = (text) => stdout.write(text);
  // The main thread asks every few tens of milliseconds: output waiting in the buffer goes out.
  interp.vm.onPoll = () => stdout.flush();
  interp.run();
  stdout.flush();
  // A closed stderr pipe loses the traceback quietly.
  if (!stderr.broken) stderr.write(interp.stderr);
  stderr.flush();
  if (job.explainName && !stdout.broken) {
    stdout.write(`--- explain ${job.explainName} ---\n` + explainGlobal(job.source, job.explainName, { filename: job.filename }));
    stdout.flush();
  }
  // An uncaught KeyboardInterrupt ends CPython by SIGINT itself (exit status 130 in a shell).
  return { status: interp.exitStatus, interrupted: interp.error?.type === 'KeyboardInterrupt' };
}

parentPort!.postMessage(run(workerData as CliRun));
