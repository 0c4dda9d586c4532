// `npm run fuzz -- --count N [--seed S] [--features a,b] [--out DIR]`: bundles the differential fuzzer with esbuild
// (as run-cli.mjs does for the CLI) and runs it.
import { build } from 'esbuild';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.cache', 'fuzz.mjs');
await build({
  entryPoints: [join(root, 'tests', 'fuzz', 'cli.ts')],
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error',
});
await import(pathToFileURL(out).href);
