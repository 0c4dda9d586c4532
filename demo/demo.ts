// The demo article's host script: embeds a playground per sample and drives one through the postMessage API.

import { compressToEncodedURIComponent } from 'lz-string';
import { LESSONS } from '../src/app/lessons';

const params = new URLSearchParams(location.search);
/** Where the playground is served; another origin in the cross-origin tests. */
const playgroundUrl = new URL(params.get('playground') ?? '../index.html', location.href);
const playgroundOrigin = playgroundUrl.origin;

const frames = new Map<string, HTMLIFrameElement>();
for (const sample of Array.from(document.querySelectorAll<HTMLElement>('.sample'))) {
  const lesson = LESSONS.find((l) => l.id === sample.dataset.lesson);
  if (!lesson) continue;
  const channel = lesson.id;
  const src = new URL(playgroundUrl);
  src.search = new URLSearchParams({ embed: '1', channel, origin: location.origin, lang: params.get('lang') ?? 'en' }).toString();
  src.hash = 'code=' + compressToEncodedURIComponent(lesson.code);
  const iframe = document.createElement('iframe');
  iframe.src = src.toString();
  iframe.title = `Playground: ${lesson.title.en}`;
  iframe.height = '460';
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  iframe.dataset.channel = channel;
  sample.appendChild(iframe);
  frames.set(channel, iframe);
}

const log = document.getElementById('host-log')!;
const driven = frames.get('cycles')!;
const send = (message: Record<string, unknown>) =>
  driven.contentWindow?.postMessage({ source: 'pymem', version: 1, channel: 'cycles', ...message }, playgroundOrigin);

/** Messages seen from the playgrounds, for the page and for tests. */
const seen: unknown[] = [];
(window as unknown as { pymemMessages: unknown[] }).pymemMessages = seen;

window.addEventListener('message', (event) => {
  if (event.origin !== playgroundOrigin) return;
  const m = event.data as { source?: string; channel?: string; type?: string; height?: number; objects?: { type: string; state: string; refcount: number }[]; step?: number };
  if (m?.source !== 'pymem') return;
  seen.push(m);
  const frame = m.channel ? frames.get(m.channel) : undefined;
  if (m.type === 'resize' && frame && m.height) frame.height = String(Math.min(Math.max(m.height, 300), 900));
  if (m.channel === 'cycles' && m.type === 'state') {
    const lists = (m.objects ?? []).filter((o) => o.type === 'list');
    log.textContent = `step ${m.step}: ${lists.map((o) => `list (refcount ${o.refcount}, ${o.state})`).join(', ') || 'no lists'}`;
  }
});

const CYCLE_WITHOUT_COLLECT = 'a = []\nb = []\na.append(b)\nb.append(a) # Circular reference\ndel a, b\nprint("the two lists are now garbage")\n';
document.getElementById('host-load')!.addEventListener('click', () => send({ type: 'load', code: CYCLE_WITHOUT_COLLECT }));
document.getElementById('host-end')!.addEventListener('click', () => send({ type: 'goto', step: 1_000_000 }));
document.getElementById('host-collect')!.addEventListener('click', () => send({ type: 'gc-collect' }));
document.getElementById('host-state')!.addEventListener('click', () => send({ type: 'get-state' }));
