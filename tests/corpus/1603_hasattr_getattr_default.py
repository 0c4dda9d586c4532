# hasattr() and getattr() with a default on what is simply missing, on __getattr__, slots, properties that raise
# AttributeError and special attributes; no exception object is made for a plain miss (gc counts).
import gc, sys
class C:
    pass
c = C()
gc.collect()
a = gc.get_count()
for i in range(50):
    hasattr(c, 'missing')
    getattr(c, 'other', None)
b = gc.get_count()
print(a, b)
class D:
    def __getattr__(self, name):
        raise AttributeError(name)
d = D()
print(hasattr(d, 'x'), getattr(d, 'y', 5))
class E:
    __slots__ = ('s',)
e = E()
print(hasattr(e, 's'), getattr(e, 's', 'unset'), hasattr(e, 'zz'))
class P:
    @property
    def p(self):
        raise AttributeError('inside')
print(hasattr(P(), 'p'), getattr(P(), 'p', 'dflt'), hasattr(c, '__class__'), hasattr(c, '__dict__'), hasattr(C, 'mro'), getattr(c, '__weakref__', 'x'))
try:
    getattr(c, 'nope')
except AttributeError as ex:
    print(ex, ex.name, ex.obj is c)
