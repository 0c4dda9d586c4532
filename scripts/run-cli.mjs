// Bundles the CLI with esbuild when a source file changed, then runs it (fast start, no TypeScript at run time):
// the main thread's small bundle, and the interpreter thread's (esbuild itself is loaded only to rebuild).
import { statSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { buildInterpreterAndChunks } from './cli-chunks.mjs';

// The stamp check is shared with scripts/py.cjs, the CommonJS entry `npm run py` uses.
const { paths, bundleIsCurrent } = createRequire(import.meta.url)('./cliStamp.cjs');
const { root, cache, cliBundle: out, workerBundle: workerOut, stampFile } = paths;
const thisScript = fileURLToPath(import.meta.url);
const chunksScript = join(root, 'scripts', 'cli-chunks.mjs');
const chunkDir = join(cache, 'library-chunks');

/**
 * The interpreter's bundle and the chunks are written inside the function wrapper Node's CommonJS loader puts around
 * a module, which src/cli/bundleCodeCache.ts's loadBundle compiles as it is (they are no longer require()-able).
 */
function wrapAsModule(contents) {
  return Buffer.concat([Buffer.from('(function (exports, require, module, __filename, __dirname) { '), contents, Buffer.from('\n});')]);
}

/** Writes through a temporary name, so a process running the CLI meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

async function rebuild() {
  const { build } = await import('esbuild');
  const started = Date.now();
  // Both CommonJS (Node's ES module loader costs tens of ms at start); the interpreter's minified: Node 20 has no
  // compile cache, and the bundle's parse is much of start-up.
  const options = { bundle: true, platform: 'node', target: 'node20', logLevel: 'error', write: false, metafile: true, absWorkingDir: root };
  const [main, built] = await Promise.all([
    build({ ...options, format: 'cjs', entryPoints: [join(root, 'src', 'cli', 'main.ts')], outfile: out }),
    buildInterpreterAndChunks(build, root, { ...options, outfile: workerOut }),
  ]);
  mkdirSync(chunkDir, { recursive: true });
  for (const [file, contents] of built.chunks) writeAtomically(file, wrapAsModule(contents));
  writeAtomically(workerOut, wrapAsModule(built.interpreter));
  writeAtomically(out, main.outputFiles[0].contents);
  // The library's modules compiled now, so that a run imports them without compiling (src/cli/libraryCodeCache.ts);
  // then V8's compiled code of the interpreter's bundle after a warm-up run (src/cli/bundleCodeCache.ts). Each in a
  // process of its own: the warm-up's code cache holds what a run compiles, not what compiling the library did.
  for (const step of ['--write-library-code-cache', '--write-code-cache']) {
    const { status } = spawnSync(process.execPath, [out, step], { stdio: 'inherit' });
    if (status !== 0) throw new Error(`scripts/run-cli.mjs: node ${relative(root, out)} ${step} failed (status ${status})`);
  }
  const sources = [...new Set([...Object.keys(main.metafile.inputs), ...built.inputs]), relative(root, thisScript), relative(root, chunksScript)];
  // A source changed while esbuild read it gets no valid time, so the next run rebuilds.
  const inputs = sources.map((file) => {
    const mtimeMs = statSync(join(root, file)).mtimeMs;
    return [file, mtimeMs < started ? mtimeMs : -1];
  });
  // The bundles themselves too: deleted or rewritten by hand, they are rebuilt.
  for (const file of [out, workerOut, ...built.chunks.map(([chunk]) => chunk)]) inputs.push([relative(root, file), statSync(file).mtimeMs]);
  writeAtomically(stampFile, JSON.stringify({ inputs }));
}

export async function ensureCliBundle() {
  if (!bundleIsCurrent()) await rebuild();
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = await ensureCliBundle();
  createRequire(import.meta.url)(bundle);
}
