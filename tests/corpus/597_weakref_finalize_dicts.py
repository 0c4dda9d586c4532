import weakref, gc

class Thing:
    def __init__(self, name):
        self.name = name

def goodbye(name):
    print("finalize:", name)

a = Thing("a")
f = weakref.finalize(a, goodbye, "a")
print(f.alive)
del a
print(f.alive)

b = Thing("b")
weakref.finalize(b, goodbye, "b at exit")

cache = weakref.WeakValueDictionary()
x = Thing("x")
y = Thing("y")
cache["x"] = x
cache["y"] = y
print(len(cache), sorted(cache.keys()), cache["x"].name)
del x
print(len(cache), "x" in cache, cache.get("x"), sorted(cache.keys()))

owners = weakref.WeakKeyDictionary()
k1 = Thing("k1")
owners[k1] = "first"
print(len(owners), owners[k1], k1 in owners)
del k1
print(len(owners))

p = Thing("p")
q = Thing("q")
p.other = q
q.other = p
weakref.finalize(p, goodbye, "p in a cycle")
del p, q
print("collect", gc.collect())
print("end")
