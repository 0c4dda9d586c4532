// One line, in English and Bahasa Indonesia, saying what the step just taken did in memory:
// "`b = a`: list #3 now has 2 references: `a`, `b`".

import type { GcEvent } from '../python/gc/events';
import type { ObjectSnapshot, Snapshot } from '../python/snapshot';
import type { GraphLayout, Narration, ObjectBox, StepChanges } from './model';
import { groupDigits } from './groupDigits';

type Phrase = { en: string; id: string };

const MAX_EFFECTS = 2;
const MAX_NAMES = 3;

function bytes(n: number): string {
  return `${groupDigits(n)} B`;
}

/** `#n` names an object as the picture does. */
function objectName(o: ObjectSnapshot, snap: Snapshot): string {
  const named = ['function', 'type', 'generator', 'coroutine', 'async_generator'].includes(o.type);
  const kind = named ? `${o.type === 'type' ? 'class' : o.type} ${o.name ?? ''}`.trim() : o.type;
  return `${kind} #${o.id - snap.idBase + 1}`;
}

/** Who refers to an object, as the picture shows it: variables by name, then the fields arrows leave from. */
function holderNames(layout: GraphLayout, id: number): string[] {
  const byKey = new Map(layout.boxes.map((b) => [b.key, b]));
  const names: string[] = [];
  for (const e of layout.edges) {
    if (e.toKey !== `o${id}`) continue;
    const from = byKey.get(e.fromKey);
    const row = from?.rows[e.rowIndex];
    if (!from || !row) continue;
    if (from.kind === 'frame') names.push(row.kind === 'field' ? `\`${row.label}\`` : `${row.kind === 'temp' ? 'a temporary' : 'the return value'} of ${from.isModule ? 'the module' : from.title}`);
    else names.push(`${from.title}${row.label.startsWith('.') || row.label.startsWith('[') ? row.label : `[${row.label}]`}`);
  }
  return names;
}

function list(names: string[]): string {
  return names.length > MAX_NAMES ? `${names.slice(0, MAX_NAMES).join(', ')}, …` : names.join(', ');
}

function collectionPhrase(e: GcEvent): Phrase {
  const freed = e.collected;
  if (e.reason === 'threshold') {
    return {
      en: `the cyclic gc ran on its own (generation ${e.generation}, ${e.examined} objects examined) and found ${freed} unreachable`,
      id: `gc siklik berjalan sendiri (generasi ${e.generation}, ${e.examined} objek diperiksa) dan menemukan ${freed} yang tak terjangkau`,
    };
  }
  if (e.reason === 'shutdown' || e.reason === 'finalization') {
    return {
      en: `a collection at exit examined ${e.examined} objects and found ${freed} unreachable`,
      id: `pengumpulan saat keluar memeriksa ${e.examined} objek dan menemukan ${freed} yang tak terjangkau`,
    };
  }
  return {
    en: `gc.collect() examined ${e.examined} objects and freed ${freed} unreachable`,
    id: `gc.collect() memeriksa ${e.examined} objek dan membebaskan ${freed} yang tak terjangkau`,
  };
}

function memoryEffects(
  before: Snapshot, after: Snapshot, changes: StepChanges, layout: GraphLayout, drawn: ReadonlySet<number>,
  drawnBefore: () => ReadonlySet<number>, collections: readonly GcEvent[],
): Phrase[] {
  const effects: Phrase[] = [];
  if (before.gc.enabled !== after.gc.enabled) {
    effects.push(after.gc.enabled
      ? { en: 'automatic collection is on again', id: 'pengumpulan otomatis aktif lagi' }
      : { en: 'automatic collection is off: cycles now pile up until gc.collect()', id: 'pengumpulan otomatis mati: siklus kini menumpuk sampai gc.collect()' });
  }
  for (const e of collections) effects.push(collectionPhrase(e));
  const byId = new Map(after.objects.map((o) => [o.id, o]));
  for (const id of changes.created) {
    if (!drawn.has(id)) continue;
    const o = byId.get(id)!;
    const holders = holderNames(layout, id);
    const by = holders.length > 0 ? { en: `, held by ${list(holders)}`, id: `, dirujuk oleh ${list(holders)}` } : { en: '', id: '' };
    effects.push({ en: `created ${objectName(o, after)} (${bytes(o.size)})${by.en}`, id: `membuat ${objectName(o, after)} (${bytes(o.size)})${by.id}` });
  }
  // Counts that changed come last: what was made or freed says more.
  const deltas: Phrase[] = [];
  for (const [key, delta] of Object.entries(changes.refDeltas)) {
    const id = Number(key);
    if (!drawn.has(id)) continue;
    const o = byId.get(id)!;
    const holders = holderNames(layout, id);
    const n = o.refcount;
    const hidden = n - holders.length;
    const who = holders.length === 0 ? { en: '', id: '' } : {
      en: `: ${list(holders)}${hidden > 0 ? ` and ${hidden} not drawn` : ''}`,
      id: `: ${list(holders)}${hidden > 0 ? ` dan ${hidden} tidak digambar` : ''}`,
    };
    deltas.push({
      en: `${objectName(o, after)} now has ${n} reference${n === 1 ? '' : 's'}${who.en} (${delta > 0 ? '+' : ''}${delta})`,
      id: `${objectName(o, after)} kini punya ${n} referensi${who.id} (${delta > 0 ? '+' : ''}${delta})`,
    });
  }
  // Only objects the reader saw as boxes are named as freed: a library's objects (asyncio's handles) come and go unseen.
  const freed = changes.freed.length > 0 ? changes.freed.filter((f) => drawnBefore().has(f.id)) : [];
  if (freed.length > 0) {
    const names = freed.map((f) => `${f.type} #${f.id - after.idBase + 1}`);
    effects.push({
      en: `freed ${list(names)} (no references left)`,
      id: `membebaskan ${list(names)} (tidak ada referensi tersisa)`,
    });
  }
  return [...effects, ...deltas];
}

