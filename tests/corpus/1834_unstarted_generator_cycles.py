# A generator that never started, found in a cycle, is closed by its finalizer (gen_close clears its frame), so the
# cycle is freed by reference counting before the collector counts it: gc.collect() says 0, as python3 does.
import gc, sys
class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def h(box, o):
    yield
box = []
box.append(h(box, Obj(1)))
del box
print("collected", gc.collect())
def outer():
    o = Obj(2)
    def gen():
        yield o
    g = gen()
    o.g = g
outer()
print("collected", gc.collect())
lst = [h(None, Obj(3)) for _ in range(2)]
lst.append(lst)
del lst
print("collected", gc.collect(), gc.get_count())
def never(x):
    print("never runs")
    yield x
n = never(Obj(4))
del n
print("end")
