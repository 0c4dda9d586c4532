import gc
a = []
b = []
a.append(b)
b.append(a) # Circular reference
del a, b
print(gc.collect())
print(gc.collect())
