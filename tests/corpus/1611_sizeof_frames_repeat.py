# list *= n resizes as list_resize does (over-allocating), frames and tracebacks have their sizes, and
# types.CellType() makes a cell (empty, or holding its argument).
import sys, types

for size in [0, 1, 2, 5, 8]:
    for n in [-1, 0, 1, 2, 3, 10]:
        items = list(range(size))
        items *= n
        print(size, n, len(items), sys.getsizeof(items), end='; ')
    print()
grown = [1, 2]
grown *= 3
grown.append(7)
print(sys.getsizeof(grown))

def two_locals(a, b):
    c = a + b
    return sys._getframe()

print(sys.getsizeof(two_locals(1, 2)), sys.getsizeof(sys._getframe()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.getsizeof(e.__traceback__), sys.getsizeof(e.__traceback__.tb_frame))

empty = types.CellType()
full = types.CellType([1, 2])
print(type(empty).__name__, sys.getsizeof(empty), empty.__sizeof__(), full.cell_contents)
try:
    empty.cell_contents
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: types.CellType(1, 2), lambda: types.CellType(contents=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
