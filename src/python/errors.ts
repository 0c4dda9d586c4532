// Errors that cross from pure helper code (parser, formatting, sizes) into the VM as Python exceptions.

/** Names of the builtin exception classes that native helper code may raise. */
export type BuiltinErrorName =
  | 'ValueError' | 'TypeError' | 'KeyError' | 'IndexError' | 'ZeroDivisionError'
  | 'OverflowError' | 'AttributeError' | 'NameError' | 'RuntimeError' | 'StopIteration'
  | 'RecursionError' | 'ReferenceError' | 'MemoryError' | 'ImportError' | 'ModuleNotFoundError'
  | 'NotImplementedError' | 'UnboundLocalError' | 'AssertionError' | 'EOFError'
  | 'LookupError' | 'ArithmeticError' | 'UnicodeError' | 'GeneratorExit' | 'BufferError'
  | 'UnicodeDecodeError' | 'UnicodeEncodeError' | 'BrokenPipeError' | 'StopAsyncIteration';

/**
 * An argument's type as Argument Clinic and PyArg_Parse* name it in "must be str, not X": None is `None`, any other
 * object its type's name (_PyArg_BadArgument).
 */
export function argTypeName(o: { readonly type: { readonly name: string } }): string {
  return o.type.name === 'NoneType' ? 'None' : o.type.name;
}

/**
 * Thrown by native (TypeScript) helpers to raise a Python exception; the VM
 * catches it and raises a real Python exception object of that class.
 * Example: `throw new NativeRaise('ValueError', "invalid literal for int() with base 10: 'x'")`.
 * Not an Error: V8 makes every Error with a stack trace, or at least its machinery, which cost 1-1.8 µs per raise
 * even with Error.stackTraceLimit at 0 (0.3 µs for this plain object), and a program catching ValueError from
 * int() in a loop raises thousands. Python's traceback is the VM's own.
 */
export class NativeRaise {
  constructor(
    readonly pyType: BuiltinErrorName,
    readonly pyMessage: string,
    /** Members the exception carries (AttributeError's name and obj, NameError's name): strs or borrowed objects. */
    readonly members?: Readonly<Record<string, string | object>>,
    /** The exception's args when they are not the one message: `OverflowError(34, 'Numerical result out of range')`. */
    readonly args?: readonly (string | number | { readonly bytes: string })[],
  ) {}

  /** As an Error's, for code that reports any thrown value. */
  get message(): string {
    return `${this.pyType}: ${this.pyMessage}`;
  }

  toString(): string {
    return this.message;
  }
}

/** A syntax or indentation error found while tokenizing, parsing or compiling. Lines and columns are 1-based. */
export interface SyntaxDiagnostic {
  /** MemoryError and RecursionError: the parser's or compiler's depth limits, which CPython reports without a location. */
  readonly type: 'SyntaxError' | 'IndentationError' | 'TabError' | 'MemoryError' | 'RecursionError';
  readonly message: string;
  /** 0 when CPython reports no location (then only `Type: message` prints). */
  readonly line: number;
  /** 1-based column of the caret CPython prints (offset + 1 of the error start). */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The tokenizer's own errors (tokenizer.c's _syntaxerror_range) carry their line without its newline as text. */
  readonly textWithoutNewline?: boolean;
  /**
   * The error's line when it is not the source's: an f-string expression's is its parenthesized copy, which
   * CPython parses apart (columns count in it). The newline is included.
   */
  readonly text?: string;
}

/** A failure with no location, printed as CPython prints it: `MemoryError`, `RecursionError: ...`. */
export function unlocatedDiagnostic(type: SyntaxDiagnostic['type'], message: string): SyntaxDiagnostic {
  return { type, message, line: 0, column: 0 };
}

/** Thrown by the tokenizer, parser or compiler when the source cannot be compiled. */
export class PySyntaxError extends Error {
  constructor(readonly diagnostic: SyntaxDiagnostic) {
    super(`${diagnostic.type}: ${diagnostic.message} (line ${diagnostic.line}, column ${diagnostic.column})`);
  }
}
