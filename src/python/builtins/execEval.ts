// compile(), exec() and eval() through our own parser and compiler (never JavaScript's eval), and the
// displayhook that code compiled in 'single' mode prints its expression statements with.

import { formatSyntaxWarning, type SyntaxWarningNote } from '../compiler/syntaxWarnings';
import { NativeRaise, PySyntaxError, type SyntaxDiagnostic } from '../errors';
import { byteColumn } from '../vm/traceback';
import type { PyObject } from '../runtime/object';
import { PyDict } from '../runtime/dict';
import { PyCode, PyFunction, PyModule, PyNone, PyStr } from '../runtime/objects';
import { E, None, T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newException, newInt, newNone, newStr, newTuple } from '../runtime/factory';
import { dictSetStr } from '../runtime/containers';
import { repr } from '../runtime/ops/repr';
import { initSyntaxErrorMembers } from '../runtime/exceptionMembers';
import { parseModule } from '../syntax/statementParser';
import { withLiteralDigitLimit } from '../syntax/atomParser';
import { compileExpressionModule, compileModule } from '../compiler/compiler';
import type { CodeObject } from '../bytecode/code';
import type * as A from '../ast';
import { materializeCode } from '../bootstrap';
import { clinic, type Kwargs } from '../modules/argumentClinic';
import { currentLocals } from './introspection';
import { PyRaise, type VM } from '../vm/vm';
import type { NativeOp } from '../vm/nativeOp';

type Mode = 'exec' | 'eval' | 'single';

/** The SyntaxError instance compile() raises: args (msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
export function syntaxErrorFor(d: SyntaxDiagnostic, filename: string, text: string | null, located = false): PyRaise {
  if (d.line === 0 && !located) return new PyRaise(newException(E[d.type], d.message ? [newStr(d.message)] : []));
  const endLine = d.endLine ?? d.line;
  const endColumn = d.endColumn ?? (d.type === 'SyntaxError' ? 0 : -1);
  const details = [newStr(filename), newInt(d.line), newInt(d.column), text === null ? newNone() : newStr(text), newInt(endLine), newInt(endColumn)];
  const exc = newException(E[d.type], [newStr(d.message), newTuple(details)]);
  initSyntaxErrorMembers(exc, exc.exc!.args.items);
  return new PyRaise(exc);
}

/**
 * Where eval mode's parser gives up on a statement (0-based columns): an assignment's operator after its
 * target, else the statement's first token (its keyword).
 */
function firstTokenNotInExpression(s: A.Stmt, lineText: string): [number, number] {
  if (s.kind === 'Assign' || s.kind === 'AugAssign' || s.kind === 'AnnAssign') {
    const target = s.kind === 'Assign' ? s.targets[0] : s.target;
    let col = target.endCol;
    while (lineText[col] === ' ' || lineText[col] === '\t') col++;
    const op = /^[-+*/%@&|^<>]*=|^:/.exec(lineText.slice(col));
    return [col, col + (op ? op[0].length : 1)];
  }
  const word = /^[A-Za-z_]\w*/.exec(lineText.slice(s.col));
  return [s.col, s.col + (word ? word[0].length : 1)];
}

/** The statements that end in a block (compound_stmt). */
const COMPOUND = new Set<A.Stmt['kind']>(['If', 'For', 'While', 'With', 'FunctionDef', 'ClassDef', 'Try', 'Match']);

/** A diagnostic with its columns as 1-based UTF-8 byte offsets into the source's lines. */
function inBytes(d: SyntaxDiagnostic, lines: readonly string[]): SyntaxDiagnostic {
  const at = (line: number | undefined, column: number | undefined): number | undefined =>
    line === undefined || column === undefined || lines[line - 1] === undefined ? column : byteColumn(lines[line - 1], column);
  return { ...d, column: at(d.line, d.column)!, endColumn: at(d.endLine, d.endColumn) };
}

