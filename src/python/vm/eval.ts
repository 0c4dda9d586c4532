// The evaluation loop: one switch over opcodes, frames pushed and popped without JS recursion (ceval's shape).
// Only the frequent instructions are here (evalCold.ts has the rest), and the running frame's state lives in
// plain locals reloaded whenever another frame runs: V8 then compiles this loop small and keeps it in registers.

import { NativeRaise } from '../errors';
import { Op, BinaryOpArg, CompareOpArg } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import {
  PyBuiltinFunction, PyCell, PyFunction, PyGenerator, PyInstance, PyInt, PyList, PyMethodDescriptor, PyNativeIterator, PyStr, PyTuple,
} from '../runtime/objects';
import { False, T, True } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newInt, newList, newTuple } from '../runtime/factory';
import { dictSetStr, listAppend, maintainTracking } from '../runtime/containers';
import { binaryOpBuiltin, binaryOpResumable } from '../runtime/ops/arith';
import { builtinTruth, compareBuiltin, isTrueResumable, richCompareResumable } from '../runtime/ops/compare';
import {
  containsBuiltin, containsResumable, getItemBuiltin, getItemResumable, setItemNow, setItemResumable, storeSubscriptMayRunPython,
} from '../runtime/ops/items';
import { getAttrBuiltin, getAttrResumable, loadMethod } from '../runtime/ops/attributes';
import { descriptorCallResumable, storeAttr, type DescriptorCall } from '../runtime/ops/attributeStores';
import { intAdd, intMul, intSub } from '../runtime/intMath';
import { Frame, ResumeMode } from './frame';
import { ExecutionHalted, PyRaise, type VM } from './vm';
import { raisedException, reraiseHandled, unwindException } from './exceptions';
import { enterSimpleCall, checkHalt, dropStackTo, pushCallFrame, unboundDeref } from './evalSupport';
import { getIterOp, iterNextOp } from './callOps';
import { startTask } from './tasks';
import { raisePendingThrow } from './generatorControl';
import { LeafCall, callGeneral, callNativeLeaf } from './loopCalls';
import { runColdOp } from './evalCold';
import { storeNameThroughMapping } from './namespaceMapping';
import { cacheInstanceLoad, cacheInstanceStore, cacheMethodLoad, loadGlobalEntry, loadNameValue, storeNameEntry } from './cachedLookups';
import type { DictEntry } from '../runtime/dict';
import { typeAttributes } from '../runtime/typeVersion';
import { copyRange } from '../runtime/objectArrays';
import { AddForm, addSiteForm, appendToLocal } from './addSpecialization';
import { forIterGenerator, forIterNextMethod, initResult, returnValue } from './evalGenerators';

/** Both operands exact ints of a JS number's range (the guard of CPython 3.11's BINARY_OP_ADD_INT and the like). */
function areExactSmallInts(a: PyObject, b: PyObject): boolean {
  return a instanceof PyInt && b instanceof PyInt && typeof a.value === 'number' && typeof b.value === 'number' && a.attrs === null && b.attrs === null;
}

/** BINARY_OP's most frequent operators on two exact ints of a JS number's range, else null (binaryOpBuiltin has them all). */
function smallIntBinary(x: number, y: number, arg: number): PyObject | null {
  switch (arg) {
    case BinaryOpArg.ADD:
    case BinaryOpArg.INPLACE_ADD:
      return newInt(intAdd(x, y));
    case BinaryOpArg.SUBTRACT:
    case BinaryOpArg.INPLACE_SUBTRACT:
      return newInt(intSub(x, y));
    case BinaryOpArg.MULTIPLY:
    case BinaryOpArg.INPLACE_MULTIPLY:
      return newInt(intMul(x, y));
    case BinaryOpArg.REMAINDER:
    case BinaryOpArg.INPLACE_REMAINDER:
      if (y > 0) {
        const m = x % y;
        return newInt(m < 0 ? m + y : m + 0); // + 0: -6 % 3 is -0 in JS
      }
      return null;
  }
  return null;
}

/**
 * The top n stack entries, moved off the stack into a new array (their references move with them). A copy loop
 * rather than splice: TurboFan's inlined splice deoptimized the loop ("not a Smi") in BUILD_LIST.
 */
