// The _random module: _random.Random, the Mersenne Twister core that random.Random (Python) derives from.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyFloat, PyInstance, PyInt, PyBool, PyNone, PyTuple } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import { activeHeap } from '../../runtime/heap';
import { newFloat, newInt, newNone, newTuple } from '../../runtime/factory';
import { big } from '../../runtime/intMath';
import { indexOf } from '../../runtime/ops/numbers';
import { defineMethods, expectMethodArgs, noKeywords } from '../../builtins/define';
import { nativeType, once } from '../nativeType';
import { MersenneTwister, MT_STATE_SIZE } from './mersenneTwister';
import type { VM } from '../../vm/vm';
import { forkableWeakMap } from '../../fork/graphClone';

/** Each generator's state, by instance (instances of Python subclasses are PyInstances). */
const generators = forkableWeakMap<PyObject, MersenneTwister>();

/** The generator of a _random.Random instance; a subclass instance not yet seeded has CPython's zeroed state. */
export function generatorOf(o: PyObject): MersenneTwister {
  let g = generators.get(o);
  if (!g) {
    g = new MersenneTwister();
    g.index = 0;
    generators.set(o, g);
  }
  return g;
}

/** 32 random bits from the host's entropy (os.urandom's stand-in). */
export function entropyWords(n: number): Uint32Array {
  const words = new Uint32Array(n);
  const crypto = (globalThis as { crypto?: { getRandomValues(a: Uint32Array): Uint32Array } }).crypto;
  if (crypto) crypto.getRandomValues(words);
  else for (let i = 0; i < n; i++) words[i] = Math.floor(Math.random() * 0x100000000);
  return words;
}

/** random_seed: None from entropy, ints by absolute value, anything else by its hash (as an unsigned 64-bit value). */
function seedGenerator(vm: VM, self: PyObject, arg: PyObject | undefined): void {
  const g = generatorOf(self);
  if (arg === undefined || arg instanceof PyNone) {
    g.initByArray(entropyWords(MT_STATE_SIZE));
    return;
  }
  if (arg instanceof PyInt || arg instanceof PyBool) {
    g.seedFromBigInt(big(arg instanceof PyBool ? (arg.value ? 1 : 0) : arg.value));
    return;
  }
  if (arg instanceof PyFloat && Number.isFinite(arg.value)) {
    g.seedFromBigInt(BigInt.asUintN(64, finiteFloatHash(arg.value)));
    return;
  }
  const h = vm.call(vm.builtins.getStr('hash')!, [arg]);
  const hash = big((h as PyInt).value);
  vm.decref(h);
  g.seedFromBigInt(BigInt.asUintN(64, hash));
}

const MODULUS = (1n << 61n) - 1n;
const floatView = new DataView(new ArrayBuffer(8));

/** _Py_HashDouble for a finite float: its exact value m * 2**e reduced modulo 2**61-1. */
function finiteFloatHash(v: number): bigint {
  floatView.setFloat64(0, v);
  const hi = floatView.getUint32(0), lo = floatView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exp = biased - 1075;
  }
  // 2**61 is 1 modulo 2**61-1, so 2**e is 2**(e mod 61).
  let x = ((mantissa % MODULUS) << BigInt(((exp % 61) + 61) % 61)) % MODULUS;
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

