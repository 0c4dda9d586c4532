// Formats uncaught exceptions and syntax errors exactly as CPython prints them on stderr.

import { NativeRaise, type SyntaxDiagnostic } from '../errors';
import { PyInstance, type TracebackEntry } from '../runtime/objects';
import { exceptionStr, repr, str } from '../runtime/ops/repr';
import type { PyObject } from '../runtime/object';
import { ExecutionHalted, PyRaise, type VM } from './vm';
import { caretLine } from './tracebackCarets';
import { printRecursive } from './tracebackGroups';

/** `NameError` or `module.Qualname` for exceptions outside builtins and __main__. */
export function exceptionTypeName(exc: PyInstance): string {
  return exceptionTypePieces(exc).join('');
}

/** The type name as CPython writes it: the module and '.' apart from the qualified name. */
function exceptionTypePieces(exc: PyInstance): string[] {
  const t = exc.type;
  if (!t.isHeapType || t.module === '__main__' || t.module === 'builtins') return [t.qualname];
  return [t.module, '.', t.qualname];
}

/** The last line: `ValueError: message`, or just the type name when the message is empty. */
export function exceptionOnlyLine(vm: VM, exc: PyInstance): string {
  return exceptionLinePieces(vm, exc).join('');
}

/** The last line without its newline, in the pieces print_exception writes (the empty message too). */
export function exceptionLinePieces(vm: VM, exc: PyInstance): string[] {
  const message = safely(vm, () => str(vm, exc), '<exception str() failed>');
  return message === '' ? [...exceptionTypePieces(exc), message] : [...exceptionTypePieces(exc), ': ', message];
}

/** CPython prints at most this many entries (sys.tracebacklimit), the most recent ones. */
const TRACEBACK_LIMIT = 1000;
/** Identical consecutive entries beyond this many are summarized (TB_RECURSIVE_CUTOFF). */
const RECURSIVE_CUTOFF = 3;

function repeatedLine(count: number): string {
  const more = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
}

/**
 * "Traceback (most recent call last):" and the entries (innermost first in `all`), in the pieces CPython writes
 * (one write each; a caret line a write per character). The main report writes a margin before each line
 * (`''`, or the indent and `| ` inside an exception group); PyTraceBack_Print, for "Exception ignored in", none.
 */
export function tracebackPieces(
  vm: VM, all: readonly TracebackEntry[], sourceLines: readonly string[],
  margin: readonly string[] = [], header = 'Traceback (most recent call last):', headerMargin: readonly string[] = margin,
): string[] {
  return [...headerMargin, `${header}\n`, ...tracebackEntryGroups(vm, all, sourceLines, margin).flat()];
}

/**
 * The entries' lines without the header, one group of pieces per entry printed (its File line, source line and
 * carets) or per "[Previous line repeated ...]" line: the items the traceback module's format functions return.
 * `sourceOf` gives an entry's raw line (by default the program's own files: the script, its imported modules). For the traceback module
 * (`asModule`) the line is as linecache reads it (with its newline) and printed stripped at both ends, as
 * traceback.py does where the C printer strips the indentation only.
 */
export function tracebackEntryGroups(
  vm: VM, all: readonly TracebackEntry[], sourceLines: readonly string[], margin: readonly string[] = [],
  sourceOf: (e: TracebackEntry) => string | undefined = (e) => (e.filename === vm.filename ? sourceLines[e.line - 1] : vm.moduleSourceLines.get(e.filename)?.[e.line - 1]),
  asModule = false,
): string[][] {
  const entries = all.slice(0, TRACEBACK_LIMIT);
  const out: string[][] = [];
  const prefix = margin.join('');
  let last: TracebackEntry | null = null;
  let count = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!last || e.filename !== last.filename || e.line !== last.line || e.name !== last.name) {
      if (count > RECURSIVE_CUTOFF) out.push([prefix + repeatedLine(count)]);
      last = e;
      count = 0;
    }
    if (++count > RECURSIVE_CUTOFF) continue;
    const group = [...margin, `  File "${e.filename}", line ${e.line}, in ${e.name}\n`];
    const found = sourceOf(e);
    const raw = asModule ? found?.trimEnd() : found;
    // tb_displayline strips the indentation only: trailing blanks are printed (and then carets show).
    if (found !== undefined && raw !== undefined && raw.trim()) {
      group.push(...margin, '    ', asModule ? raw.trim() : raw.replace(/^[ \t\f]+/, ''), '\n');
      const carets = caretLine(raw, e.line, e.col, e.endLine, e.endCol);
      if (carets) group.push(...margin, ...Array.from(asModule ? moduleCaretPadding(carets, raw, found, e.col!) : carets), '\n');
    }
    out.push(group);
  }
  if (count > RECURSIVE_CUTOFF) out.push([prefix + repeatedLine(count)]);
  return out;
}

