// Classes: __init__/__repr__ always (reprs with addresses would differ), other dunders, properties, class and
// static methods, inheritance with super(), and statements using their instances.

import { clause, compound, expr, leaf, simple, type Stmt } from '../../program';
import type { ClassInfo, Gen } from '../context';
import { lit } from '../exprs';
import { literalOf, smallInt } from '../literals';
import { guard, show, type StmtMaker } from './common';

const s = (text: string) => simple('class', text);
const method = (head: string, ...body: string[]): Stmt => compound('class', [clause(head, body.map(s))]);

/** The optional members a class may define, with their bodies (attributes: `a` an int, `items` a list of ints). */
const MEMBERS: Record<string, (name: string) => Stmt> = {
  __str__: (n) => method('def __str__(self):', `return '${n}<' + str(self.a) + '>'`),
  __eq__: (n) => method('def __eq__(self, other):', `if not isinstance(other, ${n}):\n    return NotImplemented`, 'return self.a == other.a'),
  __hash__: () => method('def __hash__(self):', 'return hash((self.a, len(self.items)))'),
  __lt__: () => method('def __lt__(self, other):', 'return (self.a, self.items) < (other.a, other.items)'),
  __len__: () => method('def __len__(self):', 'return len(self.items)'),
  __iter__: () => method('def __iter__(self):', 'for v in self.items:\n    yield v * 2'),
  __getitem__: () => method('def __getitem__(self, i):', 'return self.items[i]'),
  __contains__: () => method('def __contains__(self, v):', "print('contains?', v)", 'return v in self.items'),
  __add__: (n) => method('def __add__(self, other):', `return ${n}(self.a + other.a, self.items + other.items)`),
  __bool__: () => method('def __bool__(self):', 'return self.a > 0'),
  __call__: () => method('def __call__(self, k=1):', 'return self.a * k'),
  __getattr__: () => method('def __getattr__(self, name):', "return 'no ' + name"),
  prop: () => compound('class', [clause('@property\ndef double(self):', [s('return self.a * 2')]), ]),
  setter: () => compound('class', [clause('@property\ndef first(self):', [s('return self.items[0] if self.items else None')]),
    clause('@first.setter\ndef first(self, v):', [s('self.items.insert(0, v)')])]),
  classmethod: () => compound('class', [clause('@classmethod\ndef make(cls, n):', [s('return cls(n, list(range(n % 4)))')])]),
  staticmethod: () => compound('class', [clause('@staticmethod\ndef helper(x):', [s('return x * 3 + 1')])]),
};

function classDef(g: Gen): Stmt[] {
  const base = g.classes.length && g.r.chance(0.4) ? g.r.pick(g.classes) : null;
  const name = g.fresh('C');
  const has = new Set(base?.has ?? []);
  const body: Stmt[] = [s(`kind = '${name.toLowerCase()}'`)];
  if (base) {
    body.push(method('def __init__(self, a, items=None):', 'super().__init__(a, items)', `self.tag = ${literalOf(g.r, 'str')}`));
    body.push(method('def __repr__(self):', `return '${name}/' + super().__repr__()`));
    if (g.r.chance(0.5)) body.push(method('def total(self, k=0):', 'return super().total(k) + 1000'));
  } else {
    body.push(method('def __init__(self, a, items=None):', 'self.a = a', 'self.items = list(items or [])'));
    body.push(method('def __repr__(self):', `return f'${name}({self.a!r}, {self.items!r})'`));
    body.push(method('def total(self, k=0):', 'return self.a + sum(self.items) + k'));
  }
  for (const m of Object.keys(MEMBERS)) {
    if (g.r.chance(0.35)) {
      body.push(MEMBERS[m](name));
      has.add(m);
    }
  }
  // Defining __eq__ without __hash__ makes a class unhashable; defining __hash__ makes it hashable again.
  const own = (m: string) => body.some((b) => b.clauses?.[0].head[0] === `def ${m}(self, other):` || b.clauses?.[0].head[0] === `def ${m}(self):`);
  if (own('__eq__') && !own('__hash__')) has.add('unhashable');
  else if (own('__hash__')) has.delete('unhashable');
  const info: ClassInfo = { name, base, has };
  g.classes.push(info);
  const head = base ? `class ${name}(${base.name}):` : `class ${name}:`;
  return [compound('class', [clause(head, body)]), ...makeObject(g, info)];
}

