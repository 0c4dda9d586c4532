// Code objects written as JSON and read back are the code objects compiled from source, field for field.
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode } from './codeSerial';
import { libraryPythonParts } from '../modules/library/staticLibrary';
import { compileLibraryModule } from '../modules/registry';
import type { CodeObject } from './code';

const roundTrip = (code: CodeObject) => decodeCode(JSON.parse(JSON.stringify(encodeCode(code))));

describe('code objects as JSON', () => {
  it('reads back every library module exactly', () => {
    const parts = libraryPythonParts();
    expect(parts.length).toBeGreaterThan(20);
    for (const [source, filename] of parts) {
      const code = compileLibraryModule(source, filename);
      expect(roundTrip(code), filename).toEqual(code);
    }
  });

  it('keeps constants JSON has no number for, and nested code, tuples, frozensets, bytes and imaginaries', () => {
    const source = 'a = (-0.0, 1e999, -1e999, 10**40, -7, 2.5)\nb = (2j, -0j, b"\\xff\\x00", ..., "\\ud800", None, True)\n'
      + 'def f(x=1.0):\n    while x:\n        x = x in {1, 2.0, "s"}\n    return lambda: (x, 3)\n';
    const code = compileLibraryModule(source, 'consts.py');
    const back = roundTrip(code);
    expect(back).toEqual(code);
    expect(Object.is(back.consts[0], -0)).toBe(true);
    expect(back.consts.slice(1, 6)).toEqual([Infinity, -Infinity, 10n, 40n, -7n]);
    expect(back.consts[7]).toEqual({ tuple: [{ real: 0, imag: 2 }, { real: -0, imag: -0 }, { bytes: '\xff\x00' }, { ellipsis: true }, '\ud800', null, true] });
  });
});
