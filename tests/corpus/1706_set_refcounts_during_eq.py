# Reference counts inside __eq__ while sets are built and compared: set_add_entry and the set operations hold the
# key they look up; BUILD_SET drops each item's stack reference once it is added.
import sys
class E:
    def __init__(self, n): self.n = n
    def __eq__(self, other):
        print(self.n, other.n, sys.getrefcount(self), sys.getrefcount(other)); return True
    def __hash__(self): return 1
a, b = E('a'), E('b')
s = {a, b}
s2 = set(); s2.add(a); s2.add(b)
print("==", {a} == {b})
print("<=", {a} <= {b})
print("|", len({a} | {b}))
print("&", len({a} & {b}))
print("-", len({a} - {b}))
print("^", len({a} ^ {b}))
print("in", b in s, s.discard(b), len(s))
print("update"); s3 = {a}; s3.update([b]); print(len(s3))
print("comp", len({x for x in (a, b)}))
print("frozenset", len(frozenset([a, b])))
