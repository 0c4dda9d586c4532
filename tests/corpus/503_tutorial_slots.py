import sys

class SaveMemory:
    __slots__ = ['name', 'age'] # Can only have these attributes
    def __init__(self, name, age):
        self.name = name
        self.age = age

class UseDict:
    def __init__(self, name, age):
        self.name = name
        self.age = age

s = SaveMemory("Ani", 20)
d = UseDict("Budi", 21)
print(s.name, s.age, d.name, d.age)
print(sys.getsizeof(s), sys.getsizeof(d))
print(hasattr(s, '__dict__'), hasattr(d, '__dict__'))
try:
    s.email = "ani@example.com"
except AttributeError as e:
    print("AttributeError:", e)
d.email = "budi@example.com"
print(d.email)
