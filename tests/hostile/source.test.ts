// Hostile source bytes: BOM, coding cookies, invalid UTF-8, null bytes, tabs, indentation and bracket limits;
// the CLI must print what python3 prints for each, from the file's bytes, promptly and without a JavaScript trace.
import { describe, expect, it } from 'vitest';
import { JS_TRACE, runBoth } from './support';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : new Uint8Array(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const BOM = [0xef, 0xbb, 0xbf];
const nested = (n: number, head: (i: number) => string, body = 'pass') =>
  Array.from({ length: n }, (_, i) => ' '.repeat(i) + head(i) + '\n').join('') + ' '.repeat(n) + body + '\n';

const CASES: Record<string, string | Uint8Array> = {
  'BOM then code': bytes(BOM, 'print("bom ok")\n'),
  'BOM with a utf-8 cookie': bytes(BOM, '# coding: utf-8\nprint("ok")\n'),
  'BOM with a latin-1 cookie': bytes(BOM, '# coding: latin-1\nprint(1)\n'),
  'invalid start byte in a string': bytes('print("a")\nx = "', [0xff], '"\nprint(x)\n'),
  'invalid byte in a comment': bytes('print(1)\n# comment ', [0xc3, 0x28], ' here\nprint(2)\n'),
  'invalid byte on line 1': bytes([0xff], ' = 1\n'),
  'overlong encoding': bytes('x = 1\ny = "', [0xc0, 0xaf], '"\n'),
  'encoded surrogate': bytes('x = "', [0xed, 0xa0, 0x80], '"\n'),
  'truncated sequence': bytes('x = 1\ny = "', [0xe2, 0x82], '"\n'),
  'UTF-16 file': bytes([0xff, 0xfe], ...'print(1)\n'.split('').map((c) => [c.charCodeAt(0), 0])),
  'undecodable line after a syntax error': bytes('x = = 1\nprint(1)\ny = "', [0xff], '"\n'),
  'undecodable line after a TabError': bytes('if 1:\n        x = 1\n\ty = 2\nprint(1)\nz = "', [0xff], '"\n'),
  'latin-1 cookie': bytes('# -*- coding: latin-1 -*-\nx = "', [0xe9], '"\nprint(x, len(x))\n'),
  'latin-1 cookie on line 2 after a shebang': bytes('#!/usr/bin/env python3\n# vim: set fileencoding=latin-1 :\nprint("', [0xe9], '")\n'),
  'cookie on line 3 is ignored': bytes('\n\n# coding: latin-1\nprint("', [0xe9], '")\n'),
  'cookie after code is ignored': bytes('x = 1  # coding: latin-1\nprint("', [0xe9], '")\n'),
  'cp1252 cookie': bytes('# coding: cp1252\nprint("', [0x80, 0x93, 0x94], '")\n'),
  'cp1252 undefined byte': bytes('# coding: cp1252\nprint("', [0x81], '")\n'),
  'ascii cookie with a non-ASCII byte': bytes('# coding: ascii\nprint(1)\nx = "', [0xe9], '"\n'),
  'unknown codec': bytes('# coding: foobar\nprint(1)\n'),
  'cookie spelled UTF_8': bytes('# coding: UTF_8\nprint("', [0xc3, 0xa9], '")\n'),
  'null byte in code': bytes('print(1)\nx = 1', [0], '\nprint(2)\n'),
  'null byte after a syntax error': bytes('x = = 1\nprint(2)\nx = 1', [0], '\n'),
  'null byte in a string': bytes('x = "a', [0], 'b"\n'),
  'null byte in a comment': bytes('# ', [0], ' comment\nprint(1)\n'),
  'null byte inside brackets': bytes('x = (\n1', [0], ')\n'),
  'null byte after an invalid character': bytes('x = 1 $ 2\nz = 1', [0], '\n'),
  'tab after spaces': 'if True:\n        x = 1\n\ty = 2\nprint(x)\n',
  'spaces after a tab': 'if True:\n\tx = 1\n        y = 2\nprint(x)\n',
  'consistent tabs and spaces': 'if True:\n\tx = 1\n\tif x:\n\t    y = 2\nprint(x, y)\n',
  'syntax error before a TabError': 'x = = 1\nif True:\n        x = 1\n\ty = 2\n',
  'syntax error before an unindent mismatch': 'x = = 1\nif x:\n    a\n  b\n',
  'form feed in indentation': 'x = = 1\n\x0c   \x0cy=2\n',
  '99 indentation levels': nested(99, () => 'if True:', 'print("deep")'),
  '100 indentation levels': nested(100, () => 'if True:', 'print("too deep")'),
  '2000 nested ifs': nested(2000, () => 'if True:'),
  'syntax error before too many indentation levels': 'x = = 1\n' + nested(101, () => 'if 1:'),
  '200 nested parentheses': 'x = ' + '('.repeat(200) + '1' + ')'.repeat(200) + '\nprint(x)\n',
  '201 nested parentheses': 'x = 1\ny = ' + '('.repeat(201) + '1' + ')'.repeat(201) + '\n',
  '400 nested brackets': 'x = ' + '['.repeat(400) + ']'.repeat(400) + '\n',
  'too many parentheses after a syntax error': 'x = = 1\ny = ' + '('.repeat(201) + '1' + ')'.repeat(201) + '\n',
  'too many parentheses on a continuation line': 'x = [1,\n' + '('.repeat(201) + '1' + ')'.repeat(201) + ']\n',
  'dollar sign': 'x = $\n',
  'dollar sign between operands': 'x = 1 $ 2\n',
  'question mark and backtick': 'x = 1 ? `2`\n',
  'non-printable character': 'x = 1\u200b\n',
  'a BOM character inside the text': 'x = 1\n\ufeffy = 2\n',
  'invalid non-ASCII character': 'x = 1 \u20ac 2\n',
  'CRLF line ends': 'x = 1\r\nif x:\r\n    print(x)\r\n',
  'CR line ends': 'print(1)\rprint(2)\r',
  'trailing blanks kept in the error line': 'x = = 1   \n',
  'unclosed bracket before a syntax error': 'x = (1,\ny = = 2\n',
  'too many statically nested blocks': nested(21, () => 'while False:'),
  'too many blocks with an except handler': nested(19, () => 'for x in []:', 'try:\n' + ' '.repeat(20) + 'pass\n' + ' '.repeat(19) + 'except ValueError as e:\n' + ' '.repeat(20) + 'pass'),
  '20 blocks with a finally': nested(19, () => 'for x in []:', 'try:\n' + ' '.repeat(20) + 'pass\n' + ' '.repeat(19) + 'finally:\n' + ' '.repeat(20) + 'pass') + 'print("ok")\n',
  'nested try in except handlers': Array.from({ length: 11 }, (_, i) => ' '.repeat(2 * i) + 'try: pass\n' + ' '.repeat(2 * i) + 'except:\n').join('') + ' '.repeat(22) + 'pass\n',
};

describe('hostile source text: the CLI reads it as python3 does', () => {
  for (const [name, source] of Object.entries(CASES)) {
    it(name, () => {
      const { ours, theirs } = runBoth(source);
      expect(ours.stderr).not.toMatch(JS_TRACE);
      expect(ours.seconds).toBeLessThan(10);
      expect({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }).toEqual({ stdout: theirs.stdout, stderr: theirs.stderr, status: theirs.status });
    }, 60_000);
  }
});
