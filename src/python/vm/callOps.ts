// Calls from native operations: a Python callee becomes a frame the eval loop runs (yielded), builtins with
// a resumable body are composed in (yield*), with CPython 3.11's recursion guards on C-level calls.

import { hasPythonSpecials, specialMethod, wrapperKind } from '../runtime/ops/attributeHooks';
import { getAttr } from '../runtime/ops/attributes';
import { NativeRaise } from '../errors';
import { SUSPENDABLE_CODE } from '../bytecode/code';
import { PyObject } from '../runtime/object';
import { PyType, type InstantiationPlan } from '../runtime/types';
import { typeAttributes } from '../runtime/typeVersion';
import {
  PyBoundMethod, PyBuiltinFunction, PyDescriptorWrapper, PyFunction, PyGenerator, GeneratorKind, isGeneratorIterator, PyInstance, PyMethodDescriptor, PyNativeIterator,
  PySlotWrapper, type ResumableBody,
} from '../runtime/objects';
import { E, None, T } from '../runtime/builtinTypes';
import { decref, incref } from '../runtime/heap';
import { newException } from '../runtime/factory';
import { createInstance, frameForCall, initExceptionAfterNew } from './calls';
import { initializesInInit } from '../builtins/subclassInstances';
import { isSlotWrapperCallable, tpCallPacksArguments } from './hiddenAllocations';
import type { NativeOp } from './nativeOp';
import type { Frame } from './frame';
import { PyRaise, WHILE_CALLING, type VM } from './vm';

type Kwargs = Map<string, PyObject> | null;

/** The resumable body of a builtin callable, if it has one. */
export function resumableOf(callable: PyObject): ResumableBody | null {
  if (callable instanceof PyBuiltinFunction || callable instanceof PyMethodDescriptor) return callable.resumable;
  if (callable instanceof PyType && !callable.isHeapType) return callable.resumableNew;
  return null;
}

/**
 * Calls any callable with borrowed arguments; a new reference. `guardBuiltin` says whether a call of a
 * builtin counts a recursion level (always from C code; the eval loop decides for its own calls).
 */
export function callOp(vm: VM, callable: PyObject, args: PyObject[], kwargs: Kwargs = null, guardBuiltin = true): NativeOp<PyObject> {
  // A V8 generator keeps all its function's registers: a small one for the frequent case allocates less per call.
  if (callable instanceof PyFunction && (callable.code.code.flags & SUSPENDABLE_CODE) === 0) return functionCallOp(vm, callable, args, kwargs);
  return anyCallOp(vm, callable, args, kwargs, guardBuiltin);
}

/**
 * What an operation yields to call `callable` (the answer is the result, a new reference): a Python function's
 * frame itself, so its result is sent straight to the operation rather than through a generator delegating to it.
 */
export function callRequest(vm: VM, callable: PyObject, args: PyObject[], kwargs: Kwargs = null, guardBuiltin = true): Frame | NativeOp<PyObject> {
  if (callable instanceof PyFunction && (callable.code.code.flags & SUSPENDABLE_CODE) === 0) return frameForCall(vm, callable, args, kwargs);
  return anyCallOp(vm, callable, args, kwargs, guardBuiltin);
}

function* functionCallOp(vm: VM, func: PyFunction, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  return (yield frameForCall(vm, func, args, kwargs)) as PyObject;
}

