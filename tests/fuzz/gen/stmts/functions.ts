// Functions (defaults, keywords, *args/**kwargs, closures, global/nonlocal, lambdas, recursion) and generators.

import { clause, compound, expr, leaf, simple, type Expr, type Stmt } from '../../program';
import type { Gen, Ty } from '../context';
import { call, lit } from '../exprs';
import { literalOf, smallInt } from '../literals';
import { guard, show, tag, type StmtMaker } from './common';

const RET_TYPES: Ty[] = ['int', 'int', 'str', 'float', 'bool', 'list', 'tuple', 'dict', 'none'];

function def(head: string, body: Stmt[], feature = 'func'): Stmt {
  return compound(feature, [clause(head, body)]);
}

/** A typed function registered for later calls: `def fN(p0, p1=default): ...; return expr`. */
function typedFunction(g: Gen): Stmt[] {
  const name = g.fresh('f');
  const params: [string, Ty][] = Array.from({ length: g.r.int(0, 3) }, () => [g.fresh('p'), g.pickTy(['int', 'str', 'float', 'list', 'int'])]);
  const ret = g.pickTy(RET_TYPES);
  const withDefault = params.length > 0 && g.r.chance(0.5);
  const body = g.block(() => {
    for (const [p, t] of params) g.declare(p, t);
    const stmts = g.innerStmts(0, 3);
    stmts.push(simple('func', 'return ', g.safeExpr(ret, 2)));
    return stmts;
  }, 'function');
  const sig = params.map(([p, t], i) => (withDefault && i === params.length - 1 ? `${p}=${literalOf(g.r, t)}` : p)).join(', ');
  g.funcs.push({ name, params: params.map(([, t]) => t), ret });
  const out: Stmt[] = [def(`def ${name}(${sig}):`, body)];
  const args = () => params.map(([, t]) => g.expr(t, 1));
  out.push(show('func', call(name, args())));
  if (withDefault) out.push(show('func', call(name, args().slice(0, -1))));
  if (params.length && g.r.chance(0.4)) {
    const kw = params.map(([p, t]) => expr([`${p}=`, g.expr(t, 1)]));
    out.push(show('func', call(name, g.r.sample(kw, kw.length))));
  }
  if (g.r.chance(0.2)) out.push(show('func', call(name, [...args(), lit('1')], [], true)));
  return out;
}

