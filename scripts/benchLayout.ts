// Layout time of the picture for 300 and 2,000 boxes (a linked list, a tree and a wide expanded list), run in Node
// by `npm run bench` (bundled with esbuild). The worker does the same work in the page.
import '../src/python/modules/library/installStaticLibrary';
import { Interpreter } from '../src/python/interpreter';
import { layoutSnapshot } from '../src/view/layout';

const PROGRAMS: Record<string, (n: number) => string> = {
  'linked list': (n) => `class Node:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.next = nxt\nhead = None\nfor i in range(${n}):\n    head = Node(i, head)\nx = 1\n`,
  tree: (n) => `class T:\n    def __init__(self, l, r):\n        self.l = l\n        self.r = r\ndef build(d):\n    return T(build(d - 1), build(d - 1)) if d else None\nroot = build(${Math.round(Math.log2(n))})\nx = 1\n`,
};

export function benchLayout(): { name: string; boxes: number; ms: number }[] {
  const rows: { name: string; boxes: number; ms: number }[] = [];
  for (const [name, program] of Object.entries(PROGRAMS)) {
    for (const n of [300, 2000]) {
      const interp = new Interpreter(program(n));
      interp.run = interp.run.bind(interp);
      while (interp.step() === 'paused' && !interp.finishedBody);
      const snap = interp.snapshot({ rowLimit: 10, expanded: new Set(), maxObjects: 10_000 });
      // Warm the JIT up first, as stepping does in the page.
      let layout = layoutSnapshot(snap, { showShared: false });
      for (let i = 0; i < 10; i++) layout = layoutSnapshot(snap, { showShared: false });
      const times: number[] = [];
      // CPU time, not wall time: the measure holds on a busy machine.
      for (let i = 0; i < 9; i++) {
        const t = process.cpuUsage();
        layout = layoutSnapshot(snap, { showShared: false });
        const used = process.cpuUsage(t);
        times.push((used.user + used.system) / 1000);
      }
      times.sort((a, b) => a - b);
      rows.push({ name, boxes: layout.boxes.length, ms: times[4] });
    }
  }
  return rows;
}

const rows = benchLayout();
console.log('\nlayout of the picture in Node (CPU time after warm-up, median of 9 runs):');
for (const r of rows) console.log(`  ${r.name.padEnd(12)} ${String(r.boxes).padStart(5)} boxes ${r.ms.toFixed(1).padStart(7)} ms`);
