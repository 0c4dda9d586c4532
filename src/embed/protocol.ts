// postMessage API, version 1: the whole protocol as one union per direction, with validation of what comes in.

export const SOURCE = 'pymem';
export const VERSION = 1;

interface Envelope {
  source: typeof SOURCE;
  version: typeof VERSION;
  channel: string;
}

export type HostMessage = Envelope & (
  | { type: 'load'; code: string; run?: boolean }
  | { type: 'run' }
  | { type: 'step'; delta: number }
  | { type: 'goto'; step: number }
  | { type: 'gc-collect' }
  | { type: 'gc-set-enabled'; enabled: boolean }
  | { type: 'get-state' }
  | { type: 'set-options'; theme?: 'light' | 'dark' | 'auto'; lang?: 'en' | 'id' }
);

export interface EmbedState {
  step: number;
  totalSteps: number | null;
  line: number | null;
  stdout: string;
  gcEnabled: boolean;
  objects: { id: number; type: string; refcount: number; state: 'alive' | 'unreachable' | 'freed' }[];
  error: { type: string; message: string; line: number | null } | null;
  /** What the step was: `line`, `return`, `exception`, `exit`... (added in v1, optional for hosts). */
  event: string;
  /** What the step did in memory, in the playground's language. */
  narration: string;
}

export type PlaygroundMessage = Envelope & (
  | { type: 'ready' }
  | ({ type: 'state' } & EmbedState)
  | { type: 'resize'; height: number }
);

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Checks a message from a host page; returns a reason when it is malformed. */
export function validateHostMessage(data: unknown): { ok: true; message: HostMessage } | { ok: false; reason: string } {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: 'not an object' };
  const m = data as Record<string, unknown>;
  if (m.source !== SOURCE) return { ok: false, reason: 'source is not "pymem"' };
  if (m.version !== VERSION) return { ok: false, reason: `unsupported version ${String(m.version)}` };
  if (typeof m.channel !== 'string') return { ok: false, reason: 'channel must be a string' };
  switch (m.type) {
    case 'load':
      if (typeof m.code !== 'string' || m.code.length > 100_000) return { ok: false, reason: 'load needs code (a string up to 100000 characters)' };
      if (m.run !== undefined && typeof m.run !== 'boolean') return { ok: false, reason: 'run must be a boolean' };
      break;
    case 'step':
      if (!isInt(m.delta)) return { ok: false, reason: 'step needs an integer delta' };
      break;
    case 'goto':
      if (!isInt(m.step) || m.step < 0) return { ok: false, reason: 'goto needs a step >= 0' };
      break;
    case 'gc-set-enabled':
      if (typeof m.enabled !== 'boolean') return { ok: false, reason: 'gc-set-enabled needs enabled: boolean' };
      break;
    case 'set-options':
      if (m.theme !== undefined && !['light', 'dark', 'auto'].includes(m.theme as string)) return { ok: false, reason: 'bad theme' };
      if (m.lang !== undefined && !['en', 'id'].includes(m.lang as string)) return { ok: false, reason: 'bad lang' };
      break;
    case 'run': case 'gc-collect': case 'get-state':
      break;
    default:
      return { ok: false, reason: `unknown type ${String(m.type)}` };
  }
  return { ok: true, message: m as unknown as HostMessage };
}
