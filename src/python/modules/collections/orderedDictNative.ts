// The parts of CPython's C OrderedDict our Python one needs natively: its size (the dict, the node array
// indexed like the keys table, one node per key), and moving a key without touching the dict's table.

import { NativeRaise } from '../../errors';
import { PyObject } from '../../runtime/object';
import { PyDict, compactEntries, type DictEntry } from '../../runtime/dict';
import { nextKeysVersion } from '../../runtime/inlineCaches';
import { newNone } from '../../runtime/factory';
import { PyType } from '../../runtime/types';
import { keysTableBytes } from '../../runtime/dictKeys';
import { dictKey } from '../../runtime/ops/keyLookup';
import { ODICT_VIEW_TYPES, True } from '../../runtime/builtinTypes';
import { builtinFunction } from '../../builtins/define';
import { once } from '../nativeType';
import type { VM } from '../../vm/vm';

/** sizeof(PyODictObject): a dict plus first/last, the node array and its size, a sentinel, state, dict, weakrefs. */
const ODICT_BASICSIZE = 48 + 8 * 8;
/** sizeof(_ODictNode): key, hash, next, prev. */
const NODE_SIZE = 32;
const GC_HEADER = 16;

function asDict(o: PyObject | undefined): PyDict {
  if (!(o instanceof PyDict)) throw new NativeRaise('TypeError', 'an OrderedDict is required');
  return o;
}

/** odict_sizeof plus the gc header (the dict pointer is inside the object, so no managed-dict pre-header). */
function orderedDictBytes(d: PyDict): number {
  // The node array follows the keys table's size once a key was looked up in it (every insertion does);
  // clear() drops it with the table.
  const nodeArray = d.keysLog2 === 0 ? 0 : 8 * 2 ** d.keysLog2;
  return GC_HEADER + ODICT_BASICSIZE + keysTableBytes(d) + nodeArray + NODE_SIZE * d.size;
}

/**
 * `_odict_sized(OrderedDict)`: the class's instances (and its subclasses') are sized as the C type's, by
 * sys.getsizeof, `__sizeof__` and the picture alike.
 */
export const orderedDictSized = once(() => builtinFunction('_odict_sized', (_vm, args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw new NativeRaise('TypeError', 'a class is required');
  cls.nativeSlots = { ...cls.nativeSlots, sizeof: (o) => orderedDictBytes(asDict(o)) };
  cls.dictViewTypes = ODICT_VIEW_TYPES;
  return newNone();
}));

function lastEntry(d: PyDict): DictEntry | undefined {
  let last: DictEntry | undefined;
  for (const e of d.map.values()) last = e;
  return last;
}

/** `_odict_move(od, key, bool(last))`: only the order of the linked nodes changes; the dict's table is untouched. */
export const orderedDictMove = once(() => builtinFunction('_odict_move', (vm: VM, args) => {
  const d = asDict(args[0]);
  // The Python caller has looked the key up already (raising KeyError as CPython does).
  const key = dictKey(vm, d, args[1]);
  const entry = d.map.get(key);
  if (!entry) return newNone();
  const last = args[2] === True;
  // A key already at that end stays: the order, and so od_state, is unchanged (iterators go on).
  if ((last ? lastEntry(d) : d.map.values().next().value) === entry) return newNone();
  d.map.delete(key);
  if (last) {
    d.map.set(key, entry);
  } else {
    const rest = [...d.map];
    d.map.clear();
    d.map.set(key, entry);
    for (const [k, e] of rest) d.map.set(k, e);
  }
  // Entry slots follow the new order, so dict iteration (ours walks the map) meets them in order.
  compactEntries(d);
  // _odict_remove_node and _odict_add_tail change od_state: an OrderedDict iterator sees the new version.
  d.keysVersion = nextKeysVersion();
  return newNone();
}));
