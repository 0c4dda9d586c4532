// The references a badge counts that no arrow shows, in words: "2 × __class__ of Node", "Node.__mro__",
// "sys.modules". With them, every box's count adds up: arrows in plus the references its notes name.

import type { ObjectSnapshot, Snapshot } from '../python/snapshot';
import { drawnFrames, type BoxContents } from './boxes';
import { groupDigits } from './groupDigits';

/** A reference into an object: who holds it (`f<id>`, `o<id>`, `root`, `x<id>` for objects not described) and how. */
interface Incoming {
  readonly holder: string;
  readonly label: string;
  /** For references from objects not described: how many, and their holders' type. */
  readonly count: number;
  readonly holderType?: string;
  /** Set for a frame's reference: the frame's name. */
  readonly frame?: string;
}

export interface ReferenceNotes {
  /** Whether an object will need a notes line (its count exceeds the arrows any box could draw to it). */
  needsLine(o: ObjectSnapshot): boolean;
  /** Given the arrows drawn, each object's notes and how many references they stand for. */
  finish(drawn: readonly { holder: string; refLabel: string; targetId: number }[], boxed: ReadonlySet<number>): Map<number, ObjectNotes>;
}

export interface ObjectNotes {
  /** Short phrases for the box: `6× __class__`, `Node.__mro__`, `sys.modules`. */
  readonly phrases: string[];
  /** The same in sentences, for the tooltip and the inspector. */
  readonly sentences: string[];
  readonly count: number;
}

const FOLDED_LABELS = new Set(['__dict__', '__closure__', '__defaults__', '__kwdefaults__', '__mro__', '__bases__']);

function itemWord(label: string): string {
  return /^\[(\d+|i)\]$/.test(label) ? 'item' : label;
}

