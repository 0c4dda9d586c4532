// Performance marks along the way to the first drawn graph (worker and page), each made once: they show where a
// cold load's time goes in DevTools or `npm run bench`, and repeated steps add nothing to the timing buffer.
const made = new Set<string>();

export function markOnce(name: string): void {
  if (made.has(name) || typeof performance === 'undefined' || !performance.mark) return;
  made.add(name);
  performance.mark(name);
}
