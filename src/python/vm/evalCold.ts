// The eval loop's less frequent instructions, out of the dispatch loop so that V8 compiles the hot loop small.

import { NativeRaise } from '../errors';
import { Op, FormatValueFlag, MakeFunctionFlag } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyCell, PyCode, PyFunction, PyInstance, PyInt, PyList, PySet, PySlice, PyStr, PyTuple } from '../runtime/objects';
import { E, False, None, T, True } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newDict, newInt, newList, newSet, newStr, newTuple } from '../runtime/factory';
import { dictSet, dictDelete, listExtend, dictUpdate, listExtendResumable } from '../runtime/containers';
import { presizeDisplay } from '../runtime/dictKeys';
import { setAddKey, setUpdate } from '../runtime/setObject';
import { unaryOpBuiltin, unaryOpResumable } from '../runtime/ops/arith';
import { delItemNow, delItemResumable, length, storeSubscriptMayRunPython } from '../runtime/ops/items';
import { delAttr, lookupSpecial } from '../runtime/ops/attributes';
import { formatValue, formatValueIsBuiltin, formatValueResumable } from '../runtime/ops/formatting';
import { str } from '../runtime/ops/repr';
import { displayHook } from '../builtins/execEval';
import { importAllFrom } from '../modules/importStar';
import type { Frame } from './frame';
import { PyRaise, type VM } from './vm';
import { raiseException } from './exceptions';
import {
  collectForUnpack, starredArguments, exceptionMatches, checkHalt, nameError, releaseUnstartedFrame, unboundDeref, unpackItems,
  unpackResumable,
} from './evalSupport';
import { callOp, mayRunPythonToIterate } from './callOps';
import { startTask } from './tasks';
import { callFromLoop, enterPythonCallWith, releaseCallOperands, starredCallResumable } from './loopCalls';
import { importFrom, importName } from '../modules/importSystem';
import { importOverrideOp, isBuiltinImport } from '../builtins/importBuiltin';
import { isStdlibCode } from '../modules/registry';
import { exceptionGroupMatch, prepReraiseStar } from './exceptStar';
import { deleteNameThroughMapping } from './namespaceMapping';
import { isPatternMapping, isPatternSequence, matchClass, matchKeys } from './matchOps';
import { getYieldFromIter, yieldFrom, yieldValue } from './evalGenerators';

/**
 * Runs instruction `op` of frame `f` (whose pc is already past it). Returns undefined when the loop goes on
 * with vm.frame (this frame, or one it entered or resumed), else what the run loop returns (null: paused).
 */
