// The builtin type objects and the shared singletons (None, True, False, small ints, the empty tuple).

import { MAPPING_FLAG, SEQUENCE_FLAG } from './collectionFlags';
import { PyType } from './types';
import { RecycleKind } from './object';
import { PyDict } from './dict';
import { makeShared } from './shared';
import { PyBool, PyEllipsis, PyInt, PyNone, PyNotImplemented, PyStr, PyTuple } from './objects';

export { makeShared };

function dictForType(): PyDict {
  // Type dicts need a type themselves; patched once `dict` exists.
  return makeShared(new PyDict(null as unknown as PyType));
}

const typeType = makeShared(new PyType(null, 'type', [], dictForType()));
typeType.type = typeType;

function makeType(name: string, base: PyType | null, allowSubclass = false): PyType {
  const t = makeShared(new PyType(typeType, name, base ? [base] : [], dictForType()));
  t.allowSubclass = allowSubclass;
  (base ?? objectType)?.builtinSubclasses.push(t);
  return t;
}

const objectType = makeShared(new PyType(typeType, 'object', [], dictForType()));
objectType.allowSubclass = true;
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];

const intType = makeType('int', objectType);

/** Every builtin type, by Python name. */
export const T = {
  type: typeType,
  object: objectType,
  int: intType,
  bool: makeType('bool', intType),
  float: makeType('float', objectType),
  str: makeType('str', objectType),
  bytes: makeType('bytes', objectType),
  bytearray: makeType('bytearray', objectType),
  memoryview: makeType('memoryview', objectType),
  complex: makeType('complex', objectType),
  managedbuffer: makeType('managedbuffer', objectType),
  list: makeType('list', objectType),
  tuple: makeType('tuple', objectType),
  dict: makeType('dict', objectType),
  set: makeType('set', objectType),
  frozenset: makeType('frozenset', objectType),
  NoneType: makeType('NoneType', objectType),
  NotImplementedType: makeType('NotImplementedType', objectType),
  ellipsis: makeType('ellipsis', objectType),
  range: makeType('range', objectType),
  slice: makeType('slice', objectType),
  function: makeType('function', objectType),
  builtin_function_or_method: makeType('builtin_function_or_method', objectType),
  method_descriptor: makeType('method_descriptor', objectType),
  wrapper_descriptor: makeType('wrapper_descriptor', objectType),
  method_wrapper: makeType('method-wrapper', objectType),
  method: makeType('method', objectType),
  cell: makeType('cell', objectType),
  code: makeType('code', objectType),
  module: makeType('module', objectType),
  generator: makeType('generator', objectType),
  coroutine: makeType('coroutine', objectType),
  coroutine_wrapper: makeType('coroutine_wrapper', objectType),
  async_generator: makeType('async_generator', objectType),
  async_generator_asend: makeType('async_generator_asend', objectType),
  async_generator_athrow: makeType('async_generator_athrow', objectType),
  async_generator_wrapped_value: makeType('async_generator_wrapped_value', objectType),
  anext_awaitable: makeType('anext_awaitable', objectType),
  frame: makeType('frame', objectType),
  traceback: makeType('traceback', objectType),
  staticmethod: makeType('staticmethod', objectType),
  classmethod: makeType('classmethod', objectType),
  property: makeType('property', objectType),
  getset_descriptor: makeType('getset_descriptor', objectType),
  member_descriptor: makeType('member_descriptor', objectType),
  super: makeType('super', objectType),
  weakref: makeType('weakref.ReferenceType', objectType, true),
  list_iterator: makeType('list_iterator', objectType),
  list_reverseiterator: makeType('list_reverseiterator', objectType),
  tuple_iterator: makeType('tuple_iterator', objectType),
  range_iterator: makeType('range_iterator', objectType),
  str_ascii_iterator: makeType('str_ascii_iterator', objectType),
  /** iter() of a str with a character past ASCII (unicodeiter; an ASCII str's is str_ascii_iterator). */
  str_iterator: makeType('str_iterator', objectType),
  /** iter() of a range whose values leave a C long (longrangeiter). */
  longrange_iterator: makeType('longrange_iterator', objectType),
  bytes_iterator: makeType('bytes_iterator', objectType),
  bytearray_iterator: makeType('bytearray_iterator', objectType),
  memory_iterator: makeType('memory_iterator', objectType),
  dict_keyiterator: makeType('dict_keyiterator', objectType),
  dict_valueiterator: makeType('dict_valueiterator', objectType),
  dict_itemiterator: makeType('dict_itemiterator', objectType),
  set_iterator: makeType('set_iterator', objectType),
  dict_keys: makeType('dict_keys', objectType),
  dict_values: makeType('dict_values', objectType),
  dict_items: makeType('dict_items', objectType),
  dict_reversekeyiterator: makeType('dict_reversekeyiterator', objectType),
  dict_reversevalueiterator: makeType('dict_reversevalueiterator', objectType),
  dict_reverseitemiterator: makeType('dict_reverseitemiterator', objectType),
  mappingproxy: makeType('mappingproxy', objectType),
  enumerate: makeType('enumerate', objectType),
  zip: makeType('zip', objectType),
  map: makeType('map', objectType),
  filter: makeType('filter', objectType),
  reversed: makeType('reversed', objectType),
  callable_iterator: makeType('callable_iterator', objectType),
  /** iter() of an object with only __getitem__ (the old sequence protocol): CPython's seqiterobject. */
  iterator: makeType('iterator', objectType),
  /** OrderedDict's one iterator type, for keys, values and items, forwards and reversed (odictobject.c). */
  odict_iterator: makeType('odict_iterator', objectType),
};
T.bool.allowSubclass = false;
for (const t of [
  T.list_iterator, T.list_reverseiterator, T.tuple_iterator, T.str_ascii_iterator, T.str_iterator, T.range_iterator,
  T.longrange_iterator, T.set_iterator, T.bytes_iterator, T.bytearray_iterator, T.callable_iterator, T.iterator, T.dict_keyiterator, T.dict_valueiterator,
  T.dict_itemiterator, T.dict_reversekeyiterator, T.dict_reversevalueiterator, T.dict_reverseitemiterator, T.odict_iterator,
  T.dict_keys, T.dict_values, T.dict_items, T.builtin_function_or_method, T.method_wrapper, T.method_descriptor,
  T.wrapper_descriptor, T.getset_descriptor, T.member_descriptor, T.generator, T.frame, T.coroutine, T.coroutine_wrapper,
  T.async_generator, T.async_generator_asend, T.async_generator_athrow, T.async_generator_wrapped_value, T.anext_awaitable,
]) t.hasNoNew = true;
for (const t of [T.int, T.float, T.str]) t.instancesAreLeaves = true;
for (const t of [T.builtin_function_or_method, T.method_descriptor, T.wrapper_descriptor, T.getset_descriptor, T.member_descriptor, T.module]) {
  t.instancesTrackedByCPython = true;
}
T.int.recycleKind = RecycleKind.Int;
T.float.recycleKind = RecycleKind.Float;
for (const t of [T.list, T.tuple, T.range, T.memoryview]) t.collectionFlags = SEQUENCE_FLAG;
for (const t of [T.dict, T.mappingproxy]) t.collectionFlags = MAPPING_FLAG;
// Types CPython makes final (no Py_TPFLAGS_BASETYPE); the iterators, views and descriptors above are too.
for (const t of [
  T.bool, T.memoryview, T.managedbuffer, T.range, T.slice, T.NoneType, T.NotImplementedType, T.ellipsis, T.function,
  T.method, T.code, T.cell, T.traceback, T.mappingproxy,
]) t.refusesSubclass = true;
for (const t of Object.values(T)) if (t.hasNoNew) t.refusesSubclass = true;
T.weakref.qualname = 'ReferenceType';
/** OrderedDict's views (odictobject.c): dict views by another name. Frozen, so forks share it (compared by identity). */
export const ODICT_VIEW_TYPES = Object.freeze({
  keys: makeType('odict_keys', T.dict_keys),
  values: makeType('odict_values', T.dict_values),
  items: makeType('odict_items', T.dict_items),
});
for (const t of Object.values(ODICT_VIEW_TYPES)) {
  t.hasNoNew = true;
  t.refusesSubclass = true;
}
T.weakref.module = 'weakref';
for (const t of [
  T.list, T.dict, T.set, T.tuple, T.int, T.float, T.str, T.frozenset, T.property, T.classmethod, T.staticmethod, T.enumerate, T.zip,
  T.map, T.filter, T.reversed, T.bytes, T.complex,
]) {
  t.allowSubclass = true;
}
// Metaclasses: a class whose instances are classes.
T.type.allowSubclass = true;

