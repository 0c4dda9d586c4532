// How a raised SyntaxError instance is reported (print_exception_file_and_line and print_error_text): the
// file and line from its members, the offending text with a caret, then "SyntaxError: msg".

import { PyInt, PyNone, PyStr, type PyInstance } from '../runtime/objects';
import type { PyObject } from '../runtime/object';
import { E } from '../runtime/builtinTypes';

export interface SyntaxErrorReport {
  /** `  File "<string>", line 1` and the text with its caret line. */
  readonly location: string;
  /** What the last line shows after the type name: the msg member. */
  readonly message: PyObject | null;
}

/** print_error_text: the text without its indentation, and carets from offset to end_offset (1-based). */
export function errorText(textIn: string, offsetIn: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offsetIn ? endOffset - offsetIn : 1;
  let text = textIn;
  let offset = offsetIn - 1;
  const stripped = text.replace(/^[ \t\f]+/, '');
  offset -= text.length - stripped.length;
  text = stripped;
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = `    ${text}`;
  if (text[len] !== '\n') out += '\n';
  if (offset < 0) return out;
  return out + `    ${' '.repeat(offset)}${'^'.repeat(carets)}\n`;
}

function intOf(o: PyObject | undefined): number | null {
  return o instanceof PyInt ? Number(o.value) : null;
}

/** parse_syntax_error over the instance's members; null when they don't describe a place (no int lineno). */
export function syntaxErrorReport(exc: PyInstance, str: (o: PyObject) => string): SyntaxErrorReport | null {
  if (!exc.type.isSubtypeOf(E.SyntaxError)) return null;
  const m = exc.exc?.members ?? new Map<string, PyObject>();
  const lineno = intOf(m.get('lineno'));
  if (lineno === null) return null;
  const filenameObj = m.get('filename');
  const filename = !filenameObj || filenameObj instanceof PyNone ? '<string>' : str(filenameObj);
  const offsetObj = m.get('offset');
  const offset = !offsetObj || offsetObj instanceof PyNone ? -1 : intOf(offsetObj);
  if (offset === null) return null;
  let endLineno = lineno;
  let endOffset = -1;
  if (exc.type === E.SyntaxError) {
    endLineno = intOf(m.get('end_lineno')) ?? lineno;
    endOffset = intOf(m.get('end_offset')) ?? -1;
  }
  let location = `  File "${filename}", line ${lineno}\n`;
  const textObj = m.get('text');
  if (textObj instanceof PyStr) {
    const size = new TextEncoder().encode(textObj.value).length;
    if (endLineno > lineno) endOffset = size;
    if (endOffset > size + 1) endOffset = size + 1;
    location += errorText(textObj.value, offset, endOffset);
  }
  const msg = m.get('msg');
  return { location, message: msg && !(msg instanceof PyNone) ? msg : null };
}
