# What __del__ sees in sys.getrefcount(self): at a plain deallocation the object is resurrected with one reference;
# the cyclic collector (finalize_garbage) holds one more while each finalizer runs; at exit __main__'s globals are
# collected as part of a cycle, so module-level objects are finalized by the collector too.
import sys, gc

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, sys.getrefcount(self))

C('temporary')
x = C('deleted')
del x
a = C('cycle-a')
b = C('cycle-b')
a.other, b.other = b, a
del a, b
print('collected', gc.collect())

class Resurrect:
    saved = []
    def __del__(self):
        print('resurrect', sys.getrefcount(self))
        Resurrect.saved.append(self)
r = Resurrect()
r.me = r
del r
print('collected', gc.collect(), len(Resurrect.saved))
print('still', sys.getrefcount(Resurrect.saved[0]))

def gen():
    try:
        yield 1
    finally:
        print('generator closed')
g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print('collected', gc.collect())

first = C('global-first')
second = C('global-second')
alias = first
in_list = [C('in-list-1'), C('in-list-2')]
in_dict = {'k': C('in-dict')}
last = C('global-last')
print('end of program')
