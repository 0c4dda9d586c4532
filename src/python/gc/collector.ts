// The generational cyclic garbage collector, following CPython 3.11's Python/gc.c phase by phase.

import { decref, incref } from '../runtime/heap';
import { PyObject, NOT_TRACKED, isAlive, isFinalized } from '../runtime/object';
import { GeneratorKind, PyGenerator, PyList, PyTuple, PyInstance } from '../runtime/objects';
import { traverseAttributes } from '../runtime/instanceAttributes';
import { PyDict } from '../runtime/dict';
import { T } from '../runtime/builtinTypes';
import { mayBeTracked } from '../runtime/factory';
import type { VM } from '../vm/vm';
import type { CollectionReason, GcPhase } from './events';
import { reportCollectable, reportCollectionDone, reportCollectionStart, saveGarbage } from './debug';

export type { CollectionReason };

/**
 * Whether `o` keeps a tuple or dict holding it tracked (_PyObject_GC_MAY_BE_TRACKED): our tracked objects, and the
 * builtin functions, descriptors and modules CPython tracks that are static here (`(1, float.__repr__)` stays tracked).
 * Only here, not in mayBeTracked, which decides when a dict starts being tracked: the builtins dict would be
 * tracked from start-up, and the picture leaves it out as machinery while it is untracked (snapshotWalk.ts).
 */
function keepsContainerTracked(o: PyObject): boolean {
  return mayBeTracked(o) || o.type.instancesTrackedByCPython;
}

function holdsOnlyAtoms(d: PyDict): boolean {
  for (const e of d.map.values()) if (keepsContainerTracked(e.key) || keepsContainerTracked(e.value)) return false;
  return true;
}

/**
 * untrack_tuples (_PyTuple_MaybeUntrack) on the survivors: a tuple holding only untracked objects need
 * not be tracked. In full collections, untrack_dicts does the same for dicts (_PyDict_MaybeUntrack).
 */
function untrackAtoms(vm: VM, survivors: PyObject[], fullCollection: boolean): void {
  for (const o of survivors) {
    if (o.type === T.tuple && (o as PyTuple).items.every((x) => !keepsContainerTracked(x))) vm.heap.untrack(o);
    else if (fullCollection && o.type === T.dict && holdsOnlyAtoms(o as PyDict)) vm.heap.untrack(o);
  }
}

/** update_refs: gc_refs = refcount for every object being collected. */
function updateRefs(young: Iterable<PyObject>): void {
  for (const o of young) o.gcRefs = o.refcount;
}

/**
 * subtract_refs: remove the references that come from inside the collected set. `isMember` tells the set's
 * objects apart (for a generation, by the generation number each object carries: no hash lookups).
 */
function subtractRefs(young: Iterable<PyObject>, isMember: (o: PyObject) => boolean): void {
  const visit = (target: PyObject) => {
    if (isMember(target)) target.gcRefs--;
  };
  for (const o of young) {
    if ((o instanceof PyList || o instanceof PyTuple) && o.attrs === null) {
      const items = o.items;
      for (let i = 0; i < items.length; i++) if (isMember(items[i])) items[i].gcRefs--;
    } else {
      // Unlabelled: the labels traverse makes for the picture cost more than the walk itself.
      o.forEachReference(visit);
      o.traverseHidden(visit);
    }
  }
}

/**
 * The order in which CPython's tp_traverse visits an object's references, which decides the order of
 * the lists after a collection (and so the order finalizers run in): lists and tuples visit their items
 * last to first, instances visit their class last.
 */
function gcTraverse(o: PyObject, visit: (target: PyObject) => void): void {
  if (o instanceof PyList || o instanceof PyTuple) {
    // subtype_traverse: a subclass instance's attributes and class, then the list's own traverse.
    if (o.attrs) traverseAttributes(o, o.attrs, visit);
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
    return;
  }
  if (!(o instanceof PyInstance)) {
    o.forEachReference(visit);
    o.traverseHidden(visit);
    return;
  }
  if (o.exc === null) {
    o.forEachAttributeReference(visit);
    if (o.type.isHeapType) visit(o.type);
    return;
  }
  let cls: PyObject | null = null;
  o.traverse((t, label) => {
    if (label === '__class__') cls = t;
    else visit(t);
  });
  if (cls) visit(cls);
}

/**
 * move_unreachable, with CPython's list discipline: objects are scanned in list order; one with
 * gc_refs > 0 is reachable and marks what it references; one with gc_refs == 0 moves to the
 * (tentative) unreachable list, and moves back to the end of the young list if something reachable
 * turns out to reference it. Returns the unreachable objects and the reachable ones, both in order.
 */
