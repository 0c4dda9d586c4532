# WeakSet (items leave when they die) and WeakMethod (a weak reference to a bound method).
import gc
import sys
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"

    def hello(self):
        return f"hello from {self.n}"


a, b, c = Item(1), Item(2), Item(3)
ws = weakref.WeakSet([a, b])
print(type(ws), weakref.WeakSet.__module__, len(ws), a in ws, c in ws, 5 in ws)
ws.add(c)
ws.add(a)
print(len(ws), sorted(x.n for x in ws))
ws.discard(b)
ws.discard(Item(9))
print(len(ws), sorted(x.n for x in ws))
print("refcount of c:", sys.getrefcount(c), "weakrefs to c:", weakref.getweakrefcount(c))
del c
print("after del c:", len(ws), sorted(x.n for x in ws))
try:
    ws.remove(Item(7))
except KeyError:
    print("KeyError for a missing item")
print(bool(ws), bool(weakref.WeakSet()), repr(weakref.WeakSet()))
other = weakref.WeakSet([a])
print(ws == other, sorted(x.n for x in ws | weakref.WeakSet([b])), len(ws & other), len(ws - other))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
ws.update([b])
popped = ws.pop()
print(type(popped).__name__, len(ws))
ws.clear()
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)

# A cycle of items in a WeakSet: the set does not keep them; gc frees them and the set empties.
x, y = Item("x"), Item("y")
x.other, y.other = y, x
cycle_set = weakref.WeakSet([x, y])
del x, y
print("before collect:", len(cycle_set))
gc.collect()
print("after collect:", len(cycle_set))

# WeakMethod
obj = Item(5)
wm = weakref.WeakMethod(obj.hello, lambda r: print("method died:", type(r).__name__))
print(type(wm), isinstance(wm, weakref.ref), wm()(), wm() == obj.hello)
print(wm == weakref.WeakMethod(obj.hello), hash(wm) == hash(weakref.ref(obj)))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
plain = weakref.ref(obj.hello)
print("a plain ref to a bound method dies at once:", plain())
del obj
print(wm())
