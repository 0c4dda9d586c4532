# A suspended generator is closed when its last reference goes (del, a break out of its for loop,
# a reassignment), at interpreter exit, and when the collector frees a cycle holding it (PEP 442).
import gc, sys
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield i
    finally:
        print("close", name)

g = resource("a")
print(next(g), sys.getrefcount(g))
del g
print("after del")

for x in resource("b"):
    if x == 1:
        break
print("after break")

g = resource("c")
next(g)
g = resource("d")
print("after reassignment")

class Holder:
    pass
h = Holder()
h.gen = resource("cycle")
h.gen_self = h
next(h.gen)
del h
print("before collect")
print("collected", gc.collect())
print("after collect")

def never_started():
    try:
        yield 1
    finally:
        print("never printed")
n = never_started()
del n

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit at", sys._getframe().f_code.co_name if hasattr(sys, "_getframe") else "catcher")
        raise
c = catcher()
next(c)
c = None

left_open = resource("at exit")
next(left_open)
print("end of module")
