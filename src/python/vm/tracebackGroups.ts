// The uncaught-exception report as CPython 3.11's print_exception_recursive writes it: the chain, notes, and
// exception groups in their boxed, indented form (`+-+---------------- 1 ----------------`).

import { PyInstance, PyList, PyStr, PyTuple } from '../runtime/objects';
import type { PyObject } from '../runtime/object';
import { NativeRaise } from '../errors';
import { decref } from '../runtime/heap';
import { repr, str } from '../runtime/ops/repr';
import { groupExceptions, isExceptionGroup, lookupNotes } from '../builtins/exceptionGroups';
import { splitLines } from '../builtins/strText';
import { ExecutionHalted, PyRaise, type VM } from './vm';
import { exceptionLinePieces, exceptionTypeName, tracebackPieces } from './traceback';
import { syntaxErrorReport } from './syntaxErrorReport';
import { suggestionTrailer } from './suggestions';

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
export const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
export const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';

export interface PrintContext {
  readonly vm: VM;
  readonly sourceLines: readonly string[];
  /** How many exception groups deep the printing is (EXC_INDENT is twice this). */
  depth: number;
  /** The group's closing line is still owed (a nested group may write it instead). */
  needClose: boolean;
  readonly seen: Set<PyInstance>;
  /** The report in the pieces CPython writes to the file (each a write() call on a program's own stderr). */
  readonly out: string[];
  /** Whether "Did you mean" follows a NameError or AttributeError: pythonrun.c's display adds it, 3.11's traceback module not. */
  readonly suggests: boolean;
}

function indent(ctx: PrintContext): string {
  return ' '.repeat(2 * ctx.depth);
}

/** _Py_WriteIndentedMargin: the indent, then `| ` inside a group (an empty write outside). */
function margin(ctx: PrintContext): string[] {
  return ctx.depth ? [indent(ctx), '| '] : [''];
}

/** A text made by Python code, or null when that code raises (the error is dropped). */
function attempt<V>(vm: VM, make: () => V): V | null {
  try {
    return make();
  } catch (e) {
    if (e instanceof ExecutionHalted) throw e;
    if (e instanceof PyRaise) {
      vm.decref(e.exc);
      return null;
    }
    if (e instanceof NativeRaise) return null;
    throw e;
  }
}

export function printRecursive(ctx: PrintContext, exc: PyInstance): PrintContext {
  printCauseAndContext(ctx, exc);
  if (isExceptionGroup(exc)) printGroup(ctx, exc);
  else printOne(ctx, exc);
  return ctx;
}

/** print_exception_cause_and_context: a cause (when not printed already) wins over the context. */
function printCauseAndContext(ctx: PrintContext, exc: PyInstance): void {
  ctx.seen.add(exc);
  const state = exc.exc;
  if (!state) return;
  if (state.cause) {
    if (state.cause instanceof PyInstance && !ctx.seen.has(state.cause)) printChained(ctx, state.cause, CAUSE_MESSAGE);
    return;
  }
  if (state.suppressContext) return;
  if (state.context instanceof PyInstance && !ctx.seen.has(state.context)) printChained(ctx, state.context, CONTEXT_MESSAGE);
}

function printChained(ctx: PrintContext, exc: PyInstance, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, exc);
  ctx.needClose = needClose;
  ctx.out.push(...margin(ctx), '\n', ...margin(ctx), message, ...margin(ctx), '\n');
}

/** print_exception: traceback, the `Type: message` line with its suggestion, then the notes. */
function printOne(ctx: PrintContext, exc: PyInstance): void {
  const { vm } = ctx;
  const entries = exc.exc?.traceback ?? [];
  if (entries.length > 0) {
    const group = isExceptionGroup(exc);
    const header = group ? 'Exception Group Traceback (most recent call last):' : 'Traceback (most recent call last):';
    const headerMargin = group && ctx.depth === 1 ? [indent(ctx), '+ '] : margin(ctx);
    ctx.out.push(...tracebackPieces(vm, entries, ctx.sourceLines, margin(ctx), header, headerMargin));
  }
  if (printExceptionLine(ctx, exc)) printNotes(ctx, exc);
}

/**
 * The `Type: message` line with its suggestion; for a SyntaxError its location and text first, and then false:
 * its notes are not printed.
 */
export function printExceptionLine(ctx: PrintContext, exc: PyInstance): boolean {
  const { vm } = ctx;
  const syntax = attempt(vm, () => syntaxErrorReport(exc, (o) => str(vm, o)));
  if (syntax) {
    // The report continues with the msg member in place of the exception (so no suggestions and no notes).
    ctx.out.push(...margin(ctx), syntax.location);
    const message = syntax.message ? attempt(vm, () => str(vm, syntax.message!)) ?? '<exception str() failed>' : '';
    ctx.out.push(...margin(ctx), exceptionTypeName(exc), ...(message ? [': ', message] : []), '\n');
    return false;
  }
  const trailer = ctx.suggests ? suggestionTrailer(vm, exc) : null;
  ctx.out.push(...margin(ctx), ...exceptionLinePieces(vm, exc), ...(trailer ? [trailer] : []), '\n');
  return true;
}

/** print_exception_notes: each note's lines behind the margin; a non-sequence __notes__ by its repr. */
export function printNotes(ctx: PrintContext, exc: PyInstance): void {
  const { vm } = ctx;
  const notes = attempt(vm, () => lookupNotes(vm, exc));
  if (!notes) return;
  try {
    if (!(notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyStr)) {
      // No newline after it: the next thing written ends the line (as CPython 3.11 does).
      ctx.out.push(...margin(ctx), attempt(vm, () => repr(vm, notes)) ?? '<__notes__ repr() failed>');
      return;
    }
    const items: PyObject[] | string[] = notes instanceof PyStr ? [...notes.value] : notes.items.slice();
    for (const note of items) {
      const text = typeof note === 'string' ? note : attempt(vm, () => str(vm, note));
      if (text === null) ctx.out.push('<note str() failed>');
      else for (const line of splitLines(text, true)) ctx.out.push(...margin(ctx), line);
      ctx.out.push('\n');
    }
  } finally {
    decref(notes);
  }
}

/** print_exception_group: the group itself, then each member in its numbered box, at most 15 of them. */
function printGroup(ctx: PrintContext, group: PyInstance): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.out.push(...margin(ctx), `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth++;
  printOne(ctx, group);
  const members = groupExceptions(group).items;
  const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out.push(`${indent(ctx)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) printRecursive(ctx, members[i] as PyInstance);
    else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      ctx.out.push(...margin(ctx), `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${indent(ctx)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (ctx.depth === 1) ctx.depth--;
}
