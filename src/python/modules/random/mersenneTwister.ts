// The Mersenne Twister MT19937 as CPython's _random module runs it: init_by_array seeding, 32-bit outputs,
// 53-bit floats from two outputs, getrandbits from little-endian 32-bit words.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export const MT_STATE_SIZE = N;

export class MersenneTwister {
  readonly state = new Uint32Array(N);
  index = N + 1;

  private initGenrand(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: the seeding every int (and hashed) seed goes through. */
  initByArray(key: Uint32Array): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    const keyLength = key.length;
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** random_seed for an int: init_by_array over |n|'s 32-bit words, least significant first. */
  seedFromBigInt(n: bigint): void {
    if (n < 0n) n = -n;
    const words: number[] = [];
    do {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(Uint32Array.from(words));
  }

  /** genrand_uint32: the next 32-bit output (a new block of 624 every 624 calls). */
  next32(): number {
    const mt = this.state;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53 bits from two outputs (27 and 26 bits). */
  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for 0 <= k <= 32 as a number. */
  bits32(k: number): number {
    if (k === 0) return 0;
    return this.next32() >>> (32 - k);
  }

  /** getrandbits(k): words filled least significant first, the last one shifted down to what is left of k. */
  bits(k: number): bigint | number {
    if (k <= 32) return this.bits32(k);
    if (k <= 53) {
      // Two words as a safe integer: low word first.
      const low = this.next32();
      const high = this.next32() >>> (64 - k);
      return high * 4294967296 + low;
    }
    let result = 0n;
    let shift = 0n;
    for (let remaining = k; remaining > 0; remaining -= 32) {
      let r = this.next32();
      if (remaining < 32) r >>>= 32 - remaining;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** A random int in [0, n) for 0 < n < 2**53: getrandbits(n.bit_length()) until below n (_randbelow_with_getrandbits). */
  below(n: number): number {
    const k = n < 0x100000000 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / 0x100000000));
    if (k <= 32) {
      let r = this.bits32(k);
      while (r >= n) r = this.bits32(k);
      return r;
    }
    let r = this.bits(k) as number;
    while (r >= n) r = this.bits(k) as number;
    return r;
  }

  /** The same for any n > 0. */
  belowBig(n: bigint): bigint {
    const k = n.toString(2).length;
    let r = BigInt(this.bits(k));
    while (r >= n) r = BigInt(this.bits(k));
    return r;
  }
}
