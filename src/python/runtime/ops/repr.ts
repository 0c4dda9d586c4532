// repr() and str() of every object kind, with CPython's recursion markers for self-containing containers.

import { osErrorText, unicodeErrorText } from '../exceptionMembers';
import { E } from '../builtinTypes';
import { PyObject } from '../object';
import { PyDict } from '../dict';
import {
  PyBool, PyBoundMethod, PyBuiltinFunction, PyCell, PyEllipsis, PyFloat, PyFunction, PyGenerator,
  PyInstance, PyInt, PyList, PyMethodDescriptor, PyModule, PyNone, PyNotImplemented, PyRange,
  PySet, PySlice, PyStr, PyTuple, PyWeakref, PyWeakProxy, PyCode, PySuper, PyDictView, PyClassAttributeDescriptor, PySlotWrapper,
  PyGetSetDescriptor, PyMappingProxy, PyDescriptorWrapper,
} from '../objects';
import { PyType } from '../types';
import { None, T } from '../builtinTypes';
import { hexAddress } from '../address';
import { floatRepr, intToDecimal, strRepr } from '../../format';
import type { VM } from '../../vm/vm';
import { NativeRaise } from '../../errors';
import { slotsOf } from '../nativeSlots';
import { nested, type NativeOp } from '../../vm/nativeOp';
import { callMethodOp, holdReferences, releaseReferences } from '../../vm/callOps';
import { specialMethod } from './attributeHooks';
import { getAttr } from './attributes';
import { decref } from '../heap';

/** Containers being printed right now (CPython's Py_ReprEnter), to print `[...]` for cycles. */
const reprInProgress = new Set<PyObject>();

function addr(o: PyObject): string {
  return hexAddress(o);
}

/** Modules python3 3.11 imports from its frozen copies (their repr says so). */
const FROZEN_MODULES = new Set(['abc', 'os', 'posixpath']);

export function typeNameOf(o: PyObject): string {
  return o.type.name;
}

/** PyObject_Repr's recursion guard. */
export const GETTING_REPR = ' while getting the repr of an object';
/** PyObject_Str's recursion guard. */
export const GETTING_STR = ' while getting the str of an object';

/** repr(o) as a JS string. */
export function repr(vm: VM, o: PyObject): string {
  return reprLeaf(vm, o) ?? vm.runSync(reprResumable(vm, o));
}

/**
 * The repr of objects that hold nothing to repr in turn (numbers, strings, functions...), or null.
 * Checks PyObject_Repr's guard, which every repr passes.
 */
export function reprLeaf(vm: VM, o: PyObject): string | null {
  const text = reprWithoutGuard(o);
  if (text !== null && vm.depth >= vm.recursionLimit) throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + GETTING_REPR);
  return text;
}

function reprWithoutGuard(o: PyObject): string | null {
  if (o.attrs !== null) return null;
  if (o instanceof PyStr) return strRepr(o.value);
  if (o instanceof PyInt) return intToDecimal(o.value);
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyInstance || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet
    || o instanceof PyBoundMethod || o instanceof PySlice || o instanceof PyDictView || o instanceof PyMappingProxy
    || (o instanceof PyType && o.type.isHeapType)) return null;
  if (o instanceof PyDescriptorWrapper && o.type !== T.property) return null;
  if (o.type.nativeSlots?.repr) return null;
  return simpleRepr(o);
}

