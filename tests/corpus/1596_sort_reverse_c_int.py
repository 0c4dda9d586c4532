import sys
class Idx:
    def __index__(self): return 1
for r in ['x', 1.5, None, 2, True, 0, 10**30, -1, Idx()]:
    try:
        print(sorted([3, 1, 2], reverse=r))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        l = [3, 1, 2]; l.sort(reverse=r); print(l)
    except Exception as e:
        print(type(e).__name__, e)
data = [5, 3]
try:
    sorted(data, reverse="yes")
except TypeError:
    pass
print(sys.getrefcount(data))
