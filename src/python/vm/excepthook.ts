// sys.excepthook: the builtin that prints an exception's report to sys.stderr, and how an uncaught exception reaches
// the program's own hook (PyErr_PrintEx's _PyErr_Display path in Python/pythonrun.c).

import { strKey } from '../runtime/mapKey';
import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyInstance, PyModule } from '../runtime/objects';
import { E, None } from '../runtime/builtinTypes';
import { decref } from '../runtime/heap';
import { newNone } from '../runtime/factory';
import { dictDelete, dictSetStr } from '../runtime/containers';
import { builtinFunction } from '../builtins/define';
import { fast, signed } from '../builtins/signatures';
import { once } from '../modules/nativeType';
import { exceptionReportPieces } from './traceback';
import { writeReport } from './stderrSink';
import { PyRaise, type VM } from './vm';

/** sys.excepthook and sys.__excepthook__, one object for every interpreter. */
export const builtinExcepthook = once((): PyBuiltinFunction => builtinFunction('excepthook', signed(fast(3), 'sys.excepthook', 'excepthook', (vm, args) => {
  const value = args[1];
  // PyErr_Display reports a value that is no exception instead of raising.
  const report = value instanceof PyInstance && value.type.isSubtypeOf(E.BaseException)
    ? exceptionReportPieces(vm, value, vm.sourceLines)
    : [`TypeError: print_exception(): Exception expected for value, ${value.type.name} found\n`];
  writeReport(vm, report, true);
  return newNone();
}, false)));

const LAST_VARIABLES = ['last_type', 'last_value', 'last_traceback'];

/**
 * Reports an uncaught exception whose `report` (its traceback and message) is made: printed as it is, or handed to
 * the program's own sys.excepthook, with CPython's words when that hook is missing or fails.
 */
export function reportThroughExcepthook(vm: VM, exc: PyInstance, report: readonly string[]): void {
  // sys is made on its first import here: a program that never imported it has the builtin hook.
  const sys = vm.modules.get('sys');
  const hook = sys instanceof PyModule ? sys.dict.getStr('excepthook') : builtinExcepthook();
  if (hook === builtinExcepthook()) {
    writeReport(vm, report, true);
    return;
  }
  if (hook === undefined) {
    writeReport(vm, ['sys.excepthook is missing\n', ...report], true);
    return;
  }
  // _PyObject_FastCall of a stack array: the hook's arguments are borrowed.
  const args: PyObject[] = [exc.type, exc, exc.exc?.tracebackHead ?? None];
  // _PyErr_PrintEx sets sys.last_type, last_value and last_traceback first (the hook sees them). CPython keeps them
  // until finalization; here they go when the hook returns, so that shutdown frees the exception as it does
  // without a hook.
  const sysDict = (sys as PyModule).dict;
  LAST_VARIABLES.forEach((name, i) => dictSetStr(sysDict, name, args[i]));
  try {
    decref(vm.call(hook, args));
  } catch (e) {
    if (!(e instanceof PyRaise || e instanceof NativeRaise)) throw e;
    const hookError = vm.toException(e);
    const failure = exceptionReportPieces(vm, hookError, vm.sourceLines);
    decref(hookError);
    writeReport(vm, ['Error in sys.excepthook:\n', ...failure, '\nOriginal exception was:\n', ...report], true);
  } finally {
    for (const name of LAST_VARIABLES) dictDelete(sysDict, strKey(name));
  }
}
