// tuplehash's xxHash rounds in 32-bit halves: the same 64-bit arithmetic as CPython's Py_uhash_t, without a BigInt
// per operation (a tuple of two ints took a dozen BigInt operations and their allocations to hash).

const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87; // _PyHASH_XXPRIME_1 11400714785074694791
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f; // _PyHASH_XXPRIME_2 14029467366897019727
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5; // _PyHASH_XXPRIME_5 2870177450012600261

/** The product of the last mul64, modulo 2**64 (read at once: nothing runs in between). */
let productHi = 0, productLo = 0;

/** (aHi:aLo) * (bHi:bLo) modulo 2**64, in 16-bit limbs so that every partial product is exact in a double. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a48 = aHi >>> 16, a32 = aHi & 0xffff, a16 = aLo >>> 16, a00 = aLo & 0xffff;
  const b48 = bHi >>> 16, b32 = bHi & 0xffff, b16 = bLo >>> 16, b00 = bLo & 0xffff;
  let c00 = a00 * b00;
  let c16 = c00 >>> 16;
  c00 &= 0xffff;
  c16 += a16 * b00;
  let c32 = c16 >>> 16;
  c16 &= 0xffff;
  c16 += a00 * b16;
  c32 += c16 >>> 16;
  c16 &= 0xffff;
  c32 += a32 * b00;
  let c48 = c32 >>> 16;
  c32 &= 0xffff;
  c32 += a16 * b16;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c32 += a00 * b32;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  c48 &= 0xffff;
  productHi = ((c48 << 16) | c32) >>> 0;
  productLo = ((c16 << 16) | c00) >>> 0;
}

/** A tuple's hash being computed: feed it each item's hash, then take `finish`. */
export class TupleHasher {
  private hi = P5_HI;
  private lo = P5_LO;

  /** One item's hash given as a safe integer (an int's own hash). */
  addNumber(h: number): void {
    this.add(Math.floor(h / 4294967296) >>> 0, h >>> 0);
  }

  /** One item's hash given as a BigInt (any signed 64-bit hash). */
  addBigInt(h: bigint): void {
    this.add(Number(BigInt.asUintN(32, h >> 32n)), Number(BigInt.asUintN(32, h)));
  }

  /** acc += lane * PRIME_2; acc = rotl(acc, 31); acc *= PRIME_1 */
  private add(laneHi: number, laneLo: number): void {
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    const lo = this.lo + productLo;
    let hi = (this.hi + productHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    const sumLo = lo >>> 0;
    const rotHi = ((hi << 31) | (sumLo >>> 1)) >>> 0;
    const rotLo = ((sumLo << 31) | (hi >>> 1)) >>> 0;
    mul64(rotHi, rotLo, P1_HI, P1_LO);
    hi = productHi;
    this.hi = hi;
    this.lo = productLo;
  }

  /** acc += len ^ (PRIME_5 ^ 3527539); (Py_uhash_t)-1 becomes 1546275796; as a signed hash. */
  finish(length: number): bigint {
    const mixHi = P5_HI, mixLo = (P5_LO ^ 3527539 ^ length) >>> 0;
    const lo = this.lo + mixLo;
    const hi = (this.hi + mixHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    const sumLo = lo >>> 0;
    if (hi === 0xffffffff && sumLo === 0xffffffff) return 1546275796n;
    // Within a safe integer either way round: no BigInt arithmetic but the one conversion.
    if (hi < 0x200000) return BigInt(hi * 4294967296 + sumLo);
    if (hi >= 0xffe00000) return BigInt((hi - 4294967296) * 4294967296 + sumLo);
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(sumLo));
  }
}
