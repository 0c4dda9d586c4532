# Refcounts of a function's locals while an exception from that function is being handled.
import sys

def f(x):
    y = x
    raise ValueError

obj = []
print(sys.getrefcount(obj))
try:
    f(obj)
except ValueError:
    print(sys.getrefcount(obj))
print(sys.getrefcount(obj))

def g(x):
    try:
        f(x)
    except ValueError as e:
        return sys.getrefcount(x)

print(g(obj))
print(sys.getrefcount(obj))
