// The evaluation loop: one switch over opcodes, frames pushed and popped without JS recursion (ceval's shape).

import { NativeRaise } from '../errors';
import { Op, CompareOpArg, FormatValueFlag, MakeFunctionFlag } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import {
  PyBoundMethod, PyCell, PyCode, PyFunction, PyGenerator, PyInstance, PyInt, PyList, PyNativeIterator, PySet, PySlice, PyStr, PyTuple,
} from '../runtime/objects';
import { E, False, None, T, True } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newDict, newInt, newList, newSet, newStr, newTuple } from '../runtime/factory';
import { dictSet, dictSetStr, dictDelete, listAppend, listExtend, dictUpdate, listExtendResumable } from '../runtime/containers';
import { presizeDisplay } from '../runtime/dictKeys';
import { setAddKey, setUpdate } from '../runtime/setObject';
import { binaryOpBuiltin, binaryOpResumable, unaryOpBuiltin, unaryOpResumable } from '../runtime/ops/arith';
import { builtinTruth, compareBuiltin, isTrueResumable, richCompareResumable } from '../runtime/ops/compare';
import {
  containsBuiltin, containsResumable, delItemNow, delItemResumable, getItemBuiltin, getItemResumable, length, setItemNow, setItemResumable,
  storeSubscriptMayRunPython,
} from '../runtime/ops/items';
import {
  delAttr, getAttr, getAttrBuiltin, getAttrResumable, loadMethod, lookupSpecial, setPropertyResumable, storeAttr,
} from '../runtime/ops/attributes';
import { formatValue, formatValueIsBuiltin, formatValueResumable } from '../runtime/ops/formatting';
import { str } from '../runtime/ops/repr';
import { displayHook } from '../builtins/execEval';
import { importAllFrom } from '../modules/importStar';
import { intAdd, intSub } from '../runtime/intMath';
import { Frame, ResumeMode } from './frame';
import { ExecutionHalted, PyRaise, WHILE_CALLING, type VM } from './vm';
import { raiseException, unwindException } from './exceptions';
import { exceptionGroupMatch, prepReraiseStar } from './exceptStar';
import { deleteNameThroughMapping, loadNameThroughMapping, storeNameThroughMapping } from './namespaceMapping';
import {
  abandonFrame, collectForUnpack, enterPythonCall, starredArguments, exceptionMatches, checkHalt, keysOfNames, nameError, releaseUnstartedFrame,
  unboundDeref, unpackItems, unpackResumable,
} from './evalSupport';
import { callOp, getIterOp, iterNextOp, mayRunPythonToIterate } from './callOps';
import { advanceTask, startTask } from './tasks';
import { raisePendingThrow } from './generatorControl';
import { callFromLoop, enterPythonCallWith, releaseCallOperands, starredCallResumable } from './loopCalls';
import { importModule } from '../modules/registry';
import { isPatternMapping, isPatternSequence, matchClass, matchKeys } from './matchOps';
import { abandonClassBuild, finishClass } from '../builtins/buildClass';

/**
 * Runs frames until `boundary` returns (its result, a new reference) or, when pauseOnLine is set,
 * until the next line event of the outermost run (null). Exceptions not handled below the boundary propagate.
 */
export function runLoop(vm: VM, boundary: Frame, pauseOnLine: boolean): PyObject | null {
  let resumed = true;
  for (;;) {
    try {
      const entered = vm.frame!;
      if (entered.pendingThrow) raisePendingThrow(vm, entered);
      return dispatch(vm, boundary, pauseOnLine, resumed);
    } catch (e) {
      if (e instanceof ExecutionHalted) throw e;
      resumed = true;
      const reraise = e instanceof PyRaise && e.reraise;
      const exc = vm.toException(e);
      unwindException(vm, exc, boundary, reraise);
    }
  }
}

/**
 * A step before a frame returns or yields, with the value on top of its stack (as Python Tutor shows a
 * "Return value"; sys.settrace reports these as 'return' events). The instruction runs again on resume.
 */
function pauseBeforeLeaving(vm: VM, f: Frame, pc: number, event: 'return' | 'yield'): boolean {
  if (f.pausedToLeave === pc || f.classBuild) {
    f.pausedToLeave = -1;
    return false;
  }
  f.pausedToLeave = pc;
  f.pc = pc - 1;
  vm.pauseEvent = event;
  return true;
}

