import { it } from 'vitest';
import { Interpreter } from './python/interpreter';
it('big', () => {
  const n = 20000;
  const code = `class P:\n    def __init__(self, i):\n        self.i = i\n        self.tag = [i]\nitems = [P(i) for i in range(${n})]\nx = 1\ny = 2\nz = 3\n`;
  const it = new Interpreter(code);
  while (it.step() === 'paused' && !it.finishedBody);
  const scope = { rowLimit: 10, expanded: new Set<number>(), maxObjects: 4000 };
  for (let k = 0; k < 3; k++) { const t = performance.now(); it.snapshot(scope); console.log('snapshot', (performance.now() - t).toFixed(0)); }
}, 120000);
