# Calling a builtin type's slot wrapper directly (list.__contains__(l, x), l.__contains__(x), l.__setitem__(i, v)):
# neither wrapper_descriptor nor method-wrapper has vectorcall, so the arguments are packed into tuples (two for
# the descriptor, one for the bound method-wrapper) that Python code run by the slot can see in refcounts.
import sys


class E:
    def __eq__(self, other):
        print("eq", sys.getrefcount(other), sys.getrefcount(l))
        return False

    def __hash__(self):
        return 1


class Index:
    def __index__(self):
        print("index", sys.getrefcount(self))
        return 0


x = object()
l = [E()]
l.__contains__(x)
list.__contains__(l, x)
bound = l.__contains__
bound(x)
print(type(bound).__name__, type(list.__contains__).__name__)
t = (E(),)
t.__contains__(x)
tuple.__contains__(t, x)
i = Index()
l.__setitem__(i, 5)
list.__setitem__(l, i, 6)
l.__getitem__(i)
l.__delitem__(i)
print(l)
s = "abc"
print(s.__contains__("b"), str.__contains__(s, "z"))


class Stack(list):
    def __init__(self, items):
        super().__init__(items)


def items():
    yield sys.getrefcount(x)


print(Stack(items()))
print(list(map(l.__contains__, [x])))
