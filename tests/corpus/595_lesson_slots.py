import sys

class SaveMemory:
    __slots__ = ['name', 'age'] # Can only have these attributes
    def __init__(self, name, age):
        self.name = name
        self.age = age

class WithDict:
    def __init__(self, name, age):
        self.name = name
        self.age = age

s = SaveMemory("Ani", 20)
d = WithDict("Budi", 21)
print(sys.getsizeof(s), sys.getsizeof(d) + sys.getsizeof(d.__dict__))
