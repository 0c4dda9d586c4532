import sys
def show(obj):
    return sys.getrefcount(obj)

def keep(obj):
    alias = obj
    return sys.getrefcount(obj)

data = {}
print(sys.getrefcount(data))
print(show(data))
print(keep(data))
print(sys.getrefcount(data))
