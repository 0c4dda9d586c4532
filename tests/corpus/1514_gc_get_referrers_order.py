# gc.get_referrers walks the generations youngest first: the module namespace (old since startup) comes last
# until a full collection puts everything in one generation.
import gc


class A:
    pass


x = A()
l1 = [x]
l2 = [x, x]
d = {'k': x}
t = (x, 1)
holder = A()
holder.x = x
print([type(r).__name__ for r in gc.get_referrers(x)])
gc.collect()
print([type(r).__name__ for r in gc.get_referrers(x)])
y = [1, 2]
z = [y]
print([type(r).__name__ for r in gc.get_referrers(y)])


def g(v):
    w = [v]
    return [type(r).__name__ for r in gc.get_referrers(v)]


print(g(y))
print(len(gc.get_referrers(A)), [type(r).__name__ for r in gc.get_referrers(A)])
print(len(gc.get_referrers(l1, l2)))
print([type(r).__name__ for r in gc.get_referents(l2, d, t)])
