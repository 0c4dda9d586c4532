// The tokenizer: exact token kinds and positions for indentation, brackets, strings and numbers.
import { describe, expect, it } from 'vitest';
import { tokenize, Tok } from './tokenizer';
import { parseModule } from './statementParser';
import type * as A from '../ast';

const kinds = (src: string) => tokenize(src).map((t) => [t.kind, t.value]);

describe('tokenize', () => {
  it('emits INDENT and DEDENT from the indentation stack', () => {
    expect(kinds('if x:\n    y\nz\n')).toEqual([
      [Tok.Name, 'if'], [Tok.Name, 'x'], [Tok.Op, ':'], [Tok.Newline, ''], [Tok.Indent, ''], [Tok.Name, 'y'],
      [Tok.Newline, ''], [Tok.Dedent, ''], [Tok.Name, 'z'], [Tok.Newline, ''], [Tok.EndOfFile, ''],
    ]);
  });

  it('joins lines inside brackets and after a backslash, and skips comments', () => {
    expect(kinds('x = (1,\n  2)  # pair\ny = 1 + \\\n 2\n').filter(([k]) => k === Tok.Newline)).toHaveLength(2);
  });

  it('decodes string escapes but keeps raw strings as written', () => {
    const [s, , r] = tokenize('"a\\tb" r"a\\tb"');
    expect(s.value).toBe('a\tb');
    expect(tokenize('r"a\\tb"')[0].value).toBe('a\\tb');
    void r;
  });

  it('reads ints with underscores and prefixes, and floats with exponents', () => {
    expect(tokenize('1_000 0xFF 0b101 1.5e3 .5').slice(0, 5).map((t) => t.value)).toEqual(['1_000', '0xFF', '0b101', '1.5e3', '.5']);
  });

  it('records 1-based lines and 0-based columns', () => {
    const t = tokenize('a = 1\n  \nbb = 2\n').find((x) => x.value === 'bb')!;
    expect([t.line, t.col, t.endCol]).toEqual([3, 0, 2]);
  });
});

describe('parseModule', () => {
  it('parses chained comparisons into one Compare node', () => {
    const mod = parseModule('1 < x <= 3\n');
    expect(mod.body[0]).toMatchObject({ kind: 'Expr', value: { kind: 'Compare', ops: ['Lt', 'LtE'] } });
  });

  it('parses an f-string with a conversion and a nested format spec', () => {
    const mod = parseModule('f"{x!r:>{w}}"\n');
    expect(mod.body[0]).toMatchObject({
      value: { kind: 'JoinedStr', values: [{ kind: 'FormattedValue', conversion: 'r', formatSpec: { kind: 'JoinedStr' } }] },
    });
  });

  it('marks assignment targets as stores, including starred unpacking', () => {
    const mod = parseModule('a, *b = c\n');
    expect(mod.body[0]).toMatchObject({
      kind: 'Assign', targets: [{ kind: 'Tuple', ctx: 'store', elts: [{ kind: 'Name', ctx: 'store' }, { kind: 'Starred', ctx: 'store' }] }],
    });
  });

  it('parses async def, async for, async with and await into the async forms of their nodes, starting at async', () => {
    const def = parseModule('async def f():\n    async for x in y:\n        await x\n    async with m as v:\n        pass\n').body[0];
    expect(def).toMatchObject({ kind: 'FunctionDef', isAsync: true, col: 0 });
    const [loop, withStmt] = (def as A.FunctionDef).body;
    expect(loop).toMatchObject({ kind: 'For', isAsync: true, col: 4, body: [{ kind: 'Expr', value: { kind: 'Await', value: { kind: 'Name', id: 'x' } } }] });
    expect(withStmt).toMatchObject({ kind: 'With', isAsync: true, col: 4 });
    expect(parseModule('[x async for x in y]\n').body[0]).toMatchObject({ value: { kind: 'ListComp', generators: [{ isAsync: true }] } });
  });

  it('parses with items, parenthesized or not, with and without targets', () => {
    const plain = parseModule('with a as b, c:\n    pass\n').body[0];
    expect(plain).toMatchObject({ kind: 'With', items: [{ optionalVars: { kind: 'Name', id: 'b', ctx: 'store' } }, { optionalVars: null }] });
    const grouped = parseModule('with (a as (x, y), c,):\n    pass\n').body[0];
    expect(grouped).toMatchObject({ kind: 'With', items: [{ optionalVars: { kind: 'Tuple', ctx: 'store' } }, { contextExpr: { kind: 'Name', id: 'c' } }] });
    const tuple = parseModule('with (a, b) as t:\n    pass\n').body[0];
    expect(tuple).toMatchObject({ kind: 'With', items: [{ contextExpr: { kind: 'Tuple' }, optionalVars: { kind: 'Name', id: 't' } }] });
  });
});
