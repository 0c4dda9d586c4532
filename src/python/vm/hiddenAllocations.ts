// Allocations CPython makes that our VM needs no object for, counted so that gc.get_count() and
// automatic collections match CPython 3.11's: argument tuples of METH_VARARGS functions and of types
// without vectorcall, keyword dicts, a keyword parser's tuple on first use, print's argument tuple,
// and the thread-state dict and list behind Py_ReprEnter.

import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyMethodDescriptor, PySlotWrapper } from '../runtime/objects';
import { T } from '../runtime/builtinTypes';
import { PyType } from '../runtime/types';
import { tupleFreeList, type FreeListKind } from '../runtime/freeLists';
import type { Heap } from '../runtime/heap';

/** METH_VARARGS builtins, classes (slot_tp_new/tp_init) and builtin types without vectorcall get an argument tuple. */
function packsArguments(callable: PyObject, key: string): boolean {
  if (callable instanceof PyType) return (callable.isHeapType && !callable.isException) || (!callable.isHeapType && tpCallPacksArguments(callable));
  return VARARGS.has(key);
}

/** Builtins CPython declares METH_VARARGS: their positional arguments arrive as a new tuple. */
const VARARGS = new Set([
  'max', 'min', 'dir', 'getsizeof', 'reduce', 'get_referrers', 'get_referents', 'set_threshold', 'log',
  'dict.update', 'set.update', 'set.union', 'set.intersection', 'set.difference', 'set.intersection_update',
  'set.difference_update', 'frozenset.union', 'frozenset.intersection', 'frozenset.difference',
  'str.format', 'str.startswith', 'str.endswith', 'str.find', 'str.rfind', 'str.index', 'str.rindex', 'str.count',
  // The time module's METH_VARARGS functions.
  'gmtime', 'localtime', 'ctime', 'strftime',
]);

/** A wrapper_descriptor (`list.__contains__`) or a method-wrapper (`lst.__contains__`): neither has vectorcall. */
export function isSlotWrapperCallable(callable: PyObject): boolean {
  return callable instanceof PySlotWrapper || (callable instanceof PyBuiltinFunction && callable.type === T.method_wrapper);
}

/**
 * The sizes of the tuples a slot wrapper's call packs, given its arguments after the object: _PyObject_MakeTpCall
 * packs all it is given (a wrapper_descriptor's object too), then wrapperdescr_call slices off the object (the
 * empty tuple is shared). Null for other callables.
 */
function slotWrapperTupleSizes(callable: PyObject, positional: number): number[] | null {
  if (!isSlotWrapperCallable(callable)) return null;
  const sizes = callable instanceof PySlotWrapper ? [positional + 1, positional] : [positional];
  return sizes.filter((n) => n > 0);
}

/** Builtin types whose call goes through type_call (no vectorcall in 3.11), which packs the arguments. */
const TUPLE_CALL_TYPES = new Set(['int', 'str', 'bytes', 'bytearray', 'complex', 'zip', 'slice', 'property', 'staticmethod', 'classmethod', 'weakref.ReferenceType']);

/** Whether calling this type goes through type_call (no vectorcall), which also counts a recursion level. */
export function tpCallPacksArguments(type: PyType): boolean {
  return type.isHeapType || TUPLE_CALL_TYPES.has(type.name) || type.callPacksArguments;
}

/** Whether the instance a call of this type makes keeps the call's packed keyword dict (its class or a base says so). */
function keepsPackedKeywords(callable: PyObject): boolean {
  return callable instanceof PyType && callable.mro.some((t) => t.callKeepsPackedKeywords);
}

/**
 * Functions whose keyword parser (_PyArg_Parser) builds its tuple of keyword names the first time
 * keywords are passed, with the number of names it holds.
 */
const LAZY_KEYWORD_PARSERS = new Map([
  ['list.sort', 2], ['get_objects', 1], ['round', 2], ['sum', 1], ['str.split', 2], ['str.rsplit', 2], ['type:int', 1],
  // Modules' Argument Clinic functions and types that take keywords.
  ['bisect_right', 5], ['bisect_left', 5], ['insort_right', 5], ['insort_left', 5],
  ['type:itertools.count', 2], ['type:itertools.accumulate', 3], ['type:itertools.groupby', 2], ['type:itertools.compress', 2],
  ['type:itertools.combinations', 2], ['type:itertools.combinations_with_replacement', 2], ['type:itertools.permutations', 2],
]);

/** The names the tables above use; cached on the callable, as calls are frequent. */
const keys = new WeakMap<PyObject, string>();

/** Frozen: shared by every call with no temporaries, and by forks (graphClone shares frozen objects). */
export const NO_TEMPORARIES: readonly FreeListKind[] = Object.freeze([]);

/**
 * The names of bound builtins (`self.getrandbits`, `d.update`) by their object's type and the method's name: a
 * bound builtin is made per attribute read, so a key kept per object was made (and weakly mapped) per call.
 */
