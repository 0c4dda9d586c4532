# With the 4-tuples taken, the keyword parser's tuple is a new object.
import gc
quads = [(i, i, i, i) for i in range(5)]
a = gc.get_count()
print("hi")
b = gc.get_count()
print("hi", end="\n")
c = gc.get_count()
print(a, b, c, len(quads))
