// Makes a random valid, terminating, deterministic Python program from a seed and a set of features.

import type { Program, Stmt } from './program';
import { Gen } from './gen/context';
import { exprOf } from './gen/exprs';
import { uncaught } from './gen/stmts/exceptions';
import { guardRaising } from './gen/stmts/common';
import { DEFAULT_FEATURES, featureByName, type Feature } from './features';

export interface GenerateOptions {
  /** The features programs may use (default: all but the opt-in ones). */
  features?: readonly string[];
  /** How many features one program mixes (a program of few features tells which one differs). */
  perProgram?: [number, number];
  statements?: [number, number];
  /** Constructs to leave out (tags of known differences, see FINDINGS.md). */
  avoid?: readonly string[];
}

export function generateProgram(seed: number, options: GenerateOptions = {}): Program {
  const enabled = (options.features ?? DEFAULT_FEATURES).map(featureByName);
  const g = new Gen(seed, enabled.map((f) => f.name), options.avoid);
  const [lo, hi] = options.perProgram ?? [1, 4];
  const chosen = g.r.sample(enabled, g.r.int(lo, hi));
  // traceback only adds the last statement; gccount and strhash need company.
  if (chosen.every((f) => f.top.length === 0 || f.name === 'gccount')) {
    const others = enabled.filter((f) => f.top.length && f.name !== 'gccount');
    chosen.push(others.length ? g.r.pick(others) : featureByName('int'));
  }
  g.exprOf = exprOf;
  g.innerStmts = (min, max) => innerStmts(g, chosen, min, max);

  const body: Stmt[] = [];
  const [smin, smax] = options.statements ?? [20, 60];
  const count = g.r.int(smin, smax);
  const tops = chosen.filter((f) => f.top.length);
  for (let made = 0, tries = 0; made < count && tries < count * 5; tries++) {
    const f = g.r.pick(tops);
    const out = g.r.weighted(f.top)(g);
    if (!out) continue;
    body.push(...(Array.isArray(out) ? out : [out]));
    made++;
  }
  if (chosen.some((f) => f.name === 'traceback')) body.push(...uncaught(g));
  const program = guardRaising([...g.prelude.values(), ...body]);
  const features = new Set<string>();
  collectFeatures(program, features);
  if (chosen.some((f) => f.name === 'traceback')) features.add('traceback');
  return { seed, body: program, features };
}

function innerStmts(g: Gen, chosen: Feature[], min: number, max: number): Stmt[] {
  const pool = chosen.filter((f) => f.inner.length);
  const features = pool.length ? pool : [featureByName('int')];
  const out: Stmt[] = [];
  const n = g.r.int(min, max);
  for (let made = 0, tries = 0; made < n && tries < n * 5 + 5; tries++) {
    const f = g.r.pick(features);
    const s = g.r.weighted(f.inner)(g);
    if (!s) continue;
    out.push(...(Array.isArray(s) ? s : [s]));
    made++;
  }
  return out;
}

function collectFeatures(body: Stmt[], into: Set<string>): void {
  for (const s of body) {
    into.add(s.feature);
    for (const c of s.clauses ?? []) collectFeatures(c.body, into);
  }
}
