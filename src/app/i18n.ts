// Every UI string in English and Bahasa Indonesia. Python's own messages stay in CPython's English.

import type { Lang } from '../embed/params';

const STRINGS = {
  title: { en: 'Python Memory Playground', id: 'Taman Bermain Memori Python' },
  run: { en: 'Run', id: 'Jalankan' },
  runLabel: { en: 'Run to the end', id: 'Jalankan sampai selesai (Run)' },
  stop: { en: 'Stop', id: 'Hentikan' },
  stopLabel: { en: 'Stop the program', id: 'Hentikan program (Stop)' },
  back: { en: 'Back', id: 'Mundur' },
  backLabel: { en: 'Back one step', id: 'Mundur satu langkah (Back)' },
  step: { en: 'Step', id: 'Langkah' },
  stepLabel: { en: 'Step forward', id: 'Langkah maju (Step)' },
  reset: { en: 'Reset', id: 'Ulang' },
  resetLabel: { en: 'Reset to the start', id: 'Ulang dari awal (Reset)' },
  stepSlider: { en: 'Step', id: 'Langkah' },
  stepCounter: { en: 'Step', id: 'Langkah' },
  collectLabel: { en: 'Run gc.collect()', id: 'Jalankan gc.collect()' },
  shared: { en: 'Shared objects', id: 'Objek bersama' },
  sharedLabel: { en: 'Shared objects: show small ints, None, True, False as boxes', id: 'Objek bersama: tampilkan int kecil, None, True, False sebagai kotak' },
  share: { en: 'Share', id: 'Bagikan' },
  shareLabel: { en: 'Share: copy a link to this program', id: 'Bagikan: salin tautan ke program ini' },
  embedCode: { en: 'Embed', id: 'Sematkan' },
  embedLabel: { en: 'Embed: copy the iframe code', id: 'Sematkan: salin kode iframe' },
  lessons: { en: 'Lessons', id: 'Pelajaran' },
  toolbar: { en: 'Program controls', id: 'Kontrol program' },
  editor: { en: 'Python program', id: 'Program Python' },
  graph: { en: 'Call stack and heap graph', id: 'Grafik call stack dan heap' },
  graphPane: { en: 'Stack and heap: arrow keys step back and forward', id: 'Stack dan heap: tombol panah untuk mundur dan maju' },
  output: { en: 'Program output', id: 'Keluaran program' },
  globalFrame: { en: 'Global frame', id: 'Frame global' },
  gcOn: { en: 'on', id: 'aktif' },
  gcOff: { en: 'off', id: 'mati' },
  gcLine: { en: 'Automatic collection is', id: 'Pengumpulan otomatis' },
  counts: { en: 'counts', id: 'hitungan' },
  thresholds: { en: 'thresholds', id: 'ambang' },
  collections: { en: 'collections so far', id: 'pengumpulan sejauh ini' },
  clickObject: { en: 'Click an object to see who refers to it.', id: 'Klik sebuah objek untuk melihat siapa yang merujuknya.' },
  referencesTo: { en: 'References to it', id: 'Referensi ke objek ini' },
  countChanged: { en: 'How its count changed', id: 'Bagaimana hitungannya berubah' },
  collected: { en: 'gc.collect() collected', id: 'gc.collect() mengumpulkan' },
  objectsWord: { en: 'objects', id: 'objek' },
  objectWord: { en: 'object', id: 'objek' },
  stopped: { en: 'Stopped.', id: 'Dihentikan.' },
  unreachable: { en: 'unreachable: waiting for gc', id: 'tak terjangkau: menunggu gc' },
  language: { en: 'Language', id: 'Bahasa' },
  objectDetails: { en: 'Object details', id: 'Rincian objek' },
  freedObject: { en: 'This object has been freed.', id: 'Objek ini sudah dibebaskan.' },
  bytes: { en: 'bytes', id: 'byte' },
  freedWithIt: { en: 'bytes freed with it', id: 'byte ikut dibebaskan' },
  tracked: { en: 'tracked by the gc, generation', id: 'dilacak oleh gc, generasi' },
  untracked: { en: 'not tracked by the gc', id: 'tidak dilacak oleh gc' },
  alive: { en: 'alive', id: 'hidup' },
  unreachableState: { en: 'unreachable', id: 'tak terjangkau' },
  phase_update_refs: { en: 'copy each refcount into gc_refs', id: 'salin setiap refcount ke gc_refs' },
  phase_subtract_refs: { en: 'subtract the references coming from inside the generation', id: 'kurangi referensi yang berasal dari dalam generasi' },
  phase_move_unreachable: { en: 'what has gc_refs > 0 is referenced from outside: mark all it reaches; the rest is unreachable', id: 'yang gc_refs > 0 dirujuk dari luar: tandai semua yang dijangkaunya; sisanya tak terjangkau' },
  phase_handle_weakrefs: { en: 'clear weak references to the garbage', id: 'hapus referensi lemah ke sampah' },
  phase_finalize_garbage: { en: 'run __del__ finalizers', id: 'jalankan finalizer __del__' },
  phase_delete_garbage: { en: 'break the cycles; refcounting frees the rest', id: 'putuskan siklus; penghitungan referensi membebaskan sisanya' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** For tests: every key has both languages. */
export function allStrings(): Record<string, { en: string; id: string }> {
  return STRINGS;
}
