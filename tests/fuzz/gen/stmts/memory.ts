// Memory: sys.getrefcount, sys.getsizeof, gc.collect() results, del, `is`, __del__ order, cycles, weakrefs,
// gc.is_tracked; and (feature `gccount`) gc.get_count() after a full collection.

import { clause, compound, leaf, simple } from '../../program';
import type { Gen } from '../context';
import { call, lit } from '../exprs';
import { literalOf } from '../literals';
import { smallInt } from '../literals';
import { show, type StmtMaker } from './common';

const s = (text: string) => simple('memory', text);

function needs(g: Gen): void {
  g.prelude.set('sys', simple('memory', 'import sys, gc'));
}

/** A class whose instances print when they are freed. */
function tracked(g: Gen): string {
  needs(g);
  g.prelude.set('Tracked', compound('memory', [clause('class Tracked:', [
    compound('memory', [clause('def __init__(self, name):', [s('self.name = name'), s('self.other = None')])]),
    compound('memory', [clause('def __repr__(self):', [s("return 'Tracked(' + self.name + ')'")])]),
    compound('memory', [clause('def __del__(self):', [s("print('del', self.name)")])]),
  ])]));
  return 'Tracked';
}

const CONTAINERS = ['[]', '[1, 2, 3]', '{}', "{'a': [1]}", 'set()', '(1, [2])', "Tracked('rc')", '[[]] * 3', "{'k': {}}"];