export const FUNC_STMTS: [number, StmtMaker][] = [
  [5, (g) => typedFunction(g)],
  [2, tag('call.errors', (g) => {
    const name = g.fresh('va');
    const head = g.r.pick([`def ${name}(a, *args, k=3, **kw):`, `def ${name}(*args, **kw):`, `def ${name}(a, b=2, /, *rest, key=None):`, `def ${name}(a, *, b, c=5):`]);
    const params = head.slice(head.indexOf('(') + 1, head.lastIndexOf(')')).split(', ').map((p) => p.replace(/^\*+/, '').replace(/=.*/, '')).filter((p) => p && p !== '/');
    const body = [simple('func', `print(${params.join(', ')})`), simple('func', `return ${params.map((p) => `len(str(${p}))`).join(' + ')}`)];
    const calls = [
      `${name}(1, 2, 3, k=4, z=5)`, `${name}(*[1, 2], **{'q': 1})`, `${name}(1)`, `${name}('x', b=2)`, `${name}(1, 2, 3)`,
      `${name}(a=1, b=2)`, `${name}(*'ab', key='k')`, `${name}()`, `${name}(1, c=2, b=3)`,
    ];
    return [def(head, body), ...g.r.sample(calls, 3).map((c) => show('func', expr([c], [], true)))];
  })],
  [2, (g) => {
    const make = g.fresh('make_counter'), c = g.fresh('counter');
    const inner = def('def step(by=1):', [simple('func', 'nonlocal count'), simple('func', 'count += by'), simple('func', 'return count')]);
    return [
      def(`def ${make}(start):`, [simple('func', 'count = start'), inner, simple('func', 'return step')]),
      simple('func', `${c} = ${make}(`, g.safeExpr('int', 1), ')'),
      show('func', leaf(`${c}()`), expr([`${c}(`, g.expr('int', 1), ')']), leaf(`${c}()`)),
      show('func', leaf(`${c}.__name__`), leaf(`${c}.__qualname__`), ...(g.ok('code.co_freevars') ? [leaf(`${c}.__code__.co_freevars`)] : [])),
    ];
  }],
  [2, (g) => {
    const v = g.fresh('total'), f = g.fresh('bump');
    const init = g.safeExpr('int', 1);
    g.declare(v, 'int');
    return [
      simple('func', `${v} = `, init),
      def(`def ${f}(x):`, [simple('func', `global ${v}`), simple('func', `${v} += x`), simple('func', `return ${v}`)]),
      show('func', expr([`${f}(`, g.expr('int', 1), ')']), leaf(`${f}(2)`), leaf(v)),
    ];
  }],
  [2, (g) => {
    const f = g.fresh('lam');
    const bodyExpr = g.r.pick(['x * y + 1', 'x - y', '(x, y)', 'str(x) + str(y)', '[x] * 2 + [y]', 'x if x > y else y']);
    return [
      simple('func', `${f} = lambda x, y=${smallInt(g.r, -3, 9)}: ${bodyExpr}`),
      show('func', expr([`${f}(`, g.expr('int', 1), ')']), expr([`${f}(`, g.expr('int', 1), ', y=', g.expr('int', 1), ')'])),
      show('func', leaf(`${f}.__name__`), leaf(`(lambda: ${smallInt(g.r, 0, 9)})()`), leaf(`(lambda *a, **k: (a, k))(1, z=2)`)),
    ];
  }],
  [2, (g) => {
    const f = g.fresh('rec');
    const form = g.r.int(0, 3);
    const body = [
      [`if n <= 1:\n    return 1\nreturn n * ${f}(n - 1)`],
      [`if n < 2:\n    return n\nreturn ${f}(n - 1) + ${f}(n - 2)`],
      [`return n if n < 10 else ${f}(sum(int(ch) for ch in str(n)))`],
      [`if n == 0:\n    return []\nreturn ${f}(n // 2) + [n % 2]`],
    ][form].map((l) => simple('func', l));
    const arg = form === 1 ? smallInt(g.r, 0, 15) : form === 0 ? smallInt(g.r, 0, 30) : String(g.r.int(0, 99999));
    return [def(`def ${f}(n):`, body), show('func', leaf(`${f}(${arg})`))];
  }],
  [1, (g) => {
    const f = g.fresh('acc');
    return [def(`def ${f}(x, into=[]):`, [simple('func', 'into.append(x)'), simple('func', 'return into')]),
      show('func', leaf(`${f}(1)`)), show('func', leaf(`${f}(2)`)), show('func', leaf(`${f}(3, [])`)), show('func', leaf(`${f}.__defaults__`))];
  }],
  [1, () => [simple('func', 'fs = [lambda: i for i in range(3)]'), simple('func', 'gs = [lambda i=i: i * 10 for i in range(3)]'),
    show('func', leaf('[f() for f in fs]'), leaf('[g() for g in gs]'))]],
  [1, (g) => {
    const f = g.fresh('outer');
    return [def(`def ${f}(a):`, [def('def middle(b):', [def('def inner(c):', [simple('func', 'return a + b + c')]), simple('func', 'return inner')]), simple('func', 'return middle')]),
      show('func', expr([`${f}(`, g.expr('int', 1), ')(', g.expr('int', 1), ')(', g.expr('int', 1), ')']))];
  }],
];

