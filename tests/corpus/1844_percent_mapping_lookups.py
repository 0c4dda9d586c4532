# '%(key)s' % mapping looks each key up once, even when a value's __str__ runs Python code (the formatting is then
# made again with the texts made so far); the formatting holds what it looked up while the __str__ runs.
import sys
class D(dict):
    def __getitem__(s, k):
        print("getitem", k)
        return Val(k)
class Val:
    def __init__(s, k): s.k = k
    def __str__(s): return "V" + s.k
    def __repr__(s): return "R" + s.k
print("%(a)s %(b)r %(a)s" % D())
class E(dict):
    def __getitem__(s, k): print("getitem", k); return 1
print("%(a)s" % E())
v = Val("x")
d = {"k": v}
print("%(k)s" % d, sys.getrefcount(v))
class R:
    def __str__(s):
        return "refs=%d" % sys.getrefcount(s)
r = R()
print("%(x)s" % {"x": r}, "%s" % r, "%s" % (r,))
class G(dict):
    def __getitem__(s, k):
        return R()
print("%(x)s and %(y)s" % G())