export function referenceNotes(snap: Snapshot, contents: BoxContents): ReferenceNotes {
  // Names of parts: the tuple that is Node's __mro__ is "Node.__mro__".
  const partNames = new Map<number, string>();
  for (const o of snap.objects) {
    const owner = o.type === 'type' ? contents.objectTitle(o).replace(/^class /, '') : o.type;
    for (const r of o.references) {
      if (r.label === '__mro__' || r.label === '__bases__' || r.label === '__dict__' || r.label === '__closure__' || r.label === '__defaults__') {
        partNames.set(r.targetId, `${owner}.${r.label}`);
      }
    }
  }
  // A module's namespace dict, by the module's name: its entries are the module's globals.
  const moduleOfNamespace = new Map<number, string>();
  for (const o of snap.objects) {
    if (o.type !== 'module' || o.name === undefined) continue;
    const dict = o.references.find((r) => r.label === '__dict__');
    if (dict) moduleOfNamespace.set(dict.targetId, o.name);
  }
  const frameNames = new Map(snap.frames.map((f) => [`f${f.id}`, f.name === '<module>' ? 'the module' : f.library ? `${f.library}'s ${f.qualname}()` : `${f.qualname}()`]));

  /** Every reference into the given objects (those with a box: the others need no notes). */
  const incomingTo = (boxed: ReadonlySet<number>): Map<number, Incoming[]> => {
    const incoming = new Map<number, Incoming[]>();
    const add = (targetId: number, entry: Incoming) => {
      if (!boxed.has(targetId)) return;
      const list = incoming.get(targetId);
      if (list) list.push(entry);
      else incoming.set(targetId, [entry]);
    };
    for (const f of snap.frames) for (const r of f.references) add(r.targetId, { holder: `f${f.id}`, label: r.label, count: 1, frame: frameNames.get(`f${f.id}`) });
    for (const r of snap.roots) add(r.targetId, { holder: 'root', label: r.label, count: 1 });
    for (const o of snap.objects) {
      for (const r of o.references) if (!r.weak && boxed.has(r.targetId)) add(r.targetId, { holder: `o${o.id}`, label: r.label, count: 1 });
      for (const e of o.externalReferrers ?? []) add(o.id, { holder: `x${e.exampleHolderId}`, label: e.label, count: e.count, holderType: e.holderType });
    }
    return incoming;
  };
  const byId = new Map(snap.objects.map((o) => [o.id, o]));
  const modulesDictId = snap.roots.find((r) => r.label === 'sys.modules')?.targetId;

  /** The words for a reference no arrow shows: short for the box, a sentence for the tooltip. */
  const describe = (entry: Incoming): { short: string; phrase: string } => {
    const { holder, label } = entry;
    if (entry.frame !== undefined) {
      if (label === 'f_func' || label === 'f_code') return { short: 'running frame', phrase: `the running frame of ${entry.frame}` };
      if (label === 'call operand') return { short: 'waiting call', phrase: `the call waiting for ${entry.frame} to return (its arguments)` };
      if (label === 'instance being initialised') return { short: 'class call', phrase: `the class call waiting for ${entry.frame} to return (the new instance)` };
      return { short: label, phrase: `${label} in ${entry.frame}` };
    }
    if (holder === 'root') return { short: label.replace(/\[.*$/, ''), phrase: `the interpreter's ${label}` };
    const word = label === 'key' ? 'key' : label === 'attribute name' ? 'attribute name' : itemWord(label);
    const module = moduleOfNamespace.get(Number(holder.slice(1)));
    const global = /^\['(.*)'\]$/.exec(label);
    if (module !== undefined && global) return { short: `${module}.${global[1]}`, phrase: `${module}'s global ${global[1]}` };
    if (holder.startsWith('x')) return { short: word === 'item' ? `item of ${entry.holderType}` : word, phrase: `${word} of ${entry.holderType} objects not drawn` };
    const o = byId.get(Number(holder.slice(1)))!;
    // sys.modules is a dict the interpreter holds: its entries are named as the interpreter's.
    if (o.id === modulesDictId) return { short: 'sys.modules', phrase: `the interpreter's sys.modules${label}` };
    const part = partNames.get(o.id);
    const where = part ?? `${o.type} #${o.id - snap.idBase + 1}`;
    return { short: part ?? (word === 'item' || word === 'key' ? `${word} of ${o.type}` : word), phrase: `${word} of ${where}` };
  };

  // Arrows any box could draw, for sizing before placement.
  const potential = new Map<number, number>();
  const countRows = (rows: readonly { value: string | null; targetId: number | null }[]) => {
    for (const r of rows) if (r.value === null && r.targetId !== null) potential.set(r.targetId, (potential.get(r.targetId) ?? 0) + 1);
  };
  for (const f of drawnFrames(snap)) countRows(contents.frame(f).rows);
  // Parts folded into another box (a namespace, an instance's or class's dict, a closure's tuple) have no rows of their own.
  const folded = new Set<number>(snap.frames.flatMap((f) => (f.namespaceId !== undefined ? [f.namespaceId] : [])));
  for (const o of snap.objects) for (const r of o.references) if (FOLDED_LABELS.has(r.label) && !contents.isSharedPart(r.targetId)) folded.add(r.targetId);
  for (const o of snap.objects) if (!contents.isInline(o.id) && !folded.has(o.id)) countRows(contents.object(o).rows);

  return {
    needsLine: (o) => o.refcount > (potential.get(o.id) ?? 0),
    finish(drawn, boxed) {
      const incoming = incomingTo(boxed);
      // The arrows into each object, by holder and label: each one accounts for one incoming reference.
      const arrows = new Map<number, Map<string, number>>();
      for (const d of drawn) {
        let byHolder = arrows.get(d.targetId);
        if (!byHolder) arrows.set(d.targetId, (byHolder = new Map()));
        const k = `${d.holder}\u0000${d.refLabel}`;
        byHolder.set(k, (byHolder.get(k) ?? 0) + 1);
      }
      const out = new Map<number, ObjectNotes>();
      const times = (n: number, text: string) => (n > 1 ? `${groupDigits(n)}× ${text}` : text);
      for (const [id, list] of incoming) {
        if (byId.get(id)?.immortal) continue;
        const byHolder = arrows.get(id);
        let unexplained: Incoming[] | null = null;
        for (const entry of list) {
          if (byHolder) {
            const k = `${entry.holder}\u0000${entry.label}`;
            const left = byHolder.get(k) ?? 0;
            if (left > 0) {
              byHolder.set(k, left - 1);
              continue;
            }
          }
          (unexplained ??= []).push(entry);
        }
        if (!unexplained) continue;
        const shortGroups = new Map<string, number>();
        const sentenceGroups = new Map<string, number>();
        let count = 0;
        for (const entry of unexplained) {
          const { short, phrase } = describe(entry);
          shortGroups.set(short, (shortGroups.get(short) ?? 0) + entry.count);
          sentenceGroups.set(phrase, (sentenceGroups.get(phrase) ?? 0) + entry.count);
          count += entry.count;
        }
        out.set(id, {
          phrases: [...shortGroups].map(([p, n]) => times(n, p)),
          sentences: [...sentenceGroups].map(([p, n]) => times(n, p)),
          count,
        });
      }
      return out;
    },
  };
}
