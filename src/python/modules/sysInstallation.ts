// sys's installation paths and settings as a python.org build under /usr/local has them (the prefix our sys.path
// uses), and its query functions whose answer is fixed here: no tracing, profiling or audit hooks.

import { NativeRaise } from '../errors';
import type { PyObject } from '../runtime/object';
import { PyTuple, type NativeCall } from '../runtime/objects';
import { None, True } from '../runtime/builtinTypes';
import { newDict, newFloat, newInt, newList, newStr } from '../runtime/factory';
import { incref } from '../runtime/heap';
import { builtinFunction } from '../builtins/define';
import { NOARGS, signed, type Signature } from '../builtins/signatures';
import { SYS_COPYRIGHT } from '../builtins/sitePrinters';
import { once, ownedBy } from './nativeType';
import { LIBRARY_PATHS } from './sys';

const PREFIX = '/usr/local';

/** sys's values that say where Python is installed and how it was started (python3 main.py, no -X or -W). */
export function sysInstallation(): Record<string, PyObject> {
  const executable = `${PREFIX}/bin/python3`;
  return {
    copyright: newStr(SYS_COPYRIGHT),
    executable: newStr(executable),
    _base_executable: newStr(executable),
    prefix: newStr(PREFIX),
    base_prefix: newStr(PREFIX),
    exec_prefix: newStr(PREFIX),
    base_exec_prefix: newStr(PREFIX),
    platlibdir: newStr('lib'),
    _stdlib_dir: newStr(LIBRARY_PATHS[1]),
    abiflags: newStr(''),
    _framework: newStr(''),
    _home: incref(None),
    pycache_prefix: incref(None),
    // The oracle runs with PYTHONDONTWRITEBYTECODE=1 (sys.flags.dont_write_bytecode is 1).
    dont_write_bytecode: incref(True),
    warnoptions: newList([]),
    _xoptions: newDict(),
  };
}

function sysFunction(name: string, sig: Signature, fn: NativeCall): PyObject {
  return builtinFunction(name, signed(sig, `sys.${name}`, name, fn, false));
}

/** The query functions: made once per process, as sys's others are. */
export const sysQueryFunctions = once(() => ownedBy('sys', {
  gettrace: sysFunction('gettrace', NOARGS, () => incref(None)),
  getprofile: sysFunction('getprofile', NOARGS, () => incref(None)),
  getswitchinterval: sysFunction('getswitchinterval', NOARGS, () => newFloat(0.005)),
  getfilesystemencodeerrors: sysFunction('getfilesystemencodeerrors', NOARGS, () => newStr('surrogateescape')),
  // RTLD_NOW.
  getdlopenflags: sysFunction('getdlopenflags', NOARGS, () => newInt(2)),
  get_coroutine_origin_tracking_depth: sysFunction('get_coroutine_origin_tracking_depth', NOARGS, () => newInt(0)),
  _clear_type_cache: sysFunction('_clear_type_cache', NOARGS, () => incref(None)),
  // sys.audit(event, *args): with no audit hook (sys.addaudithook is not offered) it returns at once.
  audit: builtinFunction('audit', (_vm, args, kwargs) => {
    if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'audit() takes no keyword arguments');
    if (args.length === 0) throw new NativeRaise('TypeError', "audit() missing 1 required positional argument: 'event'");
    return incref(None);
  }),
  call_tracing: builtinFunction('call_tracing', (vm, args, kwargs) => {
    if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'call_tracing() takes no keyword arguments');
    if (args.length !== 2) throw new NativeRaise('TypeError', `call_tracing expected 2 arguments, got ${args.length}`);
    const callArgs = args[1];
    if (!(callArgs instanceof PyTuple)) throw new NativeRaise('TypeError', `call_tracing() argument 2 must be tuple, not ${callArgs.type.name}`);
    return vm.call(args[0], callArgs.items.slice());
  }),
}));
