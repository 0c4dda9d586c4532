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
function stateText(state: unknown, sharedIds: Map<number, number>): string {
  return JSON.stringify(withSharedIdsRenamed(state, '', (id) => renamed(id, sharedIds)));
}

/** A shared object's id as its number of first appearance (negative); a heap object's id as it is. */
function renamed(id: number, sharedIds: Map<number, number>): number {
  if (id >= FIRST_HEAP_ID) return id;
  let n = sharedIds.get(id);
  if (n === undefined) sharedIds.set(id, (n = -1 - sharedIds.size));
  return n;
}

const ID_KEYS = new Set(['id', 'targetId', 'namespaceId']);

/** A frame's value stack of ids (PUSH_NULL's null left out of renaming, as it is in the text). */
function isIdStack(key: string, value: unknown[]): boolean {
  return key === 'stack' && value.every((v) => typeof v === 'number');
}

/**
 * A copy of snapshot data with `rename` applied to its ids, in JSON.stringify's order of keys (so shared ids are
 * numbered by first appearance in the text). JSON.stringify calling back a replacer for every value took a third
 * longer.
 */
function withSharedIdsRenamed(value: unknown, key: string, rename: (id: number) => number): unknown {
  if (typeof value === 'number') return ID_KEYS.has(key) ? rename(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    if (isIdStack(key, value)) return value.map(rename);
    return value.map((v) => withSharedIdsRenamed(v, '', rename));
  }
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(value)) copy[k] = withSharedIdsRenamed((value as Record<string, unknown>)[k], k, rename);
  return copy;
}

/**
 * Whether two runs' states are the same data, each side's shared ids renamed as stateText does: the same keys in
 * the same order, equal values. Stricter than equal texts (NaN, or a key set to undefined, differ here and not
 * there), so a difference is checked again by text. Comparing the data instead of stringifying it (a trace is
 * megabytes of JSON) took a 48-program sample of this test from 69 s to 44 s.
 */
class SameStates {
  private readonly leftIds = new Map<number, number>();
  private readonly rightIds = new Map<number, number>();

  same(a: unknown, b: unknown, key: string): boolean {
    if (typeof a === 'number') return typeof b === 'number' && (ID_KEYS.has(key) ? this.sameId(a, b) : a === b);
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      if (isIdStack(key, a)) return isIdStack(key, b) && a.every((id: number, i) => this.sameId(id, b[i] as number));
      for (let i = 0; i < a.length; i++) if (!this.same(a[i], b[i], '')) return false;
      return true;
    }
    if (Array.isArray(b)) return false;
    const keys = Object.keys(a);
    const otherKeys = Object.keys(b);
    if (keys.length !== otherKeys.length) return false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (otherKeys[i] !== k || !this.same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], k)) return false;
    }
    return true;
  }

  private sameId(a: number, b: number): boolean {
    return renamed(a, this.leftIds) === renamed(b, this.rightIds);
  }
}

/** Two traces (or states) must be equal: as data, else (a difference the texts may not show) as texts. */
function expectSameStates(left: unknown[], right: unknown[]): void {
  const states = new SameStates();
  if (left.length === right.length && left.every((state, i) => states.same(state, right[i], ''))) return;
  const texts = (trace: unknown[]) => {
    const sharedIds = new Map<number, number>();
    return trace.map((state) => stateText(state, sharedIds));
  };
  expect(texts(left)).toEqual(texts(right));
}

/**
 * Every later state of a run: each step's full snapshot, then the output and status at the end. Kept as data: a
 * snapshot shares nothing later steps change (its stderr marks are copied on the next write).
 */
function trace(interp: Interpreter, steps: number): unknown[] {
  const states: unknown[] = [];
  for (let i = 0; i < steps && interp.step() === 'paused'; i++) states.push(interp.snapshot());
  states.push({ status: interp.status, stdout: interp.stdout, stderr: interp.stderr, exit: interp.exitStatus });
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
        const forkedState = original.snapshot();
        expectSameStates([copy.snapshot()], [forkedState]);
        // The copy runs first: had it touched the original's objects, the original's run would differ.
        // Each step is compared by its whole snapshot: a big state (thousands of objects, or a list of 100,000
        // items, megabytes of text) takes fewer steps.
        const steps = Math.max(3, Math.min(60, Math.floor(STATE_TEXT_BUDGET / JSON.stringify(forkedState).length)));
        const copied = trace(copy, steps);
        const straight = trace(original, steps);
        expectSameStates(copied, straight);
      }
    }, 240_000);
  }
  it('forked most programs somewhere', () => {
    expect(forked).toBeGreaterThan(programs.length);
  });
});
