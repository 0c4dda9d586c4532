// Where CPython's allocator would place each object, so that id() and reprs reuse a freed object's address as
// CPython does: `id([]) == id([])` is True there, and so is a new object's id equal to one just freed of its
// size. A freed object's block goes back to its free list (lists, dicts, small tuples, floats) or to pymalloc's
// pool for its size class; both hand out the block freed last first. Fresh blocks come from 4 KiB pools, one
// size class per pool, as in Objects/obmalloc.c.
//
// Positions are counted in 16-byte units (small integers, which V8 keeps unboxed in fields and arrays): a pool
// block is a positive unit from the start of the arenas, a big (malloc) block a negative one; 0 is no block.

import type { FreeListKind } from './freeLists';
import { freeListBlockBytes } from './blockSizes';

/** obmalloc's ALIGNMENT: size classes are multiples of 16 bytes, and blocks start at multiples of it. */
const ALIGNMENT = 16;
/** obmalloc's SMALL_REQUEST_THRESHOLD: larger blocks come from malloc, which we model the same way. */
const SMALL_REQUEST_THRESHOLD = 512;
/** A pool's size in units (4 KiB), and its log2: a block's pool is block >> POOL_SHIFT. */
const POOL_UNITS = 4096 / ALIGNMENT;
const POOL_SHIFT = 8;
/** sizeof(struct pool_header) in units: a pool's first block starts after it. */
const POOL_OVERHEAD_UNITS = 48 / ALIGNMENT;
/** How many freed blocks of one size class are remembered (between this and twice as many). */
const REMEMBERED_FREE_BLOCKS = 4096;
/** Where the simulated arenas start (a typical 64-bit Linux address for pymalloc's arenas). */
const ARENA_START = 0x7f3a_5c00_0000;
/** Where big blocks start (malloc's heap). */
const LARGE_START = 0x5620_0000_0000;

/** The address id() gives for a block. */
export function blockAddress(block: number): number {
  return block > 0 ? ARENA_START + block * ALIGNMENT : LARGE_START + (-block - 1) * ALIGNMENT;
}

/** The order clear_freelists() empties the free lists in (tuples, floats, lists, dicts): blocks freed last are reused first. */
function clearingOrder(kind: FreeListKind): number {
  if (kind.startsWith('tuple')) return Number(kind.slice(5));
  return kind === 'float' ? 100 : kind === 'list' ? 101 : kind === 'dict' ? 102 : 103;
}

/** A request's size class, in units. */
function sizeClassOf(bytes: number): number {
  if (bytes <= ALIGNMENT) return 1;
  // Integer arithmetic for the pool sizes every int and float asks for; Math.ceil for any size.
  return bytes <= SMALL_REQUEST_THRESHOLD ? (bytes + ALIGNMENT - 1) >> 4 : Math.ceil(bytes / ALIGNMENT);
}

const SMALL_CLASS_LIMIT = SMALL_REQUEST_THRESHOLD / ALIGNMENT;

export class AddressSpace {
  /** Freed pool blocks by size class, freed last at the end. */
  private readonly freeBlocks: number[][] = [];
  /** Freed big blocks by size class. */
  private readonly freeLargeBlocks = new Map<number, number[]>();
  /** Blocks parked on each free list, parked last at the end. */
  private readonly parked = new Map<FreeListKind, number[]>();
  /** The pool each size class carves fresh blocks from: its next block and its end. */
  private readonly pools: { next: number; end: number }[] = [];
  /** Each pool's size class, by pool number: a block tells its size class, however its object changed since. */
  private readonly poolClasses: number[] = [];
  /** The size classes of big blocks, by block, while in use or remembered as free. */
  private readonly largeClasses = new Map<number, number>();
  private nextPool = 0;
  private nextLarge = -1;

