// The invariant that makes the graph trustworthy: at every step, each object's refcount equals the references to it
// found in the snapshot (frames, value stacks, objects, interpreter roots), and nothing refers to a freed object.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../src/python/interpreter';
import { ledgerMismatches } from './support/ledger';

const corpusDir = join(__dirname, 'corpus');
const programs = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();
/** Steps checked per program: the first 3000, fewer for a big heap (each step describes every live object). */
const STEP_CAP = 3000;
/**
 * Objects described over a program's steps: a program importing tracemalloc has 7,000 live objects a step, so it
 * is checked over its first 570 steps (at 10 million, three such programs took 73 of a 46-program sample's 115 s).
 */
const OBJECT_BUDGET = 4_000_000;

describe('reference ledger over the corpus', () => {
  for (const file of programs) {
    it(`counts every reference at every step of ${file}`, () => {
      const source = readFileSync(join(corpusDir, file), 'utf8');
      const stdinPath = join(corpusDir, file.replace(/\.py$/, '.stdin'));
      const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '';
      const interp = new Interpreter(source, { stdin, instructionBudget: 20_000_000, recordFreedIds: true });
      let steps = 0;
      let described = 0;
      while (steps < STEP_CAP && described < OBJECT_BUDGET && interp.step() === 'paused') {
        steps++;
        const snap = interp.snapshot();
        described += snap.objects.length;
        const problems = ledgerMismatches(snap);
        if (problems.length > 0) expect(problems, `after step ${steps} (line ${snap.line})`).toEqual([]);
      }
    }, 240_000);
  }
});
