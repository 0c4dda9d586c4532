import sys, gc
class SaveMemory:
    __slots__ = ['name', 'age']
    def __init__(self, name, age):
        self.name = name
        self.age = age
class Plain:
    def __init__(self, name, age):
        self.name = name
        self.age = age
gc.collect()
s = SaveMemory("ana", 30)
p = Plain("ana", 30)
print(sys.getsizeof(s), sys.getsizeof(p), sys.getsizeof(p.__dict__))
print(sys.getrefcount(SaveMemory), sys.getrefcount(Plain))
print(SaveMemory.__dict__["name"], type(SaveMemory.__dict__["age"]).__name__)
print(gc.get_count())
many = [SaveMemory(str(i), i) for i in range(1000)]
print(gc.get_count())
print(hasattr(s, "__dict__"), hasattr(p, "__weakref__"))
try:
    s.email = "x"
except AttributeError as e:
    print(e)
print(gc.collect(), gc.get_count())
