import weakref, gc
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
ra = weakref.ref(a, lambda r: print("a is gone"))
del a, b
print("before collect", ra() is not None)
print(gc.collect())
print(ra())
