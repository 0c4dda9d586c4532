// The eval loop's instructions that build containers and unpack them: displays ({...}, [*a], f-strings'
// parts), comprehension appends to sets and dicts, ** merges and unpacking assignment (out of the hot loop).

import { NativeRaise } from '../errors';
import { Op } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyInstance, PyList, PySet, PyStr, PyTuple } from '../runtime/objects';
import { decref, incref } from '../runtime/heap';
import { newDict, newSet, newStr, newTuple } from '../runtime/factory';
import { dictSet, dictSetFromStack, listExtend, listExtendResumable } from '../runtime/containers';
import { dictUpdate } from '../runtime/dictMerge';
import { presizeDisplay } from '../runtime/dictKeys';
import { setAddKey, setUpdate } from '../runtime/setObject';
import { str } from '../runtime/ops/repr';
import type { Frame } from './frame';
import type { VM } from './vm';
import { functionStr } from './evalSupport';
import { unpackResumable, unpackSequence, unpackStarred } from './unpack';
import { mayRunPythonToIterate } from './callOps';
import { startTask } from './tasks';
import { mergeMapping, mergesAsDict } from '../builtins/constructors';

/** Runs `op` of frame `f` when it is one of these instructions (true), else does nothing (false). */
export function runBuildOp(vm: VM, f: Frame, op: number, arg: number): boolean {
  const stack = f.stack;
  switch (op) {
    case Op.BUILD_SET: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      const s = newSet();
      stack.push(s);
      // BUILD_SET drops each item's stack reference as soon as it is added.
      let added = 0;
      try {
        for (; added < items.length; added++) {
          const x = items[added];
          try {
            setAddKey(vm, s, x);
          } finally {
            decref(x);
          }
        }
      } finally {
        for (let i = added + 1; i < items.length; i++) decref(items[i]);
      }
      break;
    }
    case Op.BUILD_MAP: {
      const items = stack.splice(stack.length - 2 * arg, 2 * arg) as PyObject[];
      const d = newDict();
      presizeDisplay(d, arg, (i) => items[2 * i]);
      stack.push(d);
      try {
        for (let i = 0; i < items.length; i += 2) dictSet(vm, d, items[i], items[i + 1]);
      } finally {
        for (const x of items) decref(x);
      }
      break;
    }
    case Op.BUILD_CONST_KEY_MAP: {
      const keys = stack.pop() as PyTuple;
      const values = stack.splice(stack.length - arg, arg) as PyObject[];
      const d = newDict();
      presizeDisplay(d, arg, (i) => keys.items[i]);
      stack.push(d);
      try {
        keys.items.forEach((k, i) => dictSet(vm, d, k, values[i]));
      } finally {
        for (const x of values) decref(x);
        decref(keys);
      }
      break;
    }
    case Op.BUILD_STRING: {
      const parts = stack.splice(stack.length - arg, arg) as PyStr[];
      stack.push(newStr(parts.map((p) => p.value).join('')));
      for (const p of parts) decref(p);
      break;
    }
    case Op.SET_ADD: {
      const v = stack.pop()!;
      try {
        setAddKey(vm, stack[stack.length - arg] as PySet, v);
      } finally {
        decref(v);
      }
      break;
    }
    case Op.MAP_ADD: {
      const value = stack.pop()!;
      const key = stack.pop()!;
      try {
        dictSetFromStack(vm, stack[stack.length - arg] as PyDict, key, value);
      } finally {
        decref(key);
        decref(value);
      }
      break;
    }
    case Op.LIST_EXTEND: {
      const iterable = stack[stack.length - 1]!;
      if (mayRunPythonToIterate(iterable)) {
        // A class with neither __iter__ nor __getitem__ fails before any Python code runs (tp_iter and sq_item NULL).
        if (iterable.type.lookup('__iter__') === undefined && iterable.type.lookup('__getitem__') === undefined) {
          throw new NativeRaise('TypeError', `Value after * must be an iterable, not ${iterable.type.name}`);
        }
        startTask(vm, f, listExtendResumable(vm, stack[stack.length - 1 - arg] as PyList, iterable), op, arg);
        break;
      }
      stack.pop();
      try {
        listExtend(vm, stack[stack.length - arg] as PyList, iterable);
      } catch (e) {
        if (e instanceof NativeRaise && e.pyType === 'TypeError' && !(iterable instanceof PyInstance)) {
          decref(iterable);
          throw new NativeRaise('TypeError', `Value after * must be an iterable, not ${iterable.type.name}`);
        }
        decref(iterable);
        throw e;
      }
      decref(iterable);
      break;
    }
    case Op.SET_UPDATE: {
      const iterable = stack.pop()!;
      const s = stack[stack.length - arg] as PySet;
      try {
        setUpdate(vm, s, iterable);
      } finally {
        decref(iterable);
      }
      break;
    }
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
      dictUpdateOp(vm, stack, op, arg);
      break;
    case Op.LIST_TO_TUPLE: {
      const l = stack.pop() as PyList;
      stack.push(newTuple(l.items.map((x) => incref(x))));
      decref(l);
      break;
    }
    case Op.UNPACK_SEQUENCE: {
      const seq = stack[stack.length - 1]!;
      if (mayRunPythonToIterate(seq)) {
        startTask(vm, f, unpackResumable(vm, seq, arg, -1), op, arg);
        break;
      }
      stack.pop();
      let items: PyObject[];
      try {
        items = unpackSequence(vm, seq, arg);
      } finally {
        decref(seq);
      }
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
      break;
    }
    case Op.UNPACK_EX:
      unpackEx(vm, f, arg);
      break;
    default:
      return false;
  }
  return true;
}