/**
 * traceback.py pads the markers by the column less everything strip() took off the line (its newline and
 * trailing blanks too): a line with trailing blanks has its markers that much further left than the C printer's.
 */
function moduleCaretPadding(carets: string, raw: string, found: string, col: number): string {
  const lead = raw.length - raw.trimStart().length;
  const marks = carets.slice(SOURCE_INDENT.length + col - lead);
  return SOURCE_INDENT + ' '.repeat(Math.max(0, col + 1 - (found.length - found.trim().length))) + marks;
}

/** The indent of a source line and its markers. */
const SOURCE_INDENT = '    ';

/**
 * What PyErr_WriteUnraisable prints, in its pieces: "Exception ignored in: " and the object's repr, the
 * traceback (or, when the exception has none, the frame running now), and "Type: message" (the colon even
 * when empty).
 */
export function unraisablePieces(vm: VM, exc: PyInstance, where: PyObject, sourceLines: readonly string[], label = 'Exception ignored in'): string[] {
  const out = [`${label}: `, safely(vm, () => repr(vm, where), '<object repr() failed>'), '\n'];
  let entries = exc.exc?.traceback ?? [];
  const frame = vm.frame;
  if (entries.length === 0 && frame) {
    const code = frame.code;
    const at = Math.max(0, frame.pc - 1);
    entries = [{ filename: code.filename, line: code.lines[at], name: code.name, col: code.columns[at], endLine: code.endLines[at], endCol: code.endColumns[at] }];
  }
  if (entries.length > 0) out.push(...tracebackPieces(vm, entries, sourceLines));
  out.push(...exceptionTypePieces(exc), ': ', safely(vm, () => exceptionStr(vm, exc), '<exception str() failed>'), '\n');
  return out;
}

/** A text made by Python code, or `fallback` when that code raises. */
function safely(vm: VM, make: () => string, fallback: string): string {
  try {
    return make();
  } catch (e) {
    if (e instanceof ExecutionHalted) throw e;
    if (e instanceof PyRaise) vm.decref(e.exc);
    else if (!(e instanceof NativeRaise)) throw e;
    return fallback;
  }
}

/** The full report for an uncaught exception, with its __cause__ / __context__ chain first, in its pieces. */
export function exceptionReportPieces(vm: VM, exc: PyInstance, sourceLines: readonly string[]): string[] {
  return printRecursive({ vm, sourceLines, depth: 0, needClose: false, seen: new Set(), out: [], suggests: true }, exc).out;
}

/** How many bytes the text takes in UTF-8. */
export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** A 1-based column of a line as a 1-based UTF-8 byte offset (columns past the end count one byte each). */
export function byteColumn(line: string, column: number): number {
  if (column < 1) return column;
  const inLine = Math.min(column - 1, line.length);
  return utf8Length(line.slice(0, inLine)) + (column - 1 - inLine) + 1;
}

/** CPython's report of a SyntaxError: file, line, the source line and a caret under the column. */
export function formatSyntaxError(d: SyntaxDiagnostic, filename: string, sourceLines: readonly string[]): string {
  if (d.line === 0) return d.message ? `${d.type}: ${d.message}\n` : `${d.type}\n`;
  let out = `  File "${filename}", line ${d.line}\n`;
  // The error's text is a C string in CPython: it ends at a null byte.
  const raw = (d.text !== undefined ? d.text.replace(/\n$/, '') : sourceLines[d.line - 1])?.split('\0')[0];
  if (raw !== undefined) {
    // print_error_text strips blanks, tabs and form feeds only.
    const trimmed = raw.replace(/^[ \t\f]+/, '');
    const removed = raw.length - trimmed.length;
    // Only the newline goes at the end: trailing blanks stay, as print_error_text prints them.
    const text = trimmed;
    out += `    ${text}\n`;
    // print_error_text: the offset moves left with the stripped indentation and is clipped to the text;
    // no marker when it points left of the text.
    // A range over several lines is marked to the end of its first (whose text ends with the newline). The end
    // is read for SyntaxError itself only (parse_syntax_error): IndentationError and TabError get one caret.
    // A file's errors count columns in UTF-8 bytes (its tokenizer has no encoding to convert them with, and the
    // compiler's come from the AST's byte offsets), and so does print_error_text's caret.
    const endColumn = d.type !== 'SyntaxError' ? undefined
      : d.endLine !== undefined && d.endLine > d.line ? utf8Length(raw) + 1 : d.endLine === d.line && d.endColumn !== undefined ? byteColumn(raw, d.endColumn) : undefined;
    const column = byteColumn(raw, d.column);
    const width = endColumn !== undefined && endColumn > column ? endColumn - column : 1;
    const offset = Math.min(column - 1 - removed, utf8Length(text));
    if (offset >= 0) out += `    ${' '.repeat(offset)}${'^'.repeat(width)}\n`;
  }
  return out + `${d.type}: ${d.message}\n`;
}
