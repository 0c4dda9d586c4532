// PyErr_WarnEx for native code: a run-time warning raised by a builtin (`bool(NotImplemented)`...) goes through
// the warnings module's warn(), run as a frame, so filters, registries and a reassigned sys.stderr apply.

import type { PyObject } from '../runtime/object';
import type { PyType } from '../runtime/types';
import { None } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newInt, newStr } from '../runtime/factory';
import { getAttr } from '../runtime/ops/attributes';
import { importName } from '../modules/importSystem';
import { callRequest } from './callOps';
import type { NativeOp } from './nativeOp';
import type { VM } from './vm';

/**
 * warnings.warn(message, category, stacklevel): with stacklevel 1 the warning names the Python code running
 * the builtin (the frame below warn's). Raises what warn raises (a filter set to "error" makes it an exception).
 */
export function* warnOp(vm: VM, category: PyType, message: string, stacklevel = 1): NativeOp<void> {
  const module = importName(vm, 'warnings', null, None, 0);
  let warn: PyObject;
  try {
    warn = getAttr(vm, module, 'warn');
  } finally {
    decref(module);
  }
  const args = [newStr(message), category, newInt(stacklevel)];
  vm.holdTemporary(warn);
  vm.holdTemporary(args);
  try {
    decref((yield callRequest(vm, warn, args, null)) as PyObject);
  } finally {
    vm.dropTemporary(args);
    vm.dropTemporary(warn);
    decref(args[0]);
    decref(args[2]);
    decref(warn);
  }
}
