// The traceback module's native half: its format functions return the same text the VM prints for an uncaught
// exception (vm/traceback*.ts), cut into the items CPython's traceback.py returns (one per frame, per chain
// message, per exception line).

import type { PyObject } from '../../runtime/object';
import { PyInstance, PyInt, PyList, PyNone, PyStr, PyTraceback, PyTuple, type TracebackEntry } from '../../runtime/objects';
import { newBool, newInt, newList, newNone, newStr, newTuple } from '../../runtime/factory';
import { NativeRaise } from '../../errors';
import { builtinFunction, expectArgs, intArg } from '../../builtins/define';
import { splitLines } from '../../builtins/strText';
import { isExceptionGroup } from '../../builtins/exceptionGroups';
import { once } from '../nativeType';
import type { VM } from '../../vm/vm';
import { exceptionTypeName, tracebackEntryGroups } from '../../vm/traceback';
import { CAUSE_MESSAGE, CONTEXT_MESSAGE, printExceptionLine, printNotes, printRecursive, type PrintContext } from '../../vm/tracebackGroups';
import { programLine, sourceLineOf } from '../warnings/warningsNative';
import { E } from '../../runtime/builtinTypes';
import { str } from '../../runtime/ops/repr';
import { syntaxErrorLines } from './syntaxErrorLines';

const HEADER = 'Traceback (most recent call last):\n';

function printContext(vm: VM, seen = new Set<PyInstance>()): PrintContext {
  return { vm, sourceLines: vm.sourceLines, depth: 0, needClose: false, seen, out: [], suggests: false };
}

/** The entries (innermost first) a limit keeps: the outermost `limit`, or for a negative one the innermost -limit. */
function limitEntries(entries: readonly TracebackEntry[], limit: number | null): readonly TracebackEntry[] {
  if (limit === null) return entries;
  if (limit >= 0) return entries.slice(Math.max(0, entries.length - limit));
  return entries.slice(0, -limit);
}

function optionalLimit(o: PyObject): number | null {
  return o instanceof PyNone ? null : intArg(o);
}

/** format_exception_only: the exception line (a SyntaxError's location lines apart), then each line of the notes. */
function exceptionOnlyItems(vm: VM, exc: PyInstance): string[] {
  const syntax = exc.type.isSubtypeOf(E.SyntaxError) ? syntaxErrorLines(exc, exceptionTypeName(exc), (o) => str(vm, o)) : null;
  const line = printContext(vm);
  const notesFollow = syntax !== null || printExceptionLine(line, exc);
  const text = line.out.join('');
  const items = syntax ?? (line.out.length && notesFollow ? [text] : splitLines(text, true));
  if (notesFollow) {
    const notes = printContext(vm);
    printNotes(notes, exc);
    items.push(...splitLines(notes.out.join(''), true));
  }
  return items;
}

/** TracebackException.format: the chain first (cause, else context unless suppressed), each exception's items. */
function exceptionItems(
  vm: VM, exc: PyInstance, limit: number | null, chain: boolean, seen: Set<PyInstance>, out: string[],
  traceback: readonly TracebackEntry[] = exc.exc?.traceback ?? [],
): void {
  seen.add(exc);
  const state = exc.exc;
  if (chain && state) {
    const chained = state.cause ?? (state.suppressContext ? null : state.context);
    if (chained instanceof PyInstance && !seen.has(chained)) {
      exceptionItems(vm, chained, limit, chain, seen, out);
      out.push(`\n${state.cause ? CAUSE_MESSAGE : CONTEXT_MESSAGE}\n`);
    }
  }
  if (isExceptionGroup(exc)) {
    out.push(...groupItems(printRecursive(printContext(vm, seen), exc).out.join('')));
    return;
  }
  const entries = limitEntries(traceback, limit);
  if (entries.length) out.push(HEADER, ...entryItems(vm, entries));
  out.push(...exceptionOnlyItems(vm, exc));
}

/** A group's boxed layout as the VM prints it, a line an item except a frame's source and caret lines. */
function groupItems(text: string): string[] {
  const items: string[] = [];
  let inFrame = false;
  for (const line of splitLines(text, true)) {
    const body = line.replace(/^ *\| /, '');
    if (inFrame && body.startsWith('    ')) items[items.length - 1] += line;
    else {
      items.push(line);
      inFrame = body.startsWith('  File "');
    }
  }
  return items;
}

/** A traceback object's entries, innermost first (none for None). */
function tracebackEntries(tb: PyObject): TracebackEntry[] {
  const entries: TracebackEntry[] = [];
  for (let t = tb instanceof PyTraceback ? tb : null; t; t = t.next) entries.push(t.entry);
  return entries.reverse();
}

