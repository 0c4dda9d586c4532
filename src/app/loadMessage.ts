// The worker's `load` message, built in one place: the page's entry sends the first one before the UI exists, and
// the engine sends the same one again only if the UI asks for something else.
import type { ToWorker } from '../worker/protocol';

export type LoadMessage = Extract<ToWorker, { type: 'load' }>;

/** `stdinGiven`: the lines for input(), each sent with its newline. */
export function loadMessage(code: string, step: number, stdinGiven: readonly string[], stepLimit: number | null): LoadMessage {
  return { type: 'load', code, step, stdin: stdinGiven.map((line) => line + '\n').join(''), ...(stepLimit ? { maxSteps: stepLimit } : {}) };
}

export function sameLoad(a: LoadMessage, b: LoadMessage): boolean {
  return a.code === b.code && a.step === b.step && a.stdin === b.stdin && a.maxSteps === b.maxSteps;
}
