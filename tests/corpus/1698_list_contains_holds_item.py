# CPython 3.11's list_contains holds each list item while its __eq__ runs; tuplecontains borrows it.
import sys
class E:
    def __eq__(self, o):
        print(sys.getrefcount(self)); return False
a = E()
l = [a]
1 in l
del l
t = (a,)
1 in t
del t
l = [a]
l.count(1)
print(a in [a], E() in [a])
