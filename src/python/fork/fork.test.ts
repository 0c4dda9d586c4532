// Forking an interpreter mid-run, over the whole differential corpus: the fork and the original, each run
// on to the end, must go through exactly the same states (so a checkpoint is the state it was taken at,
// and neither run reaches into the other's objects).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Interpreter } from '../interpreter';
import { NotForkable } from './graphClone';
import { FIRST_HEAP_ID } from '../runtime/shared';

const corpusDir = join(__dirname, '..', '..', '..', 'tests', 'corpus');
const programs = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();
/** Long programs are forked within their first steps only (the test's time). */
const STEP_CAP = 4000;
/** Characters of snapshot text a fork point's traces compare per run (steps times one state's text). */
const STATE_TEXT_BUDGET = 20_000_000;

function open(file: string): Interpreter {
  const source = readFileSync(join(corpusDir, file), 'utf8');
  const stdinPath = join(corpusDir, file.replace(/\.py$/, '.stdin'));
  const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '';
  return new Interpreter(source, { stdin, instructionBudget: 50_000_000 });
}

/**
 * A snapshot as text, with the ids of shared objects numbered by first appearance: each import makes its
 * module's shared objects anew, so two runs in one process give them different ids (forked or not).
 */
function stateText(interp: Interpreter, sharedIds: Map<number, number>): string {
  const rename = (id: number) => {
    if (id >= FIRST_HEAP_ID) return id;
    if (!sharedIds.has(id)) sharedIds.set(id, -1 - sharedIds.size);
    return sharedIds.get(id)!;
  };
  return JSON.stringify(withSharedIdsRenamed(interp.snapshot(), '', rename));
}

const ID_KEYS = new Set(['id', 'targetId', 'namespaceId']);

/**
 * A copy of snapshot data with `rename` applied to its ids, in JSON.stringify's order of keys (so shared ids are
 * numbered by first appearance in the text). JSON.stringify calling back a replacer for every value took a third
 * longer.
 */
function withSharedIdsRenamed(value: unknown, key: string, rename: (id: number) => number): unknown {
  if (typeof value === 'number') return ID_KEYS.has(key) ? rename(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    if (key === 'stack' && value.every((v) => typeof v === 'number')) return value.map(rename);
    return value.map((v) => withSharedIdsRenamed(v, '', rename));
  }
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(value)) copy[k] = withSharedIdsRenamed((value as Record<string, unknown>)[k], k, rename);
  return copy;
}

/** Every later state of a run, as text: each step's full snapshot, then the output and status at the end. */
function trace(interp: Interpreter, steps: number): string[] {
  const states: string[] = [];
  const sharedIds = new Map<number, number>();
  for (let i = 0; i < steps && interp.step() === 'paused'; i++) states.push(stateText(interp, sharedIds));
  states.push(JSON.stringify({ status: interp.status, stdout: interp.stdout, stderr: interp.stderr, exit: interp.exitStatus }));
  return states;
}

function countSteps(file: string): number {
  const interp = open(file);
  while (interp.steps < STEP_CAP && interp.step() === 'paused');
  return interp.steps;
}

describe('Interpreter.fork over the corpus', () => {
  let forked = 0;
  for (const file of programs) {
    it(`forks ${file} mid-run into two identical runs`, () => {
      const total = countSteps(file);
      for (const at of new Set([1, Math.floor(total / 3), Math.floor((2 * total) / 3)])) {
        if (at < 1 || at >= total) continue;
        const original = open(file);
        while (original.steps < at && original.step() === 'paused');
        let copy: Interpreter;
        try {
          copy = original.fork().interpreter;
        } catch (e) {
          // A native operation waiting on a Python callee (a JS generator) cannot be copied: no checkpoint there.
          if (e instanceof NotForkable) continue;
          throw e;
        }
        forked++;
        const forkedState = stateText(original, new Map());
        expect(stateText(copy, new Map())).toBe(forkedState);
        // The copy runs first: had it touched the original's objects, the original's run would differ.
        // Each step is compared by its whole snapshot: a big state (thousands of objects, or a list of 100,000
        // items, megabytes of text) takes fewer steps.
        const steps = Math.max(3, Math.min(60, Math.floor(STATE_TEXT_BUDGET / forkedState.length)));
        const copied = trace(copy, steps);
        const straight = trace(original, steps);
        expect(copied).toEqual(straight);
      }
    }, 240_000);
  }
  it('forked most programs somewhere', () => {
    expect(forked).toBeGreaterThan(programs.length);
  });
});
