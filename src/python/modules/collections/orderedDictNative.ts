// The parts of CPython's C OrderedDict our Python one needs natively: its __sizeof__ (the dict, the node
// array indexed like the keys table, one node per key), and moving a key without touching the dict's table.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyDict } from '../../runtime/dict';
import { newInt, newNone } from '../../runtime/factory';
import { keysTableBytes } from '../../runtime/dictKeys';
import { hashKey } from '../../runtime/ops/compare';
import { True } from '../../runtime/builtinTypes';
import { builtinFunction } from '../../builtins/define';
import { once } from '../nativeType';
import type { VM } from '../../vm/vm';

/** sizeof(PyODictObject): a dict plus first/last, the node array and its size, a sentinel, state, dict, weakrefs. */
const ODICT_BASICSIZE = 48 + 8 * 8;
/** sizeof(_ODictNode): key, hash, next, prev. */
const NODE_SIZE = 32;

function asDict(o: PyObject | undefined): PyDict {
  if (!(o instanceof PyDict)) throw new NativeRaise('TypeError', 'an OrderedDict is required');
  return o;
}

/**
 * odict_sizeof: the node array follows the keys table's size once a key was looked up in it (always, as
 * every insertion is), and is dropped by clear().
 */
export const orderedDictSizeof = once(() => builtinFunction('_odict_sizeof', (_vm, args) => {
  const d = asDict(args[0]);
  const nodeArray = d.keysLog2 === 0 ? 0 : 8 * 2 ** d.keysLog2;
  return newInt(ODICT_BASICSIZE + keysTableBytes(d) + nodeArray + NODE_SIZE * d.size);
}));

/** `_odict_move(od, key, bool(last))`: only the order of the linked nodes changes; the dict's table is untouched. */
export const orderedDictMove = once(() => builtinFunction('_odict_move', (vm: VM, args) => {
  const d = asDict(args[0]);
  // The Python caller has looked the key up already (raising KeyError as CPython does).
  const key = hashKey(vm, args[1]);
  const entry = d.map.get(key);
  if (!entry) return newNone();
  d.map.delete(key);
  if (args[2] === True) {
    d.map.set(key, entry);
  } else {
    const rest = [...d.map];
    d.map.clear();
    d.map.set(key, entry);
    for (const [k, e] of rest) d.map.set(k, e);
  }
  return newNone();
}));
