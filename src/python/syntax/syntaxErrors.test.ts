// Syntax errors: type, message, line and column as CPython 3.11 reports them (the table comes from python3).
import { describe, expect, it } from 'vitest';
import oracle from './syntax-oracle.json';
import { parseModule } from './statementParser';
import { compileModule } from '../compiler/compiler';
import { PySyntaxError } from '../errors';

interface OracleCase {
  source: string;
  error: { type: string; msg: string; line: number; offset: number } | null;
}

function diagnose(source: string) {
  try {
    // The table comes from compile(), which reads the source as a string.
    compileModule(parseModule(source, undefined, undefined, true));
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e.diagnostic;
    throw e;
  }
}

describe('syntax errors match python3', () => {
  for (const c of oracle as OracleCase[]) {
    it(`reports ${c.error ? c.error.msg : 'nothing'} for ${JSON.stringify(c.source)}`, () => {
      const d = diagnose(c.source);
      if (!c.error) {
        expect(d).toBeNull();
        return;
      }
      expect(d).not.toBeNull();
      // The caret's column too, except for IndentationError: python3 prints no caret for it.
      const offset = c.error.type === 'IndentationError' ? null : c.error.offset;
      expect({ type: d!.type, msg: d!.message, line: d!.line, offset: offset === null ? null : d!.column })
        .toEqual({ type: c.error.type, msg: c.error.msg, line: c.error.line, offset });
    });
  }
});
