# Refcounts and gc counts around generators: frames hold their locals, closing releases them, and the
# collector finalizes (closes) a generator caught in a cycle before freeing it.
import gc, sys
gc.collect()
gc.disable()

class Payload:
    def __del__(self):
        print("payload freed")

def holder():
    item = Payload()
    try:
        yield sys.getrefcount(item)
        yield "second"
    finally:
        print("holder finally, refcount", sys.getrefcount(item))

base = gc.get_count()[0]
g = holder()
print("created", gc.get_count()[0] - base)
print("first yield saw refcount", next(g))
print("after next", gc.get_count()[0] - base)
g.close()
print("after close", gc.get_count()[0] - base)
del g
print("after del", gc.get_count()[0] - base)

def cyclic():
    me = yield
    try:
        yield "in cycle"
    finally:
        print("cycle generator finally")
c = cyclic()
next(c)
c.send(c)
print(sys.getrefcount(c))
del c
print("collected", gc.collect())
print("garbage", gc.garbage)

def plain():
    yield 1
p = plain()
next(p)
q = [p]
q.append(q)
del p, q
print("collected plain cycle", gc.collect())
gc.enable()
