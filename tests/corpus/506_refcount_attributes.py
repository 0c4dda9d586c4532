import sys
class Box:
    pass

item = []
box = Box()
box.content = item
print(sys.getrefcount(item))
other = Box()
other.content = item
print(sys.getrefcount(item))
del box.content
print(sys.getrefcount(item))
other.content = None
print(sys.getrefcount(item))
print(sys.getrefcount(box))
