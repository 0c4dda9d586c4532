# Code objects' co_* attributes; the order of argument-binding errors (keywords before too many positional);
# range slicing through slice.indices; the empty and one-character latin-1 strs as singletons.
import sys, gc
def outer(a, b=2, *args, c, **kw):
    x = 1
    def inner(y):
        return a + x + y
    return inner
f = outer(1, c=3)
for code in (outer.__code__, f.__code__):
    print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
    print(code.co_varnames, code.co_cellvars, code.co_freevars, code.co_nlocals, code.co_names, code.co_flags)
    print(code.co_firstlineno, code.co_filename.endswith('.py'), type(code.co_freevars), sys.getrefcount(code.co_varnames))
lam = lambda q: q
print(lam.__code__.co_name, lam.__code__.co_varnames)

def va26(a, *, b, c=5): pass
def va3(a, b, /, c): pass
def fd(a, b=1): pass
tests = [lambda: va26(*[1, 2], **{'q': 1}), lambda: va3(1, b=2, c=3), lambda: va3(1, c=2, b=3, z=1), lambda: va3(1, 2, 3, c=4),
         lambda: fd(1, 2, 3, a=1), lambda: fd(1, 2, 3, b=1), lambda: va26(1, 2, b=3), lambda: fd(1, 2, 3, z=3), lambda: va3(a=1, b=2, c=3, d=4)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)

print(range(1, 13, -8), range(2, 20, 6)[0:3], range(2, 1)[5:], range(10)[::-3], range(0, 10, 3)[1:-1:2])
print(range(5)[10:20], range(5)[-10:-20:-1], range(1, 13, -8)[::-1], range(10)[8:2:-2], range(-5, 5)[::4])

y, empty = 'y', ''
print(str() is str(), chr(97) is chr(97), (y + 'z')[0] is y, ''.join([]) is empty, y * 0 is empty, chr(1000) is chr(1000))
print(gc.is_tracked(len), gc.is_tracked([].append), gc.is_tracked(list.append), gc.is_tracked(gc.collect), gc.is_tracked(int))
try:
    value = {'k': 1,
             []: 2}
except TypeError as e:
    print(e)
value = {[]: 1}
