# reprlib: size-limited representations (each kind cut at its own limit, nested levels filled, long strs, ints and
# others cut in the middle), a Repr with changed limits, and recursive_repr.
import reprlib, functools
print(reprlib.repr(list(range(100))), reprlib.repr('a' * 100), reprlib.repr(2 ** 200), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(20))), reprlib.repr((1, 2, 3, 4, 5, 6, 7, 8)), reprlib.repr([[[[[[[1]]]]]]]))
r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)


class X:
    def __repr__(self):
        return 'X' * 50


print(reprlib.repr(X()), reprlib.repr([]), reprlib.repr(()), reprlib.repr((1,)), reprlib.repr(set()), reprlib.repr({}), reprlib.repr(frozenset()), reprlib.repr(b'x' * 100))
import collections, array
print(reprlib.repr(collections.deque(range(10))), reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('b')))
print(reprlib.repr("it's " + "é" * 40 + "\n"), reprlib.repr({'b': [1] * 10, 'a': 'z' * 40}), reprlib.repr({1, (2,)}))
r.maxlist = 2
r.fillvalue = '~'
print(r.repr(list(range(5))), r.repr([[1, 2, 3]] * 3))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children})"


n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)


class Bad:
    def __repr__(self):
        raise ValueError


print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))


import functools
print(functools.recursive_repr is reprlib.recursive_repr)
