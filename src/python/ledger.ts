// The reference ledger: who holds each reference to an object, in words, and what freeing it would release.

import type { ObjectSnapshot, Snapshot } from './snapshot';

export interface LedgerEntry {
  /** A sentence fragment: "global `a`", "item [0] of list #100200", "argument on the stack of `f()`". */
  readonly description: string;
  readonly holderId: number | null;
}

function quoteKey(label: string): string {
  return label.replace(/^\['(.*)'\]$/, '$1');
}

/** Every counted reference to `id` in a snapshot, described for people. */
export function referencesTo(snap: Snapshot, id: number): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  const byId = new Map(snap.objects.map((o) => [o.id, o]));
  const modulesId = snap.roots.find((r) => r.label === 'sys.modules')?.targetId;
  const mainModuleId = byId.get(modulesId ?? -1)?.references.find((r) => r.label === "['__main__']")?.targetId;
  const mainDictId = byId.get(mainModuleId ?? -1)?.references.find((r) => r.label === '__dict__')?.targetId;
  for (const f of snap.frames) {
    const fname = f.name === '<module>' ? 'the module' : f.isClassBody ? `the body of class \`${f.qualname}\`` : `\`${f.qualname}()\``;
    // The call waiting for this frame: `C(...)` when it runs a class's __init__ for a class call.
    const instanceId = f.references.find((r) => r.label === 'instance being initialised')?.targetId;
    const classCall = instanceId !== undefined ? `the call \`${byId.get(instanceId)?.type ?? 'class'}(...)\`` : 'the call';
    for (const r of f.references) {
      if (r.targetId !== id) continue;
      if (r.label.startsWith('stack[')) out.push({ description: `a temporary on the value stack of ${fname}`, holderId: null });
      else if (r.label === 'f_func') out.push({ description: `the running frame of ${fname}`, holderId: null });
      else if (r.label === 'f_code') out.push({ description: `the running frame of ${fname} (its code)`, holderId: null });
      else if (r.label === 'call operand') out.push({ description: `${classCall} waiting for ${fname} to return (it holds its arguments until then)`, holderId: null });
      else if (r.label === 'instance being initialised') out.push({ description: `${classCall} waiting for ${fname} to return (the new instance it will return)`, holderId: null });
      else if (r.label.startsWith('temporary of ')) out.push({ description: `\`${r.label.slice('temporary of '.length)}\` running in ${fname} (holds it while it works)`, holderId: null });
      else if (r.label === 'f_locals') out.push({ description: `the class body namespace of ${fname}`, holderId: null });
      else if (r.label === 'class body function' || r.label === 'class name' || r.label === 'base class' || r.label === 'namespace of the class being built') {
        out.push({ description: `the \`class\` statement running ${fname} (${r.label})`, holderId: null });
      }
      else out.push({ description: `local \`${r.label}\` in ${fname}`, holderId: null });
    }
  }
  const classParts = classPartNames(snap);
  const constsOwners = constsTupleOwners(snap);
  for (const o of snap.objects) {
    for (const r of o.references) {
      if (r.targetId !== id || r.weak) continue;
      const owner = constsOwners.get(o.id);
      if (owner && r.label.startsWith('[')) {
        out.push({ description: describeHolder(owner, 'co_consts', false, snap.idBase), holderId: owner.id });
        continue;
      }
      const part = classParts.get(o.id);
      const description = part && r.label.startsWith('[') ? `item ${r.label} of ${part}` : describeHolder(o, r.label, o.id === mainDictId, snap.idBase);
      out.push({ description, holderId: o.id });
    }
  }
  for (const r of snap.roots) if (r.targetId === id) out.push({ description: `the interpreter (${r.label})`, holderId: null });
  return out;
}

/** The code object whose co_consts each constants tuple is (the first, when code objects with equal constants share one). */
function constsTupleOwners(snap: Snapshot): Map<number, ObjectSnapshot> {
  const owners = new Map<number, ObjectSnapshot>();
  for (const o of snap.objects) {
    for (const r of o.references) if (r.label === 'co_consts' && !owners.has(r.targetId)) owners.set(r.targetId, o);
  }
  return owners;
}

/** Names of the tuples a class holds: `Leaf.__mro__`, `Leaf.__bases__`. */
function classPartNames(snap: Snapshot): Map<number, string> {
  const names = new Map<number, string>();
  for (const t of snap.objects) {
    if (t.type !== 'type') continue;
    const name = t.repr.replace(/^<class '(.*)'>$/, '$1');
    for (const r of t.references) if (r.label === '__mro__' || r.label === '__bases__') names.set(r.targetId, `\`${name}.${r.label}\``);
  }
  return names;
}

function describeHolder(o: ObjectSnapshot, label: string, isGlobals: boolean, idBase: number): string {
  // Objects are numbered from the program's first, as the picture numbers them.
  const n = o.id - idBase + 1;
  if (isGlobals) return label === 'key' ? 'the name of a global' : `global \`${quoteKey(label)}\``;
  if (label === 'key') return `a key of dict #${n}`;
  if (label === 'attribute name') return `an attribute name of ${o.type} #${n}`;
  if (label === 'cell_contents') return `cell #${n} of a closure`;
  if (label === '__class__') return `instance #${n} of it (every instance holds its class)`;
  if (label === '__objclass__') return `the descriptor ${o.repr} in its class dict`;
  if (label === '__base__') return `\`__base__\` of subclass ${o.repr}`;
  if (label === 'result tuple') return `the result tuple kept by ${o.type} #${n} for reuse`;
  if (label === 'co_consts' || label.startsWith('co_consts') || label === 'const cache') return `the constants of code #${n}`;
  if (label.startsWith('.')) return `attribute \`${label}\` of ${o.type} #${n}`;
  if (label.startsWith('[')) return `item ${label} of ${o.type} #${n}`;
  if (label.startsWith('{')) return `an element of ${o.type} #${n}`;
  return `\`${label}\` of ${o.type} #${n}`;
}

/**
 * Bytes that would be freed with the object: its own size plus everything only reachable through it
 * (from the frames and interpreter roots of the snapshot).
 */
export function retainedSize(snap: Snapshot, id: number): number {
  const byId = new Map(snap.objects.map((o) => [o.id, o]));
  const reach = (skip: number | null): Set<number> => {
    const seen = new Set<number>();
    const work: number[] = [];
    for (const f of snap.frames) for (const r of f.references) work.push(r.targetId);
    for (const r of snap.roots) work.push(r.targetId);
    while (work.length > 0) {
      const n = work.pop()!;
      if (n === skip || seen.has(n)) continue;
      seen.add(n);
      for (const r of byId.get(n)?.references ?? []) if (!r.weak) work.push(r.targetId);
    }
    return seen;
  };
  const all = reach(null);
  const without = reach(id);
  let bytes = 0;
  for (const n of all) {
    if (without.has(n)) continue;
    const o = byId.get(n);
    if (o && !o.immortal) bytes += o.size;
  }
  return bytes;
}
