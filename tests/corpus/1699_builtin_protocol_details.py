# Ordinary builtins as CPython 3.11 has them: dict.copy() of an empty (split) dict is a new empty dict, abs() of a
# non-negative int is the int itself (a subclass's __abs__ first), tuple() asks __len__, reversed() takes the
# sequence protocol (__len__ and __getitem__), iter() of a __getitem__ class is an 'iterator'.
import sys
class A: pass
e = A()
print(sys.getsizeof(e.__dict__), sys.getsizeof(e.__dict__.copy()))
e.x = 1
print(sys.getsizeof(e.__dict__), sys.getsizeof(e.__dict__.copy()))
print(sys.getsizeof({}.copy()), sys.getsizeof(dict().copy()))
x = 10**10
print(abs(x) is x, abs(-x) is x, abs(5) is 5)
y = -3.5
print(abs(2.5))
class R:
    def __iter__(self): return iter([1, 2])
    def __len__(self): print("len called"); return 2
print(tuple(R()))
print(list(R()))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return "abc"[i]
print(list(reversed(S())), list(S()))
r = reversed(S())
print(type(r).__name__, r.__length_hint__(), next(r))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as ex:
    print("TypeError:", ex)
class MyInt(int):
    def __abs__(self):
        return "custom"
class Plain(int): pass
print(abs(MyInt(-3)), abs(Plain(-3)), type(abs(Plain(3))).__name__, abs(True), abs(-0))
class S:
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
it = iter(S())
print(type(it).__name__, list(it))
import sys
it2 = iter(S())
print(sys.getsizeof(it2), next(it2), repr(it2)[:19], type(it2).__module__ if hasattr(type(it2), "__module__") else "")
