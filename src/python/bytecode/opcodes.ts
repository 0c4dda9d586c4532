// The instruction set of our CPython-3.11-flavoured stack machine; each opcode documents its stack effect.
//
// Notation: `(before -- after)`, top of stack rightmost. NULL is the VM's null marker (not None).
// Jump arguments are absolute instruction indices. "Refcount" notes say who owns the references.

export const enum Op {
  /** ( -- ) */
  NOP = 0,
  /** (v -- ): drops the stack's reference to v. */
  POP_TOP,
  /** ( -- NULL) */
  PUSH_NULL,
  /** (a1 .. ai -- a1 .. ai a1): push another reference to the item i deep (i >= 1; COPY 1 duplicates TOS). */
  COPY,
  /** swap TOS with the item i deep (i >= 2). */
  SWAP,
  /** ( -- consts[arg]) */
  LOAD_CONST,

  // ----- names -----
  /** ( -- v): fast local arg; UnboundLocalError if unset. */
  LOAD_FAST,
  /** (v -- ): into fast local arg (steals the stack's reference). */
  STORE_FAST,
  /** ( -- ): unset fast local arg; UnboundLocalError if unset. */
  DELETE_FAST,
  /** ( -- v): names[arg] looked up in frame locals dict, then globals, then builtins (module and class bodies). */
  LOAD_NAME,
  /** (v -- ): into the frame's locals dict under names[arg]. */
  STORE_NAME,
  /** ( -- ): NameError if missing. */
  DELETE_NAME,
  /** ( -- v): names[arg] in globals, then builtins. */
  LOAD_GLOBAL,
  /** (v -- ) */
  STORE_GLOBAL,
  /** ( -- ) */
  DELETE_GLOBAL,
  /** ( -- ): wraps localsplus[arg] (possibly holding an argument, else empty) in a new cell, in place. Emitted at function start for every CELL slot. */
  MAKE_CELL,
  /** ( -- ): copies the function's closure cells into the last arg localsplus slots (the FREE slots). Emitted first in functions with free vars. */
  COPY_FREE_VARS,
  /** ( -- cell): pushes the cell object in localsplus[arg] itself (for building closures). */
  LOAD_CLOSURE,
  /** ( -- v): contents of the cell in localsplus[arg]; NameError/UnboundLocalError-style error if empty ("cannot access free variable 'x' where it is not associated with a value in enclosing scope"). */
  LOAD_DEREF,
  /** (v -- ): into the cell in localsplus[arg]. */
  STORE_DEREF,
  /** ( -- ): empty the cell. */
  DELETE_DEREF,
  /** ( -- v): in a class body, names[arg]... not used; class bodies read free vars with LOAD_DEREF. */
  LOAD_CLASSDEREF,

  // ----- attributes and items -----
  /** (obj -- value): getattr(obj, names[arg]). */
  LOAD_ATTR,
  /** (value obj -- ): setattr(obj, names[arg], value). */
  STORE_ATTR,
  /** (obj -- ): delattr(obj, names[arg]). */
  DELETE_ATTR,
  /**
   * (obj -- meth self) when names[arg] is a plain function found on the type (no bound method is created),
   * (obj -- NULL attr) otherwise. Followed by args and CALL.
   */
  LOAD_METHOD,
  /** (container key -- value) */
  BINARY_SUBSCR,
  /** (value container key -- ): container[key] = value. */
  STORE_SUBSCR,
  /** (container key -- ) */
  DELETE_SUBSCR,
  /** (start stop -- slice) when arg is 2; (start stop step -- slice) when 3. */
  BUILD_SLICE,

  // ----- operators -----
  /** (a b -- a OP b): arg is a BinaryOpArg; the INPLACE_* variants try __iadd__ etc. first. */
  BINARY_OP,
  /** (v -- -v) */
  UNARY_NEGATIVE,
  /** (v -- +v) */
  UNARY_POSITIVE,
  /** (v -- not v) */
  UNARY_NOT,
  /** (v -- ~v) */
  UNARY_INVERT,
  /** (a b -- a OP b): arg is a CompareOpArg (rich comparison). */
  COMPARE_OP,
  /** (a b -- bool): `a is b`, or `a is not b` when arg is 1. */
  IS_OP,
  /** (item container -- bool): `item in container`, or `not in` when arg is 1. */
  CONTAINS_OP,

  // ----- building -----
  /** (v1 .. vn -- tuple): arg = n; the tuple takes over the stack's references. */
  BUILD_TUPLE,
  /** (v1 .. vn -- list) */
  BUILD_LIST,
  /** (v1 .. vn -- set) */
  BUILD_SET,
  /** (k1 v1 .. kn vn -- dict) */
  BUILD_MAP,
  /** (v1 .. vn keys -- dict): keys is a tuple constant of n keys. */
  BUILD_CONST_KEY_MAP,
  /** (s1 .. sn -- str): concatenation of n strs (f-strings). */
  BUILD_STRING,
  /** (list x1 .. x(arg-1) v -- list x1 .. x(arg-1)): list.append(v) on the list arg deep after popping v (comprehensions). */
  LIST_APPEND,
  /** like LIST_APPEND for a set. */
  SET_ADD,
  /** (dict x.. key value -- dict x..): dict[key] = value on the dict arg deep after popping key and value. */
  MAP_ADD,
  /** (list x.. iterable -- list x..): list.extend(iterable), list arg deep after the pop. */
  LIST_EXTEND,
  /** (set x.. iterable -- set x..) */
  SET_UPDATE,
  /** (dict x.. mapping -- dict x..): dict.update(mapping) for `{**m}`. */
  DICT_UPDATE,
  /** (dict x.. mapping -- dict x..): like DICT_UPDATE but a repeated key raises TypeError (`f(**a, **b)`): "f() got multiple values for keyword argument 'k'". */
  DICT_MERGE,
  /** (list -- tuple) */
  LIST_TO_TUPLE,
  /** (seq -- vn .. v1): pushes items so that the first is on top; ValueError on a length mismatch. */
  UNPACK_SEQUENCE,
  /** (seq -- after.. list before..): arg = before | (after << 8): starred unpacking; the starred part is a list. */
  UNPACK_EX,
  /** (value -- str) or (value spec -- str) when arg & 4; arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii() before format(). */
  FORMAT_VALUE,

  // ----- control flow -----
  /** ( -- ): pc = arg. A jump to an earlier instruction is a loop back-edge (a line event, and a step counted against the budget). */
  JUMP,
  /** (v -- ): jump if v is falsy. */
  POP_JUMP_IF_FALSE,
  /** (v -- ): jump if v is truthy. */
  POP_JUMP_IF_TRUE,
  /** (v -- v) and jump if falsy, else (v -- ) and continue (`and`). */
  JUMP_IF_FALSE_OR_POP,
  /** (v -- v) and jump if truthy, else (v -- ) and continue (`or`). */
  JUMP_IF_TRUE_OR_POP,
  /** (iterable -- iterator) */
  GET_ITER,
  /** (iter -- iter next), or when exhausted (iter -- ) and jump to arg. */
  FOR_ITER,

  // ----- functions and calls -----
  /**
   * (defaults? kwdefaults? closure? code -- function): arg flags 0x01 defaults tuple, 0x02 kwdefaults dict,
   * 0x08 closure tuple of cells; `code` is a code constant. The function's globals are the frame's globals.
   */
  MAKE_FUNCTION,
  /** ( -- ): the next CALL's last len(consts[arg]) arguments are keyword arguments with these names (a tuple constant of str). */
  KW_NAMES,
  /**
   * (X Y a1 .. an -- result): arg = n. If X is NULL the callable is Y with args a1..an;
   * otherwise the callable is X with args Y, a1..an (after LOAD_METHOD, or a comprehension call with its iterator).
   * A Python function's arguments move into its new frame; a native callee sees them still on this stack.
   */
  CALL,
  /** (NULL callable args [kwargs] -- result): `f(*args, **kwargs)`; args is a tuple; kwargs (dict) present when arg & 1. */
  CALL_FUNCTION_EX,
  /** (v -- ): return v from this frame. */
  RETURN_VALUE,
  /** ( -- __build_class__): followed by a call with (body function, name, *bases, **keywords). */
  LOAD_BUILD_CLASS,

  // ----- generators -----
  /** (v -- sent): suspend the generator, yielding v; on resume push the sent value (None for next()). */
  YIELD_VALUE,
  /** (iterable -- iterator): iter() for `yield from`; a generator stays itself. */
  GET_YIELD_FROM_ITER,
  /**
   * (iter sent -- iter sent) delegating: advance iter with `sent`; when it yields x, suspend yielding x and
   * re-run this instruction on resume with the new sent value in place of `sent`; when it returns r,
   * (iter sent -- r) and continue.
   */
  YIELD_FROM,

  // ----- exceptions -----
  /** ( -- ): push a handler block: on an exception, unwind the value stack to its depth now, push the exception, jump to arg. */
  SETUP_FINALLY,
  /** ( -- ): pop the innermost handler block. */
  POP_BLOCK,
  /** (exc -- ): end of an except clause: drop exc and restore the previously handled exception (sys.exc_info). */
  POP_EXCEPT,
  /** (exc -- exc): start of a handler: mark exc as being handled (so a bare raise and __context__ see it). */
  PUSH_EXC_INFO,
  /** (exc type -- exc bool): isinstance(exc, type), type may be a tuple; TypeError if not exception classes. */
  CHECK_EXC_MATCH,
  /** (exc -- ): raise exc again, keeping its traceback. */
  RERAISE,
  /** arg 0: ( -- ) re-raise the exception being handled; 1: (exc -- ); 2: (exc cause -- ) raise exc from cause. */
  RAISE_VARARGS,
  /** ( -- AssertionError) */
  LOAD_ASSERTION_ERROR,

  // ----- modules -----
  /** ( -- module): import the builtin module names[arg] (dotted names not supported). */
  IMPORT_NAME,
  /** (module -- module value): getattr(module, names[arg]) or ImportError "cannot import name 'x' from 'm' (unknown location)". */
  IMPORT_FROM,

  // ----- with statements -----
  /**
   * (mgr -- exit enter_result): looks __enter__ and __exit__ up on mgr's type (TypeError "does not support the
   * context manager protocol" if missing), keeps the bound __exit__ and calls __enter__.
   */
  BEFORE_WITH,
  /** ( -- ): as SETUP_FINALLY, but the handler's stack depth leaves out the __enter__ result on top (CPython's SETUP_WITH). */
  SETUP_WITH,
  /** (exit exc -- exit exc res): res = exit(type(exc), exc, exc.__traceback__), in a with statement's handler. */
  WITH_EXCEPT_START,

  // ----- match statements -----
  /** (obj -- obj len): len(obj) pushed. */
  GET_LEN,
  /** (subject -- subject bool): whether subject is a sequence for patterns (list, tuple, range; not str). */
  MATCH_SEQUENCE,
  /** (subject -- subject bool): whether subject is a mapping for patterns (dict). */
  MATCH_MAPPING,
  /** (subject keys -- subject keys values): the values of the keys tuple in subject as a tuple, or None if one is missing. */
  MATCH_KEYS,
  /** (subject type names -- attrs): isinstance check, then arg positional attributes (__match_args__) and the named ones as a tuple, or None. */
  MATCH_CLASS,

  /** (v -- ): sys.displayhook(v), for expression statements of code compiled in 'single' mode. */
  PRINT_EXPR,
  /** (module -- ): `from module import *` into the frame's locals dict (__all__, else the public names). */
  IMPORT_STAR,

  // ----- except* (PEP 654) -----
  /**
   * (exc type -- rest match): except* matching; match is None (and rest is exc) when nothing matches. A naked
   * exception that matches is wrapped in ExceptionGroup(''); a partial match splits the group. The matched part
   * becomes the exception being handled. TypeError when type is, or holds, an exception group class.
   */
  CHECK_EG_MATCH,
  /** (orig excs -- exc or None): what leaves an except* statement, from the original and the list of raised/unhandled parts. */
  PREP_RERAISE_STAR,
  /** (v -- ): jump if v is None. */
  POP_JUMP_IF_NONE,
  /** (v -- ): jump if v is not None. */
  POP_JUMP_IF_NOT_NONE,

  // ----- coroutines (async def, await, async for, async with) -----
  /**
   * (v -- awaitable iterator): what `await v` delegates to with YIELD_FROM: a coroutine itself, else
   * type(v).__await__(v), which must return an iterator that is not a coroutine.
   */
  GET_AWAITABLE,
  /** (v -- aiter): type(v).__aiter__(v), for `async for`. */
  GET_AITER,
  /** (aiter -- aiter awaitable): the awaitable of type(aiter).__anext__(aiter). */
  GET_ANEXT,
  /** (aiter exc -- ): the end of an `async for`: StopAsyncIteration ends the loop, another exception is raised again. */
  END_ASYNC_FOR,
  /** (mgr -- __aexit__ awaitable): `async with`: the bound __aexit__ and the awaitable of mgr.__aenter__(). */
  BEFORE_ASYNC_WITH,
  /** (v -- wrapped): a value an async generator yields to its consumer (not an await's value passed through). */
  ASYNC_GEN_WRAP,
}

