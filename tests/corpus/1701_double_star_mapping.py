# ** unpacking and dict() of a mapping that is not a dict: keys() (called unbound), then each item by subscription.
import sys
class M:
    def keys(self):
        print("keys", sys.getrefcount(self))
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
m = M()
print({**m})
print({'z': 0, **m, 'a': 1})
def f(**kw): return kw
print(f(**m))
print(dict(**m))
print(dict(m))
d = {}; d.update(m); print(d)
try:
    f(a=1, **m)
except TypeError as e:
    print("TypeError:", e)
try:
    {**5}
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