for (const t of [typeType, objectType, ...Object.values(T)]) t.dict.type = T.dict;

export const None = makeShared(new PyNone(T.NoneType));
export const NotImplemented = makeShared(new PyNotImplemented(T.NotImplementedType));
export const Ellipsis = makeShared(new PyEllipsis(T.ellipsis));
export const True = makeShared(new PyBool(T.bool, true));
export const False = makeShared(new PyBool(T.bool, false));
export const EmptyTuple = makeShared(new PyTuple(T.tuple, []));

export const SMALL_INT_MIN = -5;
export const SMALL_INT_MAX = 256;
/** CPython's small int cache: the ints -5..256 are shared objects. */
export const smallInts: PyInt[] = [];
for (let v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) smallInts.push(makeShared(new PyInt(T.int, v)));
/** CPython's empty str and one-character latin-1 strs are singletons: every way of making them gives the same object. */
export const EmptyStr = makeShared(new PyStr(T.str, ''));
export const latin1Chars: PyStr[] = Array.from({ length: 256 }, (_, c) => makeShared(new PyStr(T.str, String.fromCharCode(c))));

function exceptionType(name: string, base: PyType | null): PyType {
  const t = makeType(name, base ?? objectType, true);
  t.isException = true;
  t.hasInstanceDict = true;
  return t;
}

