// Builds a fresh interpreter world: the builtins namespace, the __main__ module, and code constants on the heap.

import { installCoroutineObjects } from './builtins/coroutineObjects';
import { ModuleTable } from './vm/moduleTable';
import { PyObject } from './runtime/object';
import { PyDict } from './runtime/dict';
import { PyCode, PyInt, PyModule, PyStr, PyTuple } from './runtime/objects';
import { tupleBytes } from './runtime/sizeof';
import { E, Ellipsis, EmptyTuple, False, None, NotImplemented, T, True, makeShared } from './runtime/builtinTypes';
import { FIRST_HEAP_ID, decref, incref } from './runtime/heap';
import { buildShared } from './runtime/shared';
import { newDict, newFloat, newInt, newSet, newStr, newTuple } from './runtime/factory';
import { dictSetStr } from './runtime/containers';
import { constantKey, isBytesConstant, isCodeObject, isConstFrozenset, isConstTuple, isImaginaryConstant, type CodeConstant, type CodeObject, type ConstFrozenset } from './bytecode/code';
import { setAddKey } from './runtime/setObject';
import { builtinFunctions } from './builtins/functions';
import { installConstructors } from './builtins/constructors';
import { installListMethods } from './builtins/listMethods';
import { installDictMethods } from './builtins/dictMethods';
import { installSetMethods } from './builtins/setMethods';
import { installNumberMethods } from './builtins/numberMethods';
import { installObjectSlots } from './builtins/objectSlots';
import { installNumberSlots } from './builtins/numberSlots';
import { installContainerSlots } from './builtins/containerSlots';
import { installTypeDocs } from './builtins/slotWrappers';
import { installTypeMethods } from './builtins/typeMethods';
import { installServedDescriptors } from './builtins/servedDescriptors';
import { internedAtStartup } from './compiler/internedStrings';
import { installObjectMethods } from './builtins/objectMethods';
import { installExceptionGroupMethods } from './builtins/exceptionGroups';
import { installStrMethods } from './builtins/strMethods';
import { installBytes } from './builtins/bytesConstructors';
import { installComplex } from './builtins/complexType';
import type { VM } from './vm/vm';
import { PyBytes, newBytes } from './runtime/bytesObject';
import { typeNewWithMetaclass } from './builtins/buildClass';
import { setAttr } from './runtime/ops/attributeStores';
import { newComplex } from './runtime/complexObject';
import { CPYTHON_BUILTINS_ORDER } from './builtinsOrder';

let typesReady = false;
let sharedBuiltins: Record<string, PyObject> | null = null;

/** Builtin types get their methods once per process: they are shared by every interpreter. */
function prepareBuiltinTypes(): Record<string, PyObject> {
  if (!typesReady) {
    buildShared(() => {
      installConstructors();
      installListMethods();
      installDictMethods();
      installSetMethods();
      installNumberMethods();
      installObjectSlots();
      installNumberSlots();
      installContainerSlots();
      installTypeDocs();
      installObjectMethods();
      installCoroutineObjects();
      installExceptionGroupMethods();
      installTypeMethods();
      installServedDescriptors();
      installStrMethods();
      installBytes();
      installComplex();
      sharedBuiltins = builtinFunctions();
    });
    typesReady = true;
  }
  return sharedBuiltins!;
}

const BUILTIN_TYPE_NAMES = [
  'object', 'type', 'int', 'bool', 'float', 'str', 'bytes', 'bytearray', 'memoryview', 'complex', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice',
  'enumerate', 'zip', 'map', 'filter', 'reversed', 'super', 'staticmethod', 'classmethod', 'property',
] as const;