  /** The block for a new object of `blockBytes` (its field `block`); `reusedFrom`: the free list that supplied it, if one did. */
  place(blockBytes: number, reusedFrom: FreeListKind | null): number {
    // The frequent case first, small enough for V8 to inline into the heap's register: a freed pool block reused.
    if (reusedFrom === null && blockBytes <= SMALL_REQUEST_THRESHOLD) {
      const stack = this.freeBlocks[sizeClassOf(blockBytes)];
      if (stack !== undefined && stack.length > 0) return stack.pop()!;
    }
    return this.placeElsewhere(blockBytes, reusedFrom);
  }

  private placeElsewhere(blockBytes: number, reusedFrom: FreeListKind | null): number {
    const sizeClass = sizeClassOf(blockBytes);
    const stack = reusedFrom !== null ? this.parked.get(reusedFrom) : this.freeStack(sizeClass);
    // An object parked before the program began has no recorded block: it gets a fresh one.
    return stack !== undefined && stack.length > 0 ? stack.pop()! : this.freshBlock(sizeClass);
  }

  /** A freed object's block is released (`parkedOn`: the free list that keeps it, if one does). */
  release(block: number, parkedOn: FreeListKind | null): void {
    if (block === 0) return;
    if (parkedOn === null && block > 0) {
      const stack = this.freeBlocks[this.poolClasses[block >> POOL_SHIFT]];
      if (stack !== undefined && stack.length < 2 * REMEMBERED_FREE_BLOCKS - 1) {
        stack.push(block);
        return;
      }
    }
    this.releaseElsewhere(block, parkedOn);
  }

  private releaseElsewhere(block: number, parkedOn: FreeListKind | null): void {
    if (parkedOn !== null) {
      const blocks = this.parked.get(parkedOn);
      if (blocks) blocks.push(block);
      else this.parked.set(parkedOn, [block]);
    } else this.freeBlock(block);
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
      for (let i = 0; i < beneath; i++) this.freeBlock(this.freshBlock(sizeClassOf(freeListBlockBytes(kind))));
    }
  }

  private freeBlock(block: number): void {
    const large = block < 0;
    const sizeClass = large ? this.largeClasses.get(block)! : this.poolClasses[block >> POOL_SHIFT];
    let stack = this.freeStack(sizeClass);
    if (!stack) {
      stack = [];
      if (large) this.freeLargeBlocks.set(sizeClass, stack);
      else this.freeBlocks[sizeClass] = stack;
    }
    stack.push(block);
    if (stack.length >= 2 * REMEMBERED_FREE_BLOCKS) this.forgetOldest(stack, large);
  }

  /**
   * Only the blocks freed last are ever handed out again in a program we run; the older half of a long stack is
   * forgotten (the objects that would get them get fresh blocks instead), so a checkpoint never copies a stack the
   * size of a freed million-item structure.
   */
  private forgetOldest(stack: number[], large: boolean): void {
    const forgotten = stack.splice(0, REMEMBERED_FREE_BLOCKS);
    if (large) for (const block of forgotten) this.largeClasses.delete(block);
  }

  private freeStack(sizeClass: number): number[] | undefined {
    return sizeClass > SMALL_CLASS_LIMIT ? this.freeLargeBlocks.get(sizeClass) : this.freeBlocks[sizeClass];
  }

  private freshBlock(sizeClass: number): number {
    if (sizeClass > SMALL_CLASS_LIMIT) {
      const block = this.nextLarge;
      this.nextLarge -= sizeClass + 1;
      this.largeClasses.set(block, sizeClass);
      return block;
    }
    let pool = this.pools[sizeClass];
    if (pool === undefined || pool.next + sizeClass > pool.end) {
      const start = this.nextPool;
      this.poolClasses[start / POOL_UNITS] = sizeClass;
      this.nextPool += POOL_UNITS;
      pool = { next: start + POOL_OVERHEAD_UNITS, end: start + POOL_UNITS };
      this.pools[sizeClass] = pool;
    }
    const block = pool.next;
    pool.next += sizeClass;
    return block;
  }
}
