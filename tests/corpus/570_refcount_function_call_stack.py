import sys
def outer(obj):
    return inner(obj)
def inner(obj):
    return sys.getrefcount(obj)
value = []
print(outer(value))
print(sys.getrefcount(value))
class K:
    def method(self):
        return sys.getrefcount(self)
k = K()
print(k.method())
print(sys.getrefcount(k))