/** A C int argument (Argument Clinic's "i"). */
function cInt(vm: VM, o: PyObject): number {
  const v = big(indexOf(vm, o));
  if (v > 2147483647n || v < -2147483648n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

function getrandbits(vm: VM, self: PyObject, kObj: PyObject): PyObject {
  const k = cInt(vm, kObj);
  if (k < 0) throw new NativeRaise('ValueError', 'number of bits must be non-negative');
  return newInt(generatorOf(self).bits(k));
}

function getstate(self: PyObject): PyObject {
  const g = generatorOf(self);
  const items: PyObject[] = Array.from(g.state, (w) => newInt(w));
  items.push(newInt(g.index));
  return newTuple(items);
}

/** PyLong_AsUnsignedLong's checks, then truncation to 32 bits. */
function stateWord(o: PyObject): number {
  if (!(o instanceof PyInt || o instanceof PyBool)) throw new NativeRaise('TypeError', 'an integer is required');
  const v = big(o instanceof PyBool ? (o.value ? 1 : 0) : o.value);
  if (v < 0n) throw new NativeRaise('OverflowError', "can't convert negative value to unsigned int");
  if (v >= 1n << 64n) throw new NativeRaise('OverflowError', 'Python int too large to convert to C unsigned long');
  return Number(v & 0xffffffffn);
}

function setstate(self: PyObject, state: PyObject): PyObject {
  if (!(state instanceof PyTuple)) throw new NativeRaise('TypeError', 'state vector must be a tuple');
  if (state.items.length !== MT_STATE_SIZE + 1) throw new NativeRaise('ValueError', 'state vector is the wrong size');
  const words = state.items.slice(0, MT_STATE_SIZE).map(stateWord);
  const last = state.items[MT_STATE_SIZE];
  if (!(last instanceof PyInt || last instanceof PyBool)) throw new NativeRaise('TypeError', 'an integer is required');
  const index = big(last instanceof PyBool ? (last.value ? 1 : 0) : last.value);
  if (index < 0n || index > BigInt(MT_STATE_SIZE)) throw new NativeRaise('ValueError', 'invalid state');
  const g = generatorOf(self);
  g.state.set(words);
  g.index = Number(index);
  return newNone();
}

/** random_init: `Random([seed])`. */
function init(vm: VM, self: PyObject, args: PyObject[], kwargs: Map<string, PyObject> | null): void {
  const base = randomBaseType();
  if ((self.type === base || self.type.lookup('__init__') === base.dict.getStr('__init__')) && kwargs && kwargs.size > 0) {
    throw new NativeRaise('TypeError', 'Random() takes no keyword arguments');
  }
  if (args.length > 1) throw new NativeRaise('TypeError', 'Random() requires 0 or 1 argument');
  seedGenerator(vm, self, args[0]);
}

/** _random.Random: instances are PyInstances (so Python classes can derive from it) with a generator attached. */
export const randomBaseType = once((): PyType => {
  // Python subclasses add a managed dict and weakref pointer (16 + 8 bytes) and the GC header (16).
  const type = nativeType('Random', '_random', {
    subclassable: true,
    packsArguments: true,
    slots: { sizeof: (o) => (o.type.isHeapType ? 2560 + 8 * o.type.slotLayout.length : 2520) },
  });
  type.nativeNew = (vm, args, kwargs) => {
    const self = activeHeap().register(new PyInstance(type, null, 0));
    try {
      init(vm, self, args, kwargs);
    } catch (e) {
      vm.decref(self);
      throw e;
    }
    return self;
  };
  defineMethods(type, {
    __init__: (vm, args, kwargs) => {
      init(vm, args[0], args.slice(1), kwargs);
      return newNone();
    },
    random: (_vm, args, kwargs) => {
      expectMethodArgs('Random.random', args, 0);
      noKeywords('Random.random', kwargs);
      return newFloat(generatorOf(args[0]).random());
    },
    getrandbits: (vm, args, kwargs) => {
      noKeywords('Random.getrandbits', kwargs);
      expectMethodArgs('Random.getrandbits', args, 1);
      return getrandbits(vm, args[0], args[1]);
    },
    seed: (vm, args, kwargs) => {
      noKeywords('Random.seed', kwargs);
      if (args.length > 2) throw new NativeRaise('TypeError', `seed expected at most 1 argument, got ${args.length - 1}`);
      seedGenerator(vm, args[0], args[1]);
      return newNone();
    },
    getstate: (_vm, args, kwargs) => {
      noKeywords('Random.getstate', kwargs);
      expectMethodArgs('Random.getstate', args, 0);
      return getstate(args[0]);
    },
    setstate: (_vm, args, kwargs) => {
      noKeywords('Random.setstate', kwargs);
      expectMethodArgs('Random.setstate', args, 1);
      return setstate(args[0], args[1]);
    },
  });
  return type;
});

export function randomBaseModuleContents(_vm: VM): Record<string, PyObject> {
  const type = randomBaseType();
  type.refcount++;
  return { Random: type };
}

