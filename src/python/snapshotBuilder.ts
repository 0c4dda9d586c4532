// Builds a Snapshot from the live VM without running any Python code (no user __repr__ is called).

import { FIRST_HEAP_ID } from './runtime/heap';
import { PyObject } from './runtime/object';
import { PyDict } from './runtime/dict';
import {
  PyBool, PyBuiltinFunction, PyCell, PyFloat, PyFunction, PyInstance, PyInt, PyList, PyNone, PySet, PyStr, PyTuple,
  PyWeakref, PyModule, PyGenerator, PyCode, PyBoundMethod, PyClassAttributeDescriptor,
} from './runtime/objects';
import { PyType } from './runtime/types';
import { T } from './runtime/builtinTypes';
import { floatRepr, strRepr } from './format';
import { sizeOf } from './runtime/sizeof';
import type { Frame } from './vm/frame';
import type { Interpreter } from './interpreter';
import type { FrameSnapshot, ObjectSnapshot, ReferenceSnapshot, Snapshot } from './snapshot';

const MAX_REPR = 60;

function clip(s: string): string {
  return s.length > MAX_REPR ? s.slice(0, MAX_REPR - 1) + '…' : s;
}

/** A display repr that never calls Python code. */
export function displayRepr(o: PyObject, depth = 0): string {
  if (o instanceof PyStr) return clip(strRepr(o.value));
  if (o instanceof PyInt) return String(o.value);
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (depth > 1) return '…';
  if (o instanceof PyList) return clip('[' + o.items.slice(0, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + (o.items.length > 8 ? ', …' : '') + ']');
  if (o instanceof PyTuple) return clip('(' + o.items.slice(0, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + (o.items.length === 1 ? ',' : '') + ')');
  if (o instanceof PyDict) return clip('{' + [...o.map.values()].slice(0, 6).map((e) => `${displayRepr(e.key, depth + 1)}: ${displayRepr(e.value, depth + 1)}`).join(', ') + '}');
  if (o instanceof PySet) return o.size === 0 ? 'set()' : clip('{' + o.ordered().slice(0, 8).map((x) => displayRepr(x, depth + 1)).join(', ') + '}');
  if (o instanceof PyFunction) return `<function ${o.qualname}>`;
  if (o instanceof PyBuiltinFunction) return `<built-in ${o.name}>`;
  if (o instanceof PyBoundMethod) return `<bound method>`;
  if (o instanceof PyType) return `<class '${o.qualname}'>`;
  if (o instanceof PyInstance) return `<${o.type.qualname} object>`;
  if (o instanceof PyModule) return `<module '${o.name}'>`;
  if (o instanceof PyGenerator) return `<generator ${o.qualname}>`;
  if (o instanceof PyCell) return `<cell>`;
  if (o instanceof PyWeakref) return o.target ? `<weakref to ${o.target.type.name}>` : '<weakref dead>';
  if (o instanceof PyClassAttributeDescriptor) return `<${o.type === T.member_descriptor ? 'member' : 'attribute'} '${o.name}' of '${o.owner?.qualname ?? '?'}'>`;
  return `<${o.type.name}>`;
}

function scalarValue(o: PyObject): string | undefined {
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyBool || o instanceof PyNone || o instanceof PyFloat) return displayRepr(o);
  return undefined;
}

function lengthOf(o: PyObject): number | undefined {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.size;
  if (o instanceof PySet) return o.size;
  return undefined;
}

function referencesOf(o: PyObject): ReferenceSnapshot[] {
  const refs: ReferenceSnapshot[] = [];
  o.traverse((t, label) => refs.push({ label, targetId: t.id }));
  if (o instanceof PyWeakref && o.target) refs.push({ label: 'weakref', targetId: o.target.id, weak: true });
  return refs;
}

function isDunder(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__');
}

function frameSnapshot(frame: Frame, innermost: boolean): FrameSnapshot {
  const variables: ReferenceSnapshot[] = [];
  const ns = frame.localsDict;
  if (ns) {
    for (const e of ns.map.values()) {
      const name = (e.key as PyStr).value;
      if (!isDunder(name)) variables.push({ label: name, targetId: e.value.id });
    }
  } else {
    const names = frame.code.localsplusNames;
    frame.localsplus.forEach((v, i) => {
      if (!v) return;
      const shown = v instanceof PyCell ? v.contents : v;
      if (shown) variables.push({ label: names[i], targetId: shown.id });
    });
  }
  const references: ReferenceSnapshot[] = [];
  frame.traverse((t, label) => references.push({ label, targetId: t.id }));
  const line = frame.code.lines[Math.max(0, innermost ? frame.pc : frame.pc - 1)] ?? frame.line;
  return {
    id: frame.id, name: frame.code.name, qualname: frame.code.qualname, line, variables,
    stack: frame.stack.map((v) => (v ? v.id : null)), references,
    ...(frame.localsDict && frame.localsDict !== frame.globals ? { isClassBody: true } : {}),
  };
}

export function buildSnapshot(interp: Interpreter): Snapshot {
  const vm = interp.vm;
  const frames: Frame[] = [];
  for (let f = vm.frame; f; f = f.back) frames.push(f);
  frames.reverse();
  const frameSnaps = frames.map((f, i) => frameSnapshot(f, i === frames.length - 1));
  if (frames.length === 0 && interp.status !== 'finished') {
    // After the module body returned, its globals still live (until shutdown): show them as the global frame.
    const globals = vm.mainModule?.dict;
    if (globals) {
      const variables: ReferenceSnapshot[] = [];
      for (const e of globals.map.values()) {
        const name = (e.key as PyStr).value;
        if (!isDunder(name)) variables.push({ label: name, targetId: e.value.id });
      }
      frameSnaps.push({ id: 0, name: '<module>', qualname: '<module>', line: 0, variables, stack: [], references: [] });
    }
  }

  const roots: ReferenceSnapshot[] = [];
  const rootObjects: PyObject[] = [];
  for (const [name, m] of vm.modules) {
    roots.push({ label: `sys.modules['${name}']`, targetId: m.id });
    rootObjects.push(m);
  }
  if (vm.moduleCode?.alive) {
    roots.push({ label: 'module code', targetId: vm.moduleCode.id });
    rootObjects.push(vm.moduleCode);
  }
  if (vm.lastGeneratorResult) {
    roots.push({ label: 'return value of the last finished generator', targetId: vm.lastGeneratorResult.id });
    rootObjects.push(vm.lastGeneratorResult);
  }
  vm.handling.forEach((e, i) => {
    roots.push({ label: `exception being handled #${i}`, targetId: e.id });
    rootObjects.push(e);
  });

  // Everything reachable from frames and the interpreter's roots is alive; what only the gc lists know is garbage.
  const reachable = new Set<PyObject>();
  const work: PyObject[] = [...rootObjects];
  for (const f of frames) f.traverse((t) => work.push(t));
  const builtinsDict = vm.builtins;
  while (work.length > 0) {
    const o = work.pop()!;
    if (reachable.has(o) || o === builtinsDict) continue;
    reachable.add(o);
    if (o instanceof PyCode && o === vm.moduleCode) {
      o.traverse((t) => work.push(t));
      continue;
    }
    o.traverse((t) => work.push(t));
  }
  const garbage = new Set<PyObject>();
  const gwork: PyObject[] = [];
  for (const g of vm.heap.generations) for (const o of g.objects) if (!reachable.has(o)) gwork.push(o);
  const shared = new Set<PyObject>();
  while (gwork.length > 0) {
    const o = gwork.pop()!;
    if (reachable.has(o) || garbage.has(o) || shared.has(o) || !o.alive) continue;
    // Builtin objects every interpreter shares (`object`, builtin types' methods) are never garbage.
    if (o.id < FIRST_HEAP_ID) {
      shared.add(o);
      continue;
    }
    garbage.add(o);
    o.traverse((t) => gwork.push(t));
  }

  const objects: ObjectSnapshot[] = [];
  let liveBytes = 0;
  const add = (o: PyObject, state: 'alive' | 'unreachable') => {
    const size = sizeOf(vm, o);
    if (!o.immortal) liveBytes += size;
    objects.push({
      id: o.id, type: o.type.name, repr: displayRepr(o), refcount: o.immortal ? 1 : o.refcount, size,
      gcTracked: o.gcGeneration >= 0, gcGeneration: o.gcGeneration, immortal: o.immortal, state,
      references: referencesOf(o), length: lengthOf(o), value: scalarValue(o),
    });
  };
  for (const o of reachable) add(o, 'alive');
  for (const o of shared) add(o, 'alive');
  for (const o of garbage) add(o, 'unreachable');
  objects.sort((a, b) => a.id - b.id);

  const heap = vm.heap;
  const innermost = frames[frames.length - 1];
  return {
    status: interp.status,
    step: interp.steps,
    line: interp.status === 'finished' || interp.finishedBody || !innermost ? null : innermost.code.lines[innermost.pc],
    frames: frameSnaps,
    objects,
    roots,
    stdout: vm.stdout,
    stderr: interp.stderr,
    gc: {
      enabled: heap.gcEnabled,
      counts: [heap.generations[0].count, heap.generations[1].count, heap.generations[2].count],
      thresholds: [heap.generations[0].threshold, heap.generations[1].threshold, heap.generations[2].threshold],
      collections: vm.gcLog.events.slice(),
    },
    error: interp.error,
    freedIds: vm.freedIds.slice(),
    liveObjectCount: objects.filter((o) => !o.immortal).length,
    liveBytes,
  };
}
