// The eval loop's less frequent instructions, out of the dispatch loop so that V8 compiles the hot loop small.

import { strKey } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { Op, FormatValueFlag, MakeFunctionFlag } from '../bytecode/opcodes';
import { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyBoundMethod, PyCell, PyCode, PyFunction, PyInstance, PyInt, PyList, PySlice, PyStr, PyTuple } from '../runtime/objects';
import { tupleFreeList } from '../runtime/freeLists';
import { E, False, None, T, True } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newIntExact, newStr } from '../runtime/factory';
import { dictDelete } from '../runtime/containers';
import { unaryOpBuiltin, unaryOpResumable } from '../runtime/ops/arith';
import { delItemNow, delItemResumable, length, storeSubscriptMayRunPython } from '../runtime/ops/items';
import { lookupSpecial } from '../runtime/ops/attributes';
import { delAttr, descriptorCallResumable } from '../runtime/ops/attributeStores';
import { formatValue, formatValueIsBuiltin, formatValueResumable } from '../runtime/ops/formatting';
import { displayHook } from '../builtins/execEval';
import { importAllFrom } from '../modules/importStar';
import type { Frame } from './frame';
import { PyRaise, type VM } from './vm';
import {
  starredArguments, exceptionMatches, checkHalt, nameError, pushCallFrame, unboundDeref, dropStackTo,
} from './evalSupport';
import { callOp, mayRunPythonToIterate } from './callOps';
import { startTask } from './tasks';
import { callFromLoop, enterPythonCallWith, keywordArguments, releaseCallOperands, starredCallResumable } from './loopCalls';
import { importFrom, importName } from '../modules/importSystem';
import { importOverrideOp, isBuiltinImport } from '../builtins/importBuiltin';
import { isStdlibCode } from '../modules/registry';
import { exceptionGroupMatch, prepReraiseStar } from './exceptStar';
import { deleteNameThroughMapping } from './namespaceMapping';
import { isPatternMapping, isPatternSequence, matchClass, matchKeys } from './matchOps';
import { getYieldFromIter, yieldFrom, yieldValue } from './evalGenerators';
import { runBuildOp } from './evalBuild';
import { runAsyncOp } from './asyncOps';
import { FUNCTION_BYTES } from '../runtime/sizeof';

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
      else if (!dictDelete(f.localsDict!, strKey(f.code.names[arg]))) throw nameError(f.code.names[arg]);
      break;
    case Op.DELETE_GLOBAL:
      if (!dictDelete(f.globals, strKey(f.code.names[arg]))) throw nameError(f.code.names[arg]);
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
      const o = stack[stack.length - 1]!;
      let call;
      try {
        call = delAttr(vm, o, f.code.names[arg]);
      } catch (e) {
        stack.pop();
        decref(o);
        throw e;
      }
      // A property's deleter or a descriptor's __delete__ runs as a frame (the task then releases `o`).
      if (call) {
        startTask(vm, f, descriptorCallResumable(vm, call), op, arg);
        break;
      }
      stack.pop();
      decref(o);
      break;
    }
    case Op.DELETE_SUBSCR: {
      const key = stack[stack.length - 1]!;
      const container = stack[stack.length - 2]!;
      if (storeSubscriptMayRunPython(vm, container, key, '__delitem__')) {
        startTask(vm, f, delItemResumable(vm, container, key), op, arg);
        break;
      }
      stack.pop();
      stack.pop();
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
      // PySlice_New: tracked by the collector from the start (CPython 3.11).
      const slice = vm.heap.register(new PySlice(T.slice, start, stop, step));
      vm.heap.track(slice);
      stack.push(slice);
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
    case Op.FORMAT_VALUE:
      formatValueOp(vm, f, arg);
      break;
    case Op.MAKE_FUNCTION: {
      const codeObj = stack.pop() as PyCode;
      const closure = arg & MakeFunctionFlag.CLOSURE ? stack.pop()! : null;
      const annotations = arg & MakeFunctionFlag.ANNOTATIONS ? stack.pop()! : null;
      const kwdefaults = arg & MakeFunctionFlag.KWDEFAULTS ? stack.pop()! : null;
      const defaults = arg & MakeFunctionFlag.DEFAULTS ? stack.pop()! : null;
      const fn = vm.heap.register(new PyFunction(T.function, codeObj, incref(f.globals), defaults, kwdefaults, closure), FUNCTION_BYTES);
      fn.annotations = annotations;
      // PyFunction_New holds co_consts[0] as func_doc when it is a str (the docstring), else None.
      const first = codeObj.consts[0];
      fn.doc = incref(first instanceof PyStr ? first : None);
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
      stack.push(newIntExact(length(vm, stack[stack.length - 1]!)));
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
      if (!runBuildOp(vm, f, op, arg) && !runAsyncOp(vm, f, op, arg)) throw new Error(`unknown opcode ${op}`);
  }
  return undefined;
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

/**
 * CALL_FUNCTION_EX's operands taken off the stack for the frame to hold while it runs: with keywords,
 * _PyStack_UnpackDict's copies of the arguments and keyword names and values (dropped first), then the
 * callable, the argument tuple and the keyword dict, as the call's C code releases them after it.
 */
function heldCallOperands(stack: (PyObject | null)[], base: number, items: PyObject[], kwargsObj: PyDict | null): PyObject[] {
  const held: PyObject[] = [];
  if (kwargsObj && kwargsObj.map.size > 0) {
    for (const v of items) held.push(incref(v));
    for (const e of kwargsObj.map.values()) held.push(incref(e.key), incref(e.value));
  }
  for (let i = base; i < stack.length; i++) {
    const v = stack[i];
    if (v) held.push(v);
  }
  dropStackTo(stack, base);
  return held;
}

function isPythonFunction(callable: PyObject): boolean {
  return callable instanceof PyFunction || (callable instanceof PyBoundMethod && callable.func instanceof PyFunction);
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
  const kwargs = kwargsObj ? keywordArguments(kwargsObj) : null;
  const items = (argsObj as PyTuple).items.slice();
  // _PyVectorcall_Call unpacks a non-empty keyword dict into a tuple of names for a function, freed on return.
  const kwnames = kwargs !== null && kwargs.size > 0 && isPythonFunction(callable) ? [vm.hidden.allocate(tupleFreeList(kwargs.size))] : null;
  let frame: ReturnType<typeof enterPythonCallWith>;
  try {
    frame = enterPythonCallWith(vm, callable, items, kwargs);
  } catch (e) {
    if (kwnames) vm.hidden.release(kwnames);
    throw e;
  }
  if (frame) {
    frame.hiddenTemporaries = kwnames;
    frame.callOperands = heldCallOperands(stack, base, items, kwargsObj);
    pushCallFrame(vm, frame);
    return;
  }
  if (kwnames) vm.hidden.release(kwnames);
  const result = callFromLoop(vm, f, callable, items, kwargs, op, arg, base);
  if (!result) return;
  releaseCallOperands(stack, base, op);
  stack.push(result);
}