/** Fills vm.builtins and creates the __main__ module; returns the main module's globals. */
export function bootstrap(vm: VM): PyDict {
  const functions = prepareBuiltinTypes();
  const entries = new Map<string, PyObject>(Object.entries(functions));
  for (const name of BUILTIN_TYPE_NAMES) entries.set(name, T[name]);
  for (const [name, t] of Object.entries(E)) entries.set(name, t);
  entries.set('EnvironmentError', E.OSError);
  entries.set('IOError', E.OSError);
  entries.set('None', None);
  entries.set('True', True);
  entries.set('False', False);
  entries.set('NotImplemented', NotImplemented);
  entries.set('Ellipsis', Ellipsis);
  // The builtins module's own name: a class body run by exec() in a dict without __name__ finds it here.
  entries.set('__name__', makeShared(new PyStr(T.str, 'builtins')));
  entries.set('__debug__', True);
  const builtins = newDict();
  for (const name of CPYTHON_BUILTINS_ORDER) {
    const value = entries.get(name);
    if (value === undefined) continue;
    dictSetStr(builtins, name, value);
    entries.delete(name);
  }
  for (const [name, value] of entries) dictSetStr(builtins, name, value);
  vm.builtins = builtins;
  vm.heap.builtinsDict = builtins;

  // sys.modules exists (and is tracked by the collector, holding modules) before __main__ is made, as in CPython:
  // its place in the collector's list decides the order in which the last collection finalizes the namespace.
  const modules = newDict();
  vm.heap.track(modules);
  vm.modules = new ModuleTable(modules);

  const builtinsModule = vm.heap.register(new PyModule(T.module, 'builtins', incref(builtins)));
  vm.heap.track(builtinsModule);
  vm.modules.set('builtins', builtinsModule);
  decref(builtinsModule);

  // The module is tracked before its dict, which the first container stored in it tracks (as in CPython):
  // the order of the collector's list decides the order of __del__ calls at exit.
  const globals = newDict();
  const main = vm.heap.register(new PyModule(T.module, '__main__', globals));
  vm.heap.track(main);
  fillMainGlobals(vm, globals, builtinsModule);
  vm.mainModule = main;
  vm.modules.set('__main__', main);
  decref(main);
  return globals;
}

/**
 * `__main__`'s namespace as `python3 FILE.py` starts it, in CPython's order. The picture hides these dunder
 * rows, and the objects only they reach.
 */
function fillMainGlobals(vm: VM, globals: PyDict, builtinsModule: PyModule): void {
  const put = (key: string, value: PyObject) => {
    dictSetStr(globals, key, value);
    decref(value);
  };
  put('__name__', newStr('__main__'));
  dictSetStr(globals, '__doc__', None);
  dictSetStr(globals, '__package__', None);
  put('__loader__', sourceFileLoader(vm));
  dictSetStr(globals, '__spec__', None);
  put('__annotations__', newDict());
  dictSetStr(globals, '__builtins__', builtinsModule);
  put('__file__', newStr(vm.filename));
  dictSetStr(globals, '__cached__', None);
}

/** The loader runpy gives the main script: an instance of importlib's SourceFileLoader with its name and path. */
function sourceFileLoader(vm: VM): PyObject {
  const ns = newDict();
  const moduleName = newStr('_frozen_importlib_external');
  dictSetStr(ns, '__module__', moduleName);
  decref(moduleName);
  const name = newStr('SourceFileLoader');
  const bases = newTuple([]);
  const loaderType = typeNewWithMetaclass(vm, T.type, [name, bases, ns], null);
  for (const o of [name, bases, ns]) decref(o);
  // importlib's module keeps the class, so only the loader instance dies with __main__'s namespace.
  const importlibDict = newDict();
  dictSetStr(importlibDict, 'SourceFileLoader', loaderType);
  const importlib = vm.heap.register(new PyModule(T.module, '_frozen_importlib_external', importlibDict));
  vm.heap.track(importlib);
  vm.modules.set('_frozen_importlib_external', importlib);
  decref(importlib);
  const loader = vm.call(loaderType, []);
  decref(loaderType);
  const fullname = newStr('__main__');
  const path = newStr(vm.filename);
  setAttr(vm, loader, 'name', fullname);
  setAttr(vm, loader, 'path', path);
  decref(fullname);
  decref(path);
  return loader;
}

/**
 * Turns compiler constants into heap objects. Equal constants of one compilation unit are one object, as
 * CPython's constant cache merges them across all its code objects (merge_consts_recursive); identifier-like
 * strings are interned (shared) across units too.
 */
