# Strs CPython 3.11 allocates statically (one-character strs, the interpreter's identifiers such as 'self' and
# 'name') count from 999999999: sys.getrefcount shows about a billion, as for small ints. Other strs count normally.
import sys

BILLION = 999_999_000


def big(o):
    return sys.getrefcount(o) > BILLION


x = 'a'
print('one char literal', big(x), big('z'), big(chr(200)))
print('identifiers', big('self'), big('name'), big('append'))
print('a program word', sys.getrefcount('hello'), big('hello'))
t = ''.join(['s', 'e', 'l', 'f'])
print('built at run time', sys.getrefcount(t))
u = sys.intern(t)
print('interned', u is t, big(u), sys.getrefcount(t))
w = ''.join(['x', 'y', 'q'])
print('interned word', sys.intern(w) is w, sys.getrefcount(w))
d = {'name': 1, 'a': 2, 'apple': 3}
print([(k, big(k)) for k in d])


class Person:
    def __init__(self, name):
        self.name = name


p = Person('Ada')
print(sys.getrefcount('Ada'), [(k, big(k)) for k in vars(p)])
z = 1
y = 'z'
print('a one-letter name', big(y))
