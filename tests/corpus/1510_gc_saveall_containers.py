# DEBUG_LEAK (collectable + uncollectable + saveall) keeps lists and dicts in cycles; the order they come back in.
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = [1, 2]
l.append(l)
d = {'k': 3}
d['self'] = d
t = (l, 'x')
del l, d, t
print(gc.collect())
print(gc.garbage)
print([type(o).__name__ for o in gc.garbage])
print(gc.get_referrers(gc.garbage[0]) == [gc.garbage] or len(gc.get_referrers(gc.garbage[0])))
print(gc.is_tracked(gc.garbage[0]), gc.get_count())
for i in range(3):
    c = [i]
    c.append(c)
    del c
print(gc.collect(0), len(gc.garbage), gc.collect(1), len(gc.garbage))
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
print(sorted(n for n in dir(gc) if not n.startswith('_')))
