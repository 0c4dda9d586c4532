// Start-up for `npm run bench`: wall time of a bare Node, of our CLI on an empty file and of python3 on an empty file.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBundle } from './run-cli.mjs';
import { median, printTable, ms } from './bench-stats.mjs';

function wallMs(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 || r.stdout !== '' || r.stderr !== '') throw new Error(`${cmd} ${args.join(' ')}: status ${r.status}, ${r.stderr}`);
  return elapsed;
}

export async function benchStartup(root, { runs }) {
  const cli = await ensureCliBundle();
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const empty = join(dir, 'empty.py');
  writeFileSync(empty, '');
  // A cold import of a library module written in Python (issue 12): its code comes from the CLI's code cache.
  const imports = ['collections', 'datetime'].map((name) => {
    const file = join(dir, `import_${name}.py`);
    writeFileSync(file, `import ${name}\n`);
    return [name, file];
  });
  const commands = [
    ['node -e 0', process.execPath, ['-e', '0']],
    ['our CLI, empty file (node .cache/cli.cjs)', process.execPath, [cli, empty]],
    ['our CLI as npm run py starts it (scripts/py.cjs: bundle check)', process.execPath, [join(root, 'scripts', 'py.cjs'), empty]],
    ...imports.map(([name, file]) => [`our CLI, \`import ${name}\``, process.execPath, [cli, file]]),
    ['python3 (PATH), empty file', 'python3', [empty]],
    ...imports.map(([name, file]) => [`python3 (PATH), \`import ${name}\``, 'python3', [file]]),
  ];
  // `python3` on PATH may be a wrapper (a pyenv shim is a shell script): the interpreter binary itself too.
  const executable = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  const onPath = spawnSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).stdout.trim();
  if (executable && executable !== onPath) commands.push([`${executable} (what ${onPath} runs)`, executable, [empty]]);
  const times = commands.map(() => []);
  // Round-robin, so a change in the machine's load hits every command alike.
  for (let i = 0; i < runs; i++) commands.forEach(([, cmd, args], k) => times[k].push(wallMs(cmd, args)));
  rmSync(dir, { recursive: true, force: true });
  console.log(`\nstart-up: wall time of the whole process, median and fastest of ${runs}`);
  printTable(['command', 'median ms', 'min ms'], commands.map(([name], k) => [name, ms(median(times[k])), ms(Math.min(...times[k]))]));
}
