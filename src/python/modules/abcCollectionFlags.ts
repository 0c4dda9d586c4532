// The part of CPython's _abc that sets Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (collectionFlags.ts), which a
// match statement's patterns read: our abc module is Python, these two are native.

import { strKey } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { PyInt } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { T } from '../runtime/builtinTypes';
import { newNone } from '../runtime/factory';
import { dictDelete } from '../runtime/containers';
import { COLLECTION_FLAGS, setCollectionFlagRecursive } from '../runtime/collectionFlags';
import { builtinFunction } from '../builtins/define';
import { once } from './nativeType';

/** `_abc_init_flags(cls)`: _abc_init's reading of the class's own `__abc_tpflags__`, which then leaves its dict. */
export const abcInitFlags = once(() => builtinFunction('_abc_init_flags', (_vm, args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) return newNone();
  const flags = cls.dict.getStr('__abc_tpflags__');
  if (flags === undefined) return newNone();
  if (flags instanceof PyInt && flags.type === T.int) {
    const value = Number(BigInt.asIntN(64, BigInt(flags.value)) & BigInt(COLLECTION_FLAGS));
    if (value === COLLECTION_FLAGS) throw new NativeRaise('TypeError', '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
    cls.collectionFlags |= value;
  }
  dictDelete(cls.dict, strKey('__abc_tpflags__'));
  return newNone();
}));

/** `_abc_register_flags(abc, subclass)`: _abc_register gives a registered class the ABC's collection flag. */
export const abcRegisterFlags = once(() => builtinFunction('_abc_register_flags', (vm, args) => {
  const [abc, subclass] = args;
  const flag = abc instanceof PyType ? abc.collectionFlags & COLLECTION_FLAGS : 0;
  if (flag !== 0 && subclass instanceof PyType) setCollectionFlagRecursive(vm.heap, subclass, flag);
  return newNone();
}));
