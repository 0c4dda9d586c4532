// The CLI's interpreter bundle and its library chunks, each chunk a CommonJS bundle of its own (src/cli/cliChunkFiles.ts
// loads one on the first import of its modules): an empty program's start-up then reads, and deserializes V8's
// code of, about half as much. The code a chunk shares with the interpreter is not copied into it: the interpreter
// bundle exposes those modules in a registry the chunk reads, so both use the same classes and the same state.
// A module that only chunks use but two of them import is moved into the interpreter bundle for that reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REGISTRY = 'pyPlayground.sharedModules';
const CHUNK_ENTRY = 'chunk-entry';
const SHARED = 'shared-module';

/** chunk name -> [export name, file] as staticLibrary.ts lists them (the file every chunk is named in). */
function libraryChunks(root) {
  const source = readFileSync(join(root, 'src/python/modules/library/staticLibrary.ts'), 'utf8');
  const files = new Map([...source.matchAll(/import \{ (\w+) \} from '\.\/chunks\/(\w+)';/g)].map((m) => [m[1], m[2]]));
  const table = source.slice(source.indexOf('ALL_CHUNKS'));
  const chunks = [...table.matchAll(/^\s+'?([\w.]+)'?: (\w+),$/gm)].map((m) => [m[1], m[2], `src/python/modules/library/chunks/${files.get(m[2])}.ts`]);
  if (chunks.length === 0 || chunks.length !== files.size) throw new Error('scripts/cli-chunks.mjs: cannot read the chunk table of staticLibrary.ts');
  return chunks;
}

/** Puts the chunk-loading library in place of the one with every chunk linked in. */
const chunkFilesLibrary = (root) => ({
  name: 'cli-chunk-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/cliLibrary$/ }, () => ({ path: join(root, 'src/cli/cliChunkFiles.ts') }));
  },
});

/** The interpreter's entry: the CLI worker's exports, and the registry of the modules chunks import. */
function interpreterEntry(exposed) {
  const names = [...exposed].sort();
  return [
    "export * from './src/cli/cliWorker';",
    ...names.map((file, i) => `import * as shared${i} from './${file}';`),
    `(globalThis as Record<symbol, unknown>)[Symbol.for('${REGISTRY}')] = {`,
    ...names.map((file, i) => `  ${JSON.stringify(file)}: shared${i},`),
    '};',
  ].join('\n');
}

/** Chunk builds: a module the interpreter bundle has is read from its registry; the rest is bundled. */
const chunkBuild = (root, chunks, interpreterInputs, imported) => ({
  name: 'cli-chunk',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${CHUNK_ENTRY}:`) }, (args) => ({ path: args.path.slice(CHUNK_ENTRY.length + 1), namespace: CHUNK_ENTRY }));
    build.onLoad({ filter: /.*/, namespace: CHUNK_ENTRY }, (args) => {
      const [, exportName, file] = chunks.find(([name]) => name === args.path);
      return { contents: `export { ${exportName} as group } from './${file}';`, resolveDir: root, loader: 'ts' };
    });
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === SHARED) return undefined;
      const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: SHARED });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      const file = resolved.path.slice(root.length + 1);
      if (!interpreterInputs.has(file)) return { path: resolved.path };
      imported.add(file);
      return { path: file, namespace: SHARED };
    });
    build.onLoad({ filter: /.*/, namespace: SHARED }, (args) => ({
      contents: `module.exports = globalThis[Symbol.for('${REGISTRY}')][${JSON.stringify(args.path)}];`, loader: 'js',
    }));
  },
});

/**
 * Builds the interpreter bundle and the chunks (not written: { interpreter, chunks: [[name, output]], inputs }).
 * Repeated until the interpreter exposes every module the chunks import from it and no chunk-only module is in two
 * chunks (two or three rounds).
 */
export async function buildInterpreterAndChunks(build, root, options) {
  const chunks = libraryChunks(root);
  const exposed = new Set();
  for (let round = 0; round < 6; round++) {
    const interpreter = await build({
      ...options, format: 'cjs', minify: true, plugins: [chunkFilesLibrary(root)],
      stdin: { contents: interpreterEntry(exposed), resolveDir: root, sourcefile: 'cli-interpreter-entry.ts', loader: 'ts' },
    });
    const interpreterInputs = new Set(Object.keys(interpreter.metafile.inputs));
    const imported = new Set();
    const { outfile, ...chunkOptions } = options;
    const built = await build({
      ...chunkOptions, format: 'cjs', minify: true, outdir: join(root, '.cache', 'library-chunks'), entryNames: '[name]', outExtension: { '.js': '.cjs' },
      entryPoints: Object.fromEntries(chunks.map(([name]) => [name, `${CHUNK_ENTRY}:${name}`])),
      plugins: [chunkBuild(root, chunks, interpreterInputs, imported)],
    });
    const owners = new Map();
    for (const output of Object.values(built.metafile.outputs)) {
      for (const file of Object.keys(output.inputs)) {
        if (!file.startsWith(`${SHARED}:`) && !file.startsWith(`${CHUNK_ENTRY}:`)) owners.set(file, (owners.get(file) ?? 0) + 1);
      }
    }
    const inTwo = [...owners].filter(([, n]) => n > 1).map(([file]) => file);
    const missing = [...imported, ...inTwo].filter((file) => !exposed.has(file));
    if (missing.length === 0 && inTwo.length === 0) {
      const outputs = built.outputFiles.map((f) => [f.path, f.contents]);
      const inputs = [...interpreterInputs, ...owners.keys()].filter((file) => !file.includes(':') && file !== 'cli-interpreter-entry.ts');
      return { interpreter: interpreter.outputFiles[0].contents, chunks: outputs, inputs };
    }
    for (const file of missing) exposed.add(file);
  }
  throw new Error('scripts/cli-chunks.mjs: the chunks and the interpreter bundle did not settle');
}
