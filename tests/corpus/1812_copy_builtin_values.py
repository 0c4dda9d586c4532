# copy and deepcopy of builtin values CPython's copy module reaches through __reduce_ex__ (sets, bytearrays),
# its atomic types (complex, bytes) and bound methods; a deep copy rebuilds a frozenset, a shallow one does not.
import copy, sys

for v in [{1, 2}, frozenset({3}), b"ab", bytearray(b"x"), bytearray(), 1 + 2j, range(3), slice(1, 2), (1, [2])]:
    shallow, deep = copy.copy(v), copy.deepcopy(v)
    print(type(v).__name__, shallow, deep, shallow is v, deep is v, shallow == v, deep == v)

graph = {"a": {"b", "c"}, "b": {"c"}, "c": set()}
clone = copy.deepcopy(graph)
clone["c"].add("a")
print(sorted(graph["c"]), sorted(clone["c"]), clone["a"] is graph["a"])


class Node:
    def __init__(self, name):
        self.name = name
        self.tags = {name.upper()}
        self.data = bytearray(name, "ascii")

    def greet(self):
        return "hi " + self.name


n = Node("x")
m = copy.deepcopy(n)
m.tags.add("Y")
m.data.append(33)
print(sorted(n.tags), sorted(m.tags), n.data, m.data)
bound = copy.deepcopy(n.greet)
print(bound(), bound.__self__ is n, copy.copy(n.greet).__self__ is n)


class Tagged(set):
    pass


t = Tagged([1, 2])
t.label = "L"
c = copy.deepcopy(t)
print(type(c).__name__, sorted(c), c.label, c is t)
print({1, 2}.__reduce__(), bytearray(b"ab").__reduce_ex__(2), bytearray(b"ab").__reduce_ex__(4), bytearray().__reduce__())
print(range(1, 5, 2).__reduce__(), slice(1, None).__reduce__(), NotImplemented.__reduce__(), Ellipsis.__reduce__())
s = {10, 20}
before = sys.getrefcount(s)
d = copy.deepcopy([s, s])
print(d[0] is d[1], sys.getrefcount(s) - before)