function* anyCallOp(vm: VM, callable: PyObject, args: PyObject[], kwargs: Kwargs, guardBuiltin: boolean): NativeOp<PyObject> {
  if (callable instanceof PyFunction) return vm.makeGenerator(frameForCall(vm, callable, args, kwargs));
  if (callable instanceof PyBoundMethod) return yield* callOp(vm, callable.func, [callable.self, ...args], kwargs, guardBuiltin);
  if (callable instanceof PyType && callable.isHeapType) return yield* instantiateOp(vm, callable, args, kwargs);
  if (callable.attrs !== null) {
    const method = callable.type.lookup('__call__');
    if (method) {
      // An instance of a class has no vectorcall: _PyObject_MakeTpCall guards and packs the arguments (a tuple, a
      // keyword dict), then slot_tp_call calls __call__ (_PyObject_Call_Prepend: with keywords, an unpacked array).
      vm.enterRecursiveCall(WHILE_CALLING);
      const packed = holdPackedArguments(vm, args, kwargs);
      const unpacked = keywordCallArray(vm, callable, args, kwargs);
      try {
        return yield* callMethodOp(vm, method, callable, args, kwargs);
      } finally {
        releaseReferences(vm, unpacked);
        releaseReferences(vm, packed);
        vm.leaveRecursiveCall();
      }
    }
  }
  if (callable instanceof PyDescriptorWrapper && callable.type.isSubtypeOf(T.staticmethod)) return yield* callOp(vm, callable.wrapped[0], args, kwargs, guardBuiltin);
  const callSlot = callable.type.nativeSlots?.callOp;
  if (callSlot) {
    // No vectorcall: _PyObject_MakeTpCall counts a recursion level.
    vm.enterRecursiveCall(WHILE_CALLING);
    try {
      return yield* callSlot(vm, callable, args, kwargs);
    } finally {
      vm.leaveRecursiveCall();
    }
  }
  const body = resumableOf(callable);
  const guarded = guardBuiltin && !(callable instanceof PyType && !tpCallPacksArguments(callable));
  if (guarded) vm.enterRecursiveCall(WHILE_CALLING);
  try {
    if (!body) return vm.callUnguarded(callable, args, kwargs);
    const selfCount = callable instanceof PyMethodDescriptor ? 1 : 0;
    const temporaries = vm.hidden.enterCall(callable, args.length - selfCount, kwargs?.size ?? 0);
    try {
      const bound = boundArguments(callable, args);
      const fast = body.fast?.(vm, bound, kwargs);
      if (fast) return fast;
      return yield* body.op(vm, bound, kwargs);
    } finally {
      vm.hidden.release(temporaries);
    }
  } finally {
    if (guarded) vm.leaveRecursiveCall();
  }
}

/** The arguments a builtin's body receives: a bound builtin's object first; a descriptor checks its first. */
export function boundArguments(callable: PyObject, args: PyObject[]): PyObject[] {
  if (callable instanceof PyBuiltinFunction && callable.self) return [callable.self, ...args];
  if (callable instanceof PyMethodDescriptor) checkDescriptorSelf(callable, args);
  return args;
}

/** The check a method descriptor (or a slot wrapper) makes of the object it is called on, with CPython's messages. */
export function checkDescriptorSelf(descr: PyMethodDescriptor, args: PyObject[]): void {
  const { name, owner } = descr;
  if (descr instanceof PySlotWrapper) {
    if (args.length === 0) throw new NativeRaise('TypeError', `descriptor '${name}' of '${owner.name}' object needs an argument`);
    if (!args[0].type.isSubtypeOf(owner)) {
      throw new NativeRaise('TypeError', `descriptor '${name}' requires a '${owner.name}' object but received a '${args[0].type.name}'`);
    }
    return;
  }
  if (args.length === 0) throw new NativeRaise('TypeError', `unbound method ${owner.qualname}.${name}() needs an argument`);
  if (!args[0].type.isSubtypeOf(owner)) {
    throw new NativeRaise('TypeError', `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${args[0].type.name}' object`);
  }
}

/** Calls a method found on a type with `self` first (staticmethod and classmethod unwrapped). */
export function callMethodOp(vm: VM, method: PyObject, self: PyObject, args: PyObject[], kwargs: Kwargs = null): NativeOp<PyObject> {
  // callOp's operation itself (no generator of this function's own delegating to it on every call).
  if (method instanceof PyDescriptorWrapper) {
    if (wrapperKind(method) === T.staticmethod) return callOp(vm, method.wrapped[0], args, kwargs);
    if (wrapperKind(method) === T.classmethod) return callOp(vm, method.wrapped[0], [self instanceof PyType ? self : self.type, ...args], kwargs);
  }
  // A class is no descriptor: lookup_maybe_method calls it unbound.
  if (method instanceof PyType && !method.type.lookup('__get__')) return callOp(vm, method, args, kwargs);
  return callOp(vm, method, [self, ...args], kwargs);
}