/** A generator function: loops and yields, some send() values back, some delegate with yield from. */
export const GEN_STMTS: [number, StmtMaker][] = [
  [3, (g) => {
    const f = g.fresh('gen');
    const body = [compound('gen', [clause(['for i in range(n):'], [
      simple('gen', `yield i * ${smallInt(g.r, -3, 5)} + ${smallInt(g.r, 0, 9)}`),
      ...(g.r.chance(0.4) ? [compound('gen', [clause(`if i == ${smallInt(g.r, 0, 5)}:`, [simple('gen', 'return')])])] : []),
    ])])];
    const n = smallInt(g.r, 0, 6);
    return [def(`def ${f}(n):`, body, 'gen'), show('gen', leaf(`list(${f}(${n}))`)), simple('gen', `it = ${f}(${n})`),
      show('gen', leaf('next(it, None)'), leaf('next(it, None)'), leaf('sum(it)'))];
  }],
  [2, (g) => {
    const f = g.fresh('averager');
    const body = [simple('gen', 'total = 0'), simple('gen', 'count = 0'), simple('gen', 'avg = None'),
      compound('gen', [clause('while True:', [simple('gen', 'x = yield avg'), compound('gen', [clause('if x is None:', [simple('gen', 'break')])]),
        simple('gen', 'total += x'), simple('gen', 'count += 1'), simple('gen', 'avg = total / count')])]),
      simple('gen', "return ('done', count)")];
    const sends = Array.from({ length: g.r.int(1, 4) }, () => `print(a.send(${smallInt(g.r, -5, 20)}))`).join('\n');
    return [def(`def ${f}():`, body, 'gen'), simple('gen', `a = ${f}()`), simple('gen', 'print(next(a))'), simple('gen', sends),
      guard('gen', [simple('gen', 'a.send(None)')]), compound('gen', [clause('try:', [simple('gen', 'next(a)')]), clause('except StopIteration as stop:', [simple('gen', "print('stopped', stop.value)")])])];
  }],
  [2, (g) => {
    const inner = g.fresh('inner'), outer = g.fresh('outer');
    return [
      def(`def ${inner}(k):`, [simple('gen', 'yield k'), simple('gen', 'yield k + 1'), simple('gen', "return k * 10")], 'gen'),
      def(`def ${outer}():`, [simple('gen', `r = yield from ${inner}(${smallInt(g.r, 0, 9)})`), simple('gen', "print('inner returned', r)"),
        simple('gen', `yield from ${g.r.pick(['[7, 8]', "'ab'", 'range(2)', '(9,)'])}`), simple('gen', 'yield r')], 'gen'),
      show('gen', leaf(`list(${outer}())`)),
    ];
  }],
  [2, (g) => show('gen', expr([g.r.pick(['sum', 'max', 'min', 'list', 'sorted', 'any', 'all', 'tuple']), '(', 'v * 2 for v in ', g.expr(g.pickTy(['list', 'range', 'set']), 2), ...(g.r.chance(0.3) ? [' if v > 0'] : []), ')'], [], true))],
  [2, tag('gen.close', (g) => {
    const f = g.fresh('guarded');
    return [
      def(`def ${f}():`, [compound('gen', [clause('try:', [simple('gen', "yield 'a'"), simple('gen', "yield 'b'")]), clause('finally:', [simple('gen', "print('cleanup')")])])], 'gen'),
      simple('gen', `h = ${f}()`), show('gen', leaf('next(h)')),
      simple('gen', g.r.pick(['h.close()', 'del h', 'h = None', "print(list(h))"])), simple('gen', "print('after')"),
    ];
  })],
  [1, (g) => {
    const f = g.fresh('naturals');
    return [def(`def ${f}():`, [simple('gen', 'n = 0'), compound('gen', [clause('while True:', [simple('gen', 'yield n'), simple('gen', 'n += 1')])])], 'gen'),
      compound('gen', [clause(`for v in ${f}():`, [compound('gen', [clause(`if v > ${smallInt(g.r, 0, 6)}:`, [simple('gen', 'break')])]), simple('gen', 'print(v)')])])];
  }],
  [1, tag('gen.throw', (g) => {
    const f = g.fresh('catcher');
    return [
      def(`def ${f}():`, [compound('gen', [clause('while True:', [compound('gen', [clause('try:', [simple('gen', 'yield 1')]),
        clause('except ValueError as e:', [simple('gen', "print('caught', e)"), simple('gen', "yield 'recovered'")])])])])], 'gen'),
      simple('gen', `c = ${f}()`), show('gen', leaf('next(c)')), show('gen', leaf("c.throw(ValueError('boom'))")), show('gen', leaf('next(c)')),
      guard('gen', [simple('gen', "c.throw(KeyError('k'))")]),
    ];
  })],
  [1, (g) => show('gen', expr(['list(zip(', g.expr(g.pickTy(['list', 'range']), 1), ', (c for c in ', g.expr(g.pickTy(['str', 'slist']), 1), ')))']))],
];

export const COMPR_STMTS: [number, StmtMaker][] = [
  [3, (g) => show('compr', expr(['[', g.r.pick(['a * b', '(a, b)', 'a - b', 'str(a) + str(b)']), ' for a in ', g.expr(g.pickTy(['list', 'range']), 1), ' for b in ', g.expr(g.pickTy(['range', 'tuple']), 1), ...(g.r.chance(0.5) ? [' if a != b'] : []), ']']))],
  [2, (g) => show('compr', expr(['{', g.r.pick(['k', 'k.upper()', 'k * 2']), ': ', g.r.pick(['len(k)', 'i', 'k.count("a")']), ' for i, k in enumerate(', g.expr(g.pickTy(['slist']), 1), ')}']))],
  [2, (g) => show('compr', expr(['sorted({', g.r.pick(['v % 5', 'abs(v)', 'v // 2']), ' for v in ', g.expr(g.pickTy(['list', 'range', 'set']), 1), '})']))],
  [2, (g) => show('compr', expr(['[[i * j for j in range(', lit(smallInt(g.r, 0, 4)), ')] for i in range(', lit(smallInt(g.r, 0, 4)), ')]']))],
  [1, (g) => {
    const base = g.fresh('base');
    return [simple('compr', `${base} = `, g.safeExpr('int', 1)), show('compr', expr([`[${base} + v for v in range(3)]`])), show('compr', leaf(`{v: ${base} for v in 'ab'}`))];
  }],
  [1, (g) => show('compr', expr(['[w for w in ', g.expr(g.pickTy(['slist']), 1), ' if w]']), expr(['[(c, n) for c in "xy" for n in ', g.expr(g.pickTy(['list', 'range']), 1), ' if n > 1]']))],
  [1, (g) => show('compr', expr(['list(filter(None, [0, 1, "", "a", None, [], [0], ', g.expr('int', 1), ']))']))],
  [1, (g) => {
    const v = g.fresh('leak');
    return [simple('compr', `${v} = 5`), simple('compr', `print([${v} for ${v} in range(3)], ${v})`)];
  }],
];

export function anyExpr(g: Gen): Expr {
  return g.expr(g.pickTy(['int', 'str', 'list', 'float', 'tuple', 'dict']), 1);
}
