# Reference counts inside __call__ of an instance: _PyObject_MakeTpCall's argument tuple and keyword dict, and with
# keywords the array _PyObject_Call_Prepend unpacks them into, hold the arguments while it runs.
import sys
rc = sys.getrefcount
class F:
    def __call__(self, x, y=None):
        print('call', rc(self), rc(x))
        return x
f = F()
o = object()
f(o)
f(o, y=o)
f(x=o)
r = f(o)
print(rc(o), rc(f))
class G:
    def __call__(self, *a, **k):
        print('star', rc(self), rc(a), rc(k))
G()(o, z=1)
def deco(fn):
    class Wrapper:
        def __call__(self, *a):
            print('wrapped', rc(a[0]))
            return fn(*a)
    return Wrapper()
@deco
def work(v): return rc(v)
print(work(o))
