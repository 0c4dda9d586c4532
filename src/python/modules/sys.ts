// The sys module: getrefcount, getsizeof, recursion limit, and the few constants programs print.

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBuiltinFunction, PyInstance, PyStr, type NativeCall } from '../runtime/objects';
import { T, latin1Chars } from '../runtime/builtinTypes';
import { newBool, newFloat, newInt, newIntExact, newStr, newTuple, newList, newNone } from '../runtime/factory';
import { decref, incref } from '../runtime/heap';
import { dictSetStr } from '../runtime/containers';
import { newSimpleNamespace } from './simpleNamespace';
import { builtinFunction, intArg } from '../builtins/define';
import { NOARGS, O, fast, signed, type Signature } from '../builtins/signatures';
import { getsizeof } from './sysGetsizeof';
import { raiseSystemExit } from '../builtins/quitter';
import type { VM } from '../vm/vm';
import { standardStreams } from './stdStreams';
import { clinic } from './argumentClinic';
import { newStructSeq, structSeqType } from './structSeq';
import { once, ownedBy } from './nativeType';
import { INT_MAX_STR_DIGITS, INT_STR_DIGITS_THRESHOLD } from '../format';
import { builtinExcepthook } from '../vm/excepthook';
import { internedAtStartup, staticAtStartup } from '../compiler/internedStrings';
import { sysInstallation, sysQueryFunctions } from './sysInstallation';

const intInfoType = once(() =>
  structSeqType('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']),
);

const versionInfoType = once(() => structSeqType('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial']));
const floatInfoType = once(() =>
  structSeqType('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']),
);
const hashInfoType = once(() =>
  structSeqType('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']),
);

// sys.flags as python3 runs the corpus oracle (PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1): our str hashes are
// CPython's with seed 0 (not randomized) and no bytecode is ever written.
const flagsType = once(() => structSeqType('flags', 'sys', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
]));
const FLAG_VALUES: ReadonlyArray<number | boolean> = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, -1];

/** python3 3.11.7's sys.builtin_module_names (what it has compiled in, not what the playground has). */
export const BUILTIN_MODULE_NAMES: readonly string[] = [
  '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre',
  '_stat', '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc', '_warnings', '_weakref', 'atexit', 'builtins',
  'errno', 'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype',
];

/** Where a python.org build installed under /usr/local keeps its library (sys.path after the script's directory). */
export const LIBRARY_PATHS: readonly string[] = [
  '/usr/local/lib/python311.zip', '/usr/local/lib/python3.11', '/usr/local/lib/python3.11/lib-dynload',
  '/usr/local/lib/python3.11/site-packages',
];

/** sys.path[0]: the script's directory, made absolute against the working directory os.getcwd() reports. */
export function scriptDirectory(filename: string, cwd: string): string {
  const slash = filename.lastIndexOf('/');
  if (slash < 0) return cwd;
  if (slash === 0) return '/';
  const dir = filename.slice(0, slash);
  return dir.startsWith('/') ? dir : `${cwd}/${dir}`;
}

/** sys.path as a run starts: the script's directory (as the host resolved it, else from its name), then the library's. */
export function defaultSysPath(vm: VM): string[] {
  return [vm.scriptDirectory ?? scriptDirectory(vm.filename, vm.fileSystem.cwd()), ...LIBRARY_PATHS];
}

/** sys.getallocatedblocks() in python3 3.11.7 at the start of a short script (less the one our count starts with). */
const STARTUP_ALLOCATED_BLOCKS = 36856;

