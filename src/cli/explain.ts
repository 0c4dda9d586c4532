// `--explain NAME`: after a run, why the global NAME's object has the refcount it has, and how it got there.

import { Interpreter, type InterpreterOptions } from '../python/interpreter';
import { referencesTo, retainedSize } from '../python/ledger';
import type { Snapshot } from '../python/snapshot';

const MAX_STEPS = 200_000;

function runToEndOfBody(source: string, options: InterpreterOptions, onStep?: (snap: Snapshot, previous: Snapshot) => void): Interpreter {
  const interp = new Interpreter(source, options);
  let previous = interp.snapshot();
  while (!interp.finishedBody && interp.steps < MAX_STEPS && interp.step() === 'paused') {
    if (onStep) {
      const snap = interp.snapshot();
      onStep(snap, previous);
      previous = snap;
    }
  }
  return interp;
}

/** The explanation text for a global variable, computed at the end of the module body (before shutdown). */
export function explainGlobal(source: string, name: string, options: InterpreterOptions = {}): string {
  const first = runToEndOfBody(source, options);
  if (first.status === 'error' || first.status === 'halted') return `cannot explain \`${name}\`: the program did not finish (${first.error?.type})\n`;
  const snap = first.snapshot();
  const variable = snap.frames[0]?.variables.find((v) => v.label === name);
  if (!variable) return `cannot explain \`${name}\`: there is no global of that name at the end of the program\n`;
  const target = snap.objects.find((o) => o.id === variable.targetId);
  if (!target) return `cannot explain \`${name}\`\n`;
  const lines: string[] = [];
  lines.push(`\`${name}\` is a ${target.type} (id ${target.id}) with refcount ${target.refcount}, ${target.size} bytes, ${retainedSize(snap, target.id)} bytes retained.`);
  const refs = referencesTo(snap, target.id);
  lines.push(`References to it now (${refs.length}):`);
  for (const r of refs) lines.push(`  ${r.description}`);
  if (target.immortal) {
    lines.push('It is a shared object that lives for the whole run; its count is not shown.');
    return lines.join('\n') + '\n';
  }
  // Ids are deterministic, so a second run can follow the same object from its creation.
  lines.push('How its count changed:');
  runToEndOfBody(source, options, (now, before) => {
    const was = before.objects.find((o) => o.id === target.id)?.refcount;
    const is = now.objects.find((o) => o.id === target.id)?.refcount;
    if (was === is) return;
    const line = before.line ?? '?';
    if (was === undefined) lines.push(`  line ${line}: created, refcount ${is}`);
    else if (is === undefined) lines.push(`  line ${line}: freed`);
    else lines.push(`  line ${line}: ${is > was ? '+' : ''}${is - was} -> ${is}`);
  });
  return lines.join('\n') + '\n';
}
