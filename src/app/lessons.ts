// The lesson gallery: one ready example per section of the tutorial, explained in English and Bahasa Indonesia.

import type { Lang } from '../embed/params';
import { DEFAULT_PROGRAM } from './defaultProgram';

export interface Lesson {
  readonly id: string;
  readonly title: Record<Lang, string>;
  readonly code: string;
  readonly explanation: Record<Lang, string>;
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'heap-stack',
    title: { en: 'Heap and stack', id: 'Heap dan stack' },
    code: 'def make_list(n):\n    result = []\n    for i in range(n):\n        result.append(i)\n    return result\n\nnumbers = make_list(3)\nsame = numbers\nprint(numbers is same)\n',
    explanation: {
      en: 'Names live in frames on the call stack; the objects they refer to live on the heap. Step into make_list: its frame appears with its own names, and when it returns the frame disappears but the list stays, because the global name numbers still refers to it.',
      id: 'Nama-nama berada di frame pada call stack; objek yang dirujuknya berada di heap. Masuklah ke make_list: frame-nya muncul dengan nama-namanya sendiri, dan saat fungsi selesai frame itu hilang tetapi list tetap ada, karena nama global numbers masih merujuknya.',
    },
  },
  {
    id: 'refcount',
    title: { en: 'Reference counting', id: 'Penghitungan referensi' },
    code: DEFAULT_PROGRAM,
    explanation: {
      en: 'Every object counts the references to it (the badge on each box). getrefcount prints one more than the names you see, because its own argument is a reference too while it runs. b = a adds a reference; del b removes it. At zero the object is freed at once.',
      id: 'Setiap objek menghitung referensi ke dirinya (lencana di setiap kotak). getrefcount mencetak satu lebih banyak dari nama yang terlihat, karena argumennya sendiri juga sebuah referensi selama ia berjalan. b = a menambah referensi; del b menghapusnya. Saat hitungan nol, objek langsung dibebaskan.',
    },
  },
  {
    id: 'cycles',
    title: { en: 'Circular references and gc.collect()', id: 'Referensi melingkar dan gc.collect()' },
    code: 'import gc\n\na = []\nb = []\na.append(b)\nb.append(a) # Circular reference\ndel a, b\n# Both lists still have a count of 1: they keep each other alive\nprint(gc.collect())\n',
    explanation: {
      en: 'After del a, b nothing can reach the two lists, but each still holds the other, so their counts stay at 1 and reference counting cannot free them. They are drawn as unreachable. The cyclic garbage collector finds such groups: press gc.collect() and watch its phases.',
      id: 'Setelah del a, b tidak ada yang bisa menjangkau kedua list, tetapi masing-masing masih memegang yang lain, jadi hitungannya tetap 1 dan penghitungan referensi tidak bisa membebaskannya. Keduanya digambar sebagai tak terjangkau. Garbage collector siklik menemukan kelompok seperti ini: tekan gc.collect() dan lihat fasenya.',
    },
  },
  {
    id: 'gc-disable',
    title: { en: 'gc.disable() and automatic collection', id: 'gc.disable() dan pengumpulan otomatis' },
    code: 'import gc\n\ngc.disable()\nfor i in range(1000):\n    node = []\n    node.append(node)\ndel node\nprint(gc.isenabled())\nprint(gc.collect())\n',
    explanation: {
      en: 'The collector normally runs by itself when allocations pass a threshold (700 for the youngest generation). With gc.disable() it never runs automatically, so the cycles pile up until gc.collect() is called. Run it with and without the gc.disable() line.',
      id: 'Collector biasanya berjalan sendiri saat alokasi melewati ambang batas (700 untuk generasi termuda). Dengan gc.disable() ia tidak pernah berjalan otomatis, sehingga siklus menumpuk sampai gc.collect() dipanggil. Jalankan dengan dan tanpa baris gc.disable().',
    },
  },
  {
    id: 'generators',
    title: { en: 'Generators instead of big lists', id: 'Generator sebagai ganti list besar' },
    code: 'import sys\n\nsquares_list = [x * x for x in range(1000)]\nsquares_gen = (x * x for x in range(1000))\nprint(sys.getsizeof(squares_list))\nprint(sys.getsizeof(squares_gen))\nprint(sum(squares_gen))\n',
    explanation: {
      en: 'The list holds all 1000 results at once; the generator produces one at a time and only keeps its paused frame. Compare the sizes in the boxes and in the output.',
      id: 'List menyimpan semua 1000 hasil sekaligus; generator menghasilkan satu per satu dan hanya menyimpan frame-nya yang dijeda. Bandingkan ukurannya di kotak dan di keluaran.',
    },
  },
  {
    id: 'slots',
    title: { en: '__slots__ instead of __dict__', id: '__slots__ sebagai ganti __dict__' },
    code: 'import sys\n\nclass SaveMemory:\n    __slots__ = [\'name\', \'age\'] # Can only have these attributes\n    def __init__(self, name, age):\n        self.name = name\n        self.age = age\n\nclass WithDict:\n    def __init__(self, name, age):\n        self.name = name\n        self.age = age\n\ns = SaveMemory("Ani", 20)\nd = WithDict("Budi", 21)\nprint(sys.getsizeof(s), sys.getsizeof(d) + sys.getsizeof(d.__dict__))\n',
    explanation: {
      en: 'An instance with __slots__ stores its attributes in fixed places and has no __dict__; a normal instance needs a dictionary as soon as you look at it. With millions of small objects the difference adds up.',
      id: 'Instance dengan __slots__ menyimpan atributnya di tempat tetap dan tidak punya __dict__; instance biasa membutuhkan dictionary begitu kita melihatnya. Dengan jutaan objek kecil, selisihnya menjadi besar.',
    },
  },
  {
    id: 'globals',
    title: { en: 'Globals live until the end', id: 'Variabel global hidup sampai akhir' },
    code: 'cache = []\n\ndef remember(x):\n    cache.append(x)\n\nfor i in range(3):\n    remember([i] * 100)\n\nprint(len(cache))\n# del cache  # uncomment to free the lists before the program ends\n',
    explanation: {
      en: 'A global name keeps its object alive for the whole program, and everything that object holds. The lists added to cache are never freed until the program ends, unless the name is deleted with del.',
      id: 'Nama global menjaga objeknya tetap hidup sepanjang program, beserta semua yang dipegang objek itu. List yang ditambahkan ke cache tidak pernah dibebaskan sampai program selesai, kecuali namanya dihapus dengan del.',
    },
  },
];