function moveUnreachable(young: PyObject[], isMember: (o: PyObject) => boolean): { unreachable: PyObject[]; reachable: PyObject[] } {
  const list = young;
  // Tentatively unreachable objects are marked gc_refs = -1 (a count never goes below 0): moving one back is
  // a mark, and the list keeps the order they were found in.
  const TENTATIVE = -1;
  const tentative: PyObject[] = [];
  const reachable: PyObject[] = [];
  const mark = (t: PyObject) => {
    if (!isMember(t)) return;
    if (t.gcRefs === TENTATIVE) {
      t.gcRefs = 1;
      list.push(t);
    } else if (t.gcRefs === 0) t.gcRefs = 1;
  };
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (o.gcRefs === 0) {
      o.gcRefs = TENTATIVE;
      tentative.push(o);
      continue;
    }
    gcTraverse(o, mark);
    reachable.push(o);
  }
  const unreachable = tentative.filter((o) => o.gcRefs === TENTATIVE);
  for (const o of unreachable) o.gcRefs = 0;
  return { unreachable, reachable };
}

function hasFinalizer(o: PyObject): boolean {
  // Generators have tp_finalize (_PyGen_Finalize): it closes one not finished, which clears its frame (runs its
  // finally blocks if it is suspended in its body), and warns of a coroutine never awaited.
  if (o instanceof PyGenerator) return !isFinalized(o) && o.frame !== null && (o.frame.pc > 0 || o.kind !== GeneratorKind.ASYNC_GENERATOR);
  return o.attrs !== null && o.type.isHeapType && !isFinalized(o) && o.type.lookup('__del__') !== undefined;
}

/**
 * Collects `generation` (0..2), or with -1 the oldest generation whose count passed its threshold
 * (automatic collection). Returns the number of unreachable objects found, as gc.collect() does.
 */
export function collectGarbage(vm: VM, requested: number, reason: CollectionReason): number {
  const heap = vm.heap;
  const gens = heap.generations;
  let generation = requested;
  if (generation < 0) {
    generation = -1;
    for (let i = 2; i >= 0; i--) {
      if (gens[i].count > gens[i].threshold) {
        if (i === 2 && heap.longLivedPending < heap.longLivedTotal / 4) continue;
        generation = i;
        break;
      }
    }
    if (generation < 0) return 0;
  }
  if (heap.collecting) return 0;
  heap.collecting = true;
  try {
    // _PyGC_CollectNoFail, the last collection of interpreter finalization, calls no callbacks.
    const callbacks = reason !== 'finalization';
    if (callbacks) vm.runGcCallbacks('start', generation, 0);
    const collected = collect(vm, generation, reason);
    if (callbacks) vm.runGcCallbacks('stop', generation, collected);
    return collected;
  } finally {
    heap.collecting = false;
  }
}

