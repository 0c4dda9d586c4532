# property() takes fget, fset, fdel and doc by keyword too; an explicit doc wins over the getter's and goes with getter()/setter() copies.
class A:
    def g(self):
        "getter doc"
        return 1
    def h(self):
        "other doc"
        return 2
    x = property(g, doc="explicit doc")
    y = property(g)
    z = property(fget=g, fset=None, fdel=None, doc=None)
    w = property(g, doc="kept").getter(h)
    v = property(g).getter(h)
print(A.x.__doc__, A.y.__doc__, A.z.__doc__, A().x, A.w.__doc__, A.v.__doc__, A().w)
p = property(doc="only doc")
print(p.__doc__, p.fget, p.fset, p.fdel)
q = property(None, None, None, "positional doc")
print(q.__doc__, q.setter(len).__doc__, q.deleter(len).fdel)
for args, kwargs in [((1, 2, 3, 4, 5), {}), ((), {'foo': 1}), ((len,), {'fget': len}), ((1, 2, 3), {'doc': 1, 'fdel': 2})]:
    try:
        property(*args, **kwargs)
        print('ok', args, kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
import sys
class B:
    @property
    def size(self):
        "how big"
        return 3
    @size.setter
    def size(self, v):
        self._s = v
print(B.size.__doc__, sys.getrefcount(B.size.fget), B().size)
