// Bundles the CLI with esbuild when a source file changed, then runs it (fast start, no TypeScript at run time):
// the main thread's small bundle, and the interpreter thread's (esbuild itself is loaded only to rebuild).
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.cache', 'cli.mjs');
const workerOut = join(root, '.cache', 'cli-worker.mjs');

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
  const newest = newestMtime(join(root, 'src'));
  const stale = [out, workerOut].some((f) => !existsSync(f) || statSync(f).mtimeMs < newest);
  if (stale) {
    const { build } = await import('esbuild');
    const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' };
    await Promise.all([
      build({ ...options, entryPoints: [join(root, 'src', 'cli', 'main.ts')], outfile: out }),
      build({ ...options, entryPoints: [join(root, 'src', 'cli', 'cliWorker.ts')], outfile: workerOut }),
    ]);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = await ensureCliBundle();
  await import(pathToFileURL(bundle).href);
}
