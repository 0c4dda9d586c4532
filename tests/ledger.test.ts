// The invariant that makes the graph trustworthy: at every step, each object's refcount equals the references to it
// found in the snapshot (frames, value stacks, objects, interpreter roots), and nothing refers to a freed object.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../src/python/interpreter';
import { ledgerMismatches } from './support/ledger';

const corpusDir = join(__dirname, 'corpus');
const programs = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();

describe('reference ledger over the corpus', () => {
  for (const file of programs) {
    it(`counts every reference at every step of ${file}`, () => {
      const source = readFileSync(join(corpusDir, file), 'utf8');
      const stdinPath = join(corpusDir, file.replace(/\.py$/, '.stdin'));
      const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '';
      const interp = new Interpreter(source, { stdin, instructionBudget: 20_000_000, recordFreedIds: true });
      let steps = 0;
      while (interp.step() === 'paused' && steps < 3000) {
        steps++;
        const snap = interp.snapshot();
        const problems = ledgerMismatches(snap);
        if (problems.length > 0) expect(problems, `after step ${steps} (line ${snap.line})`).toEqual([]);
      }
    }, 120_000);
  }
});
