// repr() and str() of every object kind, with CPython's recursion markers for self-containing containers.

import { PyObject } from '../object';
import { PyDict } from '../dict';
import {
  PyBool, PyBoundMethod, PyBuiltinFunction, PyCell, PyDescriptorWrapper, PyEllipsis, PyFloat, PyFunction, PyGenerator,
  PyInstance, PyInt, PyList, PyMethodDescriptor, PyModule, PyNativeIterator, PyNone, PyNotImplemented, PyRange,
  PySet, PySlice, PyStr, PyTuple, PyWeakref, PyCode, PySuper, PyDictView, PyClassAttributeDescriptor, PySlotWrapper,
  PyGetSetDescriptor, PyMappingProxy,
} from '../objects';
import { PyType } from '../types';
import { T } from '../builtinTypes';
import { hexAddress } from '../address';
import { floatRepr, intToDecimal, strRepr } from '../../format';
import type { VM } from '../../vm/vm';
import { NativeRaise } from '../../errors';

/** Containers being printed right now (CPython's Py_ReprEnter), to print `[...]` for cycles. */
const reprInProgress = new Set<PyObject>();

function addr(o: PyObject): string {
  return hexAddress(o);
}

export function typeNameOf(o: PyObject): string {
  return o.type.name;
}

/** repr(o) as a JS string. */
export function repr(vm: VM, o: PyObject): string {
  if (o instanceof PyStr) return strRepr(o.value);
  if (o instanceof PyInt) return intToDecimal(o.value);
  if (o instanceof PyBool) return o.value ? 'True' : 'False';
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyInstance) return instanceRepr(vm, o);
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) return containerRepr(vm, o);
  if (o instanceof PyType) return o.isHeapType ? `<class '${o.module}.${o.qualname}'>` : `<class '${o.name}'>`;
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
  if (o instanceof PyBoundMethod) {
    const fname = o.func instanceof PyFunction ? o.func.qualname : '?';
    return `<bound method ${fname} of ${repr(vm, o.self)}>`;
  }
  if (o instanceof PyRange) {
    return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  }
  if (o instanceof PySlice) return `slice(${repr(vm, o.start)}, ${repr(vm, o.stop)}, ${repr(vm, o.step)})`;
  if (o instanceof PyModule) return `<module '${o.name}' (built-in)>`;
  if (o instanceof PyGenerator) return `<generator object ${o.qualname} at ${addr(o)}>`;
  if (o instanceof PyCell) return `<cell at ${addr(o)}: ${o.contents ? `${o.contents.type.name} object at ${addr(o.contents)}` : 'empty'}>`;
  if (o instanceof PyWeakref) {
    return o.target ? `<weakref at ${addr(o)}; to '${o.target.type.name}' at ${addr(o.target)}>` : `<weakref at ${addr(o)}; dead>`;
  }
  if (o instanceof PyDictView) {
    // dictview_repr: Py_ReprEnter on the view ("..." when it contains itself), then the list of its items.
    if (reprInProgress.has(o)) return '...';
    vm.hidden.reprEnter();
    reprInProgress.add(o);
    try {
      const d = o.dict;
      const entries = d ? [...d.map.values()] : [];
      const parts = entries.map((e) => (o.kind === 'keys' ? repr(vm, e.key) : o.kind === 'values' ? repr(vm, e.value) : `(${repr(vm, e.key)}, ${repr(vm, e.value)})`));
      return `${o.type.name}([${parts.join(', ')}])`;
    } finally {
      reprInProgress.delete(o);
    }
  }
  if (o instanceof PyMappingProxy) return o.mapping ? `mappingproxy(${repr(vm, o.mapping)})` : 'mappingproxy({})';
  if (o instanceof PyEllipsis) return 'Ellipsis';
  if (o instanceof PyNotImplemented) return 'NotImplemented';
  if (o instanceof PyCode) return `<code object ${o.code.name} at ${addr(o)}, file "${o.code.filename}", line ${o.code.firstLine}>`;
  if (o instanceof PySuper) return `<super: <class '${o.thisType.name}'>, <${o.obj.type.name} object>>`;
  if (o instanceof PyDescriptorWrapper || o instanceof PyNativeIterator) return `<${o.type.name} object at ${addr(o)}>`;
  return `<${o.type.name} object at ${addr(o)}>`;
}