export function materializeCode(vm: VM, code: CodeObject, names = spelledNames(code)): PyCode {
  const unit = new UnitConstants(vm, names);
  // Code objects nest as deep as lambdas do: made children first (their ids come first), with a stack of
  // code objects in progress rather than recursion.
  const stack: { code: CodeObject; consts: PyObject[]; introduced: PyObject[] }[] = [{ code, consts: [], introduced: [] }];
  let made: PyCode | null = null;
  for (;;) {
    const top = stack[stack.length - 1];
    if (made) {
      top.consts.push(made);
      made = null;
    }
    if (top.consts.length < top.code.consts.length) {
      const c = top.code.consts[top.consts.length];
      if (isCodeObject(c)) stack.push({ code: c, consts: [], introduced: [] });
      else top.consts.push(unit.take(c, top.introduced));
      continue;
    }
    stack.pop();
    // The constants this code object brought into the unit are also held by the parser's arena, which lives
    // as long as the program runs (why getrefcount of a literal is 1 higher): its code object keeps that reference.
    for (const c of top.introduced) incref(c);
    // makecode merges co_names, then co_consts, then the localsplus names.
    unit.mergeNames(top.code.names, top.introduced);
    const consts = unit.constsTuple(top.code.consts, top.consts);
    unit.mergeNames(top.code.localsplusNames, top.introduced);
    made = vm.heap.register(new PyCode(T.code, top.code, consts, top.introduced));
    if (stack.length === 0) return made;
  }
}

/** One compilation unit's constant cache (compile.c's c_const_cache), by _PyCode_ConstantKey. */
class UnitConstants {
  private readonly merged = new Map<string, PyObject | NamesTuple>();
  constructor(private readonly vm: VM, private readonly names: ReadonlySet<string>) {}

  /**
   * makecode merges a code object's co_names and localsplus names tuples through the cache too: an equal
   * constant tuple made before is the one it keeps (a reference from `holder`, its code object's list), and a
   * constant made after is its tuple. That tuple is only made then: until a constant needs it, none can see it.
   */
  mergeNames(names: readonly string[], holder: PyObject[]): void {
    // An empty one is the empty tuple singleton, held like any other.
    if (names.length === 0) {
      holder.push(incref(EmptyTuple));
      return;
    }
    const key = constantKey({ tuple: names });
    const known = key === null ? undefined : this.merged.get(key);
    if (known instanceof PyObject) holder.push(incref(known));
    else if (known) known.holders.push(holder);
    else if (key !== null) this.merged.set(key, { names, holders: [holder] });
  }

  /** The unit's object for `key`, making a code object's names tuple when a constant first needs it. */
  private known(key: string | null): PyObject | undefined {
    const known = key === null ? undefined : this.merged.get(key);
    if (!known || known instanceof PyObject) return known;
    const made = newTuple(known.names.map((n) => this.take(n, [])));
    for (const holder of known.holders) holder.push(incref(made));
    decref(made); // the cache keeps no reference: the code objects hold it
    this.merged.set(key!, made);
    return made;
  }

  /**
   * The object for `c`, a new reference: the unit's equal one if there is one. A newly made one the arena holds
   * is added to `introduced` (a frozenset is not: the merge rebuilds it, only the cache held the rebuilt one;
   * nor is a tuple the compiler made).
   */
  take(c: CodeConstant, introduced: PyObject[]): PyObject {
    const key = constantKey(c);
    const known = this.known(key);
    if (known) return incref(known);
    let made: PyObject;
    if (isConstTuple(c)) made = newTuple(c.tuple.map((x) => this.take(x, introduced)));
    else if (isConstFrozenset(c)) made = this.frozenset(c, introduced);
    else made = materializeConstant(this.vm, c, this.names);
    if (key !== null) this.merged.set(key, made);
    if (!isConstFrozenset(c) && !(isConstTuple(c) && c.byCompiler) && !isKeywordSingleton(made) && !isParserShared(made) && !isStartupInterned(made)) introduced.push(made);
    return made;
  }

  /**
   * A code object's co_consts (given the references to its items): a tuple equal to one the unit has already
   * (another code object's constants, or a constant) is that one, as makecode merges it (merge_const_one).
   */
  constsTuple(consts: readonly CodeConstant[], items: PyObject[]): PyTuple {
    if (items.length === 0) return incref(EmptyTuple);
    const key = constantKey({ tuple: consts });
    const known = this.known(key);
    if (known instanceof PyTuple) {
      for (const x of items) decref(x);
      return incref(known);
    }
    // Made by the compiler: not counted as an allocation here (the compilation replay counts it), but tracked
    // as any tuple is until a collection finds it holds nothing trackable.
    const made = this.vm.heap.registerSized(new PyTuple(T.tuple, items), tupleBytes(items.length));
    this.vm.heap.track(made);
    if (key !== null) this.merged.set(key, made);
    return made;
  }

