// repr() of a str: CPython's quote choice and escapes.

import { Prop, hasProp } from '../runtime/unicode/charProps';

/** repr(str): single quotes unless the text has ' and no ", with CPython's escapes (Py_UNICODE_ISPRINTABLE decides). */
export function strRepr(s: string, stopAfter = Infinity): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    // A display that clips needs only the start (and the whole string's quote choice).
    if (out.length > stopAfter) return out;
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && !hasProp(cp, Prop.PRINTABLE)) {
      out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0') : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}