function takeTop(stack: (PyObject | null)[], n: number): PyObject[] {
  const base = stack.length - n;
  const items = copyRange<PyObject>(stack, base, stack.length);
  dropStackTo(stack, base);
  return items;
}

/**
 * Runs frames until `boundary` returns (its result, a new reference) or, when pauseOnLine is set,
 * until the next line event of the outermost run (null). Exceptions not handled below the boundary propagate.
 */
export function runLoop(vm: VM, boundary: Frame, pauseOnLine: boolean): PyObject | null {
  const entered = vm.frame!;
  if (entered.pendingThrow) {
    try {
      raisePendingThrow(vm, entered);
    } catch (e) {
      unwindToHandler(vm, boundary, e);
    }
  }
  return dispatch(vm, boundary, pauseOnLine);
}

/**
 * Delivers a raise (a PyRaise, NativeRaise or host error) to its handler below `boundary` (throws past it), then
 * raises what a throw into the frame entered there asks for (gen.throw), until a handler runs.
 */
function unwindToHandler(vm: VM, boundary: Frame, raised: unknown): void {
  for (;;) {
    if (raised instanceof ExecutionHalted) throw raised;
    unwindException(vm, vm.toException(raised), boundary, raised instanceof PyRaise && raised.reraise);
    const entered = vm.frame!;
    if (!entered.pendingThrow) return;
    try {
      raisePendingThrow(vm, entered);
    } catch (e) {
      raised = e;
    }
  }
}

