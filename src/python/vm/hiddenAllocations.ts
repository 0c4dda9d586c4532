// Allocations CPython makes that our VM needs no object for, counted so that gc.get_count() and
// automatic collections match CPython 3.11's: argument tuples of METH_VARARGS functions and of types
// without vectorcall, keyword dicts, a keyword parser's tuple on first use, print's temporary tuple
// and sys.stdout's pending-writes list, and the thread-state list behind Py_ReprEnter.

import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyMethodDescriptor } from '../runtime/objects';
import { PyType } from '../runtime/types';
import { tupleFreeList, type FreeListKind } from '../runtime/freeLists';
import type { Heap } from '../runtime/heap';

/** Builtins CPython declares METH_VARARGS: their positional arguments arrive as a new tuple. */
const VARARGS = new Set([
  'max', 'min', 'dir', 'getsizeof', 'get_referrers', 'get_referents', 'set_threshold', 'log',
  'dict.update', 'set.update', 'set.union', 'set.intersection', 'set.difference', 'set.intersection_update',
  'set.difference_update', 'frozenset.union', 'frozenset.intersection', 'frozenset.difference',
  'str.format', 'str.startswith', 'str.endswith', 'str.find', 'str.rfind', 'str.index', 'str.rindex', 'str.count',
]);

/** Builtin types whose call goes through type_call (no vectorcall in 3.11), which packs the arguments. */
const TUPLE_CALL_TYPES = new Set(['int', 'str', 'zip', 'slice', 'property', 'staticmethod', 'classmethod', 'weakref']);

/** Functions whose keyword parser builds its keyword-name tuple the first time keywords are passed. */
const LAZY_KEYWORD_PARSERS = new Set(['list.sort', 'get_objects', 'round', 'sum', 'str.split', 'str.rsplit', 'type:int']);

/** sys.stdout's TextIOWrapper flushes its pending writes once they reach this many bytes (a pipe, not a tty). */
const STDOUT_CHUNK_SIZE = 8192;

function callableKey(callable: PyObject): string | null {
  if (callable instanceof PyBuiltinFunction) return callable.self ? `${callable.self.type.name}.${callable.name}` : callable.name;
  if (callable instanceof PyMethodDescriptor) return `${callable.owner.name}.${callable.name}`;
  if (callable instanceof PyType) return `type:${callable.name}`;
  return null;
}

export class HiddenAllocations {
  private readonly keywordParsersReady = new Set<string>();
  private reprStateMade = false;
  private stdoutPending: 'none' | 'text' | 'list' = 'none';
  private stdoutPendingBytes = 0;

  private specialized = false;

  constructor(private readonly heap: Heap) {}

  /** The next call comes from a specialized call site that calls its target directly. */
  specializeNextCall(): void {
    this.specialized = true;
  }

  /**
   * Counts what CPython allocates to make a call to a builtin or a type, before the callee runs.
   * Returns the temporaries to release (with `release`) once the call is over.
   */
  enterCall(callable: PyObject, positional: number, keywords: number): FreeListKind[] {
    if (this.specialized) {
      this.specialized = false;
      return [];
    }
    const key = callableKey(callable);
    if (key === null) return [];
    const heapType = callable instanceof PyType && callable.isHeapType && !callable.isException;
    const packs = VARARGS.has(key) || heapType || (key.startsWith('type:') && TUPLE_CALL_TYPES.has(key.slice(5)));
    const temporaries: FreeListKind[] = [];
    if (packs) {
      if (positional > 0) temporaries.push(this.allocate(tupleFreeList(positional)));
      if (keywords > 0) temporaries.push(this.allocate('dict'));
      // slot_tp_init turns the keyword dict back into vectorcall keyword names for __init__.
      if (keywords > 0 && heapType) temporaries.push(this.allocate(tupleFreeList(keywords)));
    }
    // sorted() hands its keywords to list.sort, whose parser it is.
    const parser = key === 'sorted' ? 'list.sort' : key;
    if (keywords > 0 && LAZY_KEYWORD_PARSERS.has(parser) && !this.keywordParsersReady.has(parser)) {
      this.keywordParsersReady.add(parser);
      this.heap.countAllocation('');
    }
    return temporaries;
  }

  release(temporaries: FreeListKind[]): void {
    for (const kind of temporaries) this.heap.countRelease(kind);
  }

  /** print(): Argument Clinic packs `*args` into a tuple for the call, then come the writes to sys.stdout. */
  print(argCount: number, pieces: string[], flush: boolean): void {
    const args = argCount > 0 ? this.allocate(tupleFreeList(argCount)) : null;
    for (const piece of pieces) this.writeStdout(piece);
    if (flush) this.flushStdout();
    if (args !== null) this.heap.countRelease(args);
  }

  /**
   * TextIOWrapper.write: the first pending write is kept as is; the second starts a list of pending
   * writes, released when the pending bytes reach the chunk size.
   */
  writeStdout(text: string): void {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes >= STDOUT_CHUNK_SIZE) this.flushStdout();
    if (this.stdoutPending === 'none') this.stdoutPending = 'text';
    else if (this.stdoutPending === 'text') {
      this.heap.countAllocation('list');
      this.stdoutPending = 'list';
    }
    this.stdoutPendingBytes += bytes;
    if (this.stdoutPendingBytes >= STDOUT_CHUNK_SIZE) this.flushStdout();
  }

  flushStdout(): void {
    if (this.stdoutPending === 'list') this.heap.countRelease('list');
    this.stdoutPending = 'none';
    this.stdoutPendingBytes = 0;
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
