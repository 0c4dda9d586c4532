# copy: shallow and deep copies of containers, instances, cycles, and the hooks.
import copy


def probe(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Hooked:
    def __copy__(self):
        print("  __copy__ called")
        return "shallow"

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with", type(memo).__name__)
        return "deep"


class Slotted:
    __slots__ = ("a", "b")


class Stateful:
    def __init__(self):
        self.items = [1, 2]

    def __getstate__(self):
        return {"items": self.items, "extra": "from getstate"}

    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 100,))


def gen():
    yield 1


probe("list", lambda: copy.copy([1, [2, 3]]))
probe("dict", lambda: copy.copy({"a": [1]}))
probe("set", lambda: copy.copy({3, 1, 2}))
probe("tuple same", lambda: copy.copy((1, 2)) is not None)
probe("deep nested", lambda: copy.deepcopy({"k": [1, (2, [3])]}))
probe("int is", lambda: copy.deepcopy(10**20) is not None)
probe("str", lambda: copy.copy("text"))
probe("function", lambda: copy.copy(probe) is probe)
probe("class", lambda: copy.deepcopy(Point) is Point)
probe("builtin", lambda: copy.copy(len))
probe("none", lambda: copy.deepcopy(None))
probe("frozenset", lambda: copy.copy(frozenset({1})))
probe("range", lambda: copy.deepcopy(range(3)))
p = Point([1], {"k": [2]})
probe("instance copy", lambda: copy.copy(p))
probe("instance deep", lambda: copy.deepcopy(p))
probe("instance shares", lambda: copy.copy(p).x is p.x)
probe("instance deep shares", lambda: copy.deepcopy(p).x is p.x)
probe("hook copy", lambda: copy.copy(Hooked()))
probe("hook deep", lambda: copy.deepcopy(Hooked()))
probe("hook inside list", lambda: copy.deepcopy([Hooked(), 1]))
s = Slotted()
s.a = [5]
probe("slots copy", lambda: copy.copy(s).a is s.a)
probe("slots deep", lambda: copy.deepcopy(s).a)
probe("slots unset", lambda: hasattr(copy.copy(s), "b"))
probe("getstate/setstate", lambda: copy.deepcopy(Stateful()).__dict__)
probe("reduce", lambda: copy.copy(Reduced(1)).n)
probe("generator", lambda: copy.copy(gen()))
probe("generator deep", lambda: copy.deepcopy(gen()))
probe("error alias", lambda: copy.error is copy.Error)
probe("error class", lambda: copy.Error)
probe("error base", lambda: copy.Error.__mro__)
probe("object", lambda: type(copy.copy(object())).__name__)
memo = {}
inner = [1]
outer = copy.deepcopy([inner, inner], memo)
probe("memo shares", lambda: outer[0] is outer[1])
probe("memo maps", lambda: memo[id(inner)] is outer[0])
probe("memo keeps", lambda: memo[id(memo)][0] is inner)
probe("memo size", lambda: len(memo))
cyc = [1]
cyc.append(cyc)
probe("cyclic list", lambda: copy.deepcopy(cyc))
d = {}
d["self"] = d
probe("cyclic dict", lambda: copy.deepcopy(d))
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
probe("cyclic tuple", lambda: (t2[0][0] is t2, t2 is t))
