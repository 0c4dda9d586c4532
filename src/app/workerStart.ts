// Starts the interpreter worker the moment the page's script runs, before React and the app are set up, and hands
// it the program from the URL (or the default one) at once, so the worker's download, start-up and first step
// overlap the UI's; the engine takes the worker over with the replies that came meanwhile.
import InterpreterWorker from '../worker/worker.ts?worker';
import { markOnce } from '../worker/startupMarks';
import type { FromWorker } from '../worker/protocol';
import { stdinLines } from '../worker/stdinLines';
import { parseEmbedOptions, type EmbedOptions } from '../embed/params';
import { codeFromHash } from './share';
import { DEFAULT_PROGRAM } from './defaultProgram';
import { loadMessage, type LoadMessage } from './loadMessage';

markOnce('page:main-running');

/** What the page opens with: read once here, used by the UI too (mount.tsx). */
export const startup: { readonly options: EmbedOptions; readonly code: string } = {
  options: parseEmbedOptions(location.search),
  code: codeFromHash(location.hash) ?? DEFAULT_PROGRAM,
};

export interface StartedWorker {
  readonly worker: Worker;
  /** The load already sent to it. */
  readonly load: LoadMessage;
  /** Its replies so far (and until the engine sets its own handler). */
  readonly replies: FromWorker[];
}

let started: StartedWorker | null = null;
// A sandboxed frame (opaque origin) cannot start a module worker from the site: the engine starts its own there.
if (self.origin !== 'null') {
  const worker = new InterpreterWorker();
  const replies: FromWorker[] = [];
  worker.onmessage = (event: MessageEvent<FromWorker>) => replies.push(event.data);
  const load = loadMessage(startup.code, 0, stdinLines(startup.options.stdin), startup.options.stepLimit);
  worker.postMessage(load);
  started = { worker, load, replies };
  markOnce('page:worker-created');
}

/** The worker started at load, once (a restarted engine makes a new one). */
export function takeStartedWorker(): StartedWorker | null {
  const taken = started;
  started = null;
  return taken;
}
