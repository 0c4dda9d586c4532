import sys
a = [1, 2, 3]
b = a
c = a
print(sys.getrefcount(a))
b = None
print(sys.getrefcount(a))
c = [4]
print(sys.getrefcount(a))
box = {"x": a}
lst = [box, box]
print(sys.getrefcount(a), sys.getrefcount(box))
lst.pop()
print(sys.getrefcount(box))
