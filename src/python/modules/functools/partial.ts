// functools.partial as CPython's C type (_functools.partial): func/args/keywords members, a partial of a
// partial flattened, keywords merged on each call, the repr, __reduce__/__setstate__, and no frame of its own.

import { ownDict, setOwnDictAttribute } from './ownDict';
import { NativeRaise } from '../../errors';
import { PyObject, PyGcObject } from '../../runtime/object';
import { PyDict } from '../../runtime/dict';
import { PyStr, PyTuple } from '../../runtime/objects';
import { PyType } from '../../runtime/types';
import { None, T, makeShared } from '../../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../../runtime/heap';
import { newDict, newStr, newTuple } from '../../runtime/factory';
import { dictSetStr } from '../../runtime/containers';
import { dictCopy, dictUpdate } from '../../runtime/dictMerge';
import { tupleFreeList, type FreeListKind } from '../../runtime/freeLists';
import { clearAttributes, traverseAttributes } from '../../runtime/instanceAttributes';
import { repr, str } from '../../runtime/ops/repr';
import { defineMethods, NOARGS, O, setTypeAttribute } from '../../builtins/define';
import { defineGetSets, defineNew, defineSlots, slot } from '../../builtins/slotWrappers';
import { isCallable } from '../../builtins/callingBuiltins';
import { builtinNew, genericAliasClassGetItem } from '../../builtins/objectSlots';
import { attachInstanceAttributes, subclassConstructors } from '../../builtins/subclassInstances';
import { callRequest, holdPackedArguments, releaseReferences, unpackedKeywordCall } from '../../vm/callOps';
import type { NativeOp } from '../../vm/nativeOp';
import type { VM } from '../../vm/vm';
import { nativeType, once } from '../nativeType';

type Kwargs = Map<string, PyObject> | null;

/** sizeof(partialobject) with its GC header: fn, args, kw, dict, weakreflist, vectorcall. */
const PARTIAL_SIZE = 80;

export class PyPartial extends PyGcObject {
  /** The instance __dict__ of a plain partial, made on first use (a subclass instance keeps its attributes in attrs). */
  dict: PyDict | null = null;

  constructor(type: PyType, public fn: PyObject | null, public args: PyTuple | null, public kw: PyDict | null) {
    super(type);
  }

  override get isGcType(): boolean {
    return true;
  }

  traverse(visit: (target: PyObject, label: string) => void): void {
    if (this.fn) visit(this.fn, 'func');
    if (this.args) visit(this.args, 'args');
    if (this.kw) visit(this.kw, 'keywords');
    if (this.dict) visit(this.dict, '__dict__');
    if (this.attrs) traverseAttributes(this, this.attrs, visit);
  }

  clear(release: (target: PyObject) => void): void {
    const refs = [this.fn, this.args, this.kw, this.dict];
    this.fn = this.args = this.kw = this.dict = null;
    for (const r of refs) if (r) release(r);
    if (clearAttributes(this, release)) release(this.type);
  }

  /** Whether the partial has an instance dict with something in it (partial_new flattens only those without). */
  hasDict(): boolean {
    if (this.attrs) return (this.attrs.dict?.map.size ?? 0) > 0 || this.attrs.dict?.materialized === true;
    return this.dict !== null;
  }
}

/** The members that hold a reference (None once the collector cleared them). */
function member(get: (p: PyPartial) => PyObject | null) {
  return (_vm: VM, self: PyObject) => incref(get(self as PyPartial) ?? None);
}

