// postMessage API, version 1: the whole protocol as one union per direction, with validation of what comes in.

import { MAX_STDIN } from './params';

export const SOURCE = 'pymem';
export const VERSION = 1;

interface Envelope {
  source: typeof SOURCE;
  version: typeof VERSION;
  channel: string;
}

export type HostMessage = Envelope & (
  /** `stdin`: lines for input(), replacing those given before (absent: they stay). */
  | { type: 'load'; code: string; run?: boolean; stdin?: string }
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
  /** input() is asking the reader, with this prompt (the unfinished output line); null otherwise. */
  waitingForInput: string | null;
}

export type PlaygroundMessage = Envelope & (
  | { type: 'ready' }
  | ({ type: 'state' } & EmbedState)
  | { type: 'resize'; height: number }
);

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A value named in a reason, safely: objects without a prototype, symbols and huge strings cannot break it. */
function describe(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}...` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return String(v);
  return typeof v;
}

/** An own field of a message: inherited ones (from a polluted prototype) never count. */
function field(m: object, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(m, name) ? (m as Record<string, unknown>)[name] : undefined;
}

/** Checks a message from a host page; returns a reason when it is malformed. */
export function validateHostMessage(data: unknown): { ok: true; message: HostMessage } | { ok: false; reason: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not an object' };
  // Only the message's own fields, copied: getters and prototypes play no part past this point.
  const m: Record<string, unknown> = {};
  for (const name of ['source', 'version', 'channel', 'type', 'code', 'run', 'stdin', 'delta', 'step', 'enabled', 'theme', 'lang']) m[name] = field(data, name);
  if (m.source !== SOURCE) return { ok: false, reason: 'source is not "pymem"' };
  if (m.version !== VERSION) return { ok: false, reason: `unsupported version ${describe(m.version)}` };
  if (typeof m.channel !== 'string') return { ok: false, reason: 'channel must be a string' };
  switch (m.type) {
    case 'load':
      if (typeof m.code !== 'string' || m.code.length > 100_000) return { ok: false, reason: 'load needs code (a string up to 100000 characters)' };
      if (m.run !== undefined && typeof m.run !== 'boolean') return { ok: false, reason: 'run must be a boolean' };
      if (m.stdin !== undefined && (typeof m.stdin !== 'string' || m.stdin.length > MAX_STDIN)) return { ok: false, reason: `stdin must be a string up to ${MAX_STDIN} characters` };
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
      if (m.theme !== undefined && m.theme !== 'light' && m.theme !== 'dark' && m.theme !== 'auto') return { ok: false, reason: 'bad theme' };
      if (m.lang !== undefined && m.lang !== 'en' && m.lang !== 'id') return { ok: false, reason: 'bad lang' };
      break;
    case 'run': case 'gc-collect': case 'get-state':
      break;
    default:
      return { ok: false, reason: `unknown type ${describe(m.type)}` };
  }
  // Absent optional fields stay absent.
  for (const name of Object.keys(m)) if (m[name] === undefined) delete m[name];
  return { ok: true, message: m as unknown as HostMessage };
}
