// gc.get_referents: what CPython's tp_traverse visits, in its order. The objects' own traverse labels every
// reference for the picture; CPython's skips what the collector need not see (a str-keyed dict's keys, an
// instance's attribute names) and walks lists and tuples from the end.

import type { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyInstance, PyList, PyTuple } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { traverseAttributes } from '../runtime/instanceAttributes';
import { PyStructSeq } from './structSeq';

/** tp_traverse's visits for one object (borrowed); none for an object the collector does not follow. */
export function traverseOrder(o: PyObject): PyObject[] {
  if (!o.isGcType) return [];
  const out: PyObject[] = [];
  const own = (t: PyObject, label: string) => {
    if (label !== 'attribute name') out.push(t);
  };
  if (o instanceof PyType) {
    // type_traverse: the dict, the MRO, the bases, the base (never the metaclass).
    for (const t of [o.dict, o.mroTuple, o.basesTuple, o.base]) if (t) out.push(t);
    return out;
  }
  if (o instanceof PyInstance && !o.exc && o.attrs) {
    traverseAttributes(o, o.attrs, own);
    return out;
  }
  const reversedItems = (o instanceof PyList || o instanceof PyTuple) && !(o instanceof PyStructSeq);
  if (!reversedItems && !(o instanceof PyDict)) {
    o.traverse(own);
    return out;
  }
  // subtype_traverse (slots, dict, class) comes before the base type's traverse.
  if (o.attrs) traverseAttributes(o, o.attrs, own);
  if (o instanceof PyDict) {
    const valuesOnly = o.keysUnicode || o.splitKeys !== null;
    for (const e of o.map.values()) {
      out.push(e.value);
      if (!valuesOnly) out.push(e.key);
    }
  } else {
    const items = (o as PyList | PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) if (items[i]) out.push(items[i]);
  }
  return out;
}
