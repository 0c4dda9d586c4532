// Names for what a frame's running native operation is, for the labels of the references it holds: a learner
// reading "temporary of sorted()" in the picture knows which call keeps the object alive.

import { Op } from '../bytecode/opcodes';
import type { PyObject } from '../runtime/object';
import { PyType } from '../runtime/types';
import { PyBoundMethod, PyBuiltinFunction, PyFunction, PyMethodDescriptor } from '../runtime/objects';
import type { NativeTask } from './nativeOp';

/** `sorted()`, `list.sort()`, `dict()`, `f()`: the callable as the program names it; null for other objects. */
export function calleeName(callable: PyObject): string | null {
  if (callable instanceof PyMethodDescriptor) return `${callable.owner.name}.${callable.name}()`;
  if (callable instanceof PyBuiltinFunction) {
    const self = callable.self;
    return self !== null && self.type.name !== 'module' ? `${self.type.name}.${callable.name}()` : `${callable.name}()`;
  }
  if (callable instanceof PyType) return `${callable.name}()`;
  if (callable instanceof PyFunction) return `${callable.qualname}()`;
  if (callable instanceof PyBoundMethod) return calleeName(callable.func);
  return null;
}

/** What a frame's running native operation is: the builtin it is calling, or a builtin operation. */
export function operationName(task: NativeTask, stack: readonly (PyObject | null)[]): string {
  if (task.opcode === Op.CALL || task.opcode === Op.CALL_FUNCTION_EX) {
    // (NULL callable args...) or (method self args...): the callable is the first non-NULL operand.
    const callable = stack[task.base] ?? stack[task.base + 1];
    const name = callable ? calleeName(callable) : null;
    if (name !== null) return name;
  }
  return 'a builtin operation';
}