/** Opcode names indexed by number, for disassembly. */
export const OP_NAMES: readonly string[] = [
  'NOP', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'LOAD_CONST',
  'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
  'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'MAKE_CELL', 'COPY_FREE_VARS', 'LOAD_CLOSURE',
  'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF',
  'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'BINARY_SUBSCR', 'STORE_SUBSCR',
  'DELETE_SUBSCR', 'BUILD_SLICE',
  'BINARY_OP', 'UNARY_NEGATIVE', 'UNARY_POSITIVE', 'UNARY_NOT', 'UNARY_INVERT', 'COMPARE_OP',
  'IS_OP', 'CONTAINS_OP',
  'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING',
  'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE',
  'LIST_TO_TUPLE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'FORMAT_VALUE',
  'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP',
  'GET_ITER', 'FOR_ITER',
  'MAKE_FUNCTION', 'KW_NAMES', 'CALL', 'CALL_FUNCTION_EX', 'RETURN_VALUE', 'LOAD_BUILD_CLASS',
  'YIELD_VALUE', 'GET_YIELD_FROM_ITER', 'YIELD_FROM',
  'SETUP_FINALLY', 'POP_BLOCK', 'POP_EXCEPT', 'PUSH_EXC_INFO', 'CHECK_EXC_MATCH', 'RERAISE',
  'RAISE_VARARGS', 'LOAD_ASSERTION_ERROR',
  'IMPORT_NAME', 'IMPORT_FROM',
  'BEFORE_WITH', 'SETUP_WITH', 'WITH_EXCEPT_START',
  'GET_LEN', 'MATCH_SEQUENCE', 'MATCH_MAPPING', 'MATCH_KEYS', 'MATCH_CLASS',
  'PRINT_EXPR', 'IMPORT_STAR',
  'CHECK_EG_MATCH', 'PREP_RERAISE_STAR', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE',
  'GET_AWAITABLE', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'BEFORE_ASYNC_WITH', 'ASYNC_GEN_WRAP',
];