/** repr(o) with user __repr__ methods running as frames of the eval loop. */
export function* reprResumable(vm: VM, o: PyObject): NativeOp<string> {
  const leaf = reprLeaf(vm, o);
  if (leaf !== null) return leaf;
  vm.enterRecursiveCall(GETTING_REPR);
  try {
    return yield* reprBody(vm, o);
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** The type's repr itself (tp_repr), without PyObject_Repr's guard: object_str calls it so. */
function* reprBody(vm: VM, o: PyObject): NativeOp<string> {
  const leaf = reprWithoutGuard(o);
  if (leaf !== null) return leaf;
  {
    const method = reprMethodOf(o);
    if (method) return yield* callStrMethod(vm, o, method, '__repr__');
    // A module type's repr (deque, array), unless a Python subclass defines its own.
    const slots = slotsOf(o.type);
    if (slots?.repr && !(o.type.isHeapType && userRepr(o))) return slots.repr(vm, o);
    if (o instanceof PyInstance) return o.exc ? yield* exceptionRepr(vm, o) : objectRepr(o);
    // A list, int... of a Python class without a __repr__: the builtin kind's.
    if (o.attrs !== null) return yield* builtinKindRepr(vm, o);
    if (o instanceof PyType) return simpleRepr(o);
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) return yield* containerRepr(vm, o);
    if (o instanceof PyBoundMethod) {
      const fname = o.func instanceof PyFunction ? o.func.qualname : boundFunctionName(vm, o.func);
      return `<bound method ${fname} of ${yield* nested(reprResumable(vm, o.self))}>`;
    }
    if (o instanceof PySlice) return `slice(${yield* nested(reprResumable(vm, o.start))}, ${yield* nested(reprResumable(vm, o.stop))}, ${yield* nested(reprResumable(vm, o.step))})`;
    if (o instanceof PyMappingProxy) return o.mapping ? `mappingproxy(${yield* nested(reprResumable(vm, o.mapping))})` : 'mappingproxy({})';
    if (o instanceof PyDescriptorWrapper) return yield* descriptorWrapperRepr(vm, o);
    return yield* dictViewRepr(vm, o as PyDictView);
  }
}

/** dictview_repr: Py_ReprEnter on the view ("..." when it contains itself), then the list of its items. */
function* dictViewRepr(vm: VM, view: PyDictView): NativeOp<string> {
  if (reprInProgress.has(view)) return '...';
  vm.hidden.reprEnter();
  reprInProgress.add(view);
  try {
    const parts: string[] = [];
    for (const e of view.dict ? [...view.dict.map.values()] : []) {
      if (view.kind === 'keys') parts.push(yield* nested(reprResumable(vm, e.key)));
      else if (view.kind === 'values') parts.push(yield* nested(reprResumable(vm, e.value)));
      else parts.push(`(${yield* nested(reprResumable(vm, e.key))}, ${yield* nested(reprResumable(vm, e.value))})`);
    }
    return `${view.type.name}([${parts.join(', ')}])`;
  } finally {
    reprInProgress.delete(view);
  }
}

/** type_repr: module and qualname, or tp_name when the module is 'builtins' or (a class's `__module__`) not a str. */
function typeRepr(t: PyType): string {
  let module: string | null = t.module;
  if (t.isHeapType && !t.nameIsDotted) {
    const own = t.dict.getStr('__module__');
    module = own instanceof PyStr ? own.value : null;
  }
  return module !== null && module !== 'builtins' ? `<class '${module}.${t.qualname}'>` : `<class '${t.name}'>`;
}

/** The repr of objects whose repr involves no other object's. */
function simpleRepr(o: PyObject): string {
  if (o instanceof PyType) return typeRepr(o);
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${addr(o)}>`;
  if (o instanceof PyClassAttributeDescriptor) {
    const owner = o.owner?.name ?? '?';
    return o.type === T.member_descriptor ? `<member '${o.name}' of '${owner}' objects>` : `<attribute '${o.name}' of '${owner}' objects>`;
  }
  if (o instanceof PyBuiltinFunction) {
    if (o.type === T.method_wrapper) return `<method-wrapper '${o.name}' of ${o.self!.type.name} object at ${addr(o.self!)}>`;
    return o.self ? `<built-in method ${o.name} of ${o.self.type.name} object at ${addr(o.self)}>` : `<built-in function ${o.name}>`;
  }
  if (o instanceof PySlotWrapper) return `<slot wrapper '${o.name}' of '${o.owner.name}' objects>`;
  if (o instanceof PyMethodDescriptor) return `<method '${o.name}' of '${o.owner.name}' objects>`;
  if (o instanceof PyGetSetDescriptor) return `<${o.type === T.member_descriptor ? 'member' : 'attribute'} '${o.name}' of '${o.owner.name}' objects>`;
  if (o instanceof PyRange) {
    return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  }
  // python3 has abc, os and posixpath frozen into the interpreter; the others we have are built in or files.
  if (o instanceof PyModule) {
    if (o.madeByProgram) {
      // importlib's _module_repr without loader or spec: the dict's __name__ ('?' without one), and __file__.
      const name = o.dict.getStr('__name__');
      const file = o.dict.getStr('__file__');
      const shown = name instanceof PyStr ? name.value : '?';
      return file instanceof PyStr ? `<module '${shown}' from '${file.value}'>` : `<module '${shown}'>`;
    }
    // _module_repr_from_spec: a file's path, or a namespace package's loader.
    if (o.loadedFrom) return `<module '${o.name}' from '${o.loadedFrom}'>`;
    if (o.loadedFrom === null) {
      const loader = o.dict.getStr('__loader__');
      return loader ? `<module '${o.name}' (<_frozen_importlib_external.${loader.type.name} object at ${addr(loader)}>)>` : `<module '${o.name}'>`;
    }
    return `<module '${o.name}' (${FROZEN_MODULES.has(o.name) ? 'frozen' : 'built-in'})>`;
  }
  if (o instanceof PyGenerator) return `<${o.type.name} object ${o.qualname} at ${addr(o)}>`;
  if (o instanceof PyCell) return `<cell at ${addr(o)}: ${o.contents ? `${o.contents.type.name} object at ${addr(o.contents)}` : 'empty'}>`;
  if (o instanceof PyWeakProxy) {
    // proxy_repr: a dead proxy's referent reads as None.
    const target = o.target ?? None;
    return `<weakproxy at ${addr(o)} to ${target.type.name} at ${addr(target)}>`;
  }
  if (o instanceof PyWeakref) {
    return o.target ? `<weakref at ${addr(o)}; to '${o.target.type.name}' at ${addr(o.target)}>` : `<weakref at ${addr(o)}; dead>`;
  }
  if (o instanceof PyEllipsis) return 'Ellipsis';
  if (o instanceof PyNotImplemented) return 'NotImplemented';
  if (o instanceof PyCode) return `<code object ${o.code.name} at ${addr(o)}, file "${o.code.filename}", line ${o.code.firstLine}>`;
  if (o instanceof PySuper) {
    // super_repr names supercheck's type: the object's class, or the object itself when it is a subclass.
    const objType = o.obj instanceof PyType && o.obj.isSubtypeOf(o.thisType) ? o.obj : o.obj.type;
    return `<super: <class '${o.thisType.name}'>, <${objType.name} object>>`;
  }
  return `<${o.type.name} object at ${addr(o)}>`;
}

/** A __repr__ a Python class defines (which wins over its native base's). */
function userRepr(o: PyObject): boolean {
  const method = o.type.lookup('__repr__');
  return method !== undefined && !(method instanceof PyMethodDescriptor);
}

/**
 * The Python method PyObject_Repr calls for o, whose result it hands back: the class's __repr__ (a class made by
 * a Python metaclass: the metaclass's). Null when a builtin repr makes the text.
 */
export function reprMethodOf(o: PyObject): PyObject | null {
  const slots = slotsOf(o.type);
  if (slots?.repr && !(o.type.isHeapType && userRepr(o))) return null;
  if (o instanceof PyInstance) {
    const method = o.type.lookup('__repr__');
    return method && !(method instanceof PyMethodDescriptor && method.owner === T.object) ? method : null;
  }
  if (o.attrs !== null) return specialMethod(o, '__repr__') ?? null;
  if (o instanceof PyType) {
    const method = o.type.lookup('__repr__');
    return method && !(method instanceof PyMethodDescriptor) ? method : null;
  }
  return null;
}

/**
 * The Python method PyObject_Str calls for o, whose result it hands back: the class's __str__, or the __repr__
 * that object_str calls (str and bytes have a str of their own, an exception its args'). Null otherwise.
 */
export function strMethodOf(o: PyObject): PyObject | null {
  if (o instanceof PyInstance) {
    const method = o.type.lookup('__str__');
    if (method && !(method instanceof PyMethodDescriptor)) return method;
    return !o.exc && userRepr(o) ? o.type.lookup('__repr__')! : null;
  }
  if (o instanceof PyType) {
    // A class's str is its metaclass's __str__ when it has one, else its repr (object_str).
    const method = o.type.lookup('__str__');
    return method && !(method instanceof PyMethodDescriptor) ? method : reprMethodOf(o);
  }
  if (o.attrs === null) return null;
  const method = specialMethod(o, '__str__');
  if (method) return method;
  return o instanceof PyStr || o.type.isSubtypeOf(T.bytes) ? null : reprMethodOf(o);
}

function* exceptionRepr(vm: VM, o: PyInstance): NativeOp<string> {
  const args = o.exc!.args.items;
  if (args.length === 1) return `${o.type.name}(${yield* nested(reprResumable(vm, args[0]))})`;
  const parts: string[] = [];
  for (const a of args) parts.push(yield* nested(reprResumable(vm, a)));
  return `${o.type.name}(${parts.join(', ')})`;
}

function* callStrMethod(vm: VM, self: PyObject, method: PyObject, name: string): NativeOp<string> {
  const result = yield* callStrMethodObject(vm, self, method, name);
  try {
    return result.value;
  } finally {
    vm.decref(result);
  }
}

/** A __str__ or __repr__ called: the str it returned (a new reference), checked as PyObject_Str and PyObject_Repr do. */
export function* callStrMethodObject(vm: VM, self: PyObject, method: PyObject, name: string): NativeOp<PyStr> {
  const result = yield* callMethodOp(vm, method, self, []);
  if (result instanceof PyStr) return result;
  vm.decref(result);
  throw new NativeRaise('TypeError', `${name} returned non-string (type ${result.type.name})`);
}

function* containerRepr(vm: VM, o: PyList | PyTuple | PyDict | PySet): NativeOp<string> {
  if (reprInProgress.has(o)) {
    if (o instanceof PyList) return '[...]';
    if (o instanceof PyDict) return '{...}';
    if (o instanceof PyTuple) return '(...)';
    return `${o.type.name}(...)`;
  }
  // CPython returns early for empty lists and tuples; dicts and sets (set_repr: even an empty one) always enter.
  const empty = o instanceof PyDict || o instanceof PySet ? false : o.items.length === 0;
  if (!empty) vm.hidden.reprEnter();
  reprInProgress.add(o);
  try {
    const itemRepr = function* (x: PyObject): NativeOp<string> {
      const leaf = reprLeaf(vm, x);
      return leaf !== null ? leaf : yield* nested(reprResumable(vm, x));
    };
    if (o instanceof PyList || o instanceof PyTuple) {
      const parts: string[] = [];
      // A list is re-read at each step: __repr__ of an item may change it. list_repr borrows the item (its
      // __repr__'s frame holds it).
      for (let i = 0; i < o.items.length; i++) parts.push(yield* itemRepr(o.items[i]));
      if (o instanceof PyList) return '[' + parts.join(', ') + ']';
      if (parts.length === 1) return '(' + parts[0] + ',)';
      return '(' + parts.join(', ') + ')';
    }
    if (o instanceof PyDict) {
      const parts: string[] = [];
      for (const e of [...o.map.values()]) {
        // dict_repr holds the key and the value while either repr runs: a __repr__ may change the dict.
        const held = holdReferences(vm, [e.key, e.value]);
        try {
          parts.push((yield* itemRepr(e.key)) + ': ' + (yield* itemRepr(e.value)));
        } finally {
          releaseReferences(vm, held);
        }
      }
      return '{' + parts.join(', ') + '}';
    }
    // set_repr takes a list of the items (PySequence_List), which holds them while their reprs run.
    const held = holdReferences(vm, [...o.ordered()]);
    const items: string[] = [];
    try {
      for (const x of held) items.push(yield* itemRepr(x));
    } finally {
      releaseReferences(vm, held);
    }
    // set_repr: a subclass's instances show their class's name around the braces.
    if (o.type.isHeapType) return items.length === 0 ? `${o.type.name}()` : `${o.type.name}({${items.join(', ')}})`;
    if (o.frozen) return items.length === 0 ? 'frozenset()' : 'frozenset({' + items.join(', ') + '})';
    return items.length === 0 ? 'set()' : '{' + items.join(', ') + '}';
  } finally {
    reprInProgress.delete(o);
  }
}

/** The builtin kind's own repr of an object whose class may be a Python one (what `list.__repr__(x)` gives). */
export function* builtinKindRepr(vm: VM, o: PyObject): NativeOp<string> {
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) return yield* containerRepr(vm, o);
  if (o instanceof PyStr) return strRepr(o.value);
  if (o instanceof PyInt) return intToDecimal(o.value);
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyDescriptorWrapper) return yield* descriptorWrapperRepr(vm, o);
  // Kinds with object's repr (enumerate, map...): reprBody would come back here for a subclass's instance.
  if (o.attrs !== null && !(o instanceof PyInstance) && !slotsOf(o.type)?.repr) return objectRepr(o);
  return yield* reprBody(vm, o);
}

/** object_repr: `<module.Class object at 0x...>`, the module left out for builtins. */
function objectRepr(o: PyObject): string {
  const t = o.type;
  return t.isHeapType && t.module !== 'builtins' ? `<${t.module}.${t.qualname} object at ${addr(o)}>` : `<${t.name} object at ${addr(o)}>`;
}

/** cm_repr and sm_repr name the builtin (a subclass's too); a property has object's repr. */
function* descriptorWrapperRepr(vm: VM, o: PyDescriptorWrapper): NativeOp<string> {
  for (const kind of [T.classmethod, T.staticmethod]) {
    if (o.type.isSubtypeOf(kind)) return `<${kind.name}(${yield* nested(reprResumable(vm, o.wrapped[0] ?? None))})>`;
  }
  return objectRepr(o);
}

/** str(o) as a JS string. */
export function str(vm: VM, o: PyObject): string {
  if (o instanceof PyStr && o.attrs === null) return o.value;
  return strLeaf(vm, o) ?? vm.runSync(strResumable(vm, o));
}

/** str() of numbers and None (PyObject_Str's guard, then their repr through object_str); null for others. */
export function strLeaf(vm: VM, o: PyObject): string | null {
  if (o.attrs !== null) return null;
  if (o instanceof PyStr) return o.value;
  if (!(o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool || o instanceof PyNone)) return null;
  if (vm.depth >= vm.recursionLimit) throw new NativeRaise('RecursionError', 'maximum recursion depth exceeded' + GETTING_STR);
  return reprWithoutGuard(o);
}

/** str(o) with __str__ and __repr__ methods running as frames. */
export function* strResumable(vm: VM, o: PyObject): NativeOp<string> {
  if (o instanceof PyStr && o.attrs === null) return o.value;
  const leaf = strLeaf(vm, o);
  if (leaf !== null) return leaf;
  vm.enterRecursiveCall(GETTING_STR);
  try {
    // object_str returns what the class's __repr__ returns unchecked: PyObject_Str names __str__ if it is no str.
    const method = strMethodOf(o);
    if (method) return yield* callStrMethod(vm, o, method, '__str__');
    if (o instanceof PyInstance) {
      if (o.exc) return yield* exceptionStrResumable(vm, o);
    } else if (o.attrs !== null) {
      // A str of a Python class is its own text unless the class defines __str__ (or __repr__, which object_str uses).
      if (o instanceof PyStr) return o.value;
      // bytes_str is bytes' own repr, whatever __repr__ a subclass defines.
      const bytesRepr = o.type.isSubtypeOf(T.bytes) ? T.bytes.nativeSlots?.repr : undefined;
      if (bytesRepr) return bytesRepr(vm, o);
    }
    // proxy_str: the str of the referent.
    if (o instanceof PyWeakProxy) {
      if (!o.target) throw new NativeRaise('ReferenceError', 'weakly-referenced object no longer exists');
      return yield* nested(strResumable(vm, o.target));
    }
    // mappingproxy_str: the str of the mapping it shows.
    if (o instanceof PyMappingProxy && o.mapping) return yield* nested(strResumable(vm, o.mapping));
    // object_str calls the type's repr directly (no second guard).
    return yield* nested(reprBody(vm, o));
  } finally {
    vm.leaveRecursiveCall();
  }
}

/** SyntaxError_str: "msg (file.py, line 3)" when the filename (a str, shown by its last part) or lineno is known. */
function* syntaxErrorStr(vm: VM, members: Map<string, PyObject>): NativeOp<string | null> {
  const filenameObj = members.get('filename');
  const filename = filenameObj instanceof PyStr ? filenameObj.value.slice(filenameObj.value.lastIndexOf('/') + 1) : null;
  const lineno = members.get('lineno');
  const hasLine = lineno instanceof PyInt && lineno.type === T.int;
  const msgObj = members.get('msg') ?? None;
  if (filename === null && !hasLine) return yield* nested(strResumable(vm, msgObj));
  const msg = yield* nested(strResumable(vm, msgObj));
  if (filename !== null && hasLine) return `${msg} (${filename}, line ${lineno.value})`;
  return filename !== null ? `${msg} (${filename})` : `${msg} (line ${(lineno as PyInt).value})`;
}

/** str() of an exception: '' for no args, str(arg) for one, the args tuple's repr otherwise; KeyError shows repr. */
export function exceptionStr(vm: VM, o: PyInstance): string {
  return vm.runSync(exceptionStrResumable(vm, o));
}

export function* exceptionStrResumable(vm: VM, o: PyInstance): NativeOp<string> {
  const args = o.exc!.args.items;
  const members = o.exc!.members;
  const groupMessage = members?.get('message');
  if (groupMessage && o.type.isSubtypeOf(E.BaseExceptionGroup)) {
    // BaseExceptionGroup_str: "message (n sub-exceptions)".
    const n = (members!.get('exceptions') as PyTuple).items.length;
    return `${yield* nested(strResumable(vm, groupMessage))} (${n} sub-exception${n > 1 ? 's' : ''})`;
  }
  if (members && o.type.isSubtypeOf(E.SyntaxError)) {
    const text = yield* syntaxErrorStr(vm, members);
    if (text !== null) return text;
  }
  if (members && o.type.isSubtypeOf(E.OSError)) {
    const text = osErrorText(o, (x) => repr(vm, x), (x) => str(vm, x));
    if (text !== null) return text;
  }
  if (args.length === 5 || args.length === 4) {
    const text = unicodeErrorText(o, (x) => str(vm, x));
    if (text !== null) return text;
  }
  if (args.length === 0) return '';
  if (args.length === 1) {
    if (o.type.isSubtypeOf(vm.exceptionType('KeyError'))) return yield* nested(reprResumable(vm, args[0]));
    return yield* nested(strResumable(vm, args[0]));
  }
  return yield* nested(reprResumable(vm, o.exc!.args));
}

/** method_repr's name of a bound callable that is no Python function: its __qualname__, else __name__, else '?'. */
function boundFunctionName(vm: VM, func: PyObject): string {
  for (const attribute of ['__qualname__', '__name__']) {
    try {
      const name = getAttr(vm, func, attribute);
      const text = name instanceof PyStr ? name.value : null;
      decref(name);
      if (text !== null) return text;
    } catch (e) {
      if (!vm.matches(e, 'AttributeError')) throw e;
    }
  }
  return '?';
}
