// The built site's scripts: what the browser is handed before it runs anything.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ASSETS = join(__dirname, '..', '..', 'dist', 'assets');

describe('built scripts', () => {
  it('are ASCII, so V8 scans them as one-byte text (one escaped-able character made the worker two-byte)', () => {
    const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
    expect(scripts.some((f) => f.startsWith('worker-'))).toBe(true);
    const nonAscii = scripts.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join(ASSETS, f), 'utf8')));
    expect(nonAscii).toEqual([]);
  });
});
