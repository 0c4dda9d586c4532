// Code generation checked as disassembly text: a regression shows as a readable diff.
import { describe, expect, it } from 'vitest';
import { parseModule } from '../syntax/statementParser';
import { compileModule } from './compiler';
import { disassemble } from '../bytecode/disassemble';
import { SymbolTable } from './symtable';
import type { FunctionDef, ClassDef } from '../ast';

const dis = (src: string) => disassemble(compileModule(parseModule(src)));

describe('compileModule', () => {
  it('compiles the refcount lesson with the value stack holding the getrefcount argument (import level and fromlist as constants, as CPython 3.11)', () => {
    expect(dis('import sys\na = []\nprint(sys.getrefcount(a))\n')).toBe([
      'Disassembly of <module>:',
      '  1    0 LOAD_CONST             0 (0)',
      '       1 LOAD_CONST             1 (None)',
      '       2 IMPORT_NAME            0 (sys)',
      '       3 STORE_NAME             0 (sys)',
      '  2    4 BUILD_LIST             0',
      '       5 STORE_NAME             1 (a)',
      '  3    6 PUSH_NULL',
      '       7 LOAD_NAME              2 (print)',
      '       8 LOAD_NAME              0 (sys)',
      '       9 LOAD_METHOD            3 (getrefcount)',
      '      10 LOAD_NAME              1 (a)',
      '      11 CALL                   1',
      '      12 CALL                   1',
      '      13 POP_TOP',
      '      14 LOAD_CONST             1 (None)',
      '      15 RETURN_VALUE',
    ].join('\n'));
  });

  it('builds constant lists of three or more items from a tuple constant, as CPython 3.11', () => {
    expect(dis('x = [1, 2, 3]\n')).toContain('BUILD_LIST             0\n       1 LOAD_CONST             0 ((1, 2, 3))\n       2 LIST_EXTEND            1');
  });

  it('uses fast locals in functions and cells for captured variables', () => {
    const text = dis('def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n');
    expect(text).toContain('MAKE_CELL              0 (n)');
    expect(text).toContain('LOAD_CLOSURE           0 (n)');
    expect(text).toContain('Disassembly of outer.<locals>.inner:');
    expect(text).toContain('LOAD_DEREF             0 (n)');
  });

  it('compiles a comprehension as a nested function called with its iterator', () => {
    const text = dis('squares = [x * x for x in range(3)]\n');
    expect(text).toContain('MAKE_FUNCTION          0');
    expect(text).toMatch(/GET_ITER\n\s+\d+ CALL\s+0/);
    expect(text).toContain('Disassembly of <listcomp>:');
    expect(text).toContain('LIST_APPEND            2');
  });

  it('pops the loop iterator before returning from inside a for loop', () => {
    const text = dis('def f(xs):\n    for x in xs:\n        return x\n');
    expect(text).toMatch(/LOAD_FAST\s+1 \(x\)\n\s+\d+ SWAP\s+2\n\s+\d+ POP_TOP\n\s+\d+ RETURN_VALUE/);
  });

  it('rejects return outside a function with CPython\'s message', () => {
    expect(() => dis('return 1\n')).toThrow("'return' outside function");
    expect(() => dis('break\n')).toThrow("'break' outside loop");
  });
});

describe('SymbolTable', () => {
  it('finds cells, frees and the __class__ cell used by super()', () => {
    const mod = parseModule('class A:\n    def m(self):\n        return super().m()\n');
    const table = new SymbolTable(mod);
    const cls = mod.body[0] as ClassDef;
    const method = cls.body[0] as FunctionDef;
    expect([...table.scopeOf(cls).cells]).toEqual(['__class__']);
    expect([...table.scopeOf(method).frees]).toEqual(['__class__']);
  });

  it('passes a free variable through an intermediate function', () => {
    const mod = parseModule('def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n');
    const table = new SymbolTable(mod);
    const a = mod.body[0] as FunctionDef;
    const b = a.body[1] as FunctionDef;
    expect([...table.scopeOf(a).cells]).toEqual(['x']);
    expect([...table.scopeOf(b).frees]).toEqual(['x']);
  });

  it('reports nonlocal without a binding', () => {
    expect(() => new SymbolTable(parseModule('def f():\n    nonlocal q\n'))).toThrow("no binding for nonlocal 'q' found");
  });
});