/** The objects a picture has boxes for. */
export function drawnObjectIds(layout: GraphLayout): Set<number> {
  return new Set(layout.boxes.filter((b): b is ObjectBox => b.kind === 'object').map((b) => b.objectId));
}

/**
 * The narration of the step from `before` to `after`. `source` is the program, `layout` the picture of
 * `after` and `layoutBefore` that of `before` (made only when asked): only objects the pictures draw are mentioned.
 */
export function narrate(
  source: string, before: Snapshot | null, after: Snapshot, changes: StepChanges, layout: GraphLayout,
  layoutBefore: () => GraphLayout,
): Narration {
  const lines = source.split(/\r?\n/);
  const code = (line: number | null) => (line ? `\`${(lines[line - 1] ?? '').trim()}\`` : '');
  const drawn = drawnObjectIds(layout);
  let drawnEarlier: Set<number> | null = null;
  const drawnBefore = () => (drawnEarlier ??= drawnObjectIds(layoutBefore()));
  // A button pressed at this step (the same step before and after) acted alone: its collection only.
  const acted = before !== null && before.step === after.step;
  const collections = acted ? after.gc.stepCollections.slice(before.gc.stepCollections.length) : after.gc.stepCollections;
  const effects = before ? memoryEffects(before, after, changes, layout, drawn, drawnBefore, collections) : [];
  const join = (lang: 'en' | 'id', none: string) => (effects.length > 0 ? effects.slice(0, MAX_EFFECTS).map((e) => e[lang]).join('; ') : none);
  const innermost = after.frames[after.frames.length - 1];
  // After a return step, the step finishes the return: say so instead of repeating the return's line.
  const ran = before?.line ?? null;
  const returned = before && (before.event === 'return' || before.event === 'yield') ? before.frames[before.frames.length - 1] : null;
  const yielded = before?.event === 'yield';
  const prefix = acted ? { en: '', id: '' } : {
    en: returned ? `\`${returned.qualname}()\` ${yielded ? 'yielded' : 'returned'}: ` : ran ? `${code(ran)}: ` : '',
    id: returned ? `\`${returned.qualname}()\` ${yielded ? 'sudah menghasilkan nilai' : 'sudah kembali'}: ` : ran ? `${code(ran)}: ` : '',
  };
  const sentence = (en: string, id: string): Narration => ({ en: en.trim(), id: id.trim() });
  switch (after.event) {
    case 'start': {
      // A program that does not compile never starts: say why instead of inviting a step.
      const e = after.status === 'error' ? after.error : null;
      if (e) {
        const where = e.line ? ` at line ${e.line}` : '';
        const di = e.line ? ` di baris ${e.line}` : '';
        return {
          en: `${e.type}${where}: the program did not compile, so nothing runs. Fix the marked line and press Run.`,
          id: `${e.type}${di}: program tidak bisa dikompilasi, jadi tidak ada yang berjalan. Perbaiki baris yang ditandai lalu tekan Jalankan.`,
        };
      }
      return { en: 'Ready: nothing has run yet. Step to run the first line.', id: 'Siap: belum ada yang dijalankan. Tekan Langkah untuk menjalankan baris pertama.' };
    }
    case 'return':
    case 'yield': {
      const value = after.objects.find((o) => o.id === innermost?.returning?.valueId);
      const shown = value ? value.value ?? objectName(value, after) : 'None';
      const fn = innermost ? `\`${innermost.qualname}()\`` : '';
      const done = effects.length > 0 ? { en: `${prefix.en}${join('en', '')}. `, id: `${prefix.id}${join('id', '')}. ` } : { en: '', id: '' };
      if (innermost?.name === '<module>') {
        return sentence(`${done.en}The program has run its last line: this is its final state.`, `${done.id}Program sudah menjalankan baris terakhirnya: inilah keadaan akhirnya.`);
      }
      return after.event === 'return'
        ? sentence(`${done.en}${fn} returns ${shown}; its frame goes next, dropping its references.`, `${done.id}${fn} mengembalikan ${shown}; frame-nya akan hilang dan melepas referensinya.`)
        : sentence(`${done.en}${fn} yields ${shown} and pauses; the generator keeps its frame.`, `${done.id}${fn} menghasilkan ${shown} lalu berhenti sejenak; generator menyimpan frame-nya.`);
    }
    case 'exception': {
      const e = after.error;
      return {
        en: `${e?.type ?? 'An exception'} was not caught: the program stops at line ${e?.line ?? '?'}.`,
        id: `${e?.type ?? 'Sebuah exception'} tidak ditangkap: program berhenti di baris ${e?.line ?? '?'}.`,
      };
    }
    case 'exit': {
      // The exit's collections follow as a sentence of their own.
      const effectsSentence = (lang: 'en' | 'id') => {
        const text = join(lang, '');
        return text === '' ? '' : `${text[0].toUpperCase()}${text.slice(1)}.`;
      };
      return sentence(
        `Interpreter exit: the globals are released and a last collection runs. ${effectsSentence('en')}`,
        `Interpreter keluar: variabel global dilepas dan pengumpulan terakhir berjalan. ${effectsSentence('id')}`,
      );
    }
    case 'halted':
      return {
        en: `Stopped: ${after.error?.message ?? 'the step limit was reached'}.`,
        id: `Dihentikan: ${after.error?.message ?? 'batas langkah tercapai'}.`,
      };
    default:
      return { en: prefix.en + join('en', 'no change in memory'), id: prefix.id + join('id', 'tidak ada perubahan di memori') };
  }
}
