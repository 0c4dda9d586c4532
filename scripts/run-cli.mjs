// Bundles the CLI with esbuild when a source file changed, then runs it (fast start, no TypeScript at run time).
import { build } from 'esbuild';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.cache', 'cli.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export async function ensureCliBundle() {
  const stale = !existsSync(out) || statSync(out).mtimeMs < newestMtime(join(root, 'src'));
  if (stale) {
    await build({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error',
    });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = await ensureCliBundle();
  await import(pathToFileURL(bundle).href);
}
