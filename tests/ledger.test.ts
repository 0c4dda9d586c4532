// The invariant that makes the graph trustworthy: at every step, each object's refcount equals the references to it
// found in the snapshot (frames, value stacks, objects, interpreter roots), and nothing refers to a freed object.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../src/python/interpreter';
import type { Snapshot } from '../src/python/snapshot';

const corpusDir = join(__dirname, 'corpus');
const programs = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();

/** Returns a description of every mismatch between counted references and refcounts. */
export function ledgerMismatches(snap: Snapshot): string[] {
  const counted = new Map<number, number>();
  const add = (id: number) => counted.set(id, (counted.get(id) ?? 0) + 1);
  for (const f of snap.frames) for (const r of f.references) add(r.targetId);
  for (const r of snap.roots) add(r.targetId);
  for (const o of snap.objects) for (const r of o.references) if (!r.weak) add(r.targetId);
  const freed = new Set(snap.freedIds);
  const live = new Set(snap.objects.map((o) => o.id));
  const problems: string[] = [];
  for (const o of snap.objects) {
    if (o.immortal) continue;
    const n = counted.get(o.id) ?? 0;
    if (n !== o.refcount) problems.push(`${o.type} #${o.id} ${o.repr}: refcount ${o.refcount}, references found ${n}`);
  }
  for (const id of counted.keys()) {
    if (freed.has(id) && !live.has(id)) problems.push(`a reference to freed object #${id}`);
  }
  return problems;
}

describe('reference ledger over the corpus', () => {
  for (const file of programs) {
    it(`counts every reference at every step of ${file}`, () => {
      const source = readFileSync(join(corpusDir, file), 'utf8');
      const stdinPath = join(corpusDir, file.replace(/\.py$/, '.stdin'));
      const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '';
      const interp = new Interpreter(source, { stdin, instructionBudget: 20_000_000 });
      let steps = 0;
      while (interp.step() === 'paused' && steps < 3000) {
        steps++;
        const problems = ledgerMismatches(interp.snapshot());
        expect(problems, `after step ${steps} (line ${interp.snapshot().line})`).toEqual([]);
      }
    });
  }
});
