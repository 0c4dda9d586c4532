# The first repr of a container makes the thread state's dict and its "Py_Repr" list (Py_ReprEnter): two gc
# allocations that gc.get_count() shows. set_repr enters before its shortcut for the empty set, so an empty set's
# repr makes them (here before gc.collect(), which zeroes the counts); an empty list or tuple returns before entering.
import gc
print(str([]), repr(()), str(set()))
gc.collect()
print(gc.get_count())
junk = [[i] for i in range(10)]
print(gc.get_count())