const BaseException = exceptionType('BaseException', null);
const Exception = exceptionType('Exception', BaseException);
const ArithmeticError = exceptionType('ArithmeticError', Exception);
const LookupError = exceptionType('LookupError', Exception);
const ImportError = exceptionType('ImportError', Exception);
const NameError = exceptionType('NameError', Exception);
const RuntimeError = exceptionType('RuntimeError', Exception);
const ValueError = exceptionType('ValueError', Exception);
const UnicodeError = exceptionType('UnicodeError', ValueError);
const SyntaxError = exceptionType('SyntaxError', Exception);
const IndentationError = exceptionType('IndentationError', SyntaxError);
const OSError = exceptionType('OSError', Exception);
const ConnectionError = exceptionType('ConnectionError', OSError);
const Warning = exceptionType('Warning', Exception);
const BaseExceptionGroup = exceptionType('BaseExceptionGroup', BaseException);
/** ExceptionGroup derives from both BaseExceptionGroup and Exception. */
const ExceptionGroup = makeShared(new PyType(typeType, 'ExceptionGroup', [BaseExceptionGroup, Exception], dictForType()));
ExceptionGroup.allowSubclass = true;
ExceptionGroup.isException = true;
ExceptionGroup.hasInstanceDict = true;
// PyErr_NewException makes it a heap class, which adds a `__weakref__` slot to BaseExceptionGroup's fields.
ExceptionGroup.hasWeakrefSlot = true;
BaseExceptionGroup.builtinSubclasses.push(ExceptionGroup);
Exception.builtinSubclasses.push(ExceptionGroup);

