a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None))
x = None
print(x is None, x == None)
def f():
    return []
print(f() is f())