/** partial_new: `type(func, *args, **keywords)`; the keyword dict the call packed is the new partial's. */
function newPartial(vm: VM, type: PyType, args: PyObject[], kwargs: Kwargs): PyObject {
  if (args.length < 1) throw new NativeRaise('TypeError', "type 'partial' takes at least one argument");
  let func = args[0];
  if (!isCallable(func)) throw new NativeRaise('TypeError', 'the first argument must be callable');
  let innerArgs: PyTuple | null = null;
  let innerKw: PyDict | null = null;
  // A partial called through partial's own __call__ and without a __dict__ is unwrapped.
  if (func instanceof PyPartial && func.type.lookup('__call__') === partialType().dict.getStr('__call__') && !func.hasDict()) {
    innerArgs = func.args;
    innerKw = func.kw;
    func = func.fn!;
  }
  const given = newTuple(args.slice(1).map((a) => incref(a)));
  let partialArgs = given;
  if (innerArgs && innerArgs.items.length > 0) {
    // tupleconcat: an empty side gives the other tuple itself.
    partialArgs = given.items.length === 0 ? incref(innerArgs) : newTuple([...innerArgs.items, ...given.items].map((a) => incref(a)));
    if (partialArgs !== given) decref(given);
  }
  let kw: PyDict;
  if (!innerKw || innerKw.map.size === 0) {
    kw = newDict();
    for (const [k, v] of kwargs ?? []) dictSetStr(kw, k, v);
  } else {
    // The packed keyword dict is a temporary here: the partial gets a copy of the inner one, updated.
    const packed = kwargs && kwargs.size > 0 ? [vm.hidden.allocate('dict')] : [];
    kw = dictCopy(vm, innerKw);
    for (const [k, v] of kwargs ?? []) dictSetStr(kw, k, v);
    vm.hidden.release(packed);
  }
  const heap = activeHeap();
  const self = new PyPartial(type, incref(func), partialArgs, kw);
  if (type.isHeapType) {
    attachInstanceAttributes(self, type);
    incref(type);
  }
  heap.register(self);
  heap.track(self);
  return self;
}

/**
 * partial_vectorcall: with no stored keywords the function gets the stored and the given arguments on a
 * C stack (nothing allocated); otherwise partial_call, after _PyObject_MakeTpCall packed the call.
 */
function* partialCall(vm: VM, o: PyObject, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  const self = o as PyPartial;
  const fn = self.fn ?? None;
  const stored = self.args?.items ?? [];
  const kw = self.kw;
  if (!kw || kw.map.size === 0) return (yield callRequest(vm, fn, [...stored, ...args], kwargs)) as PyObject;
  const hidden: FreeListKind[] = [];
  // _PyObject_MakeTpCall's argument tuple and keyword dict.
  if (args.length > 0) hidden.push(vm.hidden.allocate(tupleFreeList(args.length)));
  if (kwargs && kwargs.size > 0) hidden.push(vm.hidden.allocate('dict'));
  // partial_call: a copy of the stored keywords (a function taking **kwargs may change it), updated with the
  // call's, and the stored arguments concatenated with the given ones.
  const merged = dictCopy(vm, kw);
  for (const [k, v] of kwargs ?? []) dictSetStr(merged, k, v);
  const mergedArgs = stored.length > 0 && args.length > 0 ? newTuple([...stored, ...args].map((a) => incref(a))) : null;
  const keywords = new Map<string, PyObject>();
  for (const e of merged.map.values()) keywords.set((e.key as PyStr).value, e.value);
  // PyObject_Call of a vectorcall callable turns the dict back into keyword names (_PyStack_UnpackDict).
  hidden.push(vm.hidden.allocate(tupleFreeList(keywords.size)));
  const held: PyObject[] = mergedArgs ? [merged, mergedArgs] : [merged];
  vm.holdTemporary(held);
  const packed = holdPackedArguments(vm, args, kwargs);
  const positional = [...stored, ...args];
  const unpacked = unpackedKeywordCall(vm, positional, keywords);
  try {
    return (yield callRequest(vm, fn, positional, keywords)) as PyObject;
  } finally {
    releaseReferences(vm, unpacked);
    releaseReferences(vm, packed);
    vm.dropTemporary(held);
    vm.hidden.release(hidden);
    for (const h of held) decref(h);
  }
}

/** Partials being printed right now: one inside its own arguments prints as "...". */
const printing = new Set<PyObject>();

/** partial_repr: `functools.partial(f, 1, b=2)`, the type's tp_name first (a subclass's own name). */
function partialRepr(vm: VM, o: PyObject): string {
  const self = o as PyPartial;
  if (printing.has(self)) return '...';
  vm.hidden.reprEnter();
  printing.add(self);
  // Held while Python __repr__ methods run (one may clear the partial's state), and shown to snapshots.
  const held: PyObject[] = [self.fn ?? None, self.args ?? None, self.kw ?? None].map((x) => incref(x));
  vm.holdTemporary(held);
  try {
    let argList = '';
    for (const a of self.args?.items.slice() ?? []) argList += `, ${repr(vm, a)}`;
    for (const e of self.kw ? [...self.kw.map.values()] : []) argList += `, ${str(vm, e.key)}=${repr(vm, e.value)}`;
    return `${self.type.name}(${repr(vm, self.fn ?? None)}${argList})`;
  } finally {
    printing.delete(self);
    vm.dropTemporary(held);
    for (const h of held) decref(h);
  }
}

