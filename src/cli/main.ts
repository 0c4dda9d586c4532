// The `py` command: `npm run --silent py -- FILE.py` behaves like `python3 FILE.py`.

import { readFileSync } from 'node:fs';
import { Interpreter } from '../python/interpreter';
import { resolve } from 'node:path';
import { explainGlobal } from './explain';
import { decodePythonSource } from './sourceFile';

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function main(argv: string[]): number {
  const explainAt = argv.indexOf('--explain');
  const explainName = explainAt >= 0 ? argv[explainAt + 1] : null;
  if (explainAt >= 0) argv = argv.filter((_, i) => i !== explainAt && i !== explainAt + 1);
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run --silent py -- FILE.py\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    process.stderr.write(`python3: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  // CPython 3.11 reports the script by its absolute path in tracebacks.
  const { text: source, unreadableFrom } = decodePythonSource(bytes, resolve(file));
  const usesInput = /\binput\s*\(/.test(source);
  const interp = new Interpreter(source, { filename: resolve(file), stdin: usesInput ? readStdin() : '', unreadableFrom });
  // A reader that goes away (`| head`) ends the run quietly, as CPython's SIGPIPE default does for pipes.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  interp.vm.onOutput = (text) => process.stdout.write(text);
  interp.run();
  process.stderr.write(interp.stderr);
  if (explainName) process.stdout.write(`--- explain ${explainName} ---\n` + explainGlobal(source, explainName, { filename: resolve(file) }));
  return interp.exitStatus;
}

process.exitCode = main(process.argv.slice(2));
