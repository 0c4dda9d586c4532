// `npm run py -- FILE.py`: runs the CLI's bundle at once when it is up to date, from CommonJS (an .mjs entry costs
// about 15 ms more of an empty program's start-up for Node's ES module loader); otherwise scripts/run-cli.mjs
// rebuilds it first.
const { paths, bundleIsCurrent } = require('./cliStamp.cjs');

if (bundleIsCurrent()) require(paths.cliBundle);
else {
  import('./run-cli.mjs')
    .then((cli) => cli.ensureCliBundle())
    .then((bundle) => require(bundle));
}
