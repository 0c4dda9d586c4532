# weakref probe: ref, callbacks, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, counts, errors.
import weakref, sys, gc
def show(label, f):
    try:
        print(label, '=>', repr(f()))
    except Exception as e:
        print(label, '=>', type(e).__name__, e)
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Node(%r)' % self.name
n = Node('a')
r = weakref.ref(n)
show('deref', lambda: r())
show('refcount', lambda: sys.getrefcount(n))
show('getweakrefcount', lambda: weakref.getweakrefcount(n))
show('same ref reused', lambda: weakref.ref(n) is r)
show('getweakrefs', lambda: weakref.getweakrefs(n) == [r])
show('ref eq', lambda: (r == weakref.ref(n), hash(r) == hash(n) if False else isinstance(hash(r), int)))
show('ref type', lambda: (type(r).__name__, type(r).__module__, weakref.ReferenceType is type(r)))
show('ref repr start', lambda: repr(r).split(' at ')[0])
show('ref int', lambda: weakref.ref(5))
show('ref str', lambda: weakref.ref('text'))
show('ref list', lambda: weakref.ref([]))
show('ref tuple', lambda: weakref.ref(()))
show('ref None', lambda: weakref.ref(None))
show('ref no args', lambda: weakref.ref())
show('ref bad callback', lambda: weakref.ref(n, 5)())
show('sizeof ref', lambda: sys.getsizeof(r))
log = []
def gone(ref):
    log.append(('gone', ref() is None))
m = Node('b')
rm = weakref.ref(m, gone)
show('callback ref distinct', lambda: rm is not weakref.ref(m))
del m
show('callback ran', lambda: (log, rm()))
show('dead repr', lambda: repr(rm).split(';')[1].strip().startswith('dead'))
show('dead hash', lambda: (weakref.ref(Node('x')), 'made')[1])
class NoWeak:
    __slots__ = ('x',)
show('slots no weakref', lambda: weakref.ref(NoWeak()))
class WithWeak:
    __slots__ = ('x', '__weakref__')
show('slots with weakref', lambda: weakref.ref(WithWeak()) is not None)
p = weakref.proxy(n)
show('proxy attr', lambda: p.name)
show('proxy repr start', lambda: repr(p).split(' at ')[0])
show('proxy type', lambda: type(p).__name__)
show('proxy isinstance', lambda: isinstance(p, Node))
show('proxy hash', lambda: hash(p))
show('proxy set attr', lambda: (setattr(p, 'name', 'A'), n.name)[1])
q = weakref.proxy(Node('tmp'))
show('dead proxy', lambda: q.name)
show('dead proxy repr', lambda: repr(q).split(' at ')[0])
show('proxy of proxy', lambda: weakref.proxy(p))
lst_proxy_target = [1, 2, 3]
show('proxy list', lambda: weakref.proxy(lst_proxy_target))
class Box(list):
    pass
b = Box([3, 1, 2])
pb = weakref.proxy(b)
show('proxy ops', lambda: (len(pb), pb[0], 2 in pb, sorted(pb), pb + [9]))
show('callable proxy', lambda: type(weakref.proxy(gone)).__name__)
wvd = weakref.WeakValueDictionary()
k1, k2 = Node('k1'), Node('k2')
wvd['one'] = k1
wvd['two'] = k2
show('wvd len', lambda: len(wvd))
del k2
show('wvd after del', lambda: (len(wvd), sorted(wvd.keys())))
show('wvd missing', lambda: wvd['two'])
show('wvd get', lambda: wvd.get('two', 'dflt'))
show('wvd int value', lambda: wvd.__setitem__('x', 5))
show('wvd repr start', lambda: repr(wvd).split(' at ')[0])
show('wvd pop', lambda: (wvd.pop('one'), len(wvd)))
show('wvd pop missing', lambda: wvd.pop('nope'))
wkd = weakref.WeakKeyDictionary()
a1, a2 = Node('a1'), Node('a2')
wkd[a1] = 1
wkd[a2] = 2
del a1
show('wkd after del', lambda: (len(wkd), list(wkd.values())))
show('wkd str key', lambda: wkd.__setitem__('s', 1))
show('wkd contains', lambda: (a2 in wkd, 5 in wkd))
ws = weakref.WeakSet()
s1, s2 = Node('s1'), Node('s2')
ws.add(s1)
ws.add(s2)
ws.add(s1)
del s2
show('WeakSet', lambda: (len(ws), list(ws)))
show('WeakSet add int', lambda: ws.add(3))
show('WeakSet ops', lambda: (s1 in ws, len(ws | weakref.WeakSet([n])), ws == weakref.WeakSet([s1])))
fin_log = []
f_obj = Node('f')
fin = weakref.finalize(f_obj, fin_log.append, 'finalized')
show('finalize alive', lambda: (fin.alive, fin.atexit))
del f_obj
show('finalize ran', lambda: (fin_log, fin.alive, fin()))
f2 = weakref.finalize(n, lambda: 'early')
show('finalize call', lambda: (f2(), f2(), f2.alive))
f3 = weakref.finalize(n, str, 1)
show('finalize detach', lambda: (f3.detach()[1:], f3.detach(), f3.peek()))
show('finalize int', lambda: weakref.finalize(5, print))
class Cyc:
    pass
c = Cyc()
c.self = c
rc = weakref.ref(c, lambda r: log.append('cycle freed'))
del c
show('cycle before collect', lambda: rc() is not None)
gc.collect()
show('cycle after collect', lambda: (rc(), log[-1]))
show('WeakMethod', lambda: (lambda o: weakref.WeakMethod(o.__repr__)()())(n))
show('WeakMethod function', lambda: weakref.WeakMethod(gone))
show('ref kw', lambda: weakref.ref(n, callback=None))
show('ref 3 args', lambda: weakref.ref(n, None, None))
