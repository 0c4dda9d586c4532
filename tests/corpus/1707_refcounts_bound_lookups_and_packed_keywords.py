# Reference counts inside Python code that builtins bind (__missing__, __fspath__, object.__format__ and int.__format__
# through _PyObject_LookupSpecial) and with the keyword dict a METH_VARARGS builtin packs (str.format, max, min).
import sys, os
class D(dict):
    def __missing__(self, k):
        print("missing", sys.getrefcount(self)); return 0
d = D()
print(d['x'], D()['y'])
class B:
    def __fspath__(self):
        print("fspath", sys.getrefcount(self)); return "/tmp"
b = B()
print(os.fspath(b))
class N:
    pass
try:
    os.fspath(N())
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __fspath__(self): return 5
try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError:", e)
import sys
class P:
    def __str__(self): return str(sys.getrefcount(self))
p = P()
print(f"{p}", format(p), format(p, ''), '{}'.format(p), str(p), '%s' % p)
print("{x}".format(x=p), "{0}-{0}".format(p), f"{p!s}", f"{p:}")
class I(int):
    def __str__(self): return "I" + str(sys.getrefcount(self))
i = I(5)
print(f"{i}", format(i), str(i))
def key(v):
    print("key", sys.getrefcount(key), sys.getrefcount(v))
    return v
big1, big2 = 10**20, 10**21
print(max(big1, big2, key=key) == big2, min([big1, big2], key=key) == big1)
print(sorted([big2, big1], key=key) == [big1, big2])
