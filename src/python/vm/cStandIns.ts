// Python code of ours that stands in for what CPython writes in C (OrderedDict, defaultdict): like a C
// function, it leaves no line in a traceback and makes no traceback or frame object when an error passes.

import { addCodeTree, type CodeObject } from '../bytecode/code';
import { PyObject } from '../runtime/object';
import { PyDescriptorWrapper, PyFunction } from '../runtime/callables';
import { PyType } from '../runtime/types';

const standIns = new WeakSet<CodeObject>();

/** Whether a frame running `code` is invisible to tracebacks. */
export function isCStandIn(code: CodeObject): boolean {
  return standIns.has(code);
}

/** Marks a function, or every function, classmethod and staticmethod a class defines, as C code. */
export function markCStandIn(o: PyObject): void {
  if (o instanceof PyFunction) addCodeTree(standIns, o.code.code);
  else if (o instanceof PyDescriptorWrapper) o.wrapped.forEach(markCStandIn);
  else if (o instanceof PyType) for (const entry of o.dict.map.values()) markCStandIn(entry.value);
}
