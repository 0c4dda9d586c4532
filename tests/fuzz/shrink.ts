// Shrinks a failing program: removes statements and clauses, unwraps blocks, simplifies expressions, as long as
// the same difference (same kind, same differing lines) persists.

import { renderExpr, renderProgram, type Expr, type Program, type Stmt } from './program';
import { check, compareRuns, runOurs, runPython, type Diff, type Run } from './runner';

export interface Shrunk {
  source: string;
  diff: Diff;
  py: Run;
  ours: Run;
  /** Candidate programs tried (python3 runs, not counting those our own run alone ruled out). */
  checks: number;
}

/** The difference the shrinker keeps: the same kind and the same lines on both sides. */
function sameDiff(a: Diff | null, target: Diff): boolean {
  return !!a && a.kind === target.kind && (a.kind === 'timeout' || (a.python === target.python && a.ours === target.ours));
}

/** A quick necessary condition from our run alone, before paying for python3. */
function oursStillShows(ours: Run, target: Diff): boolean {
  switch (target.kind) {
    case 'crash': return ours.crash === target.ours;
    case 'exception': return ours.status !== 0 ? ours.stderr.trimEnd().endsWith(target.ours) : target.ours === '';
    case 'stdout': return target.ours === '<end>' || ours.stdout.split('\n').includes(target.ours);
    case 'stderr': return target.ours === '<end>' || ours.stderr.split('\n').includes(target.ours);
    default: return true;
  }
}

export async function shrink(program: Program, target: Diff, maxChecks = 400): Promise<Shrunk> {
  let checks = 0;
  const holds = async (): Promise<boolean> => {
    if (checks >= maxChecks) return false;
    const source = renderProgram(program.body);
    const ours = runOurs(source);
    if (!oursStillShows(ours, target)) return false;
    checks++;
    return sameDiff(compareRuns(await runPython(source), ours), target);
  };
  /** Applies a change; keeps it if the difference holds, else undoes it. */
  const attempt = async (apply: () => void, undo: () => void): Promise<boolean> => {
    apply();
    if (await holds()) return true;
    undo();
    return false;
  };

  for (let round = 0; round < 6 && checks < maxChecks; round++) {
    let progress = false;
    for (const list of statementLists(program.body)) if (await removeChunks(list, attempt)) progress = true;
    for (const s of liveStatements(program.body)) {
      if (s.clauses) {
        for (const c of s.clauses) {
          if (c.optional && !c.removed && (await attempt(() => (c.removed = true), () => (c.removed = false)))) progress = true;
        }
        if (s.unwrappable && !s.unwrapped && (await attempt(() => (s.unwrapped = true), () => (s.unwrapped = false)))) progress = true;
      }
    }
    for (const e of liveExprs(program.body)) if (await simplify(e, attempt)) progress = true;
    if (!progress) break;
  }
  const source = renderProgram(program.body);
  const final = await check(source);
  return { source, diff: final.diff ?? target, py: final.py, ours: final.ours, checks };
}

type Attempt = (apply: () => void, undo: () => void) => Promise<boolean>;

/** Removes chunks of a statement list, halving the chunk size down to single statements. */
async function removeChunks(list: Stmt[], attempt: Attempt): Promise<boolean> {
  let progress = false;
  const alive = () => list.filter((s) => !s.removed);
  for (let size = Math.max(1, Math.floor(alive().length / 2)); size >= 1; size = Math.floor(size / 2)) {
    for (let i = 0; i < alive().length; ) {
      const chunk = alive().slice(i, i + size);
      if (!chunk.length) break;
      const ok = await attempt(() => chunk.forEach((s) => (s.removed = true)), () => chunk.forEach((s) => (s.removed = false)));
      if (ok) progress = true;
      else i += size;
    }
    if (size === 1) break;
  }
  return progress;
}

/** Tries each simpler alternative of an expression (the plainest literal first), then its parts. */
async function simplify(e: Expr, attempt: Attempt): Promise<boolean> {
  let progress = false;
  let current = e;
  while (current.replacement) current = current.replacement;
  for (const alt of [...current.alts].reverse()) {
    if (renderExpr(alt) === renderExpr(current)) continue;
    if (await attempt(() => (current.replacement = alt), () => (current.replacement = undefined))) {
      progress = true;
      return (await simplify(alt, attempt)) || progress;
    }
  }
  for (const p of current.parts) if (typeof p !== 'string' && (await simplify(p, attempt))) progress = true;
  return progress;
}

/** Every statement list, outermost first: the program body and each clause body of statements still there. */
function statementLists(body: Stmt[]): Stmt[][] {
  const out: Stmt[][] = [body];
  for (const s of body) {
    if (s.removed) continue;
    for (const c of s.clauses ?? []) if (!c.removed) out.push(...statementLists(c.body));
  }
  return out;
}

function liveStatements(body: Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  for (const s of body) {
    if (s.removed) continue;
    out.push(s);
    for (const c of s.clauses ?? []) if (!c.removed) out.push(...liveStatements(c.body));
  }
  return out;
}

/** The outermost expressions of the statements still there. */
function liveExprs(body: Stmt[]): Expr[] {
  const out: Expr[] = [];
  for (const s of liveStatements(body)) {
    const parts = [...(s.line ?? []), ...(s.clauses ?? []).filter((c) => !c.removed).flatMap((c) => c.head)];
    for (const p of parts) if (typeof p !== 'string') out.push(p);
  }
  return out;
}