function dispatch(vm: VM, boundary: Frame, pauseOnLine: boolean): PyObject | null {
  // No line event for the instruction a run resumes at (its line was told when it paused there).
  let skipLineCheck = true;
  const budget = vm.instructionBudget;
  const intType = T.int;
  // Reference counts change inline in the frequent cases: V8 does not inline incref/decref into a function this large.
  const heap = vm.heap;
  // Each pass runs vm.frame until another frame runs (a call, a return, a yield, a native operation's callee).
  frames: for (;;) {
    // A raise is unwound here, not by leaving this function: a function left by every raise is not optimized by
    // V8 (a loop of try/except stayed in the interpreter tier, 68x slower than python3).
    let raised: unknown;
    try {
    const f = vm.frame!;
    const code = f.code;
    const ops = code.ops;
    const lines = code.lines;
    const stack = f.stack;
    const locals = f.localsplus;
    const consts = f.consts;
    const names = code.names;
    const nameKeys = f.pyCode.nameKeys;
    const caches = f.pyCode.caches;
    const traced = pauseOnLine && vm.isProgramCode(code);
    const cacheTag = caches.tag;
    const cacheTag2 = caches.tag2;
    const cacheRef = caches.ref;
    const cacheRef2 = caches.ref2;
    let pc = f.pc;
    instructions: for (;;) {
      if (pauseOnLine) {
        const line = lines[pc];
        if (line !== f.line) {
          f.line = line;
          if (!skipLineCheck && traced) {
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
        case Op.POP_TOP: {
          const v = stack.pop()!;
          if (--v.refcount === 0) heap.dealloc(v);
          break;
        }
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
        case Op.LOAD_CONST: {
          const v = consts[arg];
          v.refcount++;
          stack.push(v);
          break;
        }

        // ----- names -----
        case Op.LOAD_FAST: {
          const v = locals[arg];
          if (!v) {
            throw new NativeRaise('UnboundLocalError', `cannot access local variable '${code.localsplusNames[arg]}' where it is not associated with a value`);
          }
          v.refcount++;
          stack.push(v);
          break;
        }
        case Op.STORE_FAST: {
          const old = locals[arg];
          locals[arg] = stack.pop()!;
          if (old !== null && --old.refcount === 0) heap.dealloc(old);
          break;
        }
        case Op.LOAD_NAME: {
          const site = pc - 1;
          const g = f.globals;
          if (f.localsDict === g && cacheRef2[site] === g && cacheTag[site] === g.keysVersion && cacheTag2[site] === f.builtins.keysVersion) {
            const v = (cacheRef[site] as DictEntry).value;
            v.refcount++;
            stack.push(v);
          } else stack.push(loadNameValue(vm, f, caches, site, nameKeys[arg], names[arg]));
          break;
        }
        case Op.STORE_NAME: {
          const v = stack.pop()!;
          const site = pc - 1;
          const ns = f.localsDict!;
          if (cacheRef2[site] === ns && cacheTag[site] === ns.keysVersion) {
            // The name's entry is still in the namespace: its value replaced as PyDict_SetItem does.
            const e = cacheRef[site] as DictEntry;
            const old = e.value;
            v.refcount++;
            e.value = v;
            maintainTracking(ns, e.key, v);
            if (--old.refcount === 0) heap.dealloc(old);
            if (--v.refcount === 0) heap.dealloc(v);
            break;
          }
          try {
            if (ns.type !== T.dict) storeNameThroughMapping(vm, f, names[arg], v);
            else storeNameEntry(caches, site, ns, names[arg], v, nameKeys[arg]);
          } finally {
            if (--v.refcount === 0) heap.dealloc(v);
          }
          break;
        }
        case Op.LOAD_GLOBAL: {
          const site = pc - 1;
          const g = f.globals;
          const b = f.builtins;
          const e = cacheRef2[site] === g && cacheTag[site] === g.keysVersion && cacheTag2[site] === b.keysVersion
            ? (cacheRef[site] as DictEntry)
            : loadGlobalEntry(caches, site, g, b, nameKeys[arg], names[arg]);
          const v = e.value;
          v.refcount++;
          stack.push(v);
          break;
        }
        case Op.STORE_GLOBAL: {
          const v = stack.pop()!;
          dictSetStr(f.globals, names[arg], v, nameKeys[arg]);
          if (--v.refcount === 0) heap.dealloc(v);
          break;
        }
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

        // ----- attributes and items -----
        case Op.LOAD_ATTR: {
          const o = stack[stack.length - 1]!;
          const site = pc - 1;
          const attrs = o.attrs;
          if (attrs !== null) {
            const d = attrs.dict;
            if (o.type === cacheRef[site] && cacheTag[site] === typeAttributes.version && d !== null) {
              // The entry found last time is still the name's while the dict has the same keys (a keysVersion
              // belongs to one dict's one key set): a loop's `self.count` skips the map lookup.
              let e: DictEntry | undefined;
              if (cacheTag2[site] === d.keysVersion) e = cacheRef2[site] as DictEntry;
              else {
                e = d.map.get(nameKeys[arg]);
                if (e !== undefined) {
                  cacheRef2[site] = e;
                  cacheTag2[site] = d.keysVersion;
                }
              }
              if (e !== undefined) {
                const v = e.value;
                v.refcount++;
                stack[stack.length - 1] = v;
                if (--o.refcount === 0) heap.dealloc(o);
                break;
              }
            }
            cacheInstanceLoad(caches, site, o, names[arg]);
          }
          const v = getAttrBuiltin(vm, o, names[arg]);
          if (!v) {
            startTask(vm, f, getAttrResumable(vm, o, names[arg]), op, arg);
            continue frames;
          }
          stack[stack.length - 1] = v;
          if (--o.refcount === 0) heap.dealloc(o);
          break;
        }
        case Op.STORE_ATTR: {
          const o = stack[stack.length - 1]!;
          const v = stack[stack.length - 2]!;
          const site = pc - 1;
          const attrs = o.attrs;
          let setter: DescriptorCall | null = null;
          try {
            const d = attrs !== null ? attrs.dict : null;
            if (d !== null && o.type === cacheRef[site] && cacheTag[site] === typeAttributes.version) {
              if (cacheTag2[site] === d.keysVersion) {
                // The name's entry, as LOAD_ATTR's cache: its value replaced as PyDict_SetItem does.
                const e = cacheRef2[site] as DictEntry;
                const old = e.value;
                v.refcount++;
                e.value = v;
                maintainTracking(d, e.key, v);
                if (--old.refcount === 0) heap.dealloc(old);
              } else {
                const e = dictSetStr(d, names[arg], v, nameKeys[arg]);
                // Unless the replaced value's __del__ deleted the attribute again.
                if (d.map.get(nameKeys[arg]) === e) {
                  cacheRef2[site] = e;
                  cacheTag2[site] = d.keysVersion;
                }
              }
            } else {
              if (attrs !== null) cacheInstanceStore(caches, site, o, names[arg]);
              setter = storeAttr(vm, o, names[arg], v);
            }
          } catch (e) {
            stack.length -= 2;
            if (--v.refcount === 0) heap.dealloc(v);
            if (--o.refcount === 0) heap.dealloc(o);
            throw e;
          }
          if (setter) {
            startTask(vm, f, descriptorCallResumable(vm, setter), op, arg);
            continue frames;
          }
          stack.pop();
          stack.pop();
          if (--v.refcount === 0) heap.dealloc(v);
          if (--o.refcount === 0) heap.dealloc(o);
          break;
        }
        case Op.LOAD_METHOD: {
          const o = stack[stack.length - 1]!;
          const site = pc - 1;
          if (o.type === cacheRef[site] && cacheTag[site] === typeAttributes.version) {
            const attrs = o.attrs;
            const d = attrs !== null ? attrs.dict : null;
            // tag2: the instance dict's key set last seen without the name (nothing shadows the method).
            let unshadowed = d === null || cacheTag2[site] === d.keysVersion;
            if (!unshadowed && !d!.map.has(nameKeys[arg])) {
              cacheTag2[site] = d!.keysVersion;
              unshadowed = true;
            }
            if (unshadowed) {
              // The stack's reference to o becomes the call's self.
              const method = cacheRef2[site] as PyObject;
              method.refcount++;
              stack[stack.length - 1] = method;
              stack.push(o);
              break;
            }
          }
          cacheMethodLoad(caches, site, o, names[arg]);
          if (!loadMethod(vm, stack, names[arg])) {
            startTask(vm, f, getAttrResumable(vm, stack[stack.length - 1]!, names[arg]), op, arg);
            continue frames;
          }
          break;
        }
        case Op.BINARY_SUBSCR: {
          const key = stack[stack.length - 1]!;
          const container = stack[stack.length - 2]!;
          const v = getItemBuiltin(vm, container, key);
          if (!v) {
            startTask(vm, f, getItemResumable(vm, container, key), op, arg);
            continue frames;
          }
          stack.pop();
          stack[stack.length - 1] = v;
          if (--container.refcount === 0) heap.dealloc(container);
          if (--key.refcount === 0) heap.dealloc(key);
          break;
        }
        case Op.STORE_SUBSCR: {
          const key = stack[stack.length - 1]!;
          const container = stack[stack.length - 2]!;
          const v = stack[stack.length - 3]!;
          if (storeSubscriptMayRunPython(vm, container, key, '__setitem__')) {
            startTask(vm, f, setItemResumable(vm, container, key, v), op, arg);
            continue frames;
          }
          // Three pops, not `length -= 3`: V8 sets an array's length in a runtime call (a fifth of a dict-filling loop).
          stack.pop();
          stack.pop();
          stack.pop();
          try {
            setItemNow(vm, container, key, v);
          } finally {
            if (--v.refcount === 0) heap.dealloc(v);
            if (--container.refcount === 0) heap.dealloc(container);
            if (--key.refcount === 0) heap.dealloc(key);
          }
          break;
        }

        // ----- operators -----
        case Op.BINARY_OP: {
          const b = stack[stack.length - 1]!;
          const a = stack[stack.length - 2]!;
          // A site specialized for ints that sees ints again needs no bookkeeping (the most frequent case).
          if ((arg === BinaryOpArg.ADD || arg === BinaryOpArg.INPLACE_ADD) && f.pyCode.quickened
            && !(cacheTag[pc - 1] === AddForm.Int && a.type === intType && b.type === intType)
            && addSiteForm(caches, pc - 1, a, b, ops, pc, locals) === AddForm.InplaceUnicode) {
            // BINARY_OP_INPLACE_ADD_UNICODE: the STORE_FAST after it is done here.
            appendToLocal(stack, locals, ops[pc * 2 + 1]);
            pc++;
            f.pc = pc;
            break;
          }
          let r = areExactSmallInts(a, b) ? smallIntBinary((a as PyInt).value as number, (b as PyInt).value as number, arg) : null;
          if (r === null) {
            r = binaryOpBuiltin(vm, a, b, arg);
            if (!r) {
              startTask(vm, f, binaryOpResumable(vm, a, b, arg), op, arg);
              continue frames;
            }
          }
          stack.pop();
          stack[stack.length - 1] = r;
          if (--a.refcount === 0) heap.dealloc(a);
          if (--b.refcount === 0) heap.dealloc(b);
          break;
        }
        case Op.UNARY_NOT: {
          const v = stack[stack.length - 1]!;
          const t = builtinTruth(v);
          if (t === null) {
            startTask(vm, f, isTrueResumable(vm, v), op, arg);
            continue frames;
          }
          stack[stack.length - 1] = incref(t ? False : True);
          if (--v.refcount === 0) heap.dealloc(v);
          break;
        }
        case Op.COMPARE_OP: {
          const b = stack[stack.length - 1]!;
          const a = stack[stack.length - 2]!;
          let t: boolean | null;
          if (areExactSmallInts(a, b)) {
            const x = (a as PyInt).value, y = (b as PyInt).value;
            t = arg === CompareOpArg.LT ? x < y : arg === CompareOpArg.LE ? x <= y : arg === CompareOpArg.EQ ? x === y
              : arg === CompareOpArg.NE ? x !== y : arg === CompareOpArg.GT ? x > y : x >= y;
          } else if ((arg === CompareOpArg.EQ || arg === CompareOpArg.NE) && a instanceof PyStr && b instanceof PyStr && a.attrs === null && b.attrs === null) {
            // COMPARE_OP_STR_JUMP: == and != of two exact strs, without PyObject_RichCompare's recursion guard.
            t = (a.value === b.value) === (arg === CompareOpArg.EQ);
          } else {
            t = compareBuiltin(vm, a, b, arg);
            if (t === null) {
              startTask(vm, f, richCompareResumable(vm, a, b, arg), op, arg);
              continue frames;
            }
          }
          stack.pop();
          const result = t ? True : False;
          result.refcount++;
          stack[stack.length - 1] = result;
          if (--a.refcount === 0) heap.dealloc(a);
          if (--b.refcount === 0) heap.dealloc(b);
          break;
        }
        case Op.IS_OP: {
          const b = stack.pop()!;
          const a = stack[stack.length - 1]!;
          const same = a === b;
          stack[stack.length - 1] = incref(same !== (arg === 1) ? True : False);
          if (--a.refcount === 0) heap.dealloc(a);
          if (--b.refcount === 0) heap.dealloc(b);
          break;
        }
        case Op.CONTAINS_OP: {
          const container = stack[stack.length - 1]!;
          const item = stack[stack.length - 2]!;
          const found = containsBuiltin(vm, container, item);
          if (found === null) {
            startTask(vm, f, containsResumable(vm, container, item), op, arg);
            continue frames;
          }
          stack.pop();
          stack[stack.length - 1] = incref(found !== (arg === 1) ? True : False);
          if (--item.refcount === 0) heap.dealloc(item);
          if (--container.refcount === 0) heap.dealloc(container);
          break;
        }

        // ----- building -----
        case Op.BUILD_TUPLE:
          stack.push(newTuple(takeTop(stack, arg)));
          break;
        case Op.BUILD_LIST:
          stack.push(newList(takeTop(stack, arg)));
          break;
        case Op.LIST_APPEND: {
          const v = stack.pop()!;
          listAppend(stack[stack.length - arg] as PyList, v);
          if (--v.refcount === 0) heap.dealloc(v);
          break;
        }

        // ----- control flow -----
        case Op.JUMP:
          if (arg < pc) {
            // Quickened code has nothing left to count: skip the set lookup on every iteration.
            if (!f.pyCode.quickened && !code.coldBackEdges.has(pc - 1)) f.pyCode.warmUp();
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
            continue frames;
          }
          stack.pop();
          if (--v.refcount === 0) heap.dealloc(v);
          if (t === (op === Op.POP_JUMP_IF_TRUE)) pc = f.pc = arg;
          break;
        }
        case Op.JUMP_IF_FALSE_OR_POP:
        case Op.JUMP_IF_TRUE_OR_POP: {
          const v = stack[stack.length - 1]!;
          const t = builtinTruth(v);
          if (t === null) {
            startTask(vm, f, isTrueResumable(vm, v), op, arg);
            continue frames;
          }
          if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) pc = f.pc = arg;
          else decref(stack.pop()!);
          break;
        }
        case Op.GET_ITER: {
          const v = stack[stack.length - 1]!;
          if (v.attrs !== null) {
            startTask(vm, f, getIterOp(vm, v), op, arg);
            continue frames;
          }
          const it = vm.getIter(v);
          stack[stack.length - 1] = it;
          if (--v.refcount === 0) heap.dealloc(v);
          break;
        }
        case Op.FOR_ITER: {
          const it = stack[stack.length - 1]!;
          let v: PyObject | null;
          // Builtin iterators (range, list, dict...) first: the frequent case, one class check.
          if (it instanceof PyNativeIterator && it.resumableStep === null && it.attrs === null) v = it.step(vm, it);
          else if (it instanceof PyGenerator) {
            forIterGenerator(vm, f, it, arg);
            continue frames;
          } else if (it instanceof PyInstance || it instanceof PyNativeIterator) {
            if (it instanceof PyInstance && forIterNextMethod(vm, it, arg)) continue frames;
            startTask(vm, f, iterNextOp(vm, it), op, arg);
            continue frames;
          } else v = vm.iterNext(it);
          if (v) stack.push(v);
          else {
            stack.pop();
            if (--it.refcount === 0) heap.dealloc(it);
            pc = f.pc = arg;
          }
          break;
        }

        // ----- calls -----
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
          if (callable instanceof PyFunction && kwNames === null) {
            const frame = enterSimpleCall(vm, callable, stack, base, argStart, argCount);
            if (frame !== null) {
              pushCallFrame(vm, frame);
              continue frames;
            }
          }
          if ((callable instanceof PyMethodDescriptor || callable instanceof PyBuiltinFunction) && kwNames === null) {
            const leaf = callNativeLeaf(vm, f, stack, base, callable, argStart, argCount, arg);
            if (leaf === LeafCall.Done) break;
            if (leaf === LeafCall.TaskStarted) continue frames;
          }
          if (callGeneral(vm, f, stack, base, callable, argStart, argCount, kwNames, arg)) continue frames;
          break;
        }
        case Op.RETURN_VALUE: {
          if (pauseOnLine || f.generator !== null || f.classBuild !== null || f.resumeMode !== ResumeMode.NATIVE) {
            const returned = returnValue(vm, f, boundary, pauseOnLine);
            if (returned !== undefined) return returned;
            continue frames;
          }
          // A function's return to the frame below (or to the native code that ran it).
          let v = stack.pop()!;
          const unshared = f.frameObject === null && f.localsDict === null;
          vm.popFrame(f, true);
          if (f.initInstance !== null) v = initResult(f, v);
          if (f.isBoundary || f === boundary) {
            f.isBoundary = false;
            return v;
          }
          // Only this loop knew the frame (a native caller's frame is its boundary): the next call may take it.
          if (unshared) f.recycle();
          vm.frame!.stack.push(v);
          continue frames;
        }
        case Op.RAISE_VARARGS: {
          if (arg === 0) {
            raised = new PyRaise(reraiseHandled(vm), true);
          } else {
            const cause = arg === 2 ? stack.pop()! : null;
            raised = new PyRaise(raisedException(vm, stack.pop()!, cause));
          }
          break instructions;
        }
        default: {
          const returned = runColdOp(vm, f, op, arg, pauseOnLine);
          if (returned !== undefined) return returned;
          continue frames;
        }
      }
    }
    } catch (e) {
      raised = e;
    }
    // Only a raise gets here (every other way out of the frame pass returns or continues).
    unwindToHandler(vm, boundary, raised);
    skipLineCheck = true;
  }
}