/** StackSummary.format's items for entries (innermost first), each line given or else the program's own. */
function entryItems(vm: VM, entries: readonly TracebackEntry[], lines?: ReadonlyMap<TracebackEntry, string>): string[] {
  const sourceOf = (e: TracebackEntry) => lines?.get(e) ?? programLine(vm, e.filename, e.line);
  return tracebackEntryGroups(vm, entries, vm.sourceLines, [], sourceOf, true).map((g) => g.join(''));
}

function exceptionArg(name: string, o: PyObject): PyInstance {
  if (!(o instanceof PyInstance) || !o.exc) throw new NativeRaise('TypeError', `${name}() expects an exception instance`);
  return o;
}

function strList(items: readonly string[]): PyList {
  return newList(items.map((s) => newStr(s)));
}

/** (filename, lineno, name, end_lineno, colno, end_colno) for an entry, the positions None when unknown. */
function entryTuple(e: TracebackEntry): PyTuple {
  const known = e.col !== undefined && e.col >= 0 && e.endLine !== undefined && e.endCol !== undefined && e.endCol >= 0;
  const position = (v: number | undefined) => (known && v !== undefined ? newInt(v) : newNone());
  return newTuple([newStr(e.filename), newInt(e.line), newStr(e.name), position(e.endLine), position(e.col), position(e.endCol)]);
}

function tupleEntry(o: PyObject, lines: Map<TracebackEntry, string>): TracebackEntry {
  if (!(o instanceof PyTuple) || o.items.length !== 7) throw new NativeRaise('TypeError', 'expected a frame summary tuple');
  const [filename, line, name, endLine, col, endCol, text] = o.items;
  const position = (v: PyObject) => (v instanceof PyInt ? intArg(v) : undefined);
  if (!(filename instanceof PyStr) || !(name instanceof PyStr)) throw new NativeRaise('TypeError', 'expected a frame summary tuple');
  const entry = { filename: filename.value, line: intArg(line), name: name.value, endLine: position(endLine), col: position(col), endCol: position(endCol) };
  if (text instanceof PyStr) lines.set(entry, text.value);
  return entry;
}

const functions = once(() => ({
  // (exc, tb, limit, chain) -> the lines of format_exception, with tb's frames for exc (its chain has its own).
  _format_exception: builtinFunction('_format_exception', (vm, args) => {
    expectArgs('_format_exception', args, 4);
    const out: string[] = [];
    exceptionItems(vm, exceptionArg('format_exception', args[0]), optionalLimit(args[2]), vm.isTrue(args[3]), new Set(), out, tracebackEntries(args[1]));
    return strList(out);
  }),
  _format_exception_only: builtinFunction('_format_exception_only', (vm, args) => {
    expectArgs('_format_exception_only', args, 1);
    return strList(exceptionOnlyItems(vm, exceptionArg('format_exception_only', args[0])));
  }),
  // (tb, limit) -> the entry tuples of the traceback, outermost first.
  _tb_entries: builtinFunction('_tb_entries', (_vm, args) => {
    expectArgs('_tb_entries', args, 2);
    const kept = limitEntries(tracebackEntries(args[0]), optionalLimit(args[1])).slice().reverse();
    return newList(kept.map(entryTuple));
  }),
  // [(filename, lineno, name, end_lineno, colno, end_colno, raw line or None), outermost first] ->
  // StackSummary.format's lines (repeats summarized, carets under positions).
  _format_entries: builtinFunction('_format_entries', (vm, args) => {
    expectArgs('_format_entries', args, 1);
    const list = args[0];
    if (!(list instanceof PyList)) throw new NativeRaise('TypeError', 'expected a list');
    const lines = new Map<TracebackEntry, string>();
    const entries = list.items.map((o) => tupleEntry(o, lines)).reverse();
    return strList(entryItems(vm, entries, lines));
  }),
  _source_line: builtinFunction('_source_line', (vm, args) => {
    expectArgs('_source_line', args, 2);
    return newStr(sourceLineOf(vm, args[0], args[1]));
  }),
  _is_exception: builtinFunction('_is_exception', (_vm, args) => {
    expectArgs('_is_exception', args, 1);
    return newBool(args[0] instanceof PyInstance && args[0].exc !== null);
  }),
}));

export function tracebackNativeContents(_vm: VM): Record<string, PyObject> {
  const out: Record<string, PyObject> = { ...functions() };
  for (const v of Object.values(out)) v.refcount++;
  return out;
}