/**
 * Calls a special method as _PyObject_LookupSpecial finds it (format(), round(), reversed(), dir()...): bound
 * first, so a function's bound method holds a reference to self until the call is over.
 */
export function* callSpecialOp(vm: VM, method: PyObject, self: PyObject, args: PyObject[]): NativeOp<PyObject> {
  if (!(method instanceof PyFunction)) return yield* callMethodOp(vm, method, self, args);
  const bound = holdReferences(vm, [self]);
  try {
    return yield* callMethodOp(vm, method, self, args);
  } finally {
    releaseReferences(vm, bound);
  }
}

/**
 * The __init__ type_call runs for a class: a Python one, or a module type's native one (random.Random's);
 * object's does nothing.
 */
export function initToRun(type: PyType): PyObject | null {
  const init = type.lookup('__init__');
  if (!init) return null;
  if (!(init instanceof PyMethodDescriptor)) return init;
  return init.owner.nativeSlots !== null || initializesInInit(init.owner) ? init : null;
}

/** type_call's lookups on `type`, made again only once a class's attributes or this MRO changed. */
export function instantiationPlan(type: PyType): InstantiationPlan {
  const known = type.instantiation;
  if (known !== null && known.version === typeAttributes.version && known.mro === type.mro) return known;
  const newMethod = type.lookup('__new__');
  const plan: InstantiationPlan = {
    version: typeAttributes.version,
    mro: type.mro,
    makesClasses: type.mro.includes(T.type),
    userNew: newMethod && newMethod.type !== T.builtin_function_or_method ? newMethod : null,
    userInit: initToRun(type),
  };
  type.instantiation = plan;
  return plan;
}

/**
 * type_call of a class whose instances are made by object.__new__ with no __init__ to run (a plain `Point()`):
 * the new instance, made synchronously with instantiateOp's guard and argument tuple; undefined otherwise.
 */
export function instantiatePlain(vm: VM, type: PyType, args: PyObject[], kwargs: Kwargs): PyObject | undefined {
  if (type.type !== T.type || type.isException || type.builtinKind) return undefined;
  const plan = instantiationPlan(type);
  if (plan.userNew !== null || plan.userInit !== null || plan.makesClasses) return undefined;
  vm.enterRecursiveCall(WHILE_CALLING);
  const temporaries = vm.hidden.enterCall(type, args.length, kwargs?.size ?? 0);
  try {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) throw new NativeRaise('TypeError', `${type.name}() takes no arguments`);
    return createInstance(vm, type, args, kwargs);
  } finally {
    vm.hidden.release(temporaries);
    vm.leaveRecursiveCall();
  }
}

/**
 * Calling a class (type_call): __new__ makes the object (object.__new__ unless the class defines one), then
 * __init__ runs on it unless __new__ returned something else; Python methods as frames; counts its C-level guard.
 */