const boundKeys = new WeakMap<PyType, { typeName: string; byName: Map<string, string> }>();

function boundKey(type: PyType, name: string): string {
  let known = boundKeys.get(type);
  // A class's __name__ may be assigned: its keys then follow.
  if (known === undefined || known.typeName !== type.name) boundKeys.set(type, known = { typeName: type.name, byName: new Map() });
  let key = known.byName.get(name);
  if (key === undefined) known.byName.set(name, key = `${type.name}.${name}`);
  return key;
}

function callableKey(callable: PyObject): string | null {
  if (callable instanceof PyBuiltinFunction && callable.self !== null) return boundKey(callable.self.type, callable.name);
  const cached = keys.get(callable);
  if (cached !== undefined) return cached;
  let key: string;
  if (callable instanceof PyBuiltinFunction) key = callable.name;
  else if (callable instanceof PyMethodDescriptor) key = `${callable.owner.name}.${callable.name}`;
  else if (callable instanceof PyType) key = callable.isHeapType ? `class:${callable.name}` : `type:${callable.name}`;
  else return null;
  keys.set(callable, key);
  return key;
}

export class HiddenAllocations {
  /**
   * Whether a call of this builtin function or method descriptor with positional arguments only makes no
   * hidden allocation (enterCall would count nothing): not METH_VARARGS, so no argument tuple.
   */
  positionalCallCountsNothing(callable: PyBuiltinFunction | PyMethodDescriptor): boolean {
    let known = callable.positionalCallCountsNothing;
    if (known === null) {
      const key = callableKey(callable);
      known = callable.positionalCallCountsNothing = key !== null && !VARARGS.has(key) && !isSlotWrapperCallable(callable);
    }
    return known;
  }

  private readonly keywordParsersReady = new Set<string>();
  private reprStateMade = false;
  private printReady = false;

  constructor(private readonly heap: Heap) {}

  /**
   * Counts what CPython allocates to make a call to a builtin or a type, before the callee runs.
   * Returns the temporaries to release (with `release`) once the call is over.
   */
  enterCall(callable: PyObject, positional: number, keywords: number): readonly FreeListKind[] {
    const wrapperTuples = slotWrapperTupleSizes(callable, positional);
    if (wrapperTuples !== null) return wrapperTuples.map((n) => this.allocate(tupleFreeList(n)));
    // No arguments: nothing to pack and no keyword parser to make (the frequent `Point()`).
    if (positional === 0 && keywords === 0) return NO_TEMPORARIES;
    const key = callableKey(callable);
    if (key === null) return NO_TEMPORARIES;
    const heapType = callable instanceof PyType && callable.isHeapType && !callable.isException;
    const packs = packsArguments(callable, key);
    const temporaries: FreeListKind[] = [];
    if (packs) {
      if (positional > 0) temporaries.push(this.allocate(tupleFreeList(positional)));
      if (keywords > 0 && !keepsPackedKeywords(callable)) temporaries.push(this.allocate('dict'));
      // slot_tp_init turns the keyword dict back into vectorcall keyword names for __init__.
      if (keywords > 0 && heapType) temporaries.push(this.allocate(tupleFreeList(keywords)));
    }
    // sorted() hands its keywords to list.sort, whose parser it is.
    const parser = key === 'sorted' ? 'list.sort' : key;
    const names = LAZY_KEYWORD_PARSERS.get(parser);
    if (keywords > 0 && names !== undefined && !this.keywordParsersReady.has(parser)) {
      this.keywordParsersReady.add(parser);
      this.heap.countAllocation(tupleFreeList(names));
    }
    return temporaries;
  }

  release(temporaries: readonly FreeListKind[]): void {
    for (const kind of temporaries) this.heap.countRelease(kind);
  }

  /**
   * print(): its keyword parser is set up on the first call (the tuple of its four keyword names, kept for
   * good: a parked 4-tuple when there is one), and its positional
   * arguments are packed into a tuple. sys.stdout writes through (PYTHONUNBUFFERED, as the oracle
   * runs), so no list of pending writes builds up.
   */
  enterPrint(argCount: number): FreeListKind[] {
    if (!this.printReady) {
      this.printReady = true;
      this.heap.countAllocation(tupleFreeList(4));
    }
    return argCount > 0 ? [this.allocate(tupleFreeList(argCount))] : [];
  }

  /** Py_ReprEnter: the first container repr creates the thread state's dict and its "Py_Repr" list. */
  reprEnter(): void {
    if (this.reprStateMade) return;
    this.reprStateMade = true;
    this.heap.countAllocation('dict');
    this.heap.countAllocation('list');
  }

  /** An allocation CPython makes inside an operation; the caller releases it. */
  allocate(kind: FreeListKind): FreeListKind {
    this.heap.countAllocation(kind);
    return kind;
  }
}
