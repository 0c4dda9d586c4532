// Formats uncaught exceptions and syntax errors exactly as CPython prints them on stderr.

import type { SyntaxDiagnostic } from '../errors';
import { PyInstance } from '../runtime/objects';
import { exceptionStr } from '../runtime/ops/repr';
import type { VM } from './vm';

/** `NameError` or `module.Qualname` for exceptions outside builtins and __main__. */
export function exceptionTypeName(exc: PyInstance): string {
  const t = exc.type;
  if (!t.isHeapType || t.module === '__main__' || t.module === 'builtins') return t.qualname;
  return `${t.module}.${t.qualname}`;
}

/** The last line: `ValueError: message`, or just the type name when the message is empty. */
export function exceptionOnlyLine(vm: VM, exc: PyInstance): string {
  let message: string;
  try {
    message = exceptionStr(vm, exc);
  } catch {
    message = '<exception str() failed>';
  }
  return message === '' ? exceptionTypeName(exc) : `${exceptionTypeName(exc)}: ${message}`;
}

function tracebackBody(vm: VM, exc: PyInstance, sourceLines: readonly string[]): string {
  const mainFile = vm.filename;
  const entries = exc.exc?.traceback ?? [];
  let out = 'Traceback (most recent call last):\n';
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    out += `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
    const src = e.filename === mainFile ? sourceLines[e.line - 1]?.trim() : undefined;
    if (src) out += `    ${src}\n`;
  }
  return out + exceptionOnlyLine(vm, exc) + '\n';
}

/** The full report for an uncaught exception, with its __cause__ / __context__ chain first. */
export function formatException(vm: VM, exc: PyInstance, sourceLines: readonly string[], seen = new Set<PyInstance>()): string {
  seen.add(exc);
  let out = '';
  const state = exc.exc;
  if (state?.cause instanceof PyInstance && !seen.has(state.cause)) {
    out += formatException(vm, state.cause, sourceLines, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (state && !state.suppressContext && state.context instanceof PyInstance && !seen.has(state.context)) {
    out += formatException(vm, state.context, sourceLines, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  return out + tracebackBody(vm, exc, sourceLines);
}

/** CPython's report of a SyntaxError: file, line, the source line and a caret under the column. */
export function formatSyntaxError(d: SyntaxDiagnostic, filename: string, sourceLines: readonly string[]): string {
  let out = `  File "${filename}", line ${d.line}\n`;
  const raw = sourceLines[d.line - 1];
  if (raw !== undefined) {
    const trimmed = raw.replace(/^\s+/, '');
    const removed = raw.length - trimmed.length;
    const text = trimmed.replace(/\s+$/, '');
    out += `    ${text}\n`;
    const start = Math.max(1, d.column - removed);
    let width = 1;
    if (d.endLine === d.line && d.endColumn !== undefined && d.endColumn > d.column) width = d.endColumn - d.column;
    out += `    ${' '.repeat(start - 1)}${'^'.repeat(width)}\n`;
  }
  return out + `${d.type}: ${d.message}\n`;
}
