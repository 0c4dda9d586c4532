// Interpreter throughput for `npm run bench`: each bench/*.py body timed inside our interpreter and inside python3.
// Each sample is a fresh process (ours: scripts/benchBody.ts bundled; python3: scripts/bench_body.py) that runs the
// program REPEAT times: the first run is cold (as the CLI's one run, or the page's first), the last WARM_RUNS are warm
// (our JIT compiled). Ours and python3 alternate, so a change in the machine's load hits both.
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { median, printTable, ms } from './bench-stats.mjs';

const REPEAT = 5;
/**
 * Warm is the median of a process's last runs: V8 still recompiles the eval loop in the second to fourth runs
 * (one process, dict_work.py's runs 1-6: 406, 498, 284, 139, 81, 81 ms CPU), so one run alone measured recompiles.
 */
const WARM_RUNS = 3;

async function bundleBody(root) {
  const outfile = join(root, '.cache', 'bench-body.mjs');
  mkdirSync(join(root, '.cache'), { recursive: true });
  await build({ entryPoints: [join(root, 'scripts', 'benchBody.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

/** One process running the program REPEAT times: each run's stdout, stderr, exit status and times. */
function sample(cmd, args) {
  const r = spawnSync(cmd, [...args, String(REPEAT)], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (status ${r.status}):\n${r.stderr}`);
  const runs = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  if (runs.length !== REPEAT) throw new Error(`${cmd} ${args.join(' ')}: ${runs.length} runs reported, ${REPEAT} expected`);
  return runs;
}

export async function benchInterpreter(root, { samples }) {
  const body = await bundleBody(root);
  const benchDir = join(root, 'bench');
  const files = readdirSync(benchDir).filter((f) => f.endsWith('.py')).sort();
  const rows = [];
  for (const file of files) {
    const path = join(benchDir, file);
    const ours = [];
    const theirs = [];
    for (let i = 0; i < samples; i++) {
      ours.push(sample(process.execPath, [body, path]));
      theirs.push(sample('python3', [join(root, 'scripts', 'bench_body.py'), path]));
    }
    // Identical means the same stdout, stderr and exit status as python3's first run, on every run of both.
    const reference = theirs[0][0];
    const same = [...ours, ...theirs].flat().every((r) => r.stdout === reference.stdout && r.stderr === reference.stderr && r.status === reference.status);
    const pick = (processes, run, key) => median(processes.map((p) => p[run][key]));
    const warm = (processes, key) => median(processes.map((p) => median(p.slice(REPEAT - WARM_RUNS).map((r) => r[key]))));
    rows.push({
      file, same,
      oursCold: pick(ours, 0, 'cpuMs'), pyCold: pick(theirs, 0, 'cpuMs'), oursWarm: warm(ours, 'cpuMs'), pyWarm: warm(theirs, 'cpuMs'),
      wallRatio: pick(ours, 0, 'wallMs') / pick(theirs, 0, 'wallMs'),
      setupCold: pick(ours, 0, 'setupMs'), setupWarm: warm(ours, 'setupMs'), exit: median(ours.flat().map((r) => r.exitMs)),
    });
  }
  console.log('interpreter throughput: CPU time (user+sys) of the program body only, median of ' + samples + ' fresh processes per program.');
  console.log('Ours: Interpreter.run up to interpreter exit (for Node the CPU time includes V8\'s GC and compiler threads).');
  console.log('python3: exec() of the compiled program in a fresh __main__ dict. Stdout is kept in memory by both.');
  console.log(`Each process runs the program ${REPEAT} times: "first run" is its first (cold: no JIT yet, as the CLI's one run),`);
  console.log(`"warm" the median of its last ${WARM_RUNS} (fresh interpreter each, JIT-compiled code from the runs before).`);
  printTable(
    ['program', 'ours ms', 'python3 ms', 'ratio', 'warm: ours ms', 'python3 ms', 'ratio', 'same output'],
    rows.map((r) => [r.file, ms(r.oursCold), ms(r.pyCold), (r.oursCold / r.pyCold).toFixed(2), ms(r.oursWarm), ms(r.pyWarm), (r.oursWarm / r.pyWarm).toFixed(2), r.same ? 'yes' : 'NO']),
  );
  const m = (f) => median(rows.map(f)).toFixed(2);
  console.log(`median ratio (ours / python3) over ${rows.length} programs: first run ${m((r) => r.oursCold / r.pyCold)}, warm ${m((r) => r.oursWarm / r.pyWarm)}; first run in wall time ${m((r) => r.wallRatio)}`);
  console.log(`not in the table (wall time, median over the programs; python3's compile and exit are not timed either):`);
  console.log(`  our setup before the body (parse, compile, builtins): first run ${ms(median(rows.map((r) => r.setupCold)))} ms, warm ${ms(median(rows.map((r) => r.setupWarm)))} ms`);
  console.log(`  our interpreter exit (exit collections, clearing __main__): ${ms(median(rows.map((r) => r.exit)))} ms`);
  const differing = rows.filter((r) => !r.same);
  if (differing.length) console.log(`OUTPUT DIFFERS from python3 (stdout, stderr or exit status) for: ${differing.map((r) => r.file).join(', ')}`);
  return { ok: differing.length === 0 };
}
