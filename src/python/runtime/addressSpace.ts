// Where CPython's allocator would place each object, so that id() and reprs reuse a freed object's address as
// CPython does: `id([]) == id([])` is True there, and so is a new object's id equal to one just freed of its
// size. A freed object's block goes back to its free list (lists, dicts, small tuples, floats) or to pymalloc's
// pool for its size class; both hand out the block freed last first. Fresh blocks come from 4 KiB pools, one
// size class per pool, as in Objects/obmalloc.c.

import type { PyObject } from './object';
import type { FreeListKind } from './freeLists';

/** obmalloc's ALIGNMENT: size classes are multiples of 16 bytes. */
const ALIGNMENT = 16;
/** obmalloc's SMALL_REQUEST_THRESHOLD: larger blocks come from malloc, which we model the same way. */
const SMALL_REQUEST_THRESHOLD = 512;
const POOL_SIZE = 4096;
/** sizeof(struct pool_header): the first block of a pool starts after it. */
const POOL_OVERHEAD = 48;
/** How many freed blocks of one size class are remembered (between this and twice as many). */
const REMEMBERED_FREE_BLOCKS = 4096;
/** Where our simulated arenas start (a typical 64-bit Linux heap address). */
const ARENA_START = 0x7f3a_5c00_0000;
/** Big blocks (malloc's) are placed apart from the pools. */
const LARGE_START = 0x5620_0000_0000;

/** The order clear_freelists() empties the free lists in (tuples, floats, lists, dicts): blocks freed last are reused first. */
function clearingOrder(kind: FreeListKind): number {
  if (kind.startsWith('tuple')) return Number(kind.slice(5));
  return kind === 'float' ? 100 : kind === 'list' ? 101 : kind === 'dict' ? 102 : 103;
}

/** The size of the objects a free list keeps (sys.getsizeof of an empty one: PyGC_Head included for gc objects). */
function parkedBlockBytes(kind: FreeListKind): number {
  if (kind.startsWith('tuple')) return 40 + 8 * Number(kind.slice(5));
  return kind === 'float' ? 24 : kind === 'dict' ? 64 : 56; // lists and slices: 56
}

function sizeClassOf(bytes: number): number {
  return Math.max(ALIGNMENT, Math.ceil(bytes / ALIGNMENT) * ALIGNMENT);
}

export class AddressSpace {
  /** Freed pymalloc blocks by size class (indexed by bytes / 16), freed last at the end. */
  private readonly freeBlocks: number[][] = [];
  /** Freed big blocks by size class. */
  private readonly freeLargeBlocks = new Map<number, number[]>();
  /** Blocks parked on each free list, parked last at the end. */
  private readonly parked = new Map<FreeListKind, number[]>();
  /** The pool each size class carves fresh blocks from (indexed by bytes / 16): its next block and its end. */
  private readonly pools: { next: number; end: number }[] = [];
  /** Each pool's size class, by pool number: a block's address tells its size class, however its object changed. */
  private readonly poolClasses: number[] = [];
  /** The size classes of big blocks, by address, while the block is in use or remembered as free. */
  private readonly largeClasses = new Map<number, number>();
  private nextPool = ARENA_START;
  private nextLarge = LARGE_START;

  /** Gives a new object of `blockBytes` its address; `reusedFrom`: the free list that supplied it, if one did. */
  place(o: PyObject, blockBytes: number, reusedFrom: FreeListKind | null): void {
    const sizeClass = sizeClassOf(blockBytes);
    const stack = reusedFrom !== null ? this.parked.get(reusedFrom) : this.freeStack(sizeClass);
    // An object parked before the program began has no recorded block: it gets a fresh one.
    o.address = stack?.pop() ?? this.freshBlock(sizeClass);
  }

  /** The object's block is released (`parkedOn`: the free list that keeps it, if one does). */
  release(o: PyObject, parkedOn: FreeListKind | null): void {
    if (o.address === 0) return;
    if (parkedOn !== null) {
      let blocks = this.parked.get(parkedOn);
      if (!blocks) this.parked.set(parkedOn, (blocks = []));
      blocks.push(o.address);
    } else this.freeBlock(o.address);
  }

  /**
   * A full collection emptied the free lists (`levels`: how many objects each held): each list's blocks go back to
   * their pools, top of the list first, so its bottom is reused first. Beneath the blocks we placed lie those parked
   * before the program began; they get fresh blocks of the list's size as they are released.
   */
  freeListsEmptied(levels: ReadonlyMap<FreeListKind, number>): void {
    const kinds = [...levels.keys()].sort((a, b) => clearingOrder(a) - clearingOrder(b));
    for (const kind of kinds) {
      const blocks = this.parked.get(kind) ?? [];
      const beneath = levels.get(kind)! - blocks.length;
      while (blocks.length > 0) this.freeBlock(blocks.pop()!);
      for (let i = 0; i < beneath; i++) this.freeBlock(this.freshBlock(sizeClassOf(parkedBlockBytes(kind))));
    }
  }

  private freeBlock(address: number): void {
    const large = address < ARENA_START;
    const sizeClass = large ? this.largeClasses.get(address)! : this.poolClasses[Math.floor((address - ARENA_START) / POOL_SIZE)];
    let stack = this.freeStack(sizeClass);
    if (!stack) {
      stack = [];
      if (large) this.freeLargeBlocks.set(sizeClass, stack);
      else this.freeBlocks[sizeClass / ALIGNMENT] = stack;
    }
    stack.push(address);
    if (stack.length >= 2 * REMEMBERED_FREE_BLOCKS) this.forgetOldest(stack, large);
  }

  /**
   * Only the blocks freed last are ever handed out again in a program we run; the older half of a long stack is
   * forgotten (the objects that would get them get fresh blocks instead), so a checkpoint never copies a stack the
   * size of a freed million-item structure.
   */
  private forgetOldest(stack: number[], large: boolean): void {
    const forgotten = stack.splice(0, REMEMBERED_FREE_BLOCKS);
    if (large) for (const address of forgotten) this.largeClasses.delete(address);
  }

  private freeStack(sizeClass: number): number[] | undefined {
    return sizeClass > SMALL_REQUEST_THRESHOLD ? this.freeLargeBlocks.get(sizeClass) : this.freeBlocks[sizeClass / ALIGNMENT];
  }

  private freshBlock(sizeClass: number): number {
    if (sizeClass > SMALL_REQUEST_THRESHOLD) {
      const address = this.nextLarge;
      this.nextLarge += sizeClass + ALIGNMENT;
      this.largeClasses.set(address, sizeClass);
      return address;
    }
    let pool = this.pools[sizeClass / ALIGNMENT];
    if (!pool || pool.next + sizeClass > pool.end) {
      pool = { next: this.nextPool + POOL_OVERHEAD, end: this.nextPool + POOL_SIZE };
      this.poolClasses[(this.nextPool - ARENA_START) / POOL_SIZE] = sizeClass;
      this.nextPool += POOL_SIZE;
      this.pools[sizeClass / ALIGNMENT] = pool;
    }
    const address = pool.next;
    pool.next += sizeClass;
    return address;
  }
}
