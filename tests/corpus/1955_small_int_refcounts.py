# Small ints are shared: every literal 10 is the same object, and its count is start-up's references plus the
# program's own (the parser keeps each literal it read until the program ends).
import sys

a = 10
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
numbers = [1, 2, 3, 10]
print(sys.getrefcount(10), sys.getrefcount(1))
def f(x):
    return sys.getrefcount(x)
print(f(10), f(a))
count = 0
for i in range(5):
    count += 1
print(count, sys.getrefcount(count))
x = 256
y = 256
print(x is y, sys.getrefcount(x))
z = 257
print(sys.getrefcount(z))
print(sys.getrefcount(0), sys.getrefcount(-5), sys.getrefcount(100))