/** The instance __dict__ of a plain partial, made on first use (PyObject_GenericGetDict). */
function setAttribute(vm: VM, o: PyObject, name: string, value: PyObject | null): boolean {
  const self = o as PyPartial;
  if (self.attrs) return false;
  if (name === 'func' || name === 'args' || name === 'keywords') throw new NativeRaise('AttributeError', 'readonly attribute');
  return setOwnDictAttribute(vm, self, name, value);
}

/** partial_reduce: `(type, (func,), (func, args, keywords, __dict__ or None))`. */
function reducePartial(_vm: VM, args: PyObject[]): PyObject {
  const self = args[0] as PyPartial;
  const dict = self.attrs ? self.attrs.dict : self.dict;
  const fn = self.fn ?? None;
  const state = newTuple([incref(fn), incref(self.args ?? None), incref(self.kw ?? None), incref(dict && dict.map.size > 0 ? dict : None)]);
  return newTuple([incref(self.type), newTuple([incref(fn)]), state]);
}

/** partial_setstate: the four-item state __reduce__ gives (copy and pickle restore a partial with it). */
function setState(vm: VM, args: PyObject[]): PyObject {
  const self = args[0] as PyPartial;
  const state = args[1];
  if (!(state instanceof PyTuple)) throw new NativeRaise('TypeError', 'argument to __setstate__ must be a tuple');
  if (state.items.length !== 4) throw new NativeRaise('TypeError', `expected 4 items in state, got ${state.items.length}`);
  const [fn, fnArgs, kw, dict] = state.items;
  if (!isCallable(fn) || !(fnArgs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) {
    throw new NativeRaise('TypeError', 'invalid partial state');
  }
  const newArgs = fnArgs.type === T.tuple ? incref(fnArgs) : newTuple(fnArgs.items.map((a) => incref(a)));
  let newKw: PyDict;
  if (kw === None) newKw = newDict();
  else if (kw.type === T.dict) newKw = incref(kw as PyDict);
  else {
    newKw = newDict();
    dictUpdate(vm, newKw, kw as PyDict);
  }
  const old = [self.fn, self.args, self.kw];
  self.fn = incref(fn);
  self.args = newArgs;
  self.kw = newKw;
  if (!self.attrs) {
    const oldDict = self.dict;
    self.dict = dict === None ? null : incref(dict as PyDict);
    if (oldDict) decref(oldDict);
  }
  for (const r of old) if (r) decref(r);
  return incref(None);
}

const PARTIAL_DOC = 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n';

export const partialType = once((): PyType => {
  const type = nativeType('partial', 'functools', {
    subclassable: true,
    packsArguments: true,
    keepsPackedKeywords: true,
    slots: {
      sizeof: (o) => PARTIAL_SIZE + 8 * o.type.slotLayout.length,
      repr: partialRepr,
      callOp: partialCall,
      attribute: (o, name) => {
        const self = o as PyPartial;
        if (self.attrs) return null;
        if (name === '__dict__') return incref(ownDict(self));
        const v = self.dict?.getStr(name);
        return v ? incref(v) : null;
      },
      setAttribute,
      instanceDict: (o) => (o as PyPartial).dict,
      weakrefable: true,
    },
  });
  type.hasWeakrefSlot = true;
  type.nativeNew = (vm, args, kwargs) => newPartial(vm, type, args, kwargs);
  subclassConstructors.set(type, (vm, sub, args, kwargs) => newPartial(vm, sub, args, kwargs));
  defineNew(type, builtinNew(type));
  defineSlots(type, {
    __repr__: slot(0, (vm, self) => newStr(partialRepr(vm, self))),
    __call__: {
      arity: 'any', keywords: true, op: partialCall,
      impl: (vm, self, args, kwargs) => vm.runSync(partialCall(vm, self, args, kwargs)),
    },
  });
  defineGetSets(type, {
    func: member((p) => p.fn),
    args: member((p) => p.args),
    keywords: member((p) => p.kw),
  }, true);
  defineMethods(type, {
    __reduce__: [NOARGS, reducePartial],
    __setstate__: [O, setState],
  });
  setTypeAttribute(type, '__class_getitem__', genericAliasClassGetItem());
  defineGetSets(type, { __dict__: (_vm, self) => incref(ownDict(self as PyPartial)) });
  setTypeAttribute(type, '__module__', makeShared(new PyStr(T.str, 'functools')));
  setTypeAttribute(type, '__doc__', makeShared(new PyStr(T.str, PARTIAL_DOC)));
  return type;
});
