// Exceptions: try/except/else/finally, custom classes, raise from, context, re-raise, builtin errors' messages,
// and (feature `traceback`) an uncaught exception ending the program.

import { clause, compound, expr, leaf, simple, type Stmt } from '../../program';
import type { Gen } from '../context';
import { smallInt } from '../literals';
import { guard, show, type StmtMaker } from './common';

const s = (text: string) => simple('exc', text);

/** Statements that raise a builtin exception (or, some of them, not), with CPython's own messages. */
export const FAILING = [
  '1 / 0', '1 % 0', '1.5 // 0', 'divmod(1, 0)', "int('abc')", "int('')", "float('x1')", '[1][5]', '(1,)[-3]', "'abc'[10]",
  "{}['missing']", "{'a': 1}[0]", 'None.foo', '(1).foo', "'a' + 1", "1 + 'a'", '[] + ()', 'len(5)', "abs('x')",
  'undefined_name', '[].pop()', '{}.popitem()', '[1, 2].index(9)', "'abc'.index('z')", '[1].remove(2)', 'set().pop()',
  'next(iter([]))', 'int(None)', 'hash([])', '{[]: 1}', "sorted([1, 'a'])", 'max([])', 'chr(-1)', "ord('ab')", "'x' * 'y'",
  "-'x'", '~1.5', 'range(1, 2, 0)', 'pow(0, -1)', "int('5', 99)", "'{}'.format()", "'%d' % 'x'", "'%s %s' % (1,)",
  'object().x = 1', "'abc'.foo()", 'x1, y1 = [1, 2, 3]', "a1, b1, c1 = 'ab'", 'dict([1, 2])', "1 < 'a'", '[] < ()',
  'import nosuchmodule_xyz', "assert 1 == 2, 'custom message'", 'assert []', 'raise TypeError',
  "raise ValueError('bad value', 42)", "int(float('inf'))", "int(float('nan'))", '10 ** 400 * 1.0', "round(float('inf'))",
  "'abc'.split('')", '[1, 2, 3][1:2:0]', 'tuple(5)', 'iter(5)', 'next([])', 'list(None)', "getattr(1, 'nope')",
  "setattr(1, 'x', 2)", 'del [][0]', "[].index(1)", "'abc'.center(5, 'xy')", "str(1, 2, 3)", "int(1, 2)", "list(1, 2)",
  "{1: 2}.pop(3)", "(1, 2).x", "sum(['a', 'b'])", "sum([1], 'x')", "min(1)", "'a'.join([1, 2])", "[1, 2] * 2.0",
  "'ab' < 3", "complex_thing", "float('1e500') * 0", "2 ** 10000.0", "import sys; sys.exit(3) if 0 else None",
  "frozenset([1]).add(2)", "print(end=5)", "print(sep=1)", "round(1.5, 'x')",
];

/** FAILING entries whose message differs today, by tag (see FINDINGS.md). */
const FAILING_TAGS: Record<string, string> = {
  '{}.popitem()': 'keyerror.message', 'set().pop()': 'keyerror.message', "sorted([1, 'a'])": 'compare.reflected',
  'str(1, 2, 3)': 'builtin.arg_checks', '[1, 2] * 2.0': 'seq.mul_message', '2 ** 10000.0': 'exc.errno_args',
};

/** A failing statement, leaving out those of avoided tags; `first` limits the choice to the first entries. */
export function failing(g: Gen, first = FAILING.length): string {
  return g.r.pick(FAILING.slice(0, first).filter((f) => !FAILING_TAGS[f] || g.ok(FAILING_TAGS[f])));
}

const SHOWN_TAGS: Record<string, string> = {
  'BaseException.__subclasses__() is not None': 'type.subclasses', "str(OSError(2, 'No such file'))": 'exc.oserror',
  "AttributeError('x', name='y').name": 'exc.attribute_name',
};