/** BINARY_OP arguments, numbered as CPython 3.11's NB_* constants. */
export const enum BinaryOpArg {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6,
  OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
  INPLACE_ADD = 13, INPLACE_AND = 14, INPLACE_FLOOR_DIVIDE = 15, INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18, INPLACE_REMAINDER = 19, INPLACE_OR = 20,
  INPLACE_POWER = 21, INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23, INPLACE_TRUE_DIVIDE = 24, INPLACE_XOR = 25,
}

/** Operator symbols for BINARY_OP arguments, as in error messages ("unsupported operand type(s) for +"). */
export const BINARY_OP_SYMBOLS: readonly string[] = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
];

/** COMPARE_OP arguments, as CPython's Py_LT..Py_GE. */
export const enum CompareOpArg { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

export const COMPARE_OP_SYMBOLS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];

/** MAKE_FUNCTION flag bits. */
export const enum MakeFunctionFlag { DEFAULTS = 0x01, KWDEFAULTS = 0x02, ANNOTATIONS = 0x04, CLOSURE = 0x08 }

/** FORMAT_VALUE bits. */
export const enum FormatValueFlag { CONVERSION_MASK = 0x03, CONVERT_STR = 1, CONVERT_REPR = 2, CONVERT_ASCII = 3, HAS_SPEC = 0x04 }
