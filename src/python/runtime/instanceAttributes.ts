// The instance part of builtin-kind objects whose type is a Python class (`class Stack(list)`): their
// `__dict__`, `__slots__` values and the reference to their class, for traverse, clear and creation.

import { ObjectFlag, type InstanceAttributes, type PyObject } from './object';
import type { PyStr } from './objects';
import { nextKeysVersion } from './inlineCaches';
import { activeHeap } from './heap';

/** subtype_traverse: slot values, the dict (or its inline names and values), then the class. */
export function traverseAttributes(o: PyObject, attrs: InstanceAttributes, visit: (t: PyObject, label: string) => void): void {
  if (attrs.slotValues) {
    const names = o.type.slotLayout;
    attrs.slotValues.forEach((v, i) => v && visit(v, '.' + names[i]));
  }
  const dict = attrs.dict;
  if (dict) {
    if (dict.materialized) visit(dict, '__dict__');
    else {
      for (const e of dict.map.values()) {
        visit(e.key, 'attribute name');
        visit(e.value, '.' + String((e.key as PyStr).value));
      }
    }
  }
  visit(o.type, '__class__');
}

/**
 * subtype_dealloc's first share: slot values, then the dict; true when there were any (the caller releases
 * the class reference after its base state, as subtype_dealloc does).
 */
export function clearAttributes(o: PyObject, release: (t: PyObject) => void): boolean {
  const attrs = o.attrs;
  if (!attrs) return false;
  const slots = attrs.slotValues;
  attrs.slotValues = null;
  if (slots) for (const v of slots) if (v) release(v);
  const dict = attrs.dict;
  attrs.dict = null;
  if (dict) {
    if (dict.materialized) release(dict);
    else {
      // Nothing else reaches a dict that was never materialized: its map is walked in place, not copied, and
      // left as it is (the dict is garbage once attrs lets go of it). The instance's values block goes with it.
      if (dict.inlineValues) activeHeap().tracer?.freed(dict, null);
      dict.keysVersion = nextKeysVersion();
      dict.flags &= ~ObjectFlag.Alive;
      for (const e of dict.map.values()) {
        release(e.value);
        release(e.key);
      }
    }
  }
  return true;
}
