# sys.getsizeof calls a class's own __sizeof__ and adds CPython 3.11's pre-header: the gc header, and 16 more
# for a class whose instances have a __dict__. Its errors, and the default for a TypeError.
import sys

class Plain:
    def __sizeof__(self):
        return 7

class Slotted:
    __slots__ = ()
    def __sizeof__(self):
        return 7

class Grows(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000

class Big(dict):
    def __sizeof__(self):
        return 1000

class Flag:
    def __sizeof__(self):
        return True

print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Flag()))
g = Grows([1, 2, 3])
print(sys.getsizeof(g) - sys.getsizeof([1, 2, 3]), sys.getsizeof(Big()))

class Negative:
    def __sizeof__(self):
        return -1

class Text:
    def __sizeof__(self):
        return 'x'

class Huge:
    def __sizeof__(self):
        return 2 ** 70

class Raises:
    def __sizeof__(self):
        raise TypeError('no size')

class Fails:
    def __sizeof__(self):
        raise KeyError('k')

for cls in (Negative, Text, Huge, Raises, Fails):
    try:
        print(cls.__name__, sys.getsizeof(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        print(cls.__name__, sys.getsizeof(cls(), 'default'))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)

class Counted:
    calls = 0
    def __sizeof__(self):
        Counted.calls += 1
        return object.__sizeof__(self) * 2

c = Counted()
print(sys.getsizeof(c), Counted.calls, object.__sizeof__(c), sys.getrefcount(c))
print(sys.getsizeof(Plain, 'ignored') > 0)

class L(list): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class S(str): pass
class D(dict): pass
class Z(set): pass
class Sl(list):
    __slots__ = ('a',)
for v in ([], [1, 2], (), (1, 2), {}, {1: 2}, 'ab', 5, 2 ** 100, 1.5, object(), set(), frozenset({1}), True,
          L([1]), T((1, 2)), I(7), F(2.5), S('xy'), D(a=1), Z({1}), Sl()):
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))

def boom():
    return sys.getsizeof(Fails())

boom()