function dispatch(vm: VM, boundary: Frame, pauseOnLine: boolean, resumed: boolean): PyObject | null {
  let f = vm.frame!;
  let code = f.code;
  let ops = code.ops;
  let lines = code.lines;
  let stack = f.stack;
  let locals = f.localsplus;
  let consts = f.consts;
  let names = code.names;
  let nameKeys = keysOfNames(code);
  let pc = f.pc;
  let skipLineCheck = resumed;
  const budget = vm.instructionBudget;

  /**
   * Suspends the generator frame `gf`, which yields `v` to whatever resumed it (a FOR_ITER, a native
   * operation, a delegating `yield from`, which yields it in turn). Returns v when the run loop returns it.
   */
  const suspend = (gf: Frame, v: PyObject): PyObject | null => {
    for (;;) {
      vm.popFrame(gf, false);
      if (gf.isBoundary) {
        gf.isBoundary = false;
        return v;
      }
      const resumer = vm.frame!;
      if (gf.resumeMode === ResumeMode.CLOSING) {
        // A generator being closed for its delegator yielded instead of finishing.
        decref(v);
        releaseClosing(gf);
        throw new NativeRaise('RuntimeError', 'generator ignored GeneratorExit');
      }
      if (gf.resumeMode === ResumeMode.YIELD_FROM) {
        // Resumed, the delegating generator runs its YIELD_FROM again with the value sent.
        resumer.pc -= 1;
        gf = resumer;
        continue;
      }
      if (gf.resumeMode === ResumeMode.TASK) {
        advanceTask(vm, resumer, resumer.task!, v, null);
        switchTo(vm.frame!);
        return null;
      }
      switchTo(resumer);
      stack.push(v);
      return null;
    }
  };

  const switchTo = (frame: Frame): void => {
    f = frame;
    code = f.code;
    ops = code.ops;
    lines = code.lines;
    stack = f.stack;
    locals = f.localsplus;
    consts = f.consts;
    names = code.names;
    nameKeys = keysOfNames(code);
    pc = f.pc;
  };

  for (;;) {
    if (pauseOnLine) {
      const line = lines[pc];
      if (line !== f.line) {
        f.line = line;
        if (!skipLineCheck) {
          f.pc = pc;
          vm.pauseEvent = 'line';
          return null;
        }
      }
      skipLineCheck = false;
    }
    const op = ops[pc * 2];
    const arg = ops[pc * 2 + 1];
    pc++;
    f.pc = pc;
    vm.instructions++;

    switch (op) {
      case Op.NOP:
        break;
      case Op.POP_TOP:
        decref(stack.pop()!);
        break;
      case Op.PUSH_NULL:
        stack.push(null);
        break;
      case Op.COPY:
        stack.push(incref(stack[stack.length - arg]!));
        break;
      case Op.SWAP: {
        const top = stack.length - 1;
        const tmp = stack[top];
        stack[top] = stack[top - arg + 1];
        stack[top - arg + 1] = tmp;
        break;
      }
      case Op.LOAD_CONST:
        stack.push(incref(consts[arg]));
        break;

      // ----- names -----
      case Op.LOAD_FAST: {
        const v = locals[arg];
        if (!v) {
          throw new NativeRaise('UnboundLocalError', `cannot access local variable '${code.localsplusNames[arg]}' where it is not associated with a value`);
        }
        stack.push(incref(v));
        break;
      }
      case Op.STORE_FAST: {
        const old = locals[arg];
        locals[arg] = stack.pop()!;
        if (old) decref(old);
        break;
      }
      case Op.DELETE_FAST: {
        const old = locals[arg];
        if (!old) throw new NativeRaise('UnboundLocalError', `cannot access local variable '${code.localsplusNames[arg]}' where it is not associated with a value`);
        locals[arg] = null;
        decref(old);
        break;
      }
      case Op.LOAD_NAME: {
        const key = nameKeys[arg];
        if (f.localsDict!.type !== T.dict) {
          stack.push(loadNameThroughMapping(vm, f, names[arg]));
          break;
        }
        const v = f.localsDict!.map.get(key)?.value ?? f.globals.map.get(key)?.value ?? f.builtins.map.get(key)?.value;
        if (!v) throw nameError(names[arg]);
        stack.push(incref(v));
        break;
      }
      case Op.STORE_NAME: {
        const v = stack.pop()!;
        try {
          if (f.localsDict!.type !== T.dict) storeNameThroughMapping(vm, f, names[arg], v);
          else dictSetStr(f.localsDict!, names[arg], v, nameKeys[arg]);
        } finally {
          decref(v);
        }
        break;
      }
      case Op.DELETE_NAME:
        if (f.localsDict!.type !== T.dict) deleteNameThroughMapping(vm, f, names[arg]);
        else if (!dictDelete(f.localsDict!, 's' + names[arg])) throw nameError(names[arg]);
        break;
      case Op.LOAD_GLOBAL: {
        const key = nameKeys[arg];
        const v = f.globals.map.get(key)?.value ?? f.builtins.map.get(key)?.value;
        if (!v) throw nameError(names[arg]);
        stack.push(incref(v));
        break;
      }
      case Op.STORE_GLOBAL: {
        const v = stack.pop()!;
        dictSetStr(f.globals, names[arg], v, nameKeys[arg]);
        decref(v);
        break;
      }
      case Op.DELETE_GLOBAL:
        if (!dictDelete(f.globals, 's' + names[arg])) throw nameError(names[arg]);
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
      case Op.LOAD_CLOSURE:
        stack.push(incref(locals[arg]!));
        break;
      case Op.LOAD_DEREF:
      case Op.LOAD_CLASSDEREF: {
        const cell = locals[arg] as PyCell;
        if (!cell.contents) throw unboundDeref(code.localsplusNames[arg], code.localsplusKinds[arg]);
        stack.push(incref(cell.contents));
        break;
      }
      case Op.STORE_DEREF: {
        const cell = locals[arg] as PyCell;
        const old = cell.contents;
        cell.contents = stack.pop()!;
        if (old) decref(old);
        break;
      }
      case Op.DELETE_DEREF: {
        const cell = locals[arg] as PyCell;
        const old = cell.contents;
        if (!old) throw unboundDeref(code.localsplusNames[arg], code.localsplusKinds[arg]);
        cell.contents = null;
        decref(old);
        break;
      }

      // ----- attributes and items -----
      case Op.LOAD_ATTR: {
        const o = stack[stack.length - 1]!;
        const v = getAttrBuiltin(vm, o, names[arg]);
        if (!v) {
          startTask(vm, f, getAttrResumable(vm, o, names[arg]), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack[stack.length - 1] = v;
        decref(o);
        break;
      }
      case Op.STORE_ATTR: {
        const o = stack[stack.length - 1]!;
        const v = stack[stack.length - 2]!;
        let setter: PyObject | null;
        try {
          setter = storeAttr(vm, o, names[arg], v);
        } catch (e) {
          stack.length -= 2;
          decref(v);
          decref(o);
          throw e;
        }
        if (setter) {
          startTask(vm, f, setPropertyResumable(vm, setter, o, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack.length -= 2;
        decref(v);
        decref(o);
        break;
      }
      case Op.DELETE_ATTR: {
        const o = stack.pop()!;
        try {
          delAttr(vm, o, names[arg]);
        } finally {
          decref(o);
        }
        break;
      }
      case Op.LOAD_METHOD: {
        const o = stack[stack.length - 1]!;
        const found = loadMethod(vm, o, names[arg]);
        if (!found) {
          startTask(vm, f, getAttrResumable(vm, o, names[arg]), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack[stack.length - 1] = found[0];
        stack.push(found[1]);
        decref(o);
        break;
      }
      case Op.BINARY_SUBSCR: {
        const key = stack[stack.length - 1]!;
        const container = stack[stack.length - 2]!;
        const v = getItemBuiltin(vm, container, key);
        if (!v) {
          startTask(vm, f, getItemResumable(vm, container, key), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack.pop();
        stack[stack.length - 1] = v;
        decref(container);
        decref(key);
        break;
      }
      case Op.STORE_SUBSCR: {
        const key = stack[stack.length - 1]!;
        const container = stack[stack.length - 2]!;
        const v = stack[stack.length - 3]!;
        if (storeSubscriptMayRunPython(vm, container, key)) {
          startTask(vm, f, setItemResumable(vm, container, key, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack.length -= 3;
        try {
          setItemNow(vm, container, key, v);
        } finally {
          decref(v);
          decref(container);
          decref(key);
        }
        break;
      }
      case Op.DELETE_SUBSCR: {
        const key = stack[stack.length - 1]!;
        const container = stack[stack.length - 2]!;
        if (storeSubscriptMayRunPython(vm, container, key)) {
          startTask(vm, f, delItemResumable(vm, container, key), op, arg);
          switchTo(vm.frame!);
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

      // ----- operators -----
      case Op.BINARY_OP: {
        const b = stack[stack.length - 1]!;
        const a = stack[stack.length - 2]!;
        let r: PyObject | null;
        if (a instanceof PyInt && b instanceof PyInt && typeof a.value === 'number' && typeof b.value === 'number' && a.attrs === null && b.attrs === null && (arg === 0 || arg === 13)) {
          r = newInt(intAdd(a.value, b.value));
        } else if (a instanceof PyInt && b instanceof PyInt && typeof a.value === 'number' && typeof b.value === 'number' && a.attrs === null && b.attrs === null && (arg === 10 || arg === 23)) {
          r = newInt(intSub(a.value, b.value));
        } else {
          r = binaryOpBuiltin(vm, a, b, arg);
          if (!r) {
            startTask(vm, f, binaryOpResumable(vm, a, b, arg), op, arg);
            switchTo(vm.frame!);
            break;
          }
        }
        stack.pop();
        stack[stack.length - 1] = r;
        decref(a);
        decref(b);
        break;
      }
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_POSITIVE:
      case Op.UNARY_INVERT: {
        const v = stack[stack.length - 1]!;
        const symbol = op === Op.UNARY_NEGATIVE ? '-' : op === Op.UNARY_POSITIVE ? '+' : '~';
        if (v.attrs !== null) {
          startTask(vm, f, unaryOpResumable(vm, v, symbol), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack[stack.length - 1] = unaryOpBuiltin(v, symbol);
        decref(v);
        break;
      }
      case Op.UNARY_NOT: {
        const v = stack[stack.length - 1]!;
        const t = builtinTruth(v);
        if (t === null) {
          startTask(vm, f, isTrueResumable(vm, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack[stack.length - 1] = incref(t ? False : True);
        decref(v);
        break;
      }
      case Op.COMPARE_OP: {
        const b = stack[stack.length - 1]!;
        const a = stack[stack.length - 2]!;
        let t: boolean | null;
        if (a instanceof PyInt && b instanceof PyInt && typeof a.value === 'number' && typeof b.value === 'number' && a.attrs === null && b.attrs === null) {
          const x = a.value, y = b.value;
          t = arg === CompareOpArg.LT ? x < y : arg === CompareOpArg.LE ? x <= y : arg === CompareOpArg.EQ ? x === y
            : arg === CompareOpArg.NE ? x !== y : arg === CompareOpArg.GT ? x > y : x >= y;
        } else {
          t = compareBuiltin(vm, a, b, arg);
          if (t === null) {
            startTask(vm, f, richCompareResumable(vm, a, b, arg), op, arg);
            switchTo(vm.frame!);
            break;
          }
        }
        stack.pop();
        stack[stack.length - 1] = incref(t ? True : False);
        decref(a);
        decref(b);
        break;
      }
      case Op.IS_OP: {
        const b = stack.pop()!;
        const a = stack[stack.length - 1]!;
        const same = a === b;
        stack[stack.length - 1] = incref(same !== (arg === 1) ? True : False);
        decref(a);
        decref(b);
        break;
      }
      case Op.CONTAINS_OP: {
        const container = stack[stack.length - 1]!;
        const item = stack[stack.length - 2]!;
        const found = containsBuiltin(vm, container, item);
        if (found === null) {
          startTask(vm, f, containsResumable(vm, container, item), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack.pop();
        stack[stack.length - 1] = incref(found !== (arg === 1) ? True : False);
        decref(item);
        decref(container);
        break;
      }

      // ----- building -----
      case Op.BUILD_TUPLE:
        stack.push(newTuple(stack.splice(stack.length - arg, arg) as PyObject[]));
        break;
      case Op.BUILD_LIST:
        stack.push(newList(stack.splice(stack.length - arg, arg) as PyObject[]));
        break;
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
      case Op.LIST_APPEND: {
        const v = stack.pop()!;
        listAppend(stack[stack.length - arg] as PyList, v);
        decref(v);
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
          switchTo(vm.frame!);
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
      case Op.DICT_MERGE: {
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
        break;
      }
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
          switchTo(vm.frame!);
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
      case Op.UNPACK_EX: {
        const before = arg & 0xff, after = arg >> 8;
        const seq = stack[stack.length - 1]!;
        if (mayRunPythonToIterate(seq)) {
          startTask(vm, f, unpackResumable(vm, seq, before, after), op, arg);
          switchTo(vm.frame!);
          break;
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
        break;
      }
      case Op.FORMAT_VALUE: {
        const hasSpec = (arg & FormatValueFlag.HAS_SPEC) !== 0;
        if (!formatValueIsBuiltin(stack[stack.length - (hasSpec ? 2 : 1)]!)) {
          const v = stack[stack.length - (hasSpec ? 2 : 1)]!;
          const specText = hasSpec ? (stack[stack.length - 1] as PyStr).value : '';
          startTask(vm, f, formatValueResumable(vm, v, arg & FormatValueFlag.CONVERSION_MASK, specText), op, arg);
          switchTo(vm.frame!);
          break;
        }
        const spec = hasSpec ? (stack.pop() as PyStr) : null;
        const v = stack.pop()!;
        try {
          stack.push(formatValue(vm, v, arg & FormatValueFlag.CONVERSION_MASK, spec ? spec.value : ''));
        } finally {
          decref(v);
          if (spec) decref(spec);
        }
        break;
      }

      // ----- control flow -----
      case Op.JUMP:
        if (arg < pc) {
          if (!f.code.coldBackEdges.has(pc - 1)) f.pyCode.warmUp();
          f.line = -1;
          if (vm.instructions > budget || vm.haltRequested || vm.interruptFlag[0] !== 0) checkHalt(vm);
        }
        pc = arg;
        f.pc = pc;
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE: {
        const v = stack[stack.length - 1]!;
        const t = v === True ? true : v === False ? false : builtinTruth(v);
        if (t === null) {
          startTask(vm, f, isTrueResumable(vm, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        stack.pop();
        decref(v);
        if (t === (op === Op.POP_JUMP_IF_TRUE)) pc = f.pc = arg;
        break;
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const v = stack[stack.length - 1]!;
        const t = builtinTruth(v);
        if (t === null) {
          startTask(vm, f, isTrueResumable(vm, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = f.pc = arg;
        else decref(stack.pop()!);
        break;
      }
      case Op.GET_ITER: {
        const v = stack[stack.length - 1]!;
        if (v.attrs !== null) {
          startTask(vm, f, getIterOp(vm, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        const it = vm.getIter(v);
        stack[stack.length - 1] = it;
        decref(v);
        break;
      }
      case Op.FOR_ITER: {
        const it = stack[stack.length - 1]!;
        if (it instanceof PyGenerator) {
          const gf = it.frame;
          if (gf) {
            if (it.running) throw new NativeRaise('ValueError', 'generator already executing');
            if (gf.pc > 0) gf.stack.push(incref(None));
            gf.resumeMode = ResumeMode.FOR_ITER;
            gf.forIterTarget = arg;
            gf.isBoundary = false;
            it.running = true;
            vm.pushFrame(gf);
            switchTo(gf);
            break;
          }
          stack.pop();
          decref(it);
          pc = f.pc = arg;
          break;
        }
        if (it instanceof PyInstance || (it instanceof PyNativeIterator && it.resumableStep)) {
          startTask(vm, f, iterNextOp(vm, it), op, arg);
          switchTo(vm.frame!);
          break;
        }
        const v = it instanceof PyNativeIterator ? it.step(vm, it) : vm.iterNext(it);
        if (v) stack.push(v);
        else {
          stack.pop();
          decref(it);
          pc = f.pc = arg;
        }
        break;
      }

      // ----- functions and calls -----
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
      case Op.KW_NAMES:
        vm.pendingKwNames = consts[arg] as PyTuple;
        break;
      case Op.CALL: {
        if (vm.instructions > budget || vm.haltRequested || vm.interruptFlag[0] !== 0) checkHalt(vm);
        const kwNames = vm.pendingKwNames;
        vm.pendingKwNames = null;
        const base = stack.length - arg - 2;
        const first = stack[base];
        const callable = first ?? stack[base + 1]!;
        const argStart = first ? base + 1 : base + 2;
        const argCount = first ? arg + 1 : arg;
        // A bound method below its arguments (a with statement's __exit__ call) stays on the stack while it runs.
        const frame = first instanceof PyBoundMethod ? undefined : enterPythonCall(vm, callable, stack, base, argStart, argCount, kwNames, f.pyCode.quickened);
        if (frame) {
          try {
            vm.pushFrame(frame);
          } catch (e) {
            releaseUnstartedFrame(frame);
            throw e;
          }
          switchTo(frame);
          break;
        }
        if (frame === null) break;
        const args = stack.slice(argStart, argStart + argCount) as PyObject[];
        let kwargs: Map<string, PyObject> | null = null;
        let positional = args;
        if (kwNames) {
          const nkw = kwNames.items.length;
          positional = args.slice(0, args.length - nkw);
          kwargs = new Map();
          kwNames.items.forEach((k, i) => kwargs!.set((k as PyStr).value, args[args.length - nkw + i]));
        }
        const result = callFromLoop(vm, f, callable, positional, kwargs, op, arg, base);
        if (!result) {
          switchTo(vm.frame!);
          break;
        }
        releaseCallOperands(stack, base, op);
        stack.push(result);
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        if (vm.instructions > budget || vm.haltRequested || vm.interruptFlag[0] !== 0) checkHalt(vm);
        // (NULL callable args [kwargs]): the operands stay on the stack until the call is over.
        const base = stack.length - (arg & 1 ? 4 : 3);
        const callable = stack[base + 1]!;
        let argsObj = stack[base + 2]!;
        const kwargsObj = arg & 1 ? (stack[base + 3] as PyDict) : null;
        if (!(argsObj instanceof PyTuple) || argsObj.type !== T.tuple) {
          const seq = argsObj;
          if (mayRunPythonToIterate(seq)) {
            startTask(vm, f, starredCallResumable(vm, callable, seq, kwargsObj), op, arg, base);
            switchTo(vm.frame!);
            break;
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
          switchTo(frame);
          break;
        }
        const result = callFromLoop(vm, f, callable, items, kwargs, op, arg, base);
        if (!result) {
          switchTo(vm.frame!);
          break;
        }
        releaseCallOperands(stack, base, op);
        stack.push(result);
        break;
      }
      case Op.RETURN_VALUE: {
        if (pauseOnLine && pauseBeforeLeaving(vm, f, pc, 'return')) return null;
        let v = stack.pop()!;
        const done = f;
        const gen = done.generator;
        const classBuild = done.classBuild;
        const callGuards = done.guards;
        done.classBuild = null;
        vm.popFrame(done, true);
        if (classBuild) {
          decref(v);
          // type(name, bases, ns) goes through type_call, which calls __init_subclass__: two C-level guards.
          if (vm.depth + callGuards + 1 >= vm.recursionLimit) {
            abandonClassBuild(classBuild);
            throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + WHILE_CALLING);
          }
          v = finishClass(vm, classBuild);
        }
        if (done.initInstance) {
          const inst = done.initInstance;
          done.initInstance = null;
          if (v !== None) {
            const name = v.type.name;
            decref(v);
            decref(inst);
            throw new NativeRaise('TypeError', `__init__() should return None, not '${name}'`);
          }
          decref(v);
          v = inst;
        }
        if (done.isBoundary || done === boundary) {
          done.isBoundary = false;
          if (gen) vm.generatorReturned = true;
          return v;
        }
        const resumer = vm.frame!;
        switch (done.resumeMode) {
          case ResumeMode.TASK: {
            // A native operation of the frame below called (or resumed) this frame: it gets the result.
            let value: PyObject | null = v;
            if (gen) {
              if (vm.lastGeneratorResult) decref(vm.lastGeneratorResult);
              vm.lastGeneratorResult = v;
              value = null;
            }
            advanceTask(vm, resumer, resumer.task!, value, null);
            switchTo(vm.frame!);
            break;
          }
          case ResumeMode.CLOSING: {
            // Closed for its delegator: the GeneratorExit goes on in the delegating generator.
            decref(v);
            const exc = done.closingWith!;
            done.closingWith = null;
            throw new PyRaise(exc);
          }
          case ResumeMode.YIELD_FROM:
            // The delegating generator's `yield from` is over: its value is the subgenerator's return value.
            switchTo(resumer);
            decref(stack.pop()!);
            stack.push(v);
            break;
          default:
            switchTo(resumer);
            if (gen && done.resumeMode === ResumeMode.FOR_ITER) {
              decref(v);
              decref(stack.pop()!);
              pc = f.pc = done.forIterTarget;
            } else {
              stack.push(v);
            }
        }
        break;
      }
      case Op.LOAD_BUILD_CLASS:
        stack.push(incref(f.builtins.getStr('__build_class__')!));
        break;

      // ----- generators -----
      case Op.YIELD_VALUE: {
        if (pauseOnLine && pauseBeforeLeaving(vm, f, pc, 'yield')) return null;
        const returned = suspend(f, stack.pop()!);
        if (returned) return returned;
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = stack[stack.length - 1]!;
        if (v.attrs !== null) {
          startTask(vm, f, getIterOp(vm, v), op, arg);
          switchTo(vm.frame!);
          break;
        }
        if (!(v instanceof PyGenerator)) {
          stack[stack.length - 1] = vm.getIter(v);
          decref(v);
        }
        break;
      }
      case Op.YIELD_FROM: {
        const it = stack[stack.length - 2]!;
        if (it instanceof PyGenerator && it.frame) {
          // Delegation to a generator runs its frame in this loop; what it yields is yielded from here too.
          const gf = it.frame;
          if (it.running) throw new NativeRaise('ValueError', 'generator already executing');
          const sent = stack.pop()!;
          if (gf.pc > 0) gf.stack.push(sent);
          else {
            decref(sent);
            if (sent !== None) throw new NativeRaise('TypeError', "can't send non-None value to a just-started generator");
          }
          gf.resumeMode = ResumeMode.YIELD_FROM;
          gf.isBoundary = false;
          it.running = true;
          try {
            vm.pushFrame(gf);
          } catch (e) {
            abandonFrame(gf);
            throw e;
          }
          switchTo(gf);
          break;
        }
        const sent = stack.pop()!;
        let v: PyObject | null;
        try {
          v = it instanceof PyGenerator ? null : vm.iterNext(it);
        } finally {
          decref(sent);
        }
        if (v === null) {
          stack.pop();
          decref(it);
          stack.push(incref(None));
          break;
        }
        // Yield v from this generator; on resume the sent value is pushed and YIELD_FROM runs again.
        pc = f.pc = pc - 1;
        const returned = suspend(f, v);
        if (returned) return returned;
        break;
      }

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
        if ((v === None) === (op === Op.POP_JUMP_IF_NONE)) pc = f.pc = arg;
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
      case Op.IMPORT_NAME:
        stack.push(importModule(vm, names[arg]));
        break;
      case Op.IMPORT_FROM: {
        const module = stack[stack.length - 1]!;
        try {
          stack.push(getAttr(vm, module, names[arg]));
        } catch (e) {
          if (vm.isAttributeError(e)) {
            const mname = (module as { name?: string }).name ?? '?';
            throw new NativeRaise('ImportError', `cannot import name '${names[arg]}' from '${mname}' (unknown location)`);
          }
          throw e;
        }
        break;
      }

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
        switchTo(vm.frame!);
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
        switchTo(vm.frame!);
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
  }
}

/** Drops the GeneratorExit a closing frame was to pass on. */
function releaseClosing(frame: Frame): void {
  const exc = frame.closingWith;
  frame.closingWith = null;
  if (exc) decref(exc);
}