export const MEMORY_STMTS: [number, StmtMaker][] = [
  [4, (g) => {
    tracked(g);
    const m = g.fresh('m'), a = g.fresh('alias');
    const value = g.r.pick(CONTAINERS);
    return [s(`${m} = ${value}`), s(`print(sys.getrefcount(${m}))`), s(`${a} = ${g.r.pick([m, `[${m}, ${m}]`, `{'k': ${m}}`, `(${m},)`])}`),
      s(`print(sys.getrefcount(${m}))`), s(`del ${a}`), s(`print(sys.getrefcount(${m}))`)];
  }],
  [4, (g) => {
    needs(g);
    const ty = g.pickTy(['list', 'str', 'int', 'tuple', 'dict', 'set', 'float', 'range', ...(g.ok('sizeof.split') ? ['slist' as const] : [])]);
    // Sizes of lists built by some builtins differ (tag sizeof.built): literals only then.
    return show('memory', call('sys.getsizeof', [g.ok('sizeof.built') ? g.expr(ty, 2) : lit(literalOf(g.r, ty))]));
  }],
  [2, (g) => {
    needs(g);
    const v = g.fresh('grow');
    const add = g.r.pick([`${v}.append(i)`, `${v}[i] = i`, `${v}.add(i)`, `${v} += 'x'`]);
    const init = add.startsWith(`${v}.append`) ? '[]' : add.startsWith(`${v}[`) ? '{}' : add.includes('add') ? 'set()' : "''";
    return [s(`${v} = ${init}`), compound('memory', [clause(`for i in range(${g.r.int(1, 12)}):`, [s(add), s(`print(len(${v}), sys.getsizeof(${v}))`)])])];
  }],
  [3, (g) => {
    tracked(g);
    const a = g.fresh('t'), b = g.fresh('t');
    return [s(`${a} = Tracked('${a}')`), s(`${b} = ${a}`), s(`del ${a}`), s("print('after first del')"), s(`${b} = ${g.r.pick(['None', "Tracked('next')", '0'])}`), s("print('after rebind')")];
  }],
  [3, (g) => {
    tracked(g);
    const a = g.fresh('cy'), b = g.fresh('cy');
    const body = [s(`${a} = Tracked('${a}')`), s(`${b} = Tracked('${b}')`), s(`${a}.other = ${b}`), s(`${b}.other = ${g.r.pick([a, b])}`),
      s(`del ${a}, ${b}`), s(`print('collected', gc.collect())`)];
    if (g.r.chance(0.5)) body.splice(4, 0, s(`${a}.payload = [${a}, {'self': ${b}}]`));
    return body;
  }],
  [2, (g) => {
    needs(g);
    const l = g.fresh('selfref');
    const make = g.r.pick([`${l} = []\n${l}.append(${l})`, `${l} = {}\n${l}['me'] = ${l}`, `${l} = [[], []]\n${l}[0].append(${l}[1])\n${l}[1].append(${l}[0])`]);
    return [s(make), s(`print(${l})`), s(`del ${l}`), s(`print('gc', gc.collect())`)];
  }],
  [2, (g) => {
    needs(g);
    return show('memory', leaf(g.r.pick(["int('256') is int('256')", "int('257') is int('257')", ...(g.ok('is.str_cache') ? ['chr(97) is chr(97)', 'str() is str()'] : []), 'tuple() is tuple()',
      "[] is []", "(lambda: None)() is None", 'True is bool(1)', "str(10) is str(10)", "float('1') is float('1')"])));
  }],
  [2, (g) => {
    needs(g);
    return show('memory', call('gc.is_tracked', [leaf(g.r.pick(['0', "'s'", '[]', '{}', "{'a': 1}", "{'a': []}", '(1, 2)', '([],)', 'set()', 'Exception()', 'None', '1.5', ...(g.ok('gc.tracked_builtins') ? ['len'] : []), '(lambda: 0)', 'range(3)']))]));
  }],
  [2, (g) => {
    tracked(g);
    const f = g.fresh('scope');
    return [compound('memory', [clause(`def ${f}():`, [s(`local = Tracked('local-${f}')`), s("print('in function')"), s(g.r.pick(['return 1', 'return local.name', 'pass']))])]),
      s(`print(${f}())`), s("print('after call')")];
  }],
  [2, (g) => {
    tracked(g);
    const l = g.fresh('many');
    return [s(`${l} = [Tracked('${l}-' + str(i)) for i in range(${g.r.int(1, 4)})]`), s(g.r.pick([`${l}.clear()`, `del ${l}[0]`, `${l}.pop()`, `del ${l}`, `${l} = None`, `${l}.reverse()\ndel ${l}`]))];
  }],
  [2, (g) => {
    tracked(g);
    g.prelude.set('weakref', s('import weakref'));
    const o = g.fresh('obj'), r = g.fresh('ref');
    return [s(`${o} = Tracked('${o}')`), s(`${r} = weakref.ref(${o}${g.r.chance(0.5) ? ", lambda w: print('callback', w() is None)" : ''})`),
      s(`print(${r}() is ${o}, weakref.getweakrefcount(${o}))`), s(`del ${o}`), s(`print(${r}())`)];
  }],
  [1, (g) => { needs(g); return s(`print(gc.collect(${g.r.pick(['', '0', '1', '2'])}))`); }],
  [1, (g) => {
    needs(g);
    const f = g.fresh('counted');
    return [compound('memory', [clause(`def ${f}(arg):`, [s('print(sys.getrefcount(arg))'), s('inner = [arg]'), s('return sys.getrefcount(arg)')])]),
      s(`print(${f}(${g.r.pick(['[]', '{}', 'object()', "[1, 'x']"])}))`)];
  }],
];

export const GCCOUNT_STMTS: [number, StmtMaker][] = [
  [1, (g) => {
    needs(g);
    const alloc = g.r.pick(['[[] for _ in range(N)]', '[{} for _ in range(N)]', '[(i, [i]) for i in range(N)]', 'list(range(N))', '{i: [i] for i in range(N)}', "[object() for _ in range(N)]"]).replace('N', String(g.r.int(0, 800)));
    const v = g.fresh('junk');
    return [s('gc.collect()'), s('print(gc.get_count())'), s(`${v} = ${alloc}`), s('print(gc.get_count())'), s(`del ${v}`), s('print(gc.get_count())')];
  }],
  [1, (g) => { needs(g); return [s('gc.collect()'), s(`${g.fresh('tmp')} = [[${smallInt(g.r, 0, 9)}] for _ in range(3)]`), s('print(gc.get_count(), gc.collect(0), gc.get_count())')]; }],
];