export function* instantiateOp(vm: VM, type: PyType, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  // Classes made by a Python metaclass, and metaclasses themselves, are called natively (nested frames).
  const plan = type.type === T.type ? instantiationPlan(type) : null;
  if (plan === null || plan.makesClasses) return vm.callType(type, args, kwargs);
  vm.enterRecursiveCall(WHILE_CALLING);
  const temporaries = vm.hidden.enterCall(type, args.length, kwargs?.size ?? 0);
  // BaseException_new keeps type_call's argument tuple as the exception's args, which our exception makes itself.
  const packed = type.isException && plan.userNew === null ? null : holdPackedArguments(vm, args, kwargs);
  try {
    const { userNew, userInit } = plan;
    let inst: PyObject;
    if (userNew) {
      const fn = userNew instanceof PyDescriptorWrapper && wrapperKind(userNew) === T.staticmethod ? userNew.wrapped[0] : userNew;
      const unpacked = keywordCallArray(vm, type, args, kwargs);
      try {
        inst = yield* callOp(vm, fn, [type, ...args], kwargs);
      } finally {
        releaseReferences(vm, unpacked);
      }
      if (!inst.type.isSubtypeOf(type)) return inst;
    } else {
      if ((args.length > 0 || (kwargs !== null && kwargs.size > 0)) && !userInit && !type.isException && !type.builtinKind) {
        throw new NativeRaise('TypeError', `${type.name}() takes no arguments`);
      }
      inst = createInstance(vm, type, args, kwargs);
    }
    vm.holdTemporary(inst);
    try {
      if (userNew && !userInit && type.isException) initExceptionAfterNew(inst, args, kwargs);
      if (userInit) {
        const unpacked = keywordCallArray(vm, inst, args, kwargs);
        let r: PyObject;
        try {
          r = yield* callMethodOp(vm, userInit, inst, args, kwargs);
        } finally {
          releaseReferences(vm, unpacked);
        }
        if (r !== None) {
          const name = r.type.name;
          decref(r);
          throw new NativeRaise('TypeError', `__init__() should return None, not '${name}'`);
        }
        decref(r);
      }
    } catch (e) {
      decref(inst);
      throw e;
    } finally {
      vm.dropTemporary(inst);
    }
    return inst;
  } finally {
    releaseReferences(vm, packed);
    vm.hidden.release(temporaries);
    vm.leaveRecursiveCall();
  }
}

/** New references to `objects`, shown as the running operation's temporary. */
export function holdReferences(vm: VM, objects: PyObject[]): PyObject[] {
  for (const o of objects) incref(o);
  vm.holdTemporary(objects);
  return objects;
}

/**
 * What _PyObject_MakeTpCall (or a METH_VARARGS builtin) packs the arguments into, held until the call is over:
 * the tuple's items (a tuple frees them last to first), then the keyword dict's values.
 */
export function holdPackedArguments(vm: VM, args: readonly PyObject[], kwargs: Kwargs): PyObject[] {
  const packed: PyObject[] = [];
  for (let i = args.length - 1; i >= 0; i--) packed.push(args[i]);
  if (kwargs) for (const v of kwargs.values()) packed.push(v);
  return holdReferences(vm, packed);
}

/**
 * The references a slot wrapper's argument tuples hold while it runs (hiddenAllocations.ts: slotWrapperTupleSizes):
 * a wrapper_descriptor's `args` (its object first) twice but the object once, a method-wrapper's once; null for
 * other callables or when nothing is packed.
 */
export function slotWrapperPackedArguments(callable: PyObject, args: readonly PyObject[]): PyObject[] | null {
  if (!isSlotWrapperCallable(callable)) return null;
  const packed = callable instanceof PySlotWrapper ? [...args, ...args.slice(1)] : [...args];
  return packed.length > 0 ? packed : null;
}

export function releaseReferences(vm: VM, held: PyObject[] | null): void {
  if (held === null) return;
  vm.dropTemporary(held);
  for (const o of held) decref(o);
}

/**
 * _PyStack_UnpackDict's array when slot_tp_new/slot_tp_init pass keywords on: a new reference to the first
 * argument, every positional argument and every keyword value, until the callee returns. Null without keywords.
 */
function keywordCallArray(vm: VM, first: PyObject, args: PyObject[], kwargs: Kwargs): PyObject[] | null {
  return unpackedKeywordCall(vm, [first, ...args], kwargs);
}

/**
 * _PyStack_UnpackDict's array when C code calls a vectorcall callable with a keyword dict (PyObject_Call): new
 * references to the positional arguments and the keyword values until the call returns. Null without keywords.
 */
export function unpackedKeywordCall(vm: VM, positional: readonly PyObject[], kwargs: Kwargs): PyObject[] | null {
  if (kwargs === null || kwargs.size === 0) return null;
  return holdReferences(vm, [...positional, ...kwargs.values()]);
}

/** Resumes a generator with `sent`: what it yields (a new reference), or null when it finished. */
export function* resumeGeneratorOp(vm: VM, gen: PyGenerator, sent: PyObject): NativeOp<PyObject | null> {
  const gf = generatorFrameToResume(gen, sent);
  return gf && ((yield gf) as PyObject | null);
}