  /**
   * The compiler makes a frozenset from the display's items, then its constant merging (merge_consts_recursive)
   * rebuilds it from the first one's iteration order, and making the code object rebuilds it once more when one
   * of its strings was interned before as another object.
   */
  private frozenset(c: ConstFrozenset, introduced: PyObject[]): PyObject {
    const vm = this.vm;
    const items = c.frozenset.map((x) => this.take(x, introduced));
    let built = newSet(true);
    for (const x of items) setAddKey(vm, built, x);
    for (const x of items) decref(x);
    for (let pass = c.reinterned ? 2 : 1; pass > 0; pass--) {
      const again = newSet(true);
      for (const x of built.ordered()) setAddKey(vm, again, x);
      decref(built);
      built = again;
    }
    return built;
  }
}

/** None, True, False and `...`: the parser makes their Constant nodes without adding them to its arena. */
function isKeywordSingleton(o: PyObject): boolean {
  return o === None || o === True || o === False || o === Ellipsis;
}

/** A str start-up interned: making the code object replaced the parser's str (the one its arena holds) with it. */
function isStartupInterned(o: PyObject): boolean {
  return o instanceof PyStr && internedAtStartup(o.value);
}

/**
 * A small int, '' or one-character str or bytes the parser made is one shared object, held as many times as the
 * parser made it (parserArena.ts).
 */
function isParserShared(o: PyObject): boolean {
  return o.id < FIRST_HEAP_ID && (o instanceof PyInt || o instanceof PyStr || o instanceof PyBytes);
}

/** A code object's names tuple in the unit's cache, not made yet: the code objects that hold it. */
interface NamesTuple {
  readonly names: readonly string[];
  readonly holders: PyObject[][];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME_CHAR = /^[A-Za-z0-9_]$/;

/**
 * The names a compiled file spells (co_names and localsplus names of all its code objects). CPython's parser
 * interns each identifier as its own str, so a one-character literal equal to a name is that interned str, not
 * the latin-1 singleton `chr()` returns.
 */
export function spelledNames(code: CodeObject): Set<string> {
  const names = new Set<string>();
  const pending = [code];
  for (let c = pending.pop(); c; c = pending.pop()) {
    for (const n of c.names) names.add(n);
    for (const n of c.localsplusNames) names.add(n);
    for (const k of c.consts) if (isCodeObject(k)) pending.push(k);
  }
  return names;
}

function materializeConstant(vm: VM, c: CodeConstant, names: ReadonlySet<string>): PyObject {
  if (typeof c === 'bigint') return newInt(c);
  if (typeof c === 'number') return newFloat(c);
  if (typeof c === 'string') {
    // A one-character constant is the latin-1 singleton, unless that character was interned before as another
    // str: a name of this file, or one interned at start-up ('a' is; 'z' is not).
    if (c.length === 0 || (c.length === 1 && c.charCodeAt(0) < 256 && !names.has(c) && !internedAtStartup(c))) {
      const s = newStr(c);
      // Making the code object interns a constant of name characters ('5'): the singleton, unless one is interned.
      if (NAME_CHAR.test(c) && !vm.heap.interned.get(c)?.alive) vm.heap.intern(s);
      return s;
    }
    if (IDENTIFIER.test(c) || c.length <= 1) {
      const existing = vm.heap.interned.get(c);
      if (existing && existing.alive) return incref(existing);
      const s = vm.heap.register(new PyStr(T.str, c));
      vm.heap.intern(s);
      return s;
    }
    return newStr(c);
  }
  if (typeof c === 'boolean') return incref(c ? True : False);
  if (c === null) return incref(None);
  if (isBytesConstant(c)) return newBytes(c.bytes);
  if (isImaginaryConstant(c)) return newComplex(c.real, c.imag);
  return incref(Ellipsis);
}

