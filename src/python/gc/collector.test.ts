// The collector on hand-built heaps: what it frees, what it keeps, and the phases it records.
import { describe, expect, it } from 'vitest';
import { VM } from '../vm/vm';
import { newList, newDict, newStr } from '../runtime/factory';
import { listAppend, dictSetStr } from '../runtime/containers';
import { decref, incref } from '../runtime/heap';

function freshVM(): VM {
  return new VM();
}

describe('collectGarbage', () => {
  it('frees a two-list cycle that nothing else refers to and returns 2', () => {
    const vm = freshVM();
    const a = newList([]);
    const b = newList([]);
    listAppend(a, b);
    listAppend(b, a);
    decref(a);
    decref(b);
    expect(a.alive && b.alive).toBe(true);
    expect(vm.collect(2, 'explicit')).toBe(2);
    expect(a.alive || b.alive).toBe(false);
  });

  it('keeps a cycle that is still referenced from outside', () => {
    const vm = freshVM();
    const a = newList([]);
    const b = newList([]);
    listAppend(a, b);
    listAppend(b, a);
    decref(b);
    expect(vm.collect(2, 'explicit')).toBe(0);
    expect(a.alive && b.alive).toBe(true);
    decref(a);
  });

  it('frees what only the garbage refers to, counting only tracked containers', () => {
    const vm = freshVM();
    const a = newList([]);
    listAppend(a, a);
    const s = newStr('payload');
    listAppend(a, s);
    decref(s);
    decref(a);
    expect(vm.collect(2, 'explicit')).toBe(1);
    expect(s.alive).toBe(false);
  });

  it('counts a dict in a cycle once it holds a container', () => {
    const vm = freshVM();
    const d = newDict();
    expect(d.gcGeneration).toBe(-1);
    dictSetStr(d, 'self', d);
    expect(d.gcGeneration).toBe(0);
    decref(d);
    expect(vm.collect(2, 'explicit')).toBe(1);
  });

  it('records CPython phase names with gc_refs after subtract_refs', () => {
    const vm = freshVM();
    const a = newList([]);
    const b = newList([]);
    listAppend(a, b);
    listAppend(b, a);
    incref(a);
    decref(a);
    decref(b);
    vm.gcLog.recordDetail = true;
    vm.collect(0, 'button');
    const phases = vm.gcLog.last!.detail!.phases;
    expect(phases.map((p) => p.name)).toEqual([
      'update_refs', 'subtract_refs', 'move_unreachable', 'handle_weakrefs', 'finalize_garbage', 'delete_garbage',
    ]);
    const subtract = phases[1].gcRefs!;
    expect(subtract[a.id]).toBe(1);
    expect(subtract[b.id]).toBe(0);
    expect(vm.gcLog.last!.collected).toBe(0);
    decref(a);
  });

  it('keeps only counts of collections while no detail is asked for', () => {
    const vm = freshVM();
    const a = newList([]);
    listAppend(a, a);
    decref(a);
    vm.collect(0, 'explicit');
    expect(vm.gcLog.last).toMatchObject({ examined: 1, unreachable: 1, freed: 1, collected: 1 });
    expect(vm.gcLog.last!.detail).toBeUndefined();
  });

  it('moves survivors of a young collection to the next generation', () => {
    const vm = freshVM();
    const a = newList([]);
    expect(a.gcGeneration).toBe(0);
    vm.collect(0, 'explicit');
    expect(a.gcGeneration).toBe(1);
    expect(vm.heap.generations[1].count).toBe(1);
    decref(a);
  });
});
