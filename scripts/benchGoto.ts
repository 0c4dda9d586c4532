// Where a jump spends its time in the worker, run in Node by `npm run bench` (bundled with esbuild): restoring
// the nearest checkpoint and replaying to the step, building the step's view (snapshot, layout, changes,
// narration), and its structured clone (v8.serialize, the algorithm postMessage uses).
import '../src/python/modules/library/installStaticLibrary';
import { serialize } from 'node:v8';
import { Session } from '../src/worker/session';
import { Scout } from '../src/worker/scout';

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** The page bench's loop of `iterations`: the scout runs it to the end, then `jumps` random gotos are timed. */
function benchGoto(iterations: number, jumps: number): string[] {
  const code = `total = 0\nfor i in range(${iterations}):\n    total += i\nprint('done', total)\n`;
  const session = new Session(code, { maxSteps: 20_000_000 });
  const scout = new Scout(code, session.interpreterOptions, session.history, session.checkpoints);
  while (!scout.runSlice(Date.now() + 30));
  const total = scout.overview().totalSteps!;
  const checkpoints = session.checkpoints.count;
  const random = seededRandom(12);
  const replay: number[] = [], view: number[] = [], clone: number[] = [], all: number[] = [], replayed: number[] = [];
  for (let i = 0; i < jumps; i++) {
    const target = 1 + Math.floor(random() * total);
    const from = Math.max(session.checkpoints.stepBefore(target - 1), target > session.step ? session.step : 0);
    const began = performance.now();
    session.goto(target);
    const moved = performance.now();
    const built = session.view();
    const viewed = performance.now();
    serialize(built);
    const cloned = performance.now();
    replay.push(moved - began);
    view.push(viewed - moved);
    clone.push(cloned - viewed);
    all.push(cloned - began);
    replayed.push(target - from);
  }
  const cell = (xs: number[]) => `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}`;
  return [total.toLocaleString('en-US'), String(checkpoints), `${percentile(replayed, 50)} / ${percentile(replayed, 95)}`, cell(replay), cell(view), cell(clone), cell(all)];
}

const jumps = Number(process.argv[2] ?? 30);
const rows = [benchGoto(500_000, jumps), benchGoto(5_000_000, jumps)];
console.log(`\nthe same jumps in the worker's code, in Node (${jumps} seeded random steps after the scout's run; p50 / p95 ms):`);
const head = ['steps', 'checkpoints', 'steps replayed', 'restore+replay', 'view', 'clone', 'worker total'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padStart(widths[i])).join('  '));