/** DICT_MERGE's callable, under the positional arguments and the dict, as format_kwargs_error names it. */
function mergeCallableName(stack: (PyObject | null)[], arg: number): string {
  return functionStr(stack[stack.length - arg - 2]!);
}

function dictUpdateOp(vm: VM, stack: (PyObject | null)[], op: number, arg: number): void {
  const mapping = stack.pop()!;
  const d = stack[stack.length - arg] as PyDict;
  try {
    if (!mergesAsDict(mapping) && mapping.type.lookup('keys') !== undefined) {
      // A mapping that is not a dict: its keys() and items by subscription (dict_merge).
      const duplicate = (key: PyObject) => new NativeRaise('TypeError', `${mergeCallableName(stack, arg)} got multiple values for keyword argument '${str(vm, key)}'`);
      mergeMapping(vm, d, mapping, op === Op.DICT_MERGE ? duplicate : null);
      return;
    }
    if (!(mapping instanceof PyDict)) {
      throw new NativeRaise('TypeError', op === Op.DICT_MERGE
        ? `${mergeCallableName(stack, arg)} argument after ** must be a mapping, not ${mapping.type.name}`
        : `'${mapping.type.name}' object is not a mapping`);
    }
    if (op === Op.DICT_MERGE) {
      for (const [h, e] of mapping.map) {
        if (d.map.has(h)) {
          throw new NativeRaise('TypeError', `${mergeCallableName(stack, arg)} got multiple values for keyword argument '${str(vm, e.key)}'`);
        }
      }
    }
    dictUpdate(vm, d, mapping);
  } finally {
    decref(mapping);
  }
}

function unpackEx(vm: VM, f: Frame, arg: number): void {
  const stack = f.stack;
  const before = arg & 0xff, after = arg >> 8;
  const seq = stack[stack.length - 1]!;
  if (mayRunPythonToIterate(seq)) {
    startTask(vm, f, unpackResumable(vm, seq, before, after), Op.UNPACK_EX, arg);
    return;
  }
  stack.pop();
  let items: PyObject[];
  try {
    items = unpackStarred(vm, seq, before, after);
  } finally {
    decref(seq);
  }
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
}
