import gc
a = []
a.append(a)
print(a)
del a
print(gc.collect())
x = [1, 2]
y = [x]
x.append(y)
print(len(x), len(y))
del x
print(gc.collect())
del y
print(gc.collect())
