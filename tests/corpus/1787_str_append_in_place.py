# id() of a str built with `s += t` in a function: CPython 3.11 appends in place once the code is quickened
# (BINARY_OP_INPLACE_ADD_UNICODE), so the str keeps its address while its pymalloc block has room.
import sys


def changes(n, piece):
    s = ''
    prev = None
    out = []
    for i in range(n):
        s += piece
        if id(s) != prev:
            out.append(i)
        prev = id(s)
    return out, len(s), sys.getsizeof(s)


print(changes(200, 'ab'))
print(changes(60, 'xyz'))
print(changes(80, 'é'))
print(changes(40, '\u20ac'))
print(changes(30, 'ab\u20ac'))


def plus_form(n):
    s = 'start'
    prev = id(s)
    kept = 0
    for i in range(n):
        s = s + 'xy'
        kept += id(s) == prev
        prev = id(s)
    return kept


def reversed_form(n):
    s = 'start'
    prev = id(s)
    kept = 0
    for i in range(n):
        s = 'xy' + s
        kept += id(s) == prev
        prev = id(s)
    return kept


print(plus_form(100), reversed_form(100))


def aliased(n):
    s = 'a' * 3
    kept = 0
    for i in range(n):
        t = s
        prev = id(s)
        s += 'b'
        kept += id(s) == prev
    return kept, t is s


print(aliased(50))


def hashed(n):
    s = ''.join(['p', 'q', 'r'])
    kept = 0
    for i in range(n):
        prev = id(s)
        if i == 20:
            d = {s: 1}
            del d
        s += 'z'
        kept += id(s) == prev
    return kept


print(hashed(60))


def interned(n):
    s = sys.intern(''.join(['i', 'n', 't']))
    kept = 0
    for i in range(n):
        prev = id(s)
        s += 'k'
        kept += id(s) == prev
    return kept


print(interned(30))


def empty_right(n):
    s = 'abc' * 2
    e = ''
    kept = 0
    for i in range(n):
        prev = id(s)
        s += e
        kept += id(s) == prev
    return kept


print(empty_right(20))


def from_empty():
    s = ''
    piece = ''.join(['w', 'x'])
    s += piece
    return s is piece


print(from_empty())


def mixed_site(values, piece):
    acc = values[0]
    for v in values[1:]:
        acc += v
    return acc


print(mixed_site([1] * 100, None))
print(len(mixed_site(['q'] * 100, None)))


def switching(n):
    # The same site sees ints first, then strs: it stays specialized for ints until 53 misses.
    kept = []
    for kind in ('int', 'str'):
        acc = 0 if kind == 'int' else 'go'
        for i in range(n):
            prev = id(acc)
            acc += 1 if kind == 'int' else 'x'
            if kind == 'str' and id(acc) == prev:
                kept.append(i)
    return kept


print(switching(120))


class Text(str):
    pass


def subclass(n):
    s = Text('sub')
    kept = 0
    for i in range(n):
        prev = id(s)
        s += 'y'
        kept += id(s) == prev
    return kept, type(s).__name__


print(subclass(30))

g = ''
gprev = None
gkept = 0
for i in range(100):
    g += 'ab'
    gkept += id(g) == gprev
    gprev = id(g)
print('module level', gkept)