export function runColdOp(vm: VM, f: Frame, op: number, arg: number, pauseOnLine: boolean): PyObject | null | undefined {
  const stack = f.stack;
  const locals = f.localsplus;
  switch (op) {
    case Op.DELETE_FAST: {
      const old = locals[arg];
      if (!old) throw new NativeRaise('UnboundLocalError', `cannot access local variable '${f.code.localsplusNames[arg]}' where it is not associated with a value`);
      locals[arg] = null;
      decref(old);
      break;
    }
    case Op.DELETE_NAME:
      if (f.localsDict!.type !== T.dict) deleteNameThroughMapping(vm, f, f.code.names[arg]);
      else if (!dictDelete(f.localsDict!, 's' + f.code.names[arg])) throw nameError(f.code.names[arg]);
      break;
    case Op.DELETE_GLOBAL:
      if (!dictDelete(f.globals, 's' + f.code.names[arg])) throw nameError(f.code.names[arg]);
      break;
    case Op.MAKE_CELL: {
      const initial = locals[arg];
      locals[arg] = vm.heap.register(new PyCell(T.cell, initial));
      vm.heap.track(locals[arg]!);
      break;
    }
    case Op.COPY_FREE_VARS:
      // The closure cells were placed in the frame when the arguments were bound.
      break;
    case Op.DELETE_DEREF: {
      const cell = locals[arg] as PyCell;
      const old = cell.contents;
      if (!old) throw unboundDeref(f.code.localsplusNames[arg], f.code.localsplusKinds[arg]);
      cell.contents = null;
      decref(old);
      break;
    }
    case Op.DELETE_ATTR: {
      const o = stack.pop()!;
      try {
        delAttr(vm, o, f.code.names[arg]);
      } finally {
        decref(o);
      }
      break;
    }
    case Op.DELETE_SUBSCR: {
      const key = stack[stack.length - 1]!;
      const container = stack[stack.length - 2]!;
      if (storeSubscriptMayRunPython(vm, container, key)) {
        startTask(vm, f, delItemResumable(vm, container, key), op, arg);
        break;
      }
      stack.length -= 2;
      try {
        delItemNow(vm, container, key);
      } finally {
        decref(container);
        decref(key);
      }
      break;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? stack.pop()! : incref(None);
      const stop = stack.pop()!;
      const start = stack.pop()!;
      stack.push(vm.heap.register(new PySlice(T.slice, start, stop, step)));
      break;
    }
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT: {
      const v = stack[stack.length - 1]!;
      const symbol = op === Op.UNARY_NEGATIVE ? '-' : op === Op.UNARY_POSITIVE ? '+' : '~';
      if (v.attrs !== null) {
        startTask(vm, f, unaryOpResumable(vm, v, symbol), op, arg);
        break;
      }
      stack[stack.length - 1] = unaryOpBuiltin(v, symbol);
      decref(v);
      break;
    }
    case Op.BUILD_SET: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      const s = newSet();
      stack.push(s);
      try {
        for (const x of items) setAddKey(vm, s, x);
      } finally {
        for (const x of items) decref(x);
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
        dictSet(vm, stack[stack.length - arg] as PyDict, key, value);
      } finally {
        decref(key);
        decref(value);
      }
      break;
    }
    case Op.LIST_EXTEND: {
      const iterable = stack[stack.length - 1]!;
      if (mayRunPythonToIterate(iterable)) {
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
        items = unpackItems(vm, seq, arg);
      } finally {
        decref(seq);
      }
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
      break;
    }
    case Op.UNPACK_EX:
      unpackEx(vm, f, arg);
      break;
    case Op.FORMAT_VALUE:
      formatValueOp(vm, f, arg);
      break;
    case Op.MAKE_FUNCTION: {
      const codeObj = stack.pop() as PyCode;
      const closure = arg & MakeFunctionFlag.CLOSURE ? stack.pop()! : null;
      const annotations = arg & MakeFunctionFlag.ANNOTATIONS ? stack.pop()! : null;
      const kwdefaults = arg & MakeFunctionFlag.KWDEFAULTS ? stack.pop()! : null;
      const defaults = arg & MakeFunctionFlag.DEFAULTS ? stack.pop()! : null;
      const fn = vm.heap.register(new PyFunction(T.function, codeObj, incref(f.globals), defaults, kwdefaults, closure));
      fn.annotations = annotations;
      vm.heap.track(fn);
      stack.push(fn);
      break;
    }
    case Op.CALL_FUNCTION_EX:
      callFunctionEx(vm, f, op, arg);
      break;
    case Op.LOAD_BUILD_CLASS:
      stack.push(incref(f.builtins.getStr('__build_class__')!));
      break;

    // ----- generators -----
    case Op.YIELD_VALUE:
      return yieldValue(vm, f, pauseOnLine);
    case Op.GET_YIELD_FROM_ITER:
      getYieldFromIter(vm, f, op, arg);
      break;
    case Op.YIELD_FROM:
      return yieldFrom(vm, f);

    // ----- exceptions -----
    case Op.SETUP_FINALLY:
      f.blocks.push({ handler: arg, stackDepth: stack.length });
      break;
    case Op.POP_BLOCK:
      f.blocks.pop();
      break;
    case Op.PUSH_EXC_INFO: {
      const exc = stack[stack.length - 1] as PyInstance;
      vm.handling.push(incref(exc));
      break;
    }
    case Op.POP_EXCEPT: {
      const exc = vm.handling.pop();
      if (exc) decref(exc);
      break;
    }
    case Op.CHECK_EXC_MATCH: {
      const type = stack.pop()!;
      const exc = stack[stack.length - 1]!;
      try {
        stack.push(incref(exceptionMatches(exc, type) ? True : False));
      } finally {
        decref(type);
      }
      break;
    }
    case Op.RERAISE: {
      const exc = stack.pop() as PyInstance;
      throw new PyRaise(exc, true);
    }
    case Op.CHECK_EG_MATCH: {
      const type = stack[stack.length - 1]!;
      const exc = stack[stack.length - 2] as PyInstance;
      const [rest, match] = exceptionGroupMatch(vm, exc, type);
      stack.length -= 2;
      stack.push(rest, match);
      decref(type);
      decref(exc);
      // The matched part is what the handler handles (sys.exc_info(), a bare raise).
      if (match !== None) {
        const handled = vm.handling.length - 1;
        const old = vm.handling[handled];
        vm.handling[handled] = incref(match as PyInstance);
        decref(old);
      }
      break;
    }
    case Op.PREP_RERAISE_STAR: {
      const excs = stack.pop() as PyList;
      const orig = stack.pop()!;
      try {
        stack.push(prepReraiseStar(vm, orig, excs));
      } finally {
        decref(excs);
        decref(orig);
      }
      break;
    }
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: {
      const v = stack.pop()!;
      if ((v === None) === (op === Op.POP_JUMP_IF_NONE)) f.pc = arg;
      decref(v);
      break;
    }
    case Op.RAISE_VARARGS: {
      if (arg === 0) {
        const current = vm.handling[vm.handling.length - 1];
        if (!current) throw new NativeRaise('RuntimeError', 'No active exception to reraise');
        throw new PyRaise(incref(current), true);
      }
      const cause = arg === 2 ? stack.pop()! : null;
      const exc = stack.pop()!;
      raiseException(vm, exc, cause);
      break;
    }
    case Op.LOAD_ASSERTION_ERROR:
      stack.push(incref(E.AssertionError));
      break;

    // ----- modules -----
    case Op.IMPORT_NAME: {
      const importFunc = f.builtins.getStr('__import__');
      if (importFunc !== undefined && !isBuiltinImport(importFunc) && !isStdlibCode(f.code)) {
        // A replaced builtins.__import__ runs as frames of this loop; its operands stay on the stack meanwhile.
        stack.push(incref(importFunc), newStr(f.code.names[arg]));
        startTask(vm, f, importOverrideOp(vm, f, stack), op, arg);
        break;
      }
      const fromlist = stack.pop()!;
      const level = stack.pop()!;
      try {
        if (importFunc === undefined) throw new NativeRaise('ImportError', '__import__ not found');
        stack.push(importName(vm, f.code.names[arg], f.globals, fromlist, Number((level as PyInt).value)));
      } finally {
        decref(fromlist);
        decref(level);
      }
      break;
    }
    case Op.IMPORT_FROM:
      stack.push(importFrom(vm, stack[stack.length - 1]!, f.code.names[arg]));
      break;

    // ----- with statements -----
    case Op.BEFORE_WITH: {
      const mgr = stack[stack.length - 1]!;
      const enter = lookupSpecial(vm, mgr, '__enter__');
      if (!enter) throw new NativeRaise('TypeError', `'${mgr.type.name}' object does not support the context manager protocol`);
      const exit = lookupSpecial(vm, mgr, '__exit__');
      if (!exit) {
        decref(enter);
        throw new NativeRaise('TypeError', `'${mgr.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
      }
      stack[stack.length - 1] = exit;
      decref(mgr);
      // __enter__ stays on the stack while it runs (CPython holds it in a C local); the task replaces it by its result.
      stack.push(enter);
      startTask(vm, f, callOp(vm, enter, []), op, arg);
      break;
    }
    case Op.SETUP_WITH:
      f.blocks.push({ handler: arg, stackDepth: stack.length - 1 });
      break;
    case Op.WITH_EXCEPT_START: {
      const exc = stack[stack.length - 1] as PyInstance;
      const exit = stack[stack.length - 2]!;
      const tb = exc.exc?.tracebackHead ?? None;
      startTask(vm, f, callOp(vm, exit, [exc.type, exc, tb]), op, arg);
      break;
    }

    // ----- match statements -----
    case Op.GET_LEN:
      stack.push(newInt(length(vm, stack[stack.length - 1]!)));
      break;
    case Op.MATCH_SEQUENCE:
      stack.push(incref(isPatternSequence(stack[stack.length - 1]!) ? True : False));
      break;
    case Op.MATCH_MAPPING:
      stack.push(incref(isPatternMapping(stack[stack.length - 1]!) ? True : False));
      break;
    case Op.MATCH_KEYS:
      stack.push(matchKeys(vm, stack[stack.length - 2]!, stack[stack.length - 1] as PyTuple));
      break;
    case Op.IMPORT_STAR: {
      const module = stack.pop()!;
      try {
        importAllFrom(vm, f.localsDict!, module);
      } finally {
        decref(module);
      }
      break;
    }
    case Op.PRINT_EXPR: {
      const v = stack.pop()!;
      try {
        displayHook(vm, v);
      } finally {
        decref(v);
      }
      break;
    }
    case Op.MATCH_CLASS: {
      const names = stack.pop() as PyTuple;
      const type = stack.pop()!;
      const subject = stack[stack.length - 1]!;
      let attrs: PyObject | null;
      try {
        attrs = matchClass(vm, subject, type, arg, names);
      } finally {
        decref(names);
        decref(type);
      }
      stack[stack.length - 1] = attrs ?? incref(None);
      decref(subject);
      break;
    }
    default:
      throw new Error(`unknown opcode ${op}`);
  }
  return undefined;
}

function dictUpdateOp(vm: VM, stack: (PyObject | null)[], op: number, arg: number): void {
  const mapping = stack.pop()!;
  const d = stack[stack.length - arg] as PyDict;
  try {
    if (!(mapping instanceof PyDict)) {
      throw new NativeRaise('TypeError', op === Op.DICT_MERGE
        ? `argument after ** must be a mapping, not ${mapping.type.name}`
        : `'${mapping.type.name}' object is not a mapping`);
    }
    if (op === Op.DICT_MERGE) {
      for (const [h, e] of mapping.map) {
        if (d.map.has(h)) {
          const fn = stack[stack.length - arg - 2];
          const fname = fn instanceof PyFunction ? fn.qualname + '()' : 'function';
          throw new NativeRaise('TypeError', `${fname} got multiple values for keyword argument '${str(vm, e.key)}'`);
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
    items = collectForUnpack(vm, seq);
  } finally {
    decref(seq);
  }
  if (items.length < before + after) {
    for (const x of items) decref(x);
    throw new NativeRaise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = newList(items.slice(before, items.length - after));
  const out = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  for (let i = out.length - 1; i >= 0; i--) stack.push(out[i]);
}

function formatValueOp(vm: VM, f: Frame, arg: number): void {
  const stack = f.stack;
  const hasSpec = (arg & FormatValueFlag.HAS_SPEC) !== 0;
  if (!formatValueIsBuiltin(stack[stack.length - (hasSpec ? 2 : 1)]!)) {
    const v = stack[stack.length - (hasSpec ? 2 : 1)]!;
    const specText = hasSpec ? (stack[stack.length - 1] as PyStr).value : '';
    startTask(vm, f, formatValueResumable(vm, v, arg & FormatValueFlag.CONVERSION_MASK, specText), Op.FORMAT_VALUE, arg);
    return;
  }
  const spec = hasSpec ? (stack.pop() as PyStr) : null;
  const v = stack.pop()!;
  try {
    stack.push(formatValue(vm, v, arg & FormatValueFlag.CONVERSION_MASK, spec ? spec.value : ''));
  } finally {
    decref(v);
    if (spec) decref(spec);
  }
}

function callFunctionEx(vm: VM, f: Frame, op: number, arg: number): void {
  if (vm.instructions > vm.instructionBudget || vm.haltRequested || vm.interruptFlag[0] !== 0) checkHalt(vm);
  const stack = f.stack;
  // (NULL callable args [kwargs]): the operands stay on the stack until the call is over.
  const base = stack.length - (arg & 1 ? 4 : 3);
  const callable = stack[base + 1]!;
  let argsObj = stack[base + 2]!;
  const kwargsObj = arg & 1 ? (stack[base + 3] as PyDict) : null;
  if (!(argsObj instanceof PyTuple) || argsObj.type !== T.tuple) {
    const seq = argsObj;
    if (mayRunPythonToIterate(seq)) {
      startTask(vm, f, starredCallResumable(vm, callable, seq, kwargsObj), op, arg, base);
      return;
    }
    argsObj = starredArguments(vm, callable, seq);
    stack[base + 2] = argsObj;
    decref(seq);
  }
  let kwargs: Map<string, PyObject> | null = null;
  if (kwargsObj) {
    kwargs = new Map();
    for (const e of kwargsObj.map.values()) kwargs.set((e.key as PyStr).value, e.value);
  }
  const items = (argsObj as PyTuple).items.slice();
  const frame = enterPythonCallWith(vm, callable, items, kwargs);
  if (frame) {
    releaseCallOperands(stack, base, op);
    try {
      vm.pushFrame(frame);
    } catch (e) {
      releaseUnstartedFrame(frame);
      throw e;
    }
    return;
  }
  const result = callFromLoop(vm, f, callable, items, kwargs, op, arg, base);
  if (!result) return;
  releaseCallOperands(stack, base, op);
  stack.push(result);
}
