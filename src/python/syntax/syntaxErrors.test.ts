// Syntax errors: type, message and line as CPython 3.11 reports them (the table comes from python3).
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
    compileModule(parseModule(source));
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
      expect({ type: d!.type, msg: d!.message, line: d!.line }).toEqual({ type: c.error.type, msg: c.error.msg, line: c.error.line });
    });
  }
});