/** gen_send_ex2's checks: the generator's frame, given `sent` to resume with; null when it is exhausted. */
function generatorFrameToResume(gen: PyGenerator, sent: PyObject): Frame | null {
  const gf = gen.frame;
  if (!gf) {
    // An exhausted coroutine is an error, an exhausted generator just stops.
    if (gen.kind === GeneratorKind.COROUTINE) throw new NativeRaise('RuntimeError', 'cannot reuse already awaited coroutine');
    return null;
  }
  if (gen.running) throw new NativeRaise('ValueError', `${gen.kindName} already executing`);
  if (gf.pc > 0) gf.stack.push(incref(sent));
  else if (sent !== None) throw new NativeRaise('TypeError', `can't send non-None value to a just-started ${gen.kindName}`);
  return gf;
}

/** The next item of an iterator (a new reference), null once it is exhausted, or what to yield to get it. */
export type ItemOrRequest = PyObject | null | Frame | NativeOp<PyObject | null>;

/**
 * A loop over an iterator's items in a native operation: `let v = nextItem(vm, it); if (isRequest(v)) v = yield v`.
 * A builtin iterator that runs no Python code answers at once; a generator's frame, or a builtin iterator's resumable
 * step (map's), is the request itself, so each item reaches the loop straight rather than through iterNextOp and
 * the generators under it (V8 resumes every generator delegating in between, and each is an allocation per item).
 */
export function nextItem(vm: VM, it: PyObject): ItemOrRequest {
  if (it instanceof PyNativeIterator && it.attrs === null) return it.resumableStep !== null ? it.resumableStep(vm, it) : it.step(vm, it);
  if (isGeneratorIterator(it)) return generatorFrameToResume(it, None);
  return iterNextOp(vm, it);
}

export function isRequest(x: ItemOrRequest): x is Frame | NativeOp<PyObject | null> {
  return x !== null && !(x instanceof PyObject);
}

/**
 * The __next__ of an iterator whose class is written in Python (slot_tp_iternext), else undefined: next() lets its
 * StopIteration propagate as raised and yield from takes its value, where a loop just ends.
 */
export function pythonIteratorNext(it: PyObject): PyObject | undefined {
  if (isGeneratorIterator(it)) return undefined;
  if (it instanceof PyNativeIterator) return pythonNext(it);
  return it instanceof PyInstance ? it.type.lookup('__next__') : undefined;
}

/**
 * SEND's step for an iterator that is no generator: tp_iternext, or its send(value) method when a value other than
 * None was sent. The next item (a new reference), or at its end what its StopIteration carried
 * (_PyGen_FetchStopIterationValue; a new reference, None for a builtin iterator).
 */
export function yieldFromStep(vm: VM, it: PyObject, sent: PyObject, next: PyObject | undefined): PyObject | { returned: PyObject } {
  if (sent === None && !next) return vm.iterNext(it) ?? { returned: incref(None) };
  try {
    if (sent === None) return vm.callMethod(next!, it, []);
    const send = getAttr(vm, it, 'send');
    try {
      return vm.call(send, [sent]);
    } finally {
      decref(send);
    }
  } catch (e) {
    if (!(e instanceof PyRaise) || !e.exc.type.isSubtypeOf(E.StopIteration)) {
      if (vm.matches(e, 'StopIteration')) return { returned: incref(None) };
      throw e;
    }
    const exc = e.exc as PyInstance;
    const returned = incref(exc.exc!.args.items[0] ?? None);
    decref(exc);
    return { returned };
  }
}

/** next(it): a new reference, or null when exhausted (StopIteration from __next__ is consumed). */
export function* iterNextOp(vm: VM, it: PyObject): NativeOp<PyObject | null> {
  if (it instanceof PyNativeIterator && !pythonNext(it)) return yield* nativeIteratorStepOp(vm, it);
  if (isGeneratorIterator(it)) {
    const gf = generatorFrameToResume(it, None);
    return gf && ((yield gf) as PyObject | null);
  }
  if (it instanceof PyInstance || it instanceof PyNativeIterator) {
    const next = it.type.lookup('__next__');
    if (next) {
      try {
        return yield* callMethodOp(vm, next, it, []);
      } catch (e) {
        if (vm.matches(e, 'StopIteration')) return null;
        throw e;
      }
    }
  }
  throw new NativeRaise('TypeError', `'${it.type.name}' object is not an iterator`);
}