function instanceRepr(vm: VM, o: PyInstance): string {
  const method = o.type.lookup('__repr__');
  if (method && !(method instanceof PyMethodDescriptor)) return callStrMethod(vm, o, method, '__repr__');
  if (o.exc) return exceptionRepr(vm, o);
  const t = o.type;
  return `<${t.module}.${t.qualname} object at ${addr(o)}>`;
}

function exceptionRepr(vm: VM, o: PyInstance): string {
  const args = o.exc!.args.items;
  if (args.length === 1) return `${o.type.name}(${repr(vm, args[0])})`;
  return `${o.type.name}(${args.map((a) => repr(vm, a)).join(', ')})`;
}

function callStrMethod(vm: VM, self: PyObject, method: PyObject, name: string): string {
  const result = vm.callMethod(method, self, []);
  try {
    if (!(result instanceof PyStr)) throw new NativeRaise('TypeError', `${name} returned non-string (type ${result.type.name})`);
    return result.value;
  } finally {
    vm.decref(result);
  }
}

function containerRepr(vm: VM, o: PyList | PyTuple | PyDict | PySet): string {
  if (reprInProgress.has(o)) {
    if (o instanceof PyList) return '[...]';
    if (o instanceof PyDict) return '{...}';
    if (o instanceof PyTuple) return '(...)';
    return `${o.type.name}(...)`;
  }
  // CPython returns early for empty lists, tuples and sets; dicts always enter.
  const empty = o instanceof PyDict ? false : o instanceof PySet ? o.size === 0 : o.items.length === 0;
  if (!empty) vm.hidden.reprEnter();
  reprInProgress.add(o);
  try {
    if (o instanceof PyList) return '[' + o.items.map((x) => repr(vm, x)).join(', ') + ']';
    if (o instanceof PyTuple) {
      if (o.items.length === 1) return '(' + repr(vm, o.items[0]) + ',)';
      return '(' + o.items.map((x) => repr(vm, x)).join(', ') + ')';
    }
    if (o instanceof PyDict) {
      const parts: string[] = [];
      for (const e of [...o.map.values()]) parts.push(repr(vm, e.key) + ': ' + repr(vm, e.value));
      return '{' + parts.join(', ') + '}';
    }
    const items = o.ordered().map((x) => repr(vm, x));
    if (o.frozen) return items.length === 0 ? 'frozenset()' : 'frozenset({' + items.join(', ') + '})';
    return items.length === 0 ? 'set()' : '{' + items.join(', ') + '}';
  } finally {
    reprInProgress.delete(o);
  }
}

/** str(o) as a JS string. */
export function str(vm: VM, o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  if (o instanceof PyFloat) return floatRepr(o.value);
  if (o instanceof PyInstance) {
    const method = o.type.lookup('__str__');
    if (method && !(method instanceof PyMethodDescriptor)) return callStrMethod(vm, o, method, '__str__');
    if (o.exc) return exceptionStr(vm, o);
  }
  return repr(vm, o);
}

/** str() of an exception: '' for no args, str(arg) for one, the args tuple's repr otherwise; KeyError shows repr. */
export function exceptionStr(vm: VM, o: PyInstance): string {
  const args = o.exc!.args.items;
  if (args.length === 0) return '';
  if (args.length === 1) {
    if (o.type.isSubtypeOf(vm.exceptionType('KeyError'))) return repr(vm, args[0]);
    return str(vm, args[0]);
  }
  return repr(vm, o.exc!.args);
}
