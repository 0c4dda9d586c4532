import gc, sys
class Person:
    def __init__(self, name): self.name = name; self.friends = []
    def __repr__(self): return f"Person({self.name})"
    def __del__(self): print("bye", self.name)
class Group:
    def __init__(self, *members): self.members = list(members)
gc.collect()
gc.disable()
a, b, c = Person("a"), Person("b"), Person("c")
a.friends.append(b); b.friends.append(c); c.friends.append(a)
g = Group(a, b, c); a.group = g
print(sys.getrefcount(a), sys.getrefcount(g), len(gc.get_referrers(g)) >= 1)
del a, b, c, g
print("unreachable:", gc.collect())
print(gc.garbage)
x = [1, 2, 3]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), sys.getrefcount(x))
def f(lst):
    print("in f", sys.getrefcount(lst))
    lst.append(99)
f(x)
print(y, z)
t1 = (1, 2); t2 = (1, 2)
s1 = "hello"; s2 = "hel" + "lo"
n1 = 1000; n2 = int("1000")
print(s1 is s2, n1 == n2, n1 is n2, t1 == t2, small_same := (int("5") is int("5")))
strs = []
for k in [0, 1, 5, 50, 500]:
    s = "a" * k
    strs.append((k, sys.getsizeof(s), sys.getsizeof(s + "é"), sys.getsizeof(s + "\U0001F600")))
print(strs)
print([sys.getsizeof(10 ** k) for k in range(0, 40, 5)], sys.getsizeof(3.0), sys.getsizeof([None] * 10), sys.getsizeof((None,) * 10))
print(sys.getsizeof({i: i for i in range(100)}), sys.getsizeof(set(range(10))), sys.getsizeof(range(10)), sys.getsizeof(list(range(10))))
gc.enable()
print(gc.isenabled(), gc.get_threshold())