function collect(vm: VM, generation: number, reason: CollectionReason): number {
  const heap = vm.heap;
  const gens = heap.generations;
  const startedAt = reportCollectionStart(vm, generation);
  if (generation + 1 < gens.length) gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) gens[i].count = 0;

  // Merge the younger generations into the one being collected.
  const young = gens[generation].objects;
  for (let i = 0; i < generation; i++) {
    for (const o of gens[i].objects.toArray()) o.gcGeneration = generation;
    young.takeAll(gens[i].objects);
  }
  // Phase by phase, which objects and their gc_refs: only for the step the UI replays.
  const detail = vm.gcLog.recordDetail;
  if (detail) vm.gcLog.onCollectionStart?.(generation);
  const phases: GcPhase[] = [];
  const examined = young.size;
  const youngObjects = young.toArray();
  const examinedIds = detail ? youngObjects.map((o) => o.id) : [];
  updateRefs(youngObjects);
  if (detail) phases.push({ name: 'update_refs', objectIds: examinedIds, gcRefs: refsOf(young) });
  // Every object being collected now carries this generation's number; nothing else does.
  const inYoung = (o: PyObject) => o.gcGeneration === generation;
  subtractRefs(youngObjects, inYoung);
  if (detail) phases.push({ name: 'subtract_refs', objectIds: examinedIds, gcRefs: refsOf(young) });
  const moved = moveUnreachable(youngObjects, inYoung);
  let unreachable = moved.unreachable;
  const unreachableAtStart = unreachable;
  if (detail) phases.push({ name: 'move_unreachable', objectIds: unreachable.map((o) => o.id) });

  // Tuples and dicts holding nothing trackable leave the collector's lists (untrack_tuples, untrack_dicts).
  untrackAtoms(vm, moved.reachable, generation === 2);
  // Survivors move to the next generation in scan order; the unreachable ones stay listed after them (in
  // `young`) until freed. Each object is re-linked once: every one still tracked is added back below.
  const olderIndex = generation < 2 ? generation + 1 : 2;
  const older = gens[olderIndex].objects;
  young.detachAll();
  let survivors = 0;
  const survivorList = olderIndex !== generation ? older : young;
  for (const o of moved.reachable) {
    if (o.gcGeneration === NOT_TRACKED) continue;
    o.gcGeneration = olderIndex;
    survivorList.add(o);
    survivors++;
  }
  for (const o of unreachable) young.add(o);
  // A full collection keeps its survivors in place: only generation 1's promotions are pending long-lived ones.
  if (generation === 1) heap.longLivedPending += survivors;

  reportCollectable(vm, unreachable);

  // handle_weakrefs: weak references to unreachable objects are cleared before finalizers run.
  const weak = vm.clearWeakrefsTo(unreachable);
  if (detail) phases.push({ name: 'handle_weakrefs', objectIds: weak.cleared });

  // finalize_garbage (PEP 442): __del__ runs once on each unreachable object that has one.
  const finalized: number[] = [];
  for (const o of unreachable) {
    if (!hasFinalizer(o) || !isAlive(o)) continue;
    finalized.push(o.id);
    // finalize_garbage holds a reference while the finalizer runs (its __del__ sees it in sys.getrefcount).
    incref(o);
    try {
      vm.runFinalizer(o);
    } finally {
      decref(o);
    }
  }
  if (detail) phases.push({ name: 'finalize_garbage', objectIds: finalized });

  // handle_resurrected_objects: anything now referenced from outside survives, with what it reaches.
  if (finalized.length > 0) {
    const still = new Set(unreachable.filter((o) => isAlive(o)));
    updateRefs(still);
    const inStill = (o: PyObject) => still.has(o);
    subtractRefs(still, inStill);
    const stillUnreachable = new Set(moveUnreachable([...still], inStill).unreachable);
    for (const o of still) {
      if (stillUnreachable.has(o)) continue;
      young.delete(o);
      o.gcGeneration = olderIndex;
      older.add(o);
    }
    unreachable = unreachable.filter((o) => stillUnreachable.has(o));
  }
  // gc.collect() counts the unreachable objects and the weakrefs whose callbacks freed them (handle_weakrefs).
  const collected = unreachable.length + weak.freedByCallbacks;

  // delete_garbage: tp_clear breaks the cycles; refcounting frees the rest. Under DEBUG_SAVEALL the objects go to
  // gc.garbage instead. Either way, what is still alive afterwards joins the older generation.
  const freedBefore = vm.freedCount;
  const deleteGarbage = () => {
    if (saveGarbage(vm, unreachable)) return;
    for (const o of unreachable) {
      if (!isAlive(o) || o.gcGeneration === NOT_TRACKED) continue;
      o.refcount++;
      vm.clearForGc(o);
      vm.decref(o);
    }
  };
  let freedIds: number[] = [];
  if (detail) freedIds = vm.recordingFrees(deleteGarbage);
  else deleteGarbage();
  if (olderIndex !== generation) for (const o of unreachable) {
    if (!isAlive(o) || o.gcGeneration !== generation) continue;
    young.delete(o);
    o.gcGeneration = olderIndex;
    older.add(o);
  }
  const freed = vm.freedCount - freedBefore;
  if (detail) phases.push({ name: 'delete_garbage', objectIds: freedIds });
  reportCollectionDone(vm, collected, startedAt);

  gens[generation].collections++;
  gens[generation].collected += collected;
  if (generation === 2) {
    heap.longLivedPending = 0;
    heap.longLivedTotal = gens[2].objects.size + heap.startupLongLived;
    heap.clearFreeLists();
  }
  vm.gcLog.add({
    generation, reason, atInstruction: vm.instructions, examined, unreachable: unreachableAtStart.length, freed, collected,
    ...(detail ? { detail: { examinedIds, unreachableIds: unreachableAtStart.map((o) => o.id), freedIds, phases } } : {}),
  });
  return collected;
}

function refsOf(objects: Iterable<PyObject>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const o of objects) out[o.id] = o.gcRefs;
  return out;
}
