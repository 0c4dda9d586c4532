// Unicode decimal digits and whitespace as CPython reads them in int(), float() and format widths.

const DECIMAL = /\p{Nd}/u;

/** Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit, or -1. */
export function decimalValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !DECIMAL.test(ch)) return -1;
  // Decimal digits come in runs of ten starting at zero.
  let start = cp;
  while (start > 0 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Py_UNICODE_ISSPACE. */
export function isUnicodeSpace(cp: number): boolean {
  return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20) || cp === 0x85 || cp === 0xa0 || cp === 0x1680
    || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII spaces become ' ', digits their ASCII digit, others '?'. */
export function asciiDigitsAndSpaces(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += ' ';
    else {
      const d = decimalValue(ch);
      out += d < 0 ? '?' : String(d);
    }
  }
  return out;
}
