# RecursionError through builtins and operators: the same limit counts Python frames and CPython's C-level
# guards (repr, str, comparisons, calls of builtins and classes), so the depths reached differ per route.
depth = 0
def run(name, f):
    global depth
    depth = 0
    try:
        f()
    except RecursionError as e:
        print(f"{name:14} {depth:4} {e}")

class R:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)
run("repr()", lambda: repr(R()))

class F:
    def __repr__(self):
        global depth
        depth += 1
        return f"{self!r}"
run("f-string !r", lambda: repr(F()))

class S:
    def __str__(self):
        global depth
        depth += 1
        return str(self)
run("str()", lambda: str(S()))

class E:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other
run("==", lambda: E() == 1)

class H:
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)
run("hash()", lambda: hash(H()))

class G:
    def __getattr__(self, name):
        global depth
        depth += 1
        return self.missing
run("__getattr__", lambda: G().missing)

class P:
    @property
    def value(self):
        global depth
        depth += 1
        return self.value
run("property", lambda: P().value)

def via_map(x):
    global depth
    depth += 1
    return list(map(via_map, [x]))
run("map()", lambda: via_map(1))

def via_sorted(x):
    global depth
    depth += 1
    return sorted([x, x], key=via_sorted)
run("sorted(key=)", lambda: via_sorted(1))

def plain():
    global depth
    depth += 1
    plain()
run("plain call", plain)

def gen():
    global depth
    depth += 1
    yield from gen()
run("yield from", lambda: next(gen()))

class L:
    def __len__(self):
        global depth
        depth += 1
        return len(self)
run("len()", lambda: len(L()))

class B:
    def __bool__(self):
        global depth
        depth += 1
        return not self
run("not x", lambda: not B())

class I:
    def __init__(self):
        global depth
        depth += 1
        I()
run("__init__", lambda: I())

class A:
    def __add__(self, other):
        global depth
        depth += 1
        return self + other
run("+", lambda: A() + 1)

class LT:
    def __lt__(self, other):
        global depth
        depth += 1
        return sorted([self, other])
run("sorted __lt__", lambda: sorted([LT(), LT()]))

class C:
    def __contains__(self, item):
        global depth
        depth += 1
        return item in self
run("in", lambda: 1 in C())

class It:
    def __iter__(self):
        global depth
        depth += 1
        return iter(self)
run("iter()", lambda: iter(It()))

def printing():
    global depth
    depth += 1
    class Q:
        def __str__(self):
            printing()
            return ""
    print(Q(), end="")
run("print()", printing)

class GI:
    def __getitem__(self, i):
        global depth
        depth += 1
        return self[i]
run("x[i]", lambda: GI()[0])

def nested(n):
    x = None
    for i in range(n):
        x = [x]
    return x
for n in (990, 996, 997, 998):
    try:
        print(n, len(repr(nested(n))))
    except RecursionError as e:
        print(n, e)
for n in (990, 998, 999):
    try:
        print(n, nested(n) == nested(n))
    except RecursionError as e:
        print(n, e)
