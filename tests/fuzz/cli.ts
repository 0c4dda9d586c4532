// The fuzzer's command line (`npm run fuzz -- --count N [--seed S] [--features a,b] [--out DIR]`): generates
// programs, compares them with python3, shrinks one program per difference and writes them to DIR.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateProgram } from './generate';
import { renderProgram } from './program';
import { DEFAULT_FEATURES, FEATURE_NAMES } from './features';
import { groupOutcomes, perFeature, runCampaign, shrinkGroups, type Group } from './campaign';
import { runPython } from './runner';
import { rootCauseOf } from './rootCauses';

const USAGE = `usage: npm run fuzz -- [--count N] [--seed S] [--features a,b|all] [--out DIR] [--jobs J]
       [--shrink GROUPS] [--checks N] [--mix MIN,MAX] [--avoid TAGS] [--statements MIN,MAX] [--seeds A,B,..] [--show SEED] [--validate N]
--mix: how many features one program mixes (default 1,4); --avoid: constructs of known differences to leave out (tags in FINDINGS.md); --validate: only check that N programs run cleanly on python3; --shrink: how many differences to shrink (default 40)
features: ${FEATURE_NAMES.join(', ')} (default: all but strhash)`;

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--help')) return void console.log(USAGE);
  const featureArg = arg('--features');
  const features = featureArg === 'all' ? FEATURE_NAMES : featureArg?.split(',') ?? DEFAULT_FEATURES;
  const mix = (arg('--mix') ?? '1,4').split(',').map(Number) as [number, number];
  const avoid = arg('--avoid')?.split(',') ?? [];
  const statements = arg('--statements')?.split(',').map(Number) as [number, number] | undefined;
  const gen = { features, perProgram: mix, avoid, statements };
  const show = arg('--show');
  if (show !== undefined) return void process.stdout.write(renderProgram(generateProgram(Number(show), gen).body));
  const validate = arg('--validate');
  if (validate !== undefined) return validatePrograms(Number(validate), features);

  let count = Number(arg('--count') ?? 1000);
  const first = Number(arg('--seed') ?? 1);
  const out = resolve(arg('--out') ?? '.fuzz-failures');
  const jobs = Number(arg('--jobs') ?? 2);
  const shrinkLimit = Number(arg('--shrink') ?? 40);
  const maxChecks = Number(arg('--checks') ?? 300);
  const seedList = arg('--seeds')?.split(',').map(Number);
  const seeds = seedList ?? Array.from({ length: count }, (_, i) => first + i);
  count = seeds.length;
  const started = Date.now();
  const outcomes = await runCampaign({
    seeds, jobs, ...gen,
    onProgress: (done, all) => {
      if (done % 50 && done !== count) return;
      const same = all.filter((o) => !o.diff).length;
      process.stderr.write(`[${Math.round((Date.now() - started) / 1000)}s] ${done}/${count} programs, ${pct(same, done)} identical, ${groupOutcomes(all).length} differences\n`);
    },
  });
  const groups = groupOutcomes(outcomes);
  const same = outcomes.filter((o) => !o.diff).length;
  const lines: string[] = [];
  lines.push(`seeds ${seedList ? seedList.join(',') : `${first}..${first + count - 1}`}, features ${features.join(',')}${avoid.length ? `, avoiding ${avoid.join(',')}` : ''}`);
  lines.push(`identical: ${same}/${count} (${pct(same, count)})`);
  lines.push('', 'per feature (programs using it, identical):');
  for (const [f, n, ok] of perFeature(outcomes)) lines.push(`  ${f.padEnd(10)} ${String(n).padStart(5)}  ${pct(ok, n).padStart(6)}`);
  const causes = new Map<string, number>();
  for (const o of outcomes) {
    if (!o.diff) continue;
    const cause = rootCauseOf(o.diff, o.features) ?? '(other)';
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  }
  lines.push('', 'known root causes (FINDINGS.md), by programs whose first difference they are:');
  for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(5)}  ${c}`);
  lines.push('', `differences (${groups.length} fingerprints):`);
  for (const g of groups.slice(0, 80)) {
    lines.push(`  ${String(g.count).padStart(4)}  ${g.fingerprint}`);
    if (g.kind === 'stdout' || g.kind === 'stderr') lines.push(`        e.g. seed ${g.seeds[0]}: python3 ${JSON.stringify(g.example.python.slice(0, 120))} ours ${JSON.stringify(g.example.ours.slice(0, 120))}`);
  }
  console.log(lines.join('\n'));

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'summary.txt'), lines.join('\n') + '\n');
  writeFileSync(join(out, 'outcomes.json'), JSON.stringify(outcomes.map((o) => ({ ...o, diff: o.diff })), null, 1));
  if (shrinkLimit > 0 && groups.length) {
    process.stderr.write(`shrinking up to ${shrinkLimit} differences...\n`);
    let n = 0;
    await shrinkGroups(groups, gen, shrinkLimit, maxChecks, (g) => {
      n++;
      writeFailure(out, n, g);
      process.stderr.write(`  [${n}] ${g.count}x ${g.fingerprint.slice(0, 100)}: ${g.shrunk!.originalLines} -> ${g.shrunk!.source.split('\n').length - 1} lines (${g.shrunk!.checks} checks)\n`);
    });
  }
  console.log(`written to ${out}`);
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : '-';
}

function writeFailure(dir: string, n: number, g: Group): void {
  const s = g.shrunk!;
  const name = `${String(n).padStart(3, '0')}_${g.kind}_seed${s.seed}`;
  writeFileSync(join(dir, name + '.py'), s.source);
  const report = [
    `fingerprint: ${g.fingerprint}`, `programs: ${g.count} (seeds ${g.seeds.slice(0, 12).join(', ')}${g.seeds.length > 12 ? ', ...' : ''})`,
    `features: ${[...g.features].sort((a, b) => b[1] - a[1]).map(([f, c]) => `${f}:${c}`).join(' ')}`,
    `shrunk from seed ${s.seed}: ${s.originalLines} lines -> ${s.source.split('\n').length - 1} (${s.checks} checks)`,
    `first difference: python3 ${JSON.stringify(s.diff.python)}  ours ${JSON.stringify(s.diff.ours)}`,
    '', '--- program', s.source,
    `--- python3 (exit ${s.py.status})`, s.py.stdout, '--- python3 stderr', s.py.stderr,
    `--- ours (exit ${s.ours.status})`, s.ours.stdout, '--- ours stderr', s.ours.crash ?? s.ours.stderr,
  ];
  writeFileSync(join(dir, name + '.txt'), report.join('\n') + '\n');
}

/** Checks that generated programs run cleanly on python3 (no uncaught exception unless `traceback`), quickly. */
async function validatePrograms(count: number, features: string[]): Promise<void> {
  const queue = Array.from({ length: count }, (_, i) => i);
  let bad = 0;
  const worker = async () => {
    for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
      const p = generateProgram(seed, { features });
      const r = await runPython(renderProgram(p.body));
      if ((r.status !== 0 || r.stderr) && !p.features.has('traceback') || r.ms > 3000 || r.timedOut) {
        bad++;
        console.log(`seed ${seed} status ${r.status} ${Math.round(r.ms)}ms: ${r.stderr.trim().split('\n').pop()}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  console.log(`${bad} of ${count} bad`);
}

await main(process.argv.slice(2));
