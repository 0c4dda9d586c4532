// The references a badge counts that no arrow shows, in words: "2 × __class__ of Node", "Node.__mro__",
// "sys.modules". With them, every box's count adds up: arrows in plus the references its notes name.

import type { ObjectSnapshot, Snapshot } from '../python/snapshot';
import type { BoxContents } from './boxes';

interface Incoming {
  /** `f<id>`, `o<id>`, or `root`. */
  readonly holder: string;
  readonly label: string;
  /** What the box says ("__class__", "Node.__mro__"), and the sentence its tooltip says. */
  readonly short: string;
  readonly phrase: string;
  readonly count: number;
}

export interface ReferenceNotes {
  /** Whether an object will need a notes line (its count exceeds the arrows any box could draw to it). */
  needsLine(o: ObjectSnapshot): boolean;
  /** Given the arrows drawn, each object's notes and how many references they stand for. */
  finish(drawn: readonly { holder: string; refLabel: string; targetId: number }[]): Map<number, ObjectNotes>;
}

export interface ObjectNotes {
  /** Short phrases for the box: `6× __class__`, `Node.__mro__`, `sys.modules`. */
  readonly phrases: string[];
  /** The same in sentences, for the tooltip and the inspector. */
  readonly sentences: string[];
  readonly count: number;
}

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
  const frameNames = new Map(snap.frames.map((f) => [`f${f.id}`, f.name === '<module>' ? 'the module' : `${f.qualname}()`]));

  const incoming = new Map<number, Incoming[]>();
  const add = (targetId: number, entry: Incoming) => {
    const list = incoming.get(targetId);
    if (list) list.push(entry);
    else incoming.set(targetId, [entry]);
  };
  for (const f of snap.frames) {
    const where = frameNames.get(`f${f.id}`);
    for (const r of f.references) {
      const short = r.label === 'f_func' ? 'running frame' : r.label;
      const phrase = r.label === 'f_func' ? `the running frame of ${where}` : `${r.label} in ${where}`;
      add(r.targetId, { holder: `f${f.id}`, label: r.label, short, phrase, count: 1 });
    }
  }
  for (const r of snap.roots) {
    const short = r.label.replace(/\[.*$/, '');
    add(r.targetId, { holder: 'root', label: r.label, short, phrase: `the interpreter's ${r.label}`, count: 1 });
  }
  for (const o of snap.objects) {
    const part = partNames.get(o.id);
    for (const r of o.references) {
      if (r.weak) continue;
      const where = part ?? `${o.type} #${o.id - snap.idBase + 1}`;
      const word = r.label === 'key' ? 'key' : r.label === 'attribute name' ? 'attribute name' : itemWord(r.label);
      const short = part ?? (word === 'item' || word === 'key' ? `${word} of ${o.type}` : word);
      add(r.targetId, { holder: `o${o.id}`, label: r.label, short, phrase: `${word} of ${where}`, count: 1 });
    }
    for (const e of o.externalReferrers ?? []) {
      const word = itemWord(e.label);
      add(o.id, { holder: `x${e.exampleHolderId}`, label: e.label, short: word === 'item' ? `item of ${e.holderType}` : word, phrase: `${word} of ${e.holderType} objects not drawn`, count: e.count });
    }
  }

  // Arrows any box could draw, for sizing before placement.
  const potential = new Map<number, number>();
  const countRows = (rows: readonly { value: string | null; targetId: number | null }[]) => {
    for (const r of rows) if (r.value === null && r.targetId !== null) potential.set(r.targetId, (potential.get(r.targetId) ?? 0) + 1);
  };
  for (const f of snap.frames) countRows(contents.frame(f).rows);
  for (const o of snap.objects) if (!contents.isInline(o.id)) countRows(contents.object(o).rows);

  return {
    needsLine: (o) => o.refcount > (potential.get(o.id) ?? 0),
    finish(drawn) {
      const drawnKeys = new Map<string, number>();
      for (const d of drawn) {
        const k = `${d.targetId}\u0000${d.holder}\u0000${d.refLabel}`;
        drawnKeys.set(k, (drawnKeys.get(k) ?? 0) + 1);
      }
      const out = new Map<number, ObjectNotes>();
      const times = (n: number, text: string) => (n > 1 ? `${n.toLocaleString('en-US')}× ${text}` : text);
      for (const [id, list] of incoming) {
        const shortGroups = new Map<string, number>();
        const sentenceGroups = new Map<string, number>();
        let count = 0;
        for (const entry of list) {
          const k = `${id}\u0000${entry.holder}\u0000${entry.label}`;
          const left = drawnKeys.get(k) ?? 0;
          if (left > 0) {
            drawnKeys.set(k, left - 1);
            continue;
          }
          shortGroups.set(entry.short, (shortGroups.get(entry.short) ?? 0) + entry.count);
          sentenceGroups.set(entry.phrase, (sentenceGroups.get(entry.phrase) ?? 0) + entry.count);
          count += entry.count;
        }
        if (count === 0) continue;
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