/** Whether the parser gave up at the end of source text that has no final newline (after its last token). */
function endsWithoutNewline(text: string, lines: string[], d: SyntaxDiagnostic): boolean {
  if (d.message !== 'invalid syntax' || d.line !== lines.length || /[\r\n]$/.test(text)) return false;
  const content = lines[lines.length - 1].replace(/#[^'"]*$/, '').trimEnd();
  return d.column - 1 >= content.length;
}

/** Compiles source text for compile()/exec()/eval(); SyntaxErrors come out as Python exceptions. */
export function compileText(text: string, filename: string, mode: Mode, warnings: SyntaxWarningNote[] = []): CodeObject {
  const lines = text.split(/\r?\n|\r/);
  let module;
  try {
    module = withLiteralDigitLimit(activeHeap().intMaxStrDigits, () => parseModule(text, undefined, warnings, true));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const line = lines[e.diagnostic.line - 1];
    let d = e.diagnostic;
    if (line !== undefined && mode !== 'exec' && endsWithoutNewline(text, lines, d)) {
      // Only 'exec' input gets an implied final newline: elsewhere the parser fails at ENDMARKER, which has no column.
      d = { ...d, column: 0, endColumn: 0 };
    }
    // The line as the source has it ('exec' input always ends in a newline).
    const hasNewline = mode === 'exec' || d.line < lines.length;
    throw syntaxErrorFor(d, filename, d.text ?? (line === undefined ? null : d.textWithoutNewline || !hasNewline ? line : line + '\n'));
  }
  try {
    if (mode === 'eval') {
      const only = module.body.length === 1 ? module.body[0] : null;
      if (!only || only.kind !== 'Expr') {
        // An approximation of where CPython's parser stops: the statement that is not an expression.
        if (module.body.length === 0) {
          const line = text.trim() === '' && text.includes('\n') ? 1 : 0;
          throw syntaxErrorFor({ type: 'SyntaxError', message: 'invalid syntax', line, column: 0, endLine: line, endColumn: 0 }, filename, line ? '\n' : '', true);
        }
        const at = only ?? module.body[1];
        const lineText = lines[at.line - 1] ?? '';
        const [start, end] = firstTokenNotInExpression(at, lineText);
        const lineAsGiven = at.line < lines.length ? lineText + '\n' : lineText;
        throw syntaxErrorFor({ type: 'SyntaxError', message: 'invalid syntax', line: at.line, column: start + 1, endLine: at.line, endColumn: end + 1 }, filename, lineAsGiven);
      }
      return compileExpressionModule(module, only.value, filename, warnings);
    }
    if (mode === 'single' && module.body.length > 1) {
      const first = module.body[0];
      const at = { type: 'SyntaxError' as const, line: first.endLine, column: first.endCol + 1, endLine: first.endLine, endColumn: first.endCol + 1 };
      throw syntaxErrorFor({ ...at, message: 'multiple statements found while compiling a single statement' }, filename, (lines[first.endLine - 1] ?? '') + '\n');
    }
    const last = lines[lines.length - 1];
    if (mode === 'single' && module.body.length === 1 && COMPOUND.has(module.body[0].kind) && last !== '' && !/^[ \t\f]/.test(last)) {
      // A compound statement ending in a one-line clause at the margin needs the newline that ends it.
      throw syntaxErrorFor({ type: 'SyntaxError', message: 'invalid syntax', line: lines.length, column: 0, endLine: lines.length, endColumn: 0 }, filename, last);
    }
    return compileModule(module, filename, mode === 'single', warnings);
  } catch (e) {
    // The compiler's own errors carry no text: CPython would read it from the file, and a string has none. Their
    // columns are the AST's, in UTF-8 bytes (the parser's are characters for a string).
    if (e instanceof PySyntaxError) throw syntaxErrorFor(inBytes(e.diagnostic, lines), filename, null);
    throw e;
  }
}

/** compileText, with the compiler's SyntaxWarnings written to stderr (a string has no lines to show with them). */
function compileWarning(vm: VM, source: string, filename: string, mode: Mode): CodeObject {
  const warnings: SyntaxWarningNote[] = [];
  try {
    return compileText(source, filename, mode, warnings);
  } finally {
    // Also when the text has a syntax error: the tokenizer's warnings come before it.
    for (const w of warnings) vm.writeStderr(formatSyntaxWarning(w, filename, null));
  }
}

/** The code object exec()/eval() run: a code object as given, or compiled from a str. */
function codeFor(vm: VM, fname: 'exec' | 'eval', source: PyObject): PyCode {
  if (source instanceof PyCode) return incref(source);
  if (!(source instanceof PyStr)) throw new NativeRaise('TypeError', `${fname}() arg 1 must be a string, bytes or code object`);
  // builtin_eval_impl skips leading blanks and tabs (compile() does not: there they are an unexpected indent).
  const text = fname === 'eval' ? source.value.replace(/^[ \t]+/, '') : source.value;
  return materializeCode(vm, compileWarning(vm, text, '<string>', fname));
}

function isMapping(o: PyObject): boolean {
  return o instanceof PyDict || o.type.lookup('__getitem__') !== undefined;
}

/**
 * The globals and locals exec()/eval() run in, and the builtins the frame sees: borrowed, as CPython borrows
 * them (from the arguments, which stay on the caller's stack, or from the calling frame).
 */
function namespaces(vm: VM, fname: 'exec' | 'eval', globals: PyObject | undefined, locals: PyObject | undefined): [PyDict, PyDict, PyDict] {
  const noGlobals = globals === undefined || globals instanceof PyNone;
  const noLocals = locals === undefined || locals instanceof PyNone;
  if (!noGlobals && !(globals instanceof PyDict)) {
    if (fname === 'exec') throw new NativeRaise('TypeError', `exec() globals must be a dict, not ${globals!.type.name}`);
    throw new NativeRaise('TypeError', isMapping(globals!) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (!noLocals && !isMapping(locals!)) {
    throw new NativeRaise('TypeError', fname === 'exec' ? `locals must be a mapping or None, not ${locals!.type.name}` : 'locals must be a mapping');
  }
  if (!noLocals && !(locals instanceof PyDict)) {
    throw new NativeRaise('NotImplementedError', `${fname}() with locals that are not a dict is not supported in this playground`);
  }
  let g: PyDict;
  let l: PyDict;
  if (noGlobals) {
    g = vm.frame!.globals;
    if (noLocals) {
      // The frame keeps the dict locals() made (its f_locals).
      l = currentLocals(vm) as PyDict;
      decref(l);
    } else l = locals as PyDict;
  } else {
    g = globals as PyDict;
    l = noLocals ? g : (locals as PyDict);
  }
  // A fresh globals dict gets the builtins, as exec and eval insert them.
  if (!g.getStr('__builtins__')) dictSetStr(g, '__builtins__', vm.frame?.builtins ?? vm.builtins);
  const given = g.getStr('__builtins__');
  const builtins = given instanceof PyDict ? given : given instanceof PyModule ? given.dict : vm.builtins;
  return [g, l, builtins];
}

function* runCode(vm: VM, fname: 'exec' | 'eval', source: PyObject, globals: PyObject | undefined, locals: PyObject | undefined): NativeOp<PyObject> {
  const [g, l, builtins] = namespaces(vm, fname, globals, locals);
  {
    const code = codeFor(vm, fname, source);
    // PyEval_EvalCode runs the code through a function object made for it: the frame holds it, and it holds
    // the globals, so a traceback that keeps the frame keeps the globals too.
    const func = vm.heap.register(new PyFunction(T.function, code, incref(g), null, null, null));
    vm.heap.track(func);
    let frame;
    try {
      frame = vm.frameForBody(code, g, l, func, builtins);
    } finally {
      decref(func);
    }
    return (yield frame) as PyObject;
  }
}

/** exec(source, globals=None, locals=None, /, *, closure=None) */
export function* execOp(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  const [source, globals, locals, closure] = clinic('exec', args, kwargs, { positional: ['', '', ''], keywordOnly: ['closure'], required: 1 });
  if (closure !== undefined && closure !== None) throw new NativeRaise('TypeError', 'cannot use a closure with this code object');
  decref(yield* runCode(vm, 'exec', source!, globals, locals));
  return newNone();
}

/** eval(source, globals=None, locals=None, /) */
export function* evalOp(vm: VM, args: PyObject[], kwargs: Kwargs): NativeOp<PyObject> {
  if (kwargs && kwargs.size > 0) throw new NativeRaise('TypeError', 'eval() takes no keyword arguments');
  if (args.length < 1) throw new NativeRaise('TypeError', `eval expected at least 1 argument, got ${args.length}`);
  if (args.length > 3) throw new NativeRaise('TypeError', `eval expected at most 3 arguments, got ${args.length}`);
  return yield* runCode(vm, 'eval', args[0], args[1], args[2]);
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1) */
export function compileBuiltin(vm: VM, args: PyObject[], kwargs: Kwargs): PyObject {
  const [source, filename, mode] = clinic('compile', args, kwargs, {
    positional: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], keywordOnly: ['_feature_version'], required: 3,
  });
  if (!(filename instanceof PyStr)) throw new NativeRaise('TypeError', `expected str, bytes or os.PathLike object, not ${filename!.type.name}`);
  const modeName = mode instanceof PyStr ? mode.value : null;
  if (!(mode instanceof PyStr)) throw new NativeRaise('TypeError', `compile() argument 'mode' must be str, not ${mode!.type.name}`);
  if (modeName !== 'exec' && modeName !== 'eval' && modeName !== 'single') {
    throw new NativeRaise('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (!(source instanceof PyStr)) throw new NativeRaise('TypeError', 'compile() arg 1 must be a string, bytes or AST object');
  return materializeCode(vm, compileWarning(vm, source.value, filename.value, modeName));
}

/** sys.displayhook's default: print repr(value) unless it is None, and keep it as builtins._ */
export function displayHook(vm: VM, value: PyObject): void {
  if (value === None) return;
  dictSetStr(vm.builtins, '_', None);
  vm.write(repr(vm, value) + '\n');
  dictSetStr(vm.builtins, '_', value);
}
