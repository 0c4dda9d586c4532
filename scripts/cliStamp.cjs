// Whether the CLI's bundles are up to date: the stamp scripts/run-cli.mjs writes lists the files they were built
// from with their modification times, so the check is a stat per file. CommonJS, so that scripts/py.cjs can use
// it without loading Node's ES module loader.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cache = join(root, '.cache');

const paths = {
  root,
  cache,
  /** The main thread's bundle, which `npm run py` runs. */
  cliBundle: join(cache, 'cli.cjs'),
  /** The interpreter's bundle. */
  workerBundle: join(cache, 'cli-worker.cjs'),
  stampFile: join(cache, 'cli.stamp.json'),
};

function bundleIsCurrent() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(paths.stampFile, 'utf8'));
  } catch {
    return false;
  }
  // The paths are relative and normalized already: concatenated, not joined (path.join's normalizing of hundreds of
  // paths was a few ms of every start-up).
  const prefix = `${root}/`;
  for (const [file, mtimeMs] of stamp.inputs) {
    if (statSync(prefix + file, { throwIfNoEntry: false })?.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

module.exports = { paths, bundleIsCurrent };