export const EXC_STMTS: [number, StmtMaker][] = [
  [5, (g) => guard('exc', [s(failing(g))])],
  [3, (g) => {
    const cond = g.expr('bool', 1);
    const clauses = [clause('try:', [s("print('try')"), compound('exc', [clause(['if ', cond, ':'], [s(failing(g))])]), s("print('no error')")])];
    const kinds = g.r.sample(['ValueError', 'KeyError', 'ZeroDivisionError', '(TypeError, AttributeError)', 'LookupError', 'ArithmeticError', 'NameError'], g.r.int(1, 3));
    for (const k of kinds) clauses.push(clause(`except ${k} as e:`, [s(`print('caught ${k.replace(/[()]/g, '')}', type(e).__name__, e)`)]));
    if (g.r.chance(0.6)) clauses.push(clause('except Exception as e:', [s('print("other", type(e).__name__, repr(e), e.args)')], true));
    if (g.r.chance(0.5)) clauses.push(clause('else:', [s("print('else')")], true));
    if (g.r.chance(0.6)) clauses.push(clause('finally:', [s("print('finally')")], true));
    return guard('exc', [compound('exc', clauses, true)]);
  }],
  [2, (g) => {
    const base = g.fresh('AppError'), sub = g.fresh('SubError');
    const code = smallInt(g.r, 0, 99);
    return [
      compound('exc', [clause(`class ${base}(${g.r.pick(['Exception', 'ValueError', 'LookupError'])}):`, [
        compound('exc', [clause("def __init__(self, code, msg='failed'):", [s('super().__init__(msg)'), s('self.code = code')])]),
      ])]),
      compound('exc', [clause(`class ${sub}(${base}):`, [s('pass')])]),
      compound('exc', [clause('try:', [s(`raise ${g.r.pick([sub, base])}(${code}${g.r.chance(0.5) ? ", 'bad thing'" : ''})`)]),
        clause(`except ${sub} as e:`, [s("print('sub', type(e).__name__, e, e.code, e.args, repr(e))")], true),
        clause(`except ${base} as e:`, [s("print('base', type(e).__name__, str(e), e.code, isinstance(e, Exception))")])]),
      show('exc', leaf(`[k.__name__ for k in ${sub}.__mro__]`)),
    ];
  }],
  [2, (g) => compound('exc', [
    clause('try:', [compound('exc', [clause('try:', [s(failing(g, 40))]),
      clause('except Exception as inner:', [s(g.r.pick(["raise RuntimeError('wrapped') from inner", "raise RuntimeError('during')", 'raise', 'raise KeyError(1) from None']))])])]),
    clause('except Exception as e:', [s("print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)")]),
  ])],
  [2, (g) => {
    const f = g.fresh('fin');
    const ret = g.r.pick(["return 'from finally'", "print('finally only')", 'pass']);
    return [
      compound('exc', [clause(`def ${f}(n):`, [compound('exc', [clause('try:', [s("print('body', n)"), s('if n > 2:\n    raise ValueError(n)'), s("return 'from try'")]),
        clause('finally:', [s("print('finally', n)"), s(ret)])])])]),
      show('exc', expr([`${f}(`, g.expr('int', 1), ')'], [], true)), show('exc', expr([`${f}(${smallInt(g.r, 0, 5)})`], [], true)),
    ];
  }],
  [1, (g) => {
    const f = g.fresh('reraiser');
    return [
      compound('exc', [clause(`def ${f}(x):`, [compound('exc', [clause('try:', [s('return 10 // x')]), clause('except ZeroDivisionError:', [s("print('logging')"), s('raise')])])])]),
      guard('exc', [s(`print(${f}(${smallInt(g.r, 0, 3)}))`), s(`print(${f}(0))`)]),
    ];
  }],
  [1, (g) => show('exc', leaf(g.r.pick(['repr(Exception())', "repr(Exception('a', 1))", "str(KeyError('k'))", "repr(KeyError('k'))", "str(Exception('a', 1))",
    'issubclass(KeyError, LookupError)', 'ZeroDivisionError.__mro__', "repr(ValueError())", "str(OSError(2, 'No such file'))", 'StopIteration(5).value',
    'BaseException.__subclasses__() is not None', 'isinstance(KeyboardInterrupt(), Exception)', "AttributeError('x', name='y').name"].filter((x) => !SHOWN_TAGS[x] || g.ok(SHOWN_TAGS[x])))))],
  [1, () => [compound('exc', [clause('for attempt in range(3):', [compound('exc', [clause('try:', [s('if attempt < 2:\n    raise ValueError(attempt)'), s("print('ok at', attempt)")]),
    clause('except ValueError as e:', [s("print('retry', e)"), s('continue')]), clause('else:', [s('break')], true), clause('finally:', [s("print('attempt done', attempt)")], true)])])])]],
  [1, () => [compound('exc', [clause('try:', [s("raise KeyError('a')")]), clause('except KeyError as e:', [s("print('caught', e)")])]),
    s("print('e' in dir())")]],
];

/** The last statement of a program with the `traceback` feature: an uncaught exception, through a few frames. */
export function uncaught(g: Gen): Stmt[] {
  // CPython marks the whole dict display when a key is unhashable; we mark one character (tag traceback.dict_display).
  const tagOf = (f: string) => FAILING_TAGS[f] ?? (f === '{[]: 1}' ? 'traceback.dict_display' : undefined);
  const fails = FAILING.filter((f) => !/^(import|assert|raise|del |[a-z0-9]+, )|=/.test(f) && (!tagOf(f) || g.ok(tagOf(f)!)));
  const bad = g.r.pick(fails);
  const form = g.r.int(0, 5);
  const f = g.fresh('crash');
  switch (form) {
    case 0: return [s(`print('about to fail')`), simple('traceback', `value = ${bad}`)];
    case 1: return [compound('traceback', [clause(`def ${f}(n):`, [s(`if n == 0:\n    return ${bad}\nreturn ${f}(n - 1)`)])]), simple('traceback', `print(${f}(${g.r.int(0, 3)}))`)];
    case 2: return [compound('traceback', [clause('try:', [s(`x = ${bad}`)]), clause('except Exception:', [s("raise RuntimeError('while handling')")])])];
    case 3: return [compound('traceback', [clause('try:', [s('x = {}["k"]')]), clause('except KeyError as e:', [s(`raise ValueError('converted') from e`)])])];
    case 4: return [compound('traceback', [clause(`class ${f}:`, [compound('traceback', [clause('def method(self, v):', [s(`return [v for _ in range(2)][0] + ${bad}`)])])])]), simple('traceback', `${f}().method(1)`)];
    default: return [simple('traceback', `result = (lambda q: q + ${bad})(1)`)];
  }
}
