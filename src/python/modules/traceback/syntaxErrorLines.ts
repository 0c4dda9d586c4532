// How the traceback module formats a SyntaxError (TracebackException._format_syntax_error in 3.11's traceback.py),
// which is not how the interpreter prints an uncaught one (pythonrun.c, vm/syntaxErrorReport.ts): it marks
// offset to end_offset for every SyntaxError subclass (IndentationError too), strips only ' \n\f' from the text,
// and keeps tabs under the text for alignment.

import type { PyObject } from '../../runtime/object';
import { PyInt, PyNone, type PyInstance } from '../../runtime/objects';
import { isSpace } from '../../builtins/strText';

function member(exc: PyInstance, name: string): PyObject | null {
  const v = exc.exc?.members?.get(name);
  return v === undefined || v instanceof PyNone ? null : v;
}

/** The location and caret lines, then `Type: msg` (one item per yield of _format_syntax_error). */
export function syntaxErrorLines(exc: PyInstance, typeName: string, str: (o: PyObject) => string): string[] | null {
  const lineno = member(exc, 'lineno');
  const offsetObj = member(exc, 'offset');
  const endOffsetObj = member(exc, 'end_offset');
  // Offsets take part in arithmetic there: anything but ints is left to the interpreter's report.
  if ((offsetObj && !(offsetObj instanceof PyInt)) || (endOffsetObj && !(endOffsetObj instanceof PyInt))) return null;
  const filename = member(exc, 'filename');
  const lines: string[] = [];
  let filenameSuffix = '';
  if (lineno) lines.push(`  File "${filename ? str(filename) || '<string>' : '<string>'}", line ${str(lineno)}\n`);
  else if (filename) filenameSuffix = ` (${str(filename)})`;
  const textObj = member(exc, 'text');
  if (textObj) {
    const rtext = str(textObj).replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    lines.push(`    ${ltext}\n`);
    if (offsetObj) {
      const offset = Number((offsetObj as PyInt).value);
      let endOffset = endOffsetObj && Number((endOffsetObj as PyInt).value) !== 0 ? Number((endOffsetObj as PyInt).value) : offset;
      if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretSpace = [...ltext].slice(0, colno).map((c) => (isSpace(c) ? c : ' ')).join('');
        lines.push(`    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`);
      }
    }
  }
  const msg = member(exc, 'msg');
  const msgText = msg ? str(msg) : '';
  lines.push(`${typeName}: ${msgText || '<no detail available>'}${filenameSuffix}\n`);
  return lines;
}
