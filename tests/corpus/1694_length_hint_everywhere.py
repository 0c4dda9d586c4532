# PyObject_LengthHint as operator.length_hint, list() and list.extend() ask it: len() first, then
# __length_hint__, then the default; a subclass of a builtin keeps the builtin's len.
import operator
import sys


class L(list):
    pass


class Hinted:
    def __iter__(self):
        return iter([1, 2, 3])

    def __length_hint__(self):
        print("hint asked, refcount of self", sys.getrefcount(self))
        return 3


class BadLen:
    def __len__(self):
        raise TypeError("no len here")

    def __length_hint__(self):
        return 5


class NegativeHint:
    def __length_hint__(self):
        return -1


print(operator.length_hint(L([1, 2, 3, 4])))
print(operator.length_hint(Hinted()))
print(operator.length_hint(BadLen()))
print(operator.length_hint(object(), 7))
print(operator.length_hint(iter(range(10))), operator.length_hint(reversed([1, 2])))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(iter("héllo")))
print(operator.length_hint({1: 2}.items()), operator.length_hint(iter({1, 2, 3})))
try:
    operator.length_hint(NegativeHint())
except ValueError as e:
    print("ValueError", e)
h = Hinted()
print(list(h), sys.getsizeof(list(h)))
xs = []
xs.extend(Hinted())
print(xs, sys.getsizeof(xs))
