import inspect, functools, abc, sys

def deco(f):
    return f

# a comment
@deco
def plain(a, b=1):
    """Doc of plain.

        Indented more.
    Back.
    """
    x = [1,
         2]
    s = """multi
line"""
    # inside comment
    return x

    # trailing comment in block

def oneliner(): return 1
class Outer:
    """Outer doc"""
    class Inner:
        def meth(self):
            return 2
    def method(self, q):
        if q:
            return 1
        return 0
    @property
    def prop(self):
        "prop doc"
        return 3
sq = lambda v: v * v

def gen():
    x = 1
    yield x
    y = 2
    yield y

for obj in [plain, oneliner, Outer, Outer.Inner, Outer.Inner.meth, Outer().method, Outer.method, sq, gen]:
    print(repr(inspect.getsource(obj)))
    lines, n = inspect.getsourcelines(obj)
    print(n, len(lines))
print(inspect.getfile(plain) == __file__, inspect.getfile(Outer) == __file__)
for bad in [len, 1]:
    try: inspect.getsource(bad)
    except Exception as e: print(type(e).__name__, e)
try: inspect.getfile(int)
except Exception as e: print(type(e).__name__, e)
try: inspect.getsource(sys)
except Exception as e: print(type(e).__name__, e)
def made():
    class Local:
        pass
    return Local
print(repr(inspect.getsource(made())))
print(inspect.getdoc(plain))
print(inspect.getdoc(Outer), inspect.getdoc(Outer.prop), repr(inspect.getdoc(Outer.Inner)))
print(inspect.cleandoc("  a\n    b\n      c\n\n"))
print(inspect.getdoc(Outer().method))
g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def selfwatch():
    me = yield
    yield inspect.getgeneratorstate(me)
s = selfwatch(); next(s); print(s.send(s))
fr = inspect.currentframe()
print(fr.f_code.co_name, fr.f_lineno)
def inner():
    return inspect.currentframe().f_code.co_name, inspect.currentframe().f_back.f_code.co_name
print(inner())
print(inspect.getmodule(plain) is sys.modules['__main__'], inspect.getmodule(len), inspect.getmodule(sys) is sys)
print(inspect.getmodule(inspect.signature).__name__)
