// The attribute names dir() lists: an object's own __dict__, then its class and the classes it derives from.

import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyFunction, PyModule, PyStr } from '../runtime/objects';
import { PyType } from '../runtime/types';

function addKeys(names: Set<string>, d: PyDict | null): void {
  if (!d) return;
  for (const e of d.map.values()) if (e.key instanceof PyStr) names.add(e.key.value);
}

/** merge_class_dict: the class's own names, then its bases' (depth first, as type___dir__ walks __bases__). */
function addClassNames(names: Set<string>, t: PyType): void {
  addKeys(names, t.dict);
  for (const b of t.bases) addClassNames(names, b);
}

/** object.__dir__ / type.__dir__ / module.__dir__ before sorting. */
export function listNames(o: PyObject): string[] {
  const names = new Set<string>();
  if (o instanceof PyModule) addKeys(names, o.dict);
  else if (o instanceof PyType) addClassNames(names, o);
  else {
    if (o.attrs?.dict) addKeys(names, o.attrs.dict);
    else addKeys(names, o.type.nativeSlots?.instanceDict?.(o) ?? null);
    if (o instanceof PyFunction) addKeys(names, o.dict);
    addClassNames(names, o.type);
  }
  return [...names];
}
