// Every object starts with the same header, whichever constructor stores it (PyObject's, or a HeaderWriter's own:
// see object.ts): caught as each kind's first object is registered while a program making them all runs.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../interpreter';
import { Heap } from './heap';
import { NOT_TRACKED, ObjectFlag, PyGcObject, type HeaderWriter, type PyObject } from './object';
import { PyTuple, PyList, PyInstance, PyTraceback, PyFrameObject, PySlice, PySet } from './objects';
import { PyDict } from './dict';
import { PyNativeIterator, PyGenerator } from './iterators';
import { PyFunction, PyCell, PyBoundMethod } from './callables';

const WRITERS = [
  PyTuple, PyList, PyDict, PyInstance, PyTraceback, PyFrameObject, PySlice, PySet, PyNativeIterator, PyGenerator,
  PyFunction, PyCell, PyBoundMethod,
];

const PROGRAM = `
import sys
class Box:
    def get(self):
        return self
def outer():
    x = 1
    def inner():
        return x
    return inner
def gen():
    yield 1
try:
    raise ValueError("no")
except ValueError as e:
    frame = e.__traceback__.tb_frame
b = Box()
m = b.get
items = [1, 2][0:1] + list(iter((3, 4))) + list(gen()) + [outer()()]
s = {1, 2}
d = {"k": items}
`;

interface HeaderSeen {
  readonly header: Record<string, unknown>;
  readonly gcHeader: Record<string, unknown> | null;
}

const HEADER = [
  'id', 'refcount', 'flags', 'gcGeneration', 'gcAllocation', 'accountedBytes', 'attrs', 'block', 'walkMark',
] as const;
const GC_HEADER = ['gcRefs', 'gcPrev', 'gcNext'] as const;

/** The header of each kind's first registered object, as its constructor left it. */
function headersWhileRunning(source: string): Map<Function, HeaderSeen> {
  const seen = new Map<Function, HeaderSeen>();
  const register = Heap.prototype.register;
  type AllocationKind = Parameters<Heap['register']>[2];
  Heap.prototype.register = function <T extends PyObject>(this: Heap, o: T, bytes?: number, kind?: AllocationKind): T {
    if (!seen.has(o.constructor)) {
      const fields = o as unknown as Record<string, unknown>;
      // An object the heap has not counted yet, unless it is a shared one being re-registered: those are skipped.
      if (fields.id === 0) {
        const pick = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, fields[n]]));
        seen.set(o.constructor, { header: pick(HEADER), gcHeader: o instanceof PyGcObject ? pick(GC_HEADER) : null });
      }
    }
    return register.call(this, o, bytes, kind) as T;
  };
  try {
    const interp = new Interpreter(source);
    while (interp.step() === 'paused');
    expect(interp.stderr).toBe('');
  } finally {
    Heap.prototype.register = register;
  }
  return seen;
}

describe('object header', () => {
  it('is the same for every kind, stored by PyObject or by the kind itself', () => {
    const seen = headersWhileRunning(PROGRAM);
    const expected = {
      id: 0, refcount: 1, flags: ObjectFlag.Alive, gcGeneration: NOT_TRACKED, gcAllocation: null, accountedBytes: 0,
      attrs: null, block: 0, walkMark: 0,
    };
    for (const writer of WRITERS) {
      expect((writer as unknown as HeaderWriter).writesOwnHeader, writer.name).toBe(true);
      expect(seen.has(writer), `${writer.name} made by the program`).toBe(true);
    }
    // Writers and kinds whose header PyObject stores alike (dozens of them: bootstrap makes modules, types...).
    expect(seen.size).toBeGreaterThan(WRITERS.length + 5);
    for (const [kind, { header, gcHeader }] of seen) {
      // A PyInstance is its own attrs (set after the header): every other kind starts without.
      const own = kind === PyInstance ? { ...expected, attrs: header.attrs } : expected;
      expect(header, kind.name).toEqual(own);
      if (gcHeader) expect(gcHeader, kind.name).toEqual({ gcRefs: 0, gcPrev: null, gcNext: null });
    }
  });
});