/** A builtin iterator's own step (what its __next__ slot does, whatever a subclass defines). */
export function* nativeIteratorStepOp(vm: VM, it: PyNativeIterator): NativeOp<PyObject | null> {
  if (it.resumableStep) return yield* it.resumableStep(vm, it);
  return it.step(vm, it);
}

/** PyIter_Check: an object next() accepts (what iter() and __await__ must return). */
export function isIteratorObject(o: PyObject): boolean {
  return o instanceof PyNativeIterator || isGeneratorIterator(o) || (o instanceof PyInstance && o.type.lookup('__next__') !== undefined);
}

/** The __next__ a Python subclass of a builtin iterator (`class E(enumerate)`) defines, if any. */
export function pythonNext(it: PyNativeIterator): PyObject | undefined {
  return it.attrs !== null ? specialMethod(it, '__next__') : undefined;
}

/** iter(o): a new reference; `__iter__` runs as a frame. */
export function* getIterOp(vm: VM, o: PyObject, notIterableMessage?: string): NativeOp<PyObject> {
  if (hasPythonSpecials(o)) {
    const iterMethod = specialMethod(o, '__iter__');
    if (iterMethod === None) throw new NativeRaise('TypeError', notIterableMessage ?? `'${o.type.name}' object is not iterable`);
    if (iterMethod) {
      const it = yield* callMethodOp(vm, iterMethod, o, []);
      if (!isIteratorObject(it)) {
        const name = it.type.name;
        decref(it);
        throw new NativeRaise('TypeError', `iter() returned non-iterator of type '${name}'`);
      }
      return it;
    }
  }
  return vm.getIter(o, notIterableMessage);
}

/** All items of an iterable as new references, each step resumable. */
export function* collectItemsOp(vm: VM, iterable: PyObject): NativeOp<PyObject[]> {
  if (!mayRunPythonToIterate(iterable)) return vm.collectItems(iterable);
  const it = yield* getIterOp(vm, iterable);
  try {
    return yield* iteratorItemsOp(vm, it);
  } finally {
    decref(it);
  }
}

/** The items left in an iterator (borrowed: the caller's reference is shown as the operation's temporary). */
export function* iteratorItemsOp(vm: VM, it: PyObject): NativeOp<PyObject[]> {
  if (!mayRunPythonToIterate(it)) return vm.collectItems(it);
  const out: PyObject[] = [];
  vm.holdTemporary(it);
  vm.holdTemporary(out);
  try {
    for (;;) {
      let v = nextItem(vm, it);
      if (isRequest(v)) v = (yield v) as PyObject | null;
      if (!v) break;
      out.push(v);
    }
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  } finally {
    vm.dropTemporary(out);
    vm.dropTemporary(it);
  }
  return out;
}

/** Whether iterating `o` may run Python code (a generator, a class's __iter__/__next__, map() and friends). */
export function mayRunPythonToIterate(o: PyObject): boolean {
  // A list, dict... of a Python class iterates natively unless the class defines __iter__.
  if (o.attrs !== null && !(o instanceof PyInstance)) {
    if (specialMethod(o, '__iter__') !== undefined) return true;
    return o instanceof PyNativeIterator && (o.resumableStep !== null || pythonNext(o) !== undefined);
  }
  return hasPythonSpecials(o) || isGeneratorIterator(o) || (o instanceof PyNativeIterator && o.resumableStep !== null);
}

/** Raises StopIteration carrying a finished generator's return value (vm.lastGeneratorResult). */
export function stopIterationFromGenerator(vm: VM): PyRaise {
  const ret = vm.lastGeneratorResult;
  vm.lastGeneratorResult = null;
  if (!ret || ret === None) {
    if (ret) decref(ret);
    return new PyRaise(newException(E.StopIteration, []));
  }
  return new PyRaise(newException(E.StopIteration, [ret]));
}
