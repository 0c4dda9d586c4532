# operator re-exports _operator's C functions and types (operator.py does `from _operator import *`): the same
# objects, their module, reprs and reference counts, and the dunder aliases operator.py adds.
import _operator
import operator
import sys

print(operator.add is _operator.add, operator.__add__ is operator.add, operator.not_ is operator.__not__)
print(operator.itemgetter is _operator.itemgetter, operator.attrgetter is _operator.attrgetter)
print(operator.methodcaller is _operator.methodcaller, operator._abs is abs)
print(type(operator.itemgetter(1)), type(operator.attrgetter("x")), type(operator.methodcaller("m")))
print(operator.itemgetter(1), operator.itemgetter(1, "a"), operator.attrgetter("a.b", "c"))
print(operator.methodcaller("f", 1, k=2), operator.methodcaller("g"))
print(operator.add, operator.__name__, _operator.__name__, operator.add.__module__, operator.itemgetter.__module__)
print(operator.add.__self__ is _operator, operator.length_hint.__module__)
print(sys.getrefcount(operator.add), sys.getrefcount(operator.truth))
print(operator.__doc__ == _operator.__doc__, operator.__doc__.splitlines()[0])
print(len(operator.__all__), operator.__all__[:6])
print(sorted(n for n in dir(_operator) if not n.startswith("_")) == sorted(operator.__all__))
print(sorted(n for n in dir(operator) if n.startswith("__") and callable(getattr(operator, n)))[:8])
print("__add__" in dir(_operator), hasattr(_operator, "__not__"))
from operator import *
print(add(1, 2), itemgetter(0)("xy"), __add__(1, 2) if "__add__" in globals() else "no __add__")
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), operator.__mul__(3, 4), operator.__call__(len, "abc"))
try:
    operator.__add__(1)
except TypeError as e:
    print(e)