/** The builtin exception classes, by name. */
export const E = {
  BaseException,
  Exception,
  GeneratorExit: exceptionType('GeneratorExit', BaseException),
  KeyboardInterrupt: exceptionType('KeyboardInterrupt', BaseException),
  SystemExit: exceptionType('SystemExit', BaseException),
  BaseExceptionGroup,
  ExceptionGroup,
  ArithmeticError,
  FloatingPointError: exceptionType('FloatingPointError', ArithmeticError),
  OverflowError: exceptionType('OverflowError', ArithmeticError),
  ZeroDivisionError: exceptionType('ZeroDivisionError', ArithmeticError),
  AssertionError: exceptionType('AssertionError', Exception),
  AttributeError: exceptionType('AttributeError', Exception),
  BufferError: exceptionType('BufferError', Exception),
  EOFError: exceptionType('EOFError', Exception),
  ImportError,
  ModuleNotFoundError: exceptionType('ModuleNotFoundError', ImportError),
  LookupError,
  IndexError: exceptionType('IndexError', LookupError),
  KeyError: exceptionType('KeyError', LookupError),
  MemoryError: exceptionType('MemoryError', Exception),
  NameError,
  UnboundLocalError: exceptionType('UnboundLocalError', NameError),
  ReferenceError: exceptionType('ReferenceError', Exception),
  RuntimeError,
  NotImplementedError: exceptionType('NotImplementedError', RuntimeError),
  RecursionError: exceptionType('RecursionError', RuntimeError),
  StopIteration: exceptionType('StopIteration', Exception),
  SyntaxError,
  IndentationError,
  TabError: exceptionType('TabError', IndentationError),
  SystemError: exceptionType('SystemError', Exception),
  TypeError: exceptionType('TypeError', Exception),
  ValueError,
  UnicodeError,
  UnicodeDecodeError: exceptionType('UnicodeDecodeError', UnicodeError),
  UnicodeEncodeError: exceptionType('UnicodeEncodeError', UnicodeError),
  UnicodeTranslateError: exceptionType('UnicodeTranslateError', UnicodeError),
  StopAsyncIteration: exceptionType('StopAsyncIteration', Exception),
  OSError,
  BlockingIOError: exceptionType('BlockingIOError', OSError),
  ChildProcessError: exceptionType('ChildProcessError', OSError),
  ConnectionError,
  BrokenPipeError: exceptionType('BrokenPipeError', ConnectionError),
  ConnectionAbortedError: exceptionType('ConnectionAbortedError', ConnectionError),
  ConnectionRefusedError: exceptionType('ConnectionRefusedError', ConnectionError),
  ConnectionResetError: exceptionType('ConnectionResetError', ConnectionError),
  FileExistsError: exceptionType('FileExistsError', OSError),
  FileNotFoundError: exceptionType('FileNotFoundError', OSError),
  InterruptedError: exceptionType('InterruptedError', OSError),
  IsADirectoryError: exceptionType('IsADirectoryError', OSError),
  NotADirectoryError: exceptionType('NotADirectoryError', OSError),
  PermissionError: exceptionType('PermissionError', OSError),
  ProcessLookupError: exceptionType('ProcessLookupError', OSError),
  TimeoutError: exceptionType('TimeoutError', OSError),
  Warning,
  UserWarning: exceptionType('UserWarning', Warning),
  DeprecationWarning: exceptionType('DeprecationWarning', Warning),
  PendingDeprecationWarning: exceptionType('PendingDeprecationWarning', Warning),
  SyntaxWarning: exceptionType('SyntaxWarning', Warning),
  RuntimeWarning: exceptionType('RuntimeWarning', Warning),
  FutureWarning: exceptionType('FutureWarning', Warning),
  ImportWarning: exceptionType('ImportWarning', Warning),
  UnicodeWarning: exceptionType('UnicodeWarning', Warning),
  BytesWarning: exceptionType('BytesWarning', Warning),
  ResourceWarning: exceptionType('ResourceWarning', Warning),
  EncodingWarning: exceptionType('EncodingWarning', Warning),
};
for (const t of Object.values(E)) t.dict.type = T.dict;
// CPython readies its builtin exceptions from a table sorted by name within each level (static_exceptions) and makes
// ExceptionGroup later: that is the order of each one's __subclasses__().
for (const t of Object.values(E)) {
  t.builtinSubclasses.sort((a, b) => (a === ExceptionGroup ? 1 : b === ExceptionGroup ? -1 : a.name < b.name ? -1 : 1));
}

export type ExceptionName = keyof typeof E;
