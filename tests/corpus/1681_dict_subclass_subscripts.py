# Subscripts on dicts of Python classes: those that leave __getitem__/__setitem__ to dict's, and those that don't.
import sys
from collections import Counter, OrderedDict, defaultdict


class Plain(dict):
    pass


class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 10)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key) + 1


class Ordered(OrderedDict):
    pass


class Default(defaultdict):
    pass


words = "the cat and the hat and the bat".split()
counts = Counter()
for w in words:
    counts[w] += 1
print(counts, counts["the"], counts["dog"])

p = Plain()
value = object()
for i, w in enumerate(words):
    p[w] = i
p["obj"] = value
print(sys.getrefcount(value), sys.getrefcount(p["obj"]), p["obj"] is value)
del p["obj"]
print(p, sys.getrefcount(value), repr(object()).split(" at ")[0])
try:
    p["nope"]
except KeyError as e:
    print("KeyError", e)

m = Missing()
print(m["abc"], m["abc"], m)

lg = Logged()
lg["x"] = 4
print(lg["x"], dict(lg))

o = Ordered()
for w in reversed(words):
    o[w] = o.get(w, 0) + 1
o.move_to_end("the")
print(list(o.items()))

d = Default(list)
for i, w in enumerate(words):
    d[w].append(i)
print(sorted(d.items()))

key = (1, 2)
p[key] = "tuple"
print(p[key], sys.getrefcount(key))
try:
    p[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    p[[1]]
except TypeError as e:
    print("TypeError", e)


class Undeletable(dict):
    def __delitem__(self, key):
        print("refusing to delete", key)


u = Undeletable(a=1)
del u["a"]
del p["cat"]
try:
    del p["cat"]
except KeyError as e:
    print("KeyError", e)
del counts["missing"]
print(u, p, counts)
