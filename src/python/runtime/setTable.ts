// A model of CPython 3.11's set hash table (Objects/setobject.c): slot order gives iteration order, size gives getsizeof.

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MINSIZE = 8;
const MASK64 = (1n << 64n) - 1n;
const MODULUS = (1n << 61n) - 1n;

/** A slot: empty (null), a deleted marker, or an entry with its key and hash. */
type Slot = null | 'dummy' | { key: string; hash: bigint };

/** CPython's hash of an int (and of an integral float): modulo 2**61-1, -1 becomes -2. */
export function intHash(v: bigint): bigint {
  let h = (v < 0n ? -v : v) % MODULUS;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** A deterministic stand-in hash for keys whose CPython hash is randomised per process (str) or complex. */
function fallbackHash(key: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) h = ((h ^ BigInt(key.charCodeAt(i))) * 0x100000001b3n) & MASK64;
  return BigInt.asIntN(64, h) === -1n ? -2n : BigInt.asIntN(64, h);
}

/** The hash CPython uses for a hash key of ours (see hashKey: `i<int>` for ints, bools, integral floats). */
export function hashOfKey(key: string): bigint {
  if (key.startsWith('i')) return intHash(BigInt(key.slice(1)));
  if (key === 'N') return 0x7ffffffff8n;
  return fallbackHash(key);
}

export class SetTable {
  slots: Slot[] = new Array<Slot>(MINSIZE).fill(null);
  fill = 0;
  used = 0;
  /** Where set.pop() looks next. */
  finger = 0;

  get size(): number {
    return this.slots.length;
  }

  get mask(): number {
    return this.slots.length - 1;
  }

  /** Inserts a key known to be absent (set_add_entry); may resize. */
  add(key: string): void {
    const hash = hashOfKey(key);
    const mask = BigInt(this.mask);
    let perturb = hash & MASK64;
    let i = Number((hash & MASK64) & mask);
    let freeslot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const s = this.slots[i + j];
        if (s === null) {
          if (freeslot >= 0) {
            this.slots[freeslot] = { key, hash };
            this.used++;
            return;
          }
          this.slots[i + j] = { key, hash };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (s === 'dummy' && freeslot < 0) freeslot = i + j;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  }

  remove(key: string): void {
    const i = this.slots.findIndex((s) => s !== null && s !== 'dummy' && s.key === key);
    if (i >= 0) {
      this.slots[i] = 'dummy';
      this.used--;
    }
  }

  clear(): void {
    this.slots = new Array<Slot>(MINSIZE).fill(null);
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
  }

  /** set_table_resize: the smallest power of two above minused, entries re-inserted in slot order. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    const old = this.slots.filter((s): s is { key: string; hash: bigint } => s !== null && s !== 'dummy');
    this.slots = new Array<Slot>(newsize).fill(null);
    this.fill = old.length;
    this.used = old.length;
    for (const e of old) this.insertClean(e);
  }

  private insertClean(e: { key: string; hash: bigint }): void {
    const mask = BigInt(this.mask);
    let perturb = e.hash & MASK64;
    let i = Number((e.hash & MASK64) & mask);
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (this.slots[i + j] === null) {
          this.slots[i + j] = e;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  }

  /** set_merge's pre-sizing before adding another set's `otherUsed` entries. */
  reserveForMerge(otherUsed: number): void {
    if ((this.fill + otherUsed) * 5 >= this.mask * 3) this.resize((this.used + otherUsed) * 2);
  }

  /** Keys in iteration (slot) order. */
  keys(): string[] {
    const out: string[] = [];
    for (const s of this.slots) if (s !== null && s !== 'dummy') out.push(s.key);
    return out;
  }

  /** The key set.pop() removes next (CPython's finger walk). */
  popKey(): string | null {
    if (this.used === 0) return null;
    let i = this.finger & this.mask;
    for (;;) {
      const s = this.slots[i];
      if (s !== null && s !== 'dummy') {
        this.slots[i] = 'dummy';
        this.used--;
        this.finger = i + 1;
        return s.key;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** sys.getsizeof: the object with its inline small table, plus an external table when larger. */
  sizeof(): number {
    return 216 + (this.slots.length > MINSIZE ? this.slots.length * 16 : 0);
  }
}
