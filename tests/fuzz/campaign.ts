// A fuzzing campaign: many seeded programs compared with python3 (python3 runs overlap with ours), statistics
// per feature and per difference, and the first programs of each difference shrunk.

import { generateProgram, type GenerateOptions } from './generate';
import { renderProgram } from './program';
import { compareRuns, runOurs, runPython, type Diff, type Run } from './runner';
import { shrink, type Shrunk } from './shrink';

export interface Outcome {
  seed: number;
  features: string[];
  diff: Diff | null;
  oursMs: number;
  pythonMs: number;
}

export interface Group {
  fingerprint: string;
  kind: string;
  count: number;
  seeds: number[];
  /** The first program's differing lines, unblurred. */
  example: { python: string; ours: string };
  features: Map<string, number>;
  shrunk?: Shrunk & { seed: number; originalLines: number };
}

export interface CampaignOptions extends GenerateOptions {
  seeds: number[];
  /** python3 processes at once. */
  jobs?: number;
  onProgress?: (done: number, outcomes: Outcome[]) => void;
}

/** Runs every seed's program on both sides. Ours runs here while the next python3 runs are under way. */
export async function runCampaign(options: CampaignOptions): Promise<Outcome[]> {
  const jobs = options.jobs ?? 2;
  const programs = new Map<number, ReturnType<typeof generateProgram>>();
  const pending = new Map<number, Promise<Run>>();
  const start = (i: number) => {
    if (i >= options.seeds.length || pending.has(i)) return;
    const p = generateProgram(options.seeds[i], options);
    programs.set(i, p);
    pending.set(i, runPython(renderProgram(p.body)));
  };
  const outcomes: Outcome[] = [];
  for (let i = 0; i < options.seeds.length; i++) {
    for (let k = i; k < i + jobs; k++) start(k);
    const program = programs.get(i)!;
    const ours = runOurs(renderProgram(program.body));
    const py = await pending.get(i)!;
    pending.delete(i);
    programs.delete(i);
    outcomes.push({ seed: program.seed, features: [...program.features].sort(), diff: compareRuns(py, ours), oursMs: ours.ms, pythonMs: py.ms });
    options.onProgress?.(i + 1, outcomes);
  }
  return outcomes;
}

/** Differences grouped by fingerprint, most frequent first. */
export function groupOutcomes(outcomes: Outcome[]): Group[] {
  const groups = new Map<string, Group>();
  for (const o of outcomes) {
    if (!o.diff) continue;
    let g = groups.get(o.diff.fingerprint);
    if (!g) groups.set(o.diff.fingerprint, (g = { fingerprint: o.diff.fingerprint, kind: o.diff.kind, count: 0, seeds: [], features: new Map(), example: { python: o.diff.python, ours: o.diff.ours } }));
    g.count++;
    g.seeds.push(o.seed);
    for (const f of o.features) g.features.set(f, (g.features.get(f) ?? 0) + 1);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** Identical programs per feature: [feature, programs using it, identical]. */
export function perFeature(outcomes: Outcome[]): [string, number, number][] {
  const stats = new Map<string, [number, number]>();
  for (const o of outcomes) {
    for (const f of o.features) {
      const s = stats.get(f) ?? [0, 0];
      s[0]++;
      if (!o.diff) s[1]++;
      stats.set(f, s);
    }
  }
  return [...stats].map(([f, [n, ok]]) => [f, n, ok] as [string, number, number]).sort((a, b) => a[2] / a[1] - b[2] / b[1]);
}

/** Shrinks the smallest program of each group (up to `limit` groups, biggest groups first). */
export async function shrinkGroups(groups: Group[], options: GenerateOptions, limit: number, maxChecks: number, onDone?: (g: Group) => void): Promise<void> {
  const queue = groups.slice(0, limit).filter((g) => g.kind !== 'timeout');
  // Two at once: one shrinker's python3 runs while the other's program runs here.
  const worker = async () => {
    for (let g = queue.shift(); g; g = queue.shift()) await shrinkGroup(g, options, maxChecks, onDone);
  };
  await Promise.all([worker(), worker()]);
}

async function shrinkGroup(group: Group, options: GenerateOptions, maxChecks: number, onDone?: (g: Group) => void): Promise<void> {
  // Of the first few programs, the shortest is the cheapest to shrink.
  const candidates = group.seeds.slice(0, 5).map((seed) => generateProgram(seed, options));
  const program = candidates.reduce((a, b) => (renderProgram(a.body).length <= renderProgram(b.body).length ? a : b));
  const source = renderProgram(program.body);
  const ours = runOurs(source);
  const diff = compareRuns(await runPython(source), ours);
  if (!diff) return;
  const shrunk = await shrink(program, diff, maxChecks);
  group.shrunk = { ...shrunk, seed: program.seed, originalLines: source.split('\n').length - 1 };
  onDone?.(group);
}