/** sys's functions: made once per process, so every interpreter (and a replay's fork) shares the same ids. */
const sysFunctions = once(() => ownedBy('sys', {
  // The argument is still on the caller's value stack while this runs: that is the "+1" students see.
  getrefcount: sysFunction('getrefcount', O, (_vm, args) => newIntExact(args[0].refcount)),
  getsizeof: getsizeof(),
  excepthook: builtinExcepthook(),
  intern: sysFunction('intern', O, (vm2, args) => {
    const s = args[0];
    if (!(s instanceof PyStr)) throw new NativeRaise('TypeError', `intern() argument must be str, not ${argTypeName(s)}`);
    if (s.type !== T.str) throw new NativeRaise('TypeError', `can't intern ${s.type.name}`);
    // The table holds no counted reference (CPython 3.11's interned strs are mortal, unless static): a freed entry
    // is replaced.
    const existing = vm2.heap.interned.get(s.value);
    if (existing && existing.alive) return incref(existing);
    // CPython's interned str of a text start-up interned (static or not) is that object, never the argument; a
    // latin-1 character no code object names ('é') is its singleton itself.
    const singleton = s.value.length === 1 && latin1Chars[s.value.charCodeAt(0)] === s;
    const canonical = internedAtStartup(s.value) || (staticAtStartup(s.value) && !singleton) ? vm2.heap.beforeProgram(() => vm2.heap.register(new PyStr(T.str, s.value))) : incref(s);
    vm2.heap.intern(canonical);
    return canonical;
  }),
  // An approximation: python3's count when a short script starts, plus the objects the program has made since
  // (CPython also counts other small blocks, such as a dict's keys table, that have no object here).
  getallocatedblocks: sysFunction('getallocatedblocks', NOARGS, (vm2) => {
    const heap = vm2.heap;
    return newInt(STARTUP_ALLOCATED_BLOCKS + heap.liveObjects - heap.programStartObjects - heap.uncountedObjects);
  }),
  // The frame `depth` calls above the caller (negative counts as 0), as an object: what warnings' stacklevel reads.
  _getframe: sysFunction('_getframe', fast(0, 1), (vm2, args) => {
    let depth = args.length ? intArg(args[0]) : 0;
    let frame = vm2.frame;
    for (; frame && depth > 0; depth--) frame = frame.back;
    if (!frame) throw new NativeRaise('ValueError', 'call stack is not deep enough');
    return incref(vm2.frameObjectOf(frame));
  }),
  is_finalizing: sysFunction('is_finalizing', NOARGS, (vm2) => newBool(vm2.finalizing)),
  getrecursionlimit: sysFunction('getrecursionlimit', NOARGS, (vm2) => newInt(vm2.recursionLimit)),
  setrecursionlimit: sysFunction('setrecursionlimit', O, (vm2, args) => {
    const n = intArg(args[0]);
    if (n > 2147483647) throw new NativeRaise('OverflowError', 'Python int too large to convert to C int');
    if (n < 1) throw new NativeRaise('ValueError', 'recursion limit must be greater or equal than 1');
    // The depth counts this call too (CPython's guard around a C function call).
    if (n <= vm2.depth) {
      throw new NativeRaise('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${vm2.depth}: the limit is too low`);
    }
    vm2.recursionLimit = n;
    return newNone();
  }),
  getdefaultencoding: sysFunction('getdefaultencoding', NOARGS, () => newStr('utf-8')),
  getfilesystemencoding: sysFunction('getfilesystemencoding', NOARGS, () => newStr('utf-8')),
  exit: sysFunction('exit', fast(0, 1), (_vm, args) => raiseSystemExit(args)),
  exc_info: sysFunction('exc_info', NOARGS, (vm2) => {
    const e = vm2.handling[vm2.handling.length - 1] as PyInstance | undefined;
    if (!e) return newTuple([newNone(), newNone(), newNone()]);
    const tb = e.exc?.tracebackHead;
    return newTuple([incref(e.type), incref(e), tb ? incref(tb) : newNone()]);
  }),
  // sys.exception() (3.11): the exception being handled, as exc_info()[1].
  exception: sysFunction('exception', NOARGS, (vm2) => {
    const e = vm2.handling[vm2.handling.length - 1];
    return e ? incref(e) : newNone();
  }),
  get_int_max_str_digits: sysFunction('get_int_max_str_digits', NOARGS, (vm2) => newInt(vm2.heap.intMaxStrDigits)),
  set_int_max_str_digits: builtinFunction('set_int_max_str_digits', (vm2, args, kwargs) => {
    const [given] = clinic('set_int_max_str_digits', args, kwargs ?? null, { positional: ['maxdigits'], required: 1 });
    const n = intArg(given!);
    if (n !== 0 && n < INT_STR_DIGITS_THRESHOLD) {
      throw new NativeRaise('ValueError', `maxdigits must be 0 or larger than ${INT_STR_DIGITS_THRESHOLD}`);
    }
    vm2.heap.intMaxStrDigits = n;
    return newNone();
  }),
}));

/** A sys function checked as sysmodule.c declares it: METH_NOARGS, METH_O and keyword messages name it `sys.name()`. */
function sysFunction(name: string, sig: Signature, fn: NativeCall): PyBuiltinFunction {
  return builtinFunction(name, signed(sig, `sys.${name}`, name, fn, false));
}

/** sys.implementation: a SimpleNamespace whose version is sys.version_info itself. */
function implementation(versionInfo: PyObject): PyObject {
  const ns = newSimpleNamespace();
  const fields: [string, PyObject][] = [
    ['name', newStr('cpython')], ['cache_tag', newStr('cpython-311')], ['version', incref(versionInfo)],
    ['hexversion', newInt(0x30b07f0)], ['_multiarch', newStr('x86_64-linux-gnu')],
  ];
  for (const [k, v] of fields) {
    dictSetStr(ns.dict!, k, v);
    decref(v);
  }
  return ns;
}

export function sysModuleContents(vm: VM): Record<string, PyObject> {
  const { stdin, stdout, stderr } = standardStreams();
  const functions: Record<string, PyObject> = { ...sysFunctions(), ...sysQueryFunctions(), __excepthook__: sysFunctions().excepthook };
  for (const v of Object.values(functions)) v.refcount++;
  const versionInfo = newStructSeq(versionInfoType(), [newInt(3), newInt(11), newInt(7), newStr('final'), newInt(0)]);
  return {
    stdin: incref(stdin),
    __stdin__: incref(stdin),
    stdout: incref(stdout),
    stderr: incref(stderr),
    __stdout__: incref(stdout),
    __stderr__: incref(stderr),
    ...functions,
    int_info: newStructSeq(intInfoType(), [30, 4, INT_MAX_STR_DIGITS, INT_STR_DIGITS_THRESHOLD].map((v) => newInt(v))),
    maxsize: newInt(9223372036854775807n),
    version: newStr('3.11.7 (Python Memory Playground)'),
    version_info: versionInfo,
    implementation: implementation(versionInfo),
    hexversion: newInt(0x30b07f0),
    api_version: newInt(1013),
    maxunicode: newInt(0x10ffff),
    float_repr_style: newStr('short'),
    float_info: newStructSeq(floatInfoType(), [
      newFloat(Number.MAX_VALUE), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021), newInt(-307),
      newInt(15), newInt(53), newFloat(Number.EPSILON), newInt(2), newInt(1),
    ]),
    hash_info: newStructSeq(hashInfoType(), [
      newInt(64), newInt(2305843009213693951n), newInt(314159), newInt(0), newInt(1000003), newStr('siphash13'),
      newInt(64), newInt(128), newInt(0),
    ]),
    platform: newStr('linux'),
    byteorder: newStr('little'),
    argv: newList([vm.scriptArgument, ...vm.programArguments].map((a) => newStr(a))),
    flags: newStructSeq(flagsType(), FLAG_VALUES.map((v) => (typeof v === 'boolean' ? newBool(v) : newInt(v)))),
    builtin_module_names: newTuple(BUILTIN_MODULE_NAMES.map((name) => newStr(name))),
    path: newList(defaultSysPath(vm).map((p) => newStr(p))),
    modules: incref(vm.modules.dict),
    ...sysInstallation(),
  };
}
