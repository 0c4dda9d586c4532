// The short repr a snapshot gives each object (its box's label), built without calling Python code (no user
// __repr__). A snapshot describes every live object at every step, so the reprs of strs and floats, the most
// numerous objects and the dearest to format, are remembered by value between snapshots.

import { PyObject } from './runtime/object';
import { PyDict, type DictEntry } from './runtime/dict';
import {
  PyBool, PyBuiltinFunction, PyCell, PyFloat, PyFunction, PyInstance, PyInt, PyList, PyNone, PySet, PyStr, PyTuple,
  PyWeakref, PyModule, PyGenerator, PyBoundMethod, PyClassAttributeDescriptor,
} from './runtime/objects';
import { PyType } from './runtime/types';
import { T } from './runtime/builtinTypes';
import { floatRepr, strRepr } from './format';
import { PyByteArray, PyBytes } from './runtime/bytesObject';
import { PyComplex } from './runtime/complexObject';
import { PyMemoryView } from './runtime/memoryviewObject';
import { bytesLiteral } from './builtins/bytesSlots';
import { complexRepr } from './builtins/complexType';

const MAX_REPR = 60;

/** Cuts a display repr to MAX_REPR characters; reprs built with `stopAfter: MAX_REPR` are cut the same. */
function clip(s: string): string {
  return s.length > MAX_REPR ? s.slice(0, MAX_REPR - 1) + '…' : s;
}

/**
 * Reprs by value: a str's text (which can change, by an in-place append, so the object is not the key) and a
 * float's value. Bounded: emptied when full. Longer texts are not kept (V8 hashes the whole key string once).
 */
const CACHE_LIMIT = 50_000;
const LONGEST_CACHED_TEXT = 256;
const strReprs = new Map<string, string>();
const floatReprs = new Map<number, string>();

function cachedStrRepr(text: string): string {
  if (text.length > LONGEST_CACHED_TEXT) return clip(strRepr(text, MAX_REPR));
  let repr = strReprs.get(text);
  if (repr === undefined) {
    if (strReprs.size >= CACHE_LIMIT) strReprs.clear();
    repr = clip(strRepr(text, MAX_REPR));
    strReprs.set(text, repr);
  }
  return repr;
}

function cachedFloatRepr(value: number): string {
  // A Map key does not tell 0.0 from -0.0.
  if (value === 0) return floatRepr(value);
  let repr = floatReprs.get(value);
  if (repr === undefined) {
    if (floatReprs.size >= CACHE_LIMIT) floatReprs.clear();
    repr = floatRepr(value);
    floatReprs.set(value, repr);
  }
  return repr;
}

/** The reprs of a sequence's first 8 items, comma-separated (a loop: no slice, map and join arrays per tuple). */
function firstItemReprs(items: readonly PyObject[], depth: number): string {
  const n = Math.min(items.length, 8);
  let text = n > 0 ? displayRepr(items[0], depth) : '';
  for (let i = 1; i < n; i++) text += ', ' + displayRepr(items[i], depth);
  return text;
}

/** A dict's first n entries, without copying the rest (a module's namespace has hundreds). */
function firstDictEntries(d: PyDict, n: number): DictEntry[] {
  const first: DictEntry[] = [];
  for (const e of d.map.values()) {
    if (first.length === n) break;
    first.push(e);
  }
  return first;
}

/** A set's first n items in its table's order (PySet.ordered's), without listing the rest. */
function firstSetItems(set: PySet, n: number): PyObject[] {
  const first: PyObject[] = [];
  const slots = set.table.slots;
  for (let i = 0; i < slots.length && first.length < n; i++) {
    const e = slots[i];
    if (e) first.push(e.obj);
  }
  return first;
}

/** A display repr that never calls Python code. */
export function displayRepr(o: PyObject, depth = 0): string {
  if (o instanceof PyStr) return cachedStrRepr(o.value);
  if (o instanceof PyInt) return String(o.value);
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyFloat) return cachedFloatRepr(o.value);
  if (o instanceof PyBytes) return clip(bytesLiteral(o.value, false, MAX_REPR));
  if (o instanceof PyComplex) return complexRepr(o);
  if (o instanceof PyByteArray) return clip(`bytearray(${bytesLiteral(o.value, true, MAX_REPR)})`);
  if (o instanceof PyMemoryView) return o.released ? '<released memory>' : '<memory>';
  if (depth > 1) return '…';
  if (o instanceof PyList) return clip('[' + firstItemReprs(o.items, depth + 1) + (o.items.length > 8 ? ', …' : '') + ']');
  if (o instanceof PyTuple) return clip('(' + firstItemReprs(o.items, depth + 1) + (o.items.length === 1 ? ',' : '') + ')');
  if (o instanceof PyDict) return clip('{' + firstDictEntries(o, 6).map((e) => `${displayRepr(e.key, depth + 1)}: ${displayRepr(e.value, depth + 1)}`).join(', ') + '}');
  if (o instanceof PySet) return o.size === 0 ? 'set()' : clip('{' + firstSetItems(o, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + '}');
  if (o instanceof PyFunction) return `<function ${o.qualname}>`;
  if (o instanceof PyBuiltinFunction) return `<built-in ${o.name}>`;
  if (o instanceof PyBoundMethod) return `<bound method>`;
  if (o instanceof PyType) return `<class '${o.qualname}'>`;
  if (o instanceof PyInstance) return `<${o.type.qualname} object>`;
  if (o instanceof PyModule) return `<module '${o.name}'>`;
  if (o instanceof PyGenerator) return `<${o.type.name} ${o.qualname}>`;
  if (o instanceof PyCell) return `<cell>`;
  if (o instanceof PyWeakref) return o.target ? `<weakref to ${o.target.type.name}>` : '<weakref dead>';
  if (o instanceof PyClassAttributeDescriptor) return `<${o.type === T.member_descriptor ? 'member' : 'attribute'} '${o.name}' of '${o.owner?.qualname ?? '?'}'>`;
  return `<${o.type.name}>`;
}
