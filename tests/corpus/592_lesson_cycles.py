import gc

a = []
b = []
a.append(b)
b.append(a) # Circular reference
del a, b
# Both lists still have a count of 1: they keep each other alive
print(gc.collect())
