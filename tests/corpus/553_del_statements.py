a = [1, 2, 3, 4, 5]
del a[0]
print(a)
del a[1:3]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
class O:
    pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
x = 1
y = 2
del x, y
try:
    x
except NameError as e:
    print(e)
