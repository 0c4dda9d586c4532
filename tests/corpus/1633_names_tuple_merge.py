# makecode merges a code object's co_names and localsplus names tuples through the compiler's constant cache:
# a code object keeps an equal constant tuple made before it (one more reference), and an equal constant made
# after it is the code object's tuple, which the parser's arena does not hold. Keyword names and the names of
# `from m import a` are often a function's own locals.
import sys

corner = ('row', 'col')


def cell(row, col):
    return row * col


def span(first, last):
    return last - first


ends = ('first', 'last')
print(sys.getrefcount(corner) - 2, sys.getrefcount(ends) - 2)


def imports():
    from os import sep, curdir
    return sep


names = [c for c in imports.__code__.co_consts if type(c) is tuple]
print(names, sys.getrefcount(names[0]) - 3)


def point(x, y):
    return x, y


def origin():
    return point(x=0, y=0)


kw = [c for c in origin.__code__.co_consts if type(c) is tuple]
print(kw, sys.getrefcount(kw[0]) - 3)
