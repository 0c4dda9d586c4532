// The embed URL parameters: what a tutorial author can set on the playground's iframe src.

export type Pane = 'editor' | 'graph' | 'output' | 'timeline';
export type Theme = 'light' | 'dark' | 'auto';
export type Lang = 'en' | 'id';

export interface EmbedOptions {
  embed: boolean;
  autorun: boolean;
  readonly: boolean;
  step: number;
  panes: Pane[];
  theme: Theme;
  lang: Lang;
  /** Echoed on every message so several embeds on one page don't cross. */
  channel: string;
  /** Host origins allowed to drive the playground; empty means the parent's messages are taken from any origin. */
  origins: string[];
  /** Steps after which a run is stopped as a runaway (`step-limit`, default 10,000,000). */
  stepLimit: number | null;
  /** Lines for the program's input() (`stdin`, newlines URL-encoded as %0A); the reader is asked once they run out. */
  stdin: string;
}

/** Longest stdin taken from a URL or a `load` message (characters). */
export const MAX_STDIN = 100_000;

const ALL_PANES: Pane[] = ['editor', 'graph', 'output', 'timeline'];

function flag(v: string | null): boolean {
  return v !== null && v !== '0' && v !== 'false';
}

/** Reads options from a query string such as `?embed=1&panes=graph,output&lang=id`. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const panes = (q.get('panes') ?? '').split(',').map((p) => p.trim()).filter((p): p is Pane => (ALL_PANES as string[]).includes(p));
  const theme = q.get('theme');
  const lang = q.get('lang');
  const step = Number(q.get('step'));
  const stepLimit = Number(q.get('step-limit'));
  return {
    embed: flag(q.get('embed')),
    autorun: flag(q.get('autorun')),
    readonly: flag(q.get('readonly')),
    step: Number.isInteger(step) && step > 0 ? step : 0,
    panes: panes.length > 0 ? panes : ALL_PANES,
    theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
    lang: lang === 'id' ? 'id' : 'en',
    channel: q.get('channel') ?? '',
    origins: q.getAll('origin').filter((o) => /^https?:\/\/[^/]+$/.test(o)),
    stepLimit: Number.isInteger(stepLimit) && stepLimit >= 100 ? stepLimit : null,
    stdin: (q.get('stdin') ?? '').slice(0, MAX_STDIN),
  };
}

/** The <iframe> snippet for a program and options (Copy embed code). */
export function embedSnippet(base: string, code: string, compressed: string, options: Partial<EmbedOptions>): string {
  const q = new URLSearchParams({ embed: '1' });
  if (options.autorun) q.set('autorun', '1');
  if (options.readonly) q.set('readonly', '1');
  if (options.lang && options.lang !== 'en') q.set('lang', options.lang);
  if (options.theme && options.theme !== 'light') q.set('theme', options.theme);
  if (options.panes && options.panes.length < ALL_PANES.length) q.set('panes', options.panes.join(','));
  const src = `${base.split('#')[0].split('?')[0]}?${q.toString()}#code=${compressed}`;
  const lines = code.split('\n').length;
  const height = Math.min(720, Math.max(420, 180 + lines * 22));
  return `<iframe src="${src}" width="100%" height="${height}" style="border:1px solid #ddd;border-radius:8px" title="Python Memory Playground" sandbox="allow-scripts allow-same-origin" loading="lazy"></iframe>`;
}
