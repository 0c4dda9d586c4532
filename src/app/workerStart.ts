// Starts the interpreter worker the moment the page's script runs, before React and the app are set up, so its
// download, parse and start-up overlap theirs (the first graph waits for the worker). The engine takes it over.
import InterpreterWorker from '../worker/worker.ts?worker';

// A sandboxed frame (opaque origin) cannot start a module worker from the site: the engine starts its own there.
let started: Worker | null = self.origin === 'null' ? null : new InterpreterWorker();

/** The worker started at load, once (a restarted engine makes a new one). */
export function takeStartedWorker(): Worker | null {
  const worker = started;
  started = null;
  return worker;
}