function makeObject(g: Gen, cls: ClassInfo): Stmt[] {
  const name = g.fresh('o');
  g.objects.push({ name, cls });
  return [simple('class', `${name} = ${cls.name}(`, g.safeExpr('int', 1), ', ', g.safeExpr(g.pickTy(['list', 'range']), 1), ')'), show('class', leaf(name))];
}

/** A statement using an instance, chosen among what its class supports (and sometimes what it does not). */
function useObject(g: Gen): Stmt[] | Stmt | null {
  if (!g.objects.length) return null;
  const { name: o, cls } = g.r.pick(g.objects);
  const other = g.r.pick(g.objects.filter((x) => x.cls === cls || x.cls.base === cls || cls.base === x.cls)).name;
  const has = (m: string) => cls.has.has(m);
  const options: (() => Stmt[] | Stmt)[] = [
    () => show('class', leaf(`str(${o})`), leaf(`repr(${o})`), leaf(`${o}.total(${smallInt(g.r, 0, 5)})`)),
    () => show('class', leaf(`${o} == ${other}`), leaf(`${o} != ${other}`), leaf(`${o} is ${other}`)),
    () => show('class', expr([`${o} < ${other}`], [], true), expr([`sorted([${o}, ${other}, ${o}])`], [], true)),
    () => show('class', expr([`len({${o}, ${other}})`], [], true)),
    () => show('class', expr([`len(${o})`], [], !has('__len__')), expr([`bool(${o})`])),
    () => show('class', expr([`list(${o})`], [], !has('__iter__') && !has('__getitem__'))),
    () => show('class', expr([`${o}[${smallInt(g.r, -2, 3)}]`], [], true)),
    () => show('class', expr([`${smallInt(g.r, 0, 5)} in ${o}`], [], !has('__contains__') && !has('__iter__') && !has('__getitem__'))),
    () => show('class', expr([`${o} + ${other}`], [], true)),
    () => show('class', expr([`${o}(${smallInt(g.r, 0, 4)})`], [], !has('__call__'))),
    () => show('class', expr([`${o}.double`], [], !has('prop') && !has('__getattr__')), expr([`${o}.missing`], [], !has('__getattr__'))),
    () => [guard('class', [s(`${o}.first = ${smallInt(g.r, 0, 9)}`)]), show('class', expr([`${o}.items`]), expr([`${o}.first`], [], !has('setter')))],
    () => show('class', expr([`${cls.name}.make(${smallInt(g.r, 0, 9)})`], [], !has('classmethod')), expr([`${o}.helper(2)`], [], !has('staticmethod'))),
    () => [s(`${o}.extra = ${literalOf(g.r, 'int')}`), show('class', leaf(`sorted(vars(${o}))`), leaf(`${o}.extra`), leaf(`hasattr(${o}, 'extra')`))],
    () => show('class', leaf(`type(${o}).__name__`), leaf(`isinstance(${o}, ${cls.base?.name ?? cls.name})`), leaf(`[k.__name__ for k in type(${o}).__mro__]`)),
    () => show('class', leaf(`${cls.name}.kind`), leaf(`${o}.kind`), leaf(`getattr(${o}, 'nope', 'dflt')`), leaf(`${cls.name}.__name__`), leaf(`${cls.name}.__qualname__`)),
    () => compound('class', [clause(`if ${o}:`, [s(`print('truthy', ${o}.a)`)]), clause('else:', [s(`print('falsy', ${o}.a)`)])]),
    () => [s(`${o}.a = ${o}.a + ${smallInt(g.r, -9, 9)}`), show('class', leaf(o))],
    () => show('class', expr([`{${o}: 1}`], [], has('unhashable'))),
    () => show('class', lit(`${o}.__class__.__name__`), lit(`${o}.__dict__`)),
  ];
  return g.r.pick(options)();
}

export const CLASS_STMTS: [number, StmtMaker][] = [
  [2, (g) => classDef(g)],
  [2, (g) => (g.classes.length ? makeObject(g, g.r.pick(g.classes)) : null)],
  [6, (g) => useObject(g)],
];

export const CLASS_INNER: [number, StmtMaker][] = [[1, (g) => useObject(g)]];
