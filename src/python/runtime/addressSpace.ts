// Where CPython's allocator would place each object, so that id() and reprs reuse a freed object's address as
// CPython does: `id([]) == id([])` is True there, and so is a new object's id equal to one just freed of its
// size. A freed object's block goes back to its free list (lists, dicts, small tuples, floats) or to pymalloc's
// pool for its size class; both hand out the block freed last first. Fresh blocks come from 4 KiB pools, one
// size class per pool, as in Objects/obmalloc.c. Blocks over 512 bytes are malloc's: the last 64 freed, of any
// size, are reused by an object of the same size class.
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
/**
 * How many freed big blocks are remembered for reuse, of any size: malloc keeps a few freed chunks of each size
 * at hand (its tcache), and a program building a long string frees one of a new size at every step.
 */
const REMEMBERED_LARGE_BLOCKS = 64;

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
  /** Freed big blocks, freed last at the end, and their size classes (the same positions). */
  private readonly freeLargeBlocks: number[] = [];
  private readonly freeLargeClasses: number[] = [];
  /** Blocks parked on each free list, parked last at the end. */
  private readonly parked = new Map<FreeListKind, number[]>();
  /** The pool each size class carves fresh blocks from: its next block and its end. */
  private readonly pools: { next: number; end: number }[] = [];
  /** Each pool's size class, by pool number: a block tells its size class, however its object changed since. */
  private readonly poolClasses: number[] = [];
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
    if (reusedFrom === null && sizeClass > SMALL_CLASS_LIMIT) return this.placeLarge(sizeClass);
    const stack = reusedFrom !== null ? this.parked.get(reusedFrom) : this.freeBlocks[sizeClass];
    // An object parked before the program began has no recorded block: it gets a fresh one.
    return stack !== undefined && stack.length > 0 ? stack.pop()! : this.freshBlock(sizeClass);
  }

  /**
   * The block a live object of `oldBytes` has after realloc to `newBytes`. A pool block stays while its size class
   * holds the new size and is not a quarter too big (pymalloc_realloc), else a new block is taken before the old one
   * is freed; a big block stays when it shrinks or is the last one carved (malloc extends it), else it moves.
   */
  realloc(block: number, oldBytes: number, newBytes: number): number {
    if (block > 0) {
      const size = this.poolClasses[block >> POOL_SHIFT] * ALIGNMENT;
      if (newBytes <= size && 4 * newBytes > 3 * size) return block;
    } else if (block < 0) {
      const oldClass = sizeClassOf(oldBytes);
      const newClass = sizeClassOf(newBytes);
      if (newClass <= oldClass) return block;
      if (block - oldClass - 1 === this.nextLarge) {
        this.nextLarge = block - newClass - 1;
        return block;
      }
    }
    const moved = this.place(newBytes, null);
    this.release(block, null, oldBytes);
    return moved;
  }

  /**
   * A freed object's block is released (`parkedOn`: the free list that keeps it, if one does). `bytes`: the
   * object's size now, which tells a big block's size class (a pool block's comes from its pool).
   */
  release(block: number, parkedOn: FreeListKind | null, bytes: number): void {
    if (block === 0) return;
    if (parkedOn === null && block > 0) {
      const stack = this.freeBlocks[this.poolClasses[block >> POOL_SHIFT]];
      if (stack !== undefined && stack.length < 2 * REMEMBERED_FREE_BLOCKS - 1) {
        stack.push(block);
        return;
      }
    }
    this.releaseElsewhere(block, parkedOn, bytes);
  }

  private releaseElsewhere(block: number, parkedOn: FreeListKind | null, bytes: number): void {
    if (parkedOn !== null) {
      const blocks = this.parked.get(parkedOn);
      if (blocks) blocks.push(block);
      else this.parked.set(parkedOn, [block]);
    } else if (block < 0) this.freeLarge(block, sizeClassOf(bytes));
    else this.freeBlock(block);
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

  /** A pool block goes back to its pool's free stack. */
  private freeBlock(block: number): void {
    // A big block parked on a free list (none is in practice) is forgotten when the list is emptied.
    if (block < 0) return;
    const sizeClass = this.poolClasses[block >> POOL_SHIFT];
    let stack = this.freeBlocks[sizeClass];
    if (!stack) {
      stack = [];
      this.freeBlocks[sizeClass] = stack;
    }
    stack.push(block);
    // Only the blocks freed last are ever handed out again in a program we run; the older half of a long stack is
    // forgotten (the objects that would get them get fresh blocks instead), so a checkpoint never copies a stack
    // the size of a freed million-item structure.
    if (stack.length >= 2 * REMEMBERED_FREE_BLOCKS) stack.splice(0, REMEMBERED_FREE_BLOCKS);
  }

  /** The big block of this size class freed last, if one is remembered; else a fresh one. */
  private placeLarge(sizeClass: number): number {
    const classes = this.freeLargeClasses;
    for (let i = classes.length - 1; i >= 0; i--) {
      if (classes[i] !== sizeClass) continue;
      const blocks = this.freeLargeBlocks;
      const block = blocks[i];
      // Closed up by hand: splice would make an array of what it removed at every reuse.
      for (let j = i + 1; j < blocks.length; j++) {
        blocks[j - 1] = blocks[j];
        classes[j - 1] = classes[j];
      }
      blocks.pop();
      classes.pop();
      return block;
    }
    return this.freshBlock(sizeClass);
  }

  private freeLarge(block: number, sizeClass: number): void {
    this.freeLargeBlocks.push(block);
    this.freeLargeClasses.push(sizeClass);
    if (this.freeLargeBlocks.length > REMEMBERED_LARGE_BLOCKS) {
      this.freeLargeBlocks.shift();
      this.freeLargeClasses.shift();
    }
  }

  private freshBlock(sizeClass: number): number {
    if (sizeClass > SMALL_CLASS_LIMIT) {
      const block = this.nextLarge;
      this.nextLarge -= sizeClass + 1;
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
