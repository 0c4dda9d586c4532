# Sizes that stay as CPython keeps them: a dict emptied by del keeps its table, a finished generator keeps its
# frame's size, a plain object() is 16 bytes; closure cells show their contents.
import sys
d = {i: i * i for i in range(100)}
print(sys.getsizeof(d))
for i in range(100):
    del d[i]
print(sys.getsizeof(d), len(d))
d.clear()
print(sys.getsizeof(d))
print(sys.getsizeof(object()), sys.getsizeof([object()]))
class Empty:
    __slots__ = ()
print(sys.getsizeof(Empty()))
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
it = gen(3)
print(sys.getsizeof(it))
print(list(it), sys.getsizeof(it))
import sys
def outer():
    x = [1, 2]
    def inner():
        return x
    return inner
f = outer()
c = f.__closure__[0]
print(c.cell_contents, type(c).__name__, sys.getrefcount(c.cell_contents))
def late():
    def g():
        return y
    cell = g.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print('ValueError', e)
    y = 5
    print(cell.cell_contents)
late()
print(f.__code__.co_freevars, outer.__code__.co_cellvars)
