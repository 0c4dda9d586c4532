# A property's errors name it (its __set_name__ ran in the class body) and its owner by qualified name; a property
# added later, or made by hand, is unnamed until __set_name__ is called. And a failing augmented assignment marks
# its target as CPython does (d[k] += 1, a[5] += 1, A().n += 1, an unbound local).
class P:
    v = property()
    w = property(lambda s: 1)
for code in ['P().v', 'P().w = 1', 'del P().w', 'P().v = 2', 'getattr(P(), "v")']:
    try: exec(code)
    except AttributeError as e: print(e)
def f():
    class Q:
        v = property()
        w = property(lambda s: 1)
    try: Q().v
    except AttributeError as e: print(e)
    try: Q().w = 5
    except AttributeError as e: print(e)
f()
class Named:
    def _get(self): return 1
    x = property(_get)
    y = property(None, None, None, "doc")
try: Named().x = 1
except AttributeError as e: print(e)
try: Named().y
except AttributeError as e: print(e)
p = property()
class Late: pass
Late.z = p
try: Late().z
except AttributeError as e: print(e)
class Both:
    @property
    def val(self):
        return 1
    @val.setter
    def val(self, v):
        pass
try:
    del Both().val
except AttributeError as e:
    print(e)
q = property()
print(q.__set_name__(Both, 'manual'))
try:
    q.__get__(Both())
except AttributeError as e:
    print(e)
try:
    property().__set__(Both(), 1)
except AttributeError as e:
    print(e)
print('__set_name__' in vars(property), sorted(k for k in vars(property) if not k.startswith('__')))
import traceback
def attempt(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
def a():
    x = "a"
    x += 1
def b():
    t = (1,)
    t[0] += 1
def c():
    class P:
        @property
        def v(self): return 1
    p = P()
    p.v += 1
def d():
    counts = {}
    for w in "to be or not".split():
        counts[w] += 1
def e():
    grid = [[0]]
    grid[0][3] += 1
for f in (a, b, c, d, e):
    attempt(f)
def unbound():
    n += 1
attempt(unbound)
