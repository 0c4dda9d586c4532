// `npm run bench [-- --quick] [-- --only interpreter|startup|page]`: our interpreter against python3 (program bodies
// and start-up), then the built page in Chromium. The methodology is in the README and printed with each table.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { benchInterpreter } from './bench-interpreter.mjs';
import { benchStartup } from './bench-startup.mjs';
import { benchPage } from './bench-page.mjs';

const PARTS = ['interpreter', 'startup', 'page'];

function parseArgs(argv) {
  const options = { quick: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') options.quick = true;
    else if (argv[i] === '--only' || argv[i].startsWith('--only=')) {
      options.only = argv[i].includes('=') ? argv[i].split('=')[1] : argv[++i];
      if (!PARTS.includes(options.only)) throw new Error(`--only takes one of: ${PARTS.join(', ')}`);
    } else throw new Error(`unknown argument ${argv[i]} (use --quick, --only ${PARTS.join('|')})`);
  }
  return options;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const runs = (part) => options.only === null || options.only === part;
const python = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
console.log(`npm run bench${options.quick ? ' --quick' : ''}${options.only ? ` --only ${options.only}` : ''}: Node ${process.version}, ${python}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start\n`);

let ok = true;
if (runs('interpreter')) ok = (await benchInterpreter(root, { samples: options.quick ? 3 : 5 })).ok;
if (runs('startup')) await benchStartup(root, { runs: options.quick ? 5 : 10 });
if (runs('page')) await benchPage(root, { quick: options.quick });
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (!ok) process.exitCode = 1;
